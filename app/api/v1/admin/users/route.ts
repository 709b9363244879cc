import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/http/api";
import { listUsers } from "@/lib/admin/list-users";

export const GET = apiRoute(async ({ user }) => NextResponse.json({ users: await listUsers(user) }));
