import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { queryOf } from "@/lib/http/query";

describe("queryOf", () => {
  it("passes the query string as an object, dropping empty values", () => {
    const req = new NextRequest("http://localhost/api/v1/contacts?category=CLOSE&q=&page=2&phase=%20&due=today&page=3");
    expect(queryOf(req)).toEqual({ category: "CLOSE", page: "3", due: "today" });
  });

  it("is empty without a query", () => {
    expect(queryOf(new NextRequest("http://localhost/api/v1/tasks"))).toEqual({});
  });
});
