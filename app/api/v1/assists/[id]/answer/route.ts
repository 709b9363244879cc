import { NextResponse } from "next/server";
import { answerAssist } from "@/lib/assists/answer-assist";
import { apiRoute, readJson } from "@/lib/http/api";

/** The receiving county's answer: same person (and who manages) or not. */
export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await answerAssist(user, params.id, await readJson(req))),
);
