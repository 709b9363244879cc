import { NextResponse } from "next/server";
import { listContacts } from "@/lib/contacts/list-contacts";
import { apiRoute } from "@/lib/http/api";
import { queryOf } from "@/lib/http/query";

/** ?category=&phase=&due=&date=&status=&released=&siteId=&caseId=&q=&page=&pageSize= */
export const GET = apiRoute(async ({ req, user }) => NextResponse.json(await listContacts(user, queryOf(req))));
