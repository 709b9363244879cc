import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { requestTransfer } from "@/lib/transfers/request-transfer";

/** Hand the contact, with its plan, to another county; it moves when that county accepts. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await requestTransfer(user, params.id, await readJson(req)), { status: 201 }),
);
