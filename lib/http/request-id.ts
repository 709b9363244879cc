import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
// What a reverse proxy's id looks like (uuid, hex, base64url …); anything else is replaced.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

/** The request's id: a trusted proxy's well-formed X-Request-Id, else a new one. */
export function requestIdFor(incoming: string | null, fromTrustedProxy: boolean): string {
  return fromTrustedProxy && incoming && WELL_FORMED.test(incoming) ? incoming : randomUUID();
}
