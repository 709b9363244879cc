import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { resetPassword } from "@/lib/admin/reset-password";

export const POST = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await resetPassword(user, params.id, await readJson(req))),
);
