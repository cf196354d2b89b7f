// Reading an uploaded spreadsheet: UTF-8 (with or without BOM), else GB18030 — what Excel saves on a
// Chinese Windows. Header names are matched case-insensitively; rows are numbered as the spreadsheet
// shows them (header = row 1).
import { CsvError, parse } from "csv-parse/sync";

export const MAX_CSV_ROWS = 5000;

export interface CsvRows {
  header: string[];
  /** Each data row with its spreadsheet row number. */
  rows: { row: number; cells: Record<string, string> }[];
}

export type CsvReadResult = { ok: true; value: CsvRows } | { ok: false; row: number; key: string };

export function decodeCsv(file: string | Uint8Array): string {
  if (typeof file === "string") return file;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(file);
  } catch {
    return new TextDecoder("gb18030").decode(file);
  }
}

export function readCsvRows(file: string | Uint8Array): CsvReadResult {
  let records: string[][];
  try {
    records = parse(decodeCsv(file), { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    const row = error instanceof CsvError ? Number((error as CsvError & { records?: number }).records ?? 0) + 1 : 0;
    return { ok: false, row, key: "csv.malformed" };
  }
  if (records.length === 0) return { ok: false, row: 1, key: "csv.empty" };
  if (records.length - 1 > MAX_CSV_ROWS) return { ok: false, row: MAX_CSV_ROWS + 2, key: "csv.tooManyRows" };
  const header = records[0].map((h) => h.trim().toLowerCase());
  return {
    ok: true,
    value: {
      header,
      rows: records.slice(1).map((record, index) => ({
        row: index + 2,
        cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ""])),
      })),
    },
  };
}
