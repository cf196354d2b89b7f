// Multipart uploads for route handlers (server actions refuse bodies over 1 MB): the body is read
// up to the file's limit plus room for the envelope and the form's text fields, then the file is
// checked against its own limit. One byte over answers 413 with a translated message.
import { TooLargeError, ValidationError } from "@/lib/errors";
import { readLimitedBody } from "@/lib/http/read-limited-body";

const ENVELOPE_BYTES = 64 * 1024;

export interface Upload {
  /** The form's text fields (one value per name, or an array when it repeats). */
  fields: Record<string, string | string[]>;
  /** The file's bytes, or null when none was chosen. */
  file: Uint8Array | null;
}

export async function readUpload(request: Request, fileField: string, maxFileBytes: number): Promise<Upload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!contentType.startsWith("multipart/form-data")) throw new ValidationError([{ path: [fileField], key: "invalid" }]);
  const body = await readLimitedBody(request, maxFileBytes + ENVELOPE_BYTES);
  if (!body) throw new TooLargeError(maxFileBytes);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
  } catch {
    throw new ValidationError([{ path: [], key: "invalid" }]);
  }
  const fields: Record<string, string | string[]> = {};
  let file: Uint8Array | null = null;
  for (const [key, value] of form.entries()) {
    if (key.startsWith("$")) continue;
    if (typeof value !== "string") {
      if (key !== fileField || value.size === 0) continue;
      if (value.size > maxFileBytes) throw new TooLargeError(maxFileBytes);
      file = new Uint8Array(await value.arrayBuffer());
      continue;
    }
    const prev = fields[key];
    fields[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return { fields, file };
}
