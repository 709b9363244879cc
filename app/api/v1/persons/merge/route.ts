import { NextResponse } from "next/server";
import { apiRoute, readJson } from "@/lib/http/api";
import { mergePersons } from "@/lib/persons/merge-persons";

/** Two records of the user's county found to be the same person become one. */
export const POST = apiRoute(async ({ req, user }) => NextResponse.json(await mergePersons(user, await readJson(req))));
