import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { PERMISSION_TABLE } from "@/lib/auth/permissions";

/** The signed-in user as the server sees them now, with what their role may do. */
export const GET = apiRoute(async ({ user }) =>
  NextResponse.json({ user, permissions: PERMISSION_TABLE[user.role] }),
);
