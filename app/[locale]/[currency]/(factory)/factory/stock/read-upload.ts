// The uploaded spreadsheet of the import form: present, not empty, at most 5 MB (5,000 rows fit).
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export async function readUpload(file: FormDataEntryValue | null): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; key: "noFile" | "tooLarge" }> {
  if (!file || typeof file === "string" || file.size === 0) return { ok: false, key: "noFile" };
  if (file.size > MAX_CSV_BYTES) return { ok: false, key: "tooLarge" };
  return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
}
