import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { cancelTransfer } from "@/lib/transfers/answer-transfer";

/** The sending county withdraws an open transfer. */
export const POST = apiRoute<{ id: string }>(async ({ user, params }) => NextResponse.json(await cancelTransfer(user, params.id)));
