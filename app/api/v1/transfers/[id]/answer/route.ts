import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { answerTransfer } from "@/lib/transfers/answer-transfer";

/** The receiving county accepts (the contact moves to it) or declines. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await answerTransfer(user, params.id, await readJson(req))),
);
