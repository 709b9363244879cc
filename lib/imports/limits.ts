// Limits of a spreadsheet import (docs/decisions/0017-import-pipeline.md).

/** Upload size: larger files are refused before they are read. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Data rows per file (the header row not counted): one commit, one transaction. */
export const MAX_ROWS = 10_000;
