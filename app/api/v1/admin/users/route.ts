import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { listUsers } from "@/lib/admin/list-users";
import { createUser } from "@/lib/admin/create-user";

export const GET = apiRoute(async ({ user }) => NextResponse.json({ users: await listUsers(user) }));

export const POST = apiRoute(async ({ req, user }) =>
  NextResponse.json(await createUser(user, await readJson(req)), { status: 201 }),
);
