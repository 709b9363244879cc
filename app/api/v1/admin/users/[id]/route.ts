import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { updateUser } from "@/lib/admin/update-user";

/** Role, county, name, active flag, unlock; effective on the account's next request. */
export const PATCH = apiRoute<{ id: string }>(async ({ req, user, params }) =>
  NextResponse.json(await updateUser(user, params.id, await readJson(req))),
);
