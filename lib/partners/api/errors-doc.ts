// The error codes, as the document and the reference page list them.
export const ERROR_CODES = [
  { status: 401, code: "unauthenticated", when: "No Authorization header, or a wrong or revoked key." },
  { status: 403, code: "forbidden", when: "The key lacks the endpoint's scope (catalog:read, orders:write, webhooks:manage)." },
  { status: 404, code: "not_found", when: "No such object for your organisation (another partner's id answers the same)." },
  { status: 409, code: "conflict", when: "Not possible in the current state: out of stock, not payable, balance too low, Idempotency-Key reused with another body." },
  { status: 413, code: "too_large", when: "The body is over its limit." },
  { status: 422, code: "validation", when: "Invalid input; `errors[]` gives each field's path, code and message." },
  { status: 429, code: "rate_limited", when: "The key's bucket is empty: retry after `Retry-After` seconds." },
] as const;

export const ERROR_CODES_DOC =
  "Error codes:\n\n| status | code | when |\n| --- | --- | --- |\n" + ERROR_CODES.map((e) => `| ${e.status} | \`${e.code}\` | ${e.when} |`).join("\n");
