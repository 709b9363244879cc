import { NextResponse } from "next/server";
import { assignCaseStaff } from "@/lib/assignment/assign-staff";
import { apiRoute, readJson } from "@/lib/http/api";

/** `{assignedToId}` assigns a staff member of the county; `null` unassigns. */
export const PUT = apiRoute<{ id: string }>(async ({ req, user, params }) => NextResponse.json(await assignCaseStaff(user, params.id, await readJson(req))));
