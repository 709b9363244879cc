// Clipboard text copied from a spreadsheet (Excel, WPS, LibreOffice, Google Sheets): cells
// separated by tabs, rows by newlines. A cell holding a tab, newline or quote is quoted with
// doubled inner quotes, as Excel writes it.

/** Whether pasted text is a block of cells rather than a value for one cell. */
export function isCellBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/(\r?\n)+$/, ""));
}

/** Splits clipboard text into rows of trimmed cells; blank lines are dropped. */
export function parseClipboardTable(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const endCell = () => {
    row.push(cell.trim());
    cell = "";
  };
  const endRow = () => {
    endCell();
    if (row.some((c) => c !== "")) rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && cell.trim() === "") {
      // A quoted cell: up to the closing quote, "" standing for one quote.
      let j = i + 1;
      let quoted = "";
      while (j < text.length) {
        if (text[j] === '"' && text[j + 1] === '"') {
          quoted += '"';
          j += 2;
        } else if (text[j] === '"') {
          break;
        } else {
          quoted += text[j];
          j++;
        }
      }
      if (j >= text.length) {
        // No closing quote: it was a literal quote character, not quoting.
        cell += ch;
        i++;
        continue;
      }
      cell = quoted.replace(/\r?\n/g, " ");
      i = j + 1;
      continue;
    }
    if (ch === "\t") {
      endCell();
    } else if (ch === "\n" || ch === "\r") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else {
      cell += ch;
    }
    i++;
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}
