// Constants the screening forms share with the services; no imports, so client components can
// use them without pulling the file readers into the browser bundle.

/** Rows of one push-list file. */
export const MAX_IMPORT_ROWS = 5000;
/** Below Next.js's 1 MB limit for a server action's body (the upload form posts to one). */
export const MAX_FILE_BYTES = 950 * 1024;
export const ATTEMPT_METHODS = ["PHONE", "SMS", "VISIT", "OTHER"] as const;
