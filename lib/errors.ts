// Errors the domain operations throw, shared by every lib/<domain>. Pages, actions and API routes
// map them to answers: NotFoundError to 404 — also when the id exists but belongs to another
// organisation, so that nobody learns which ids exist elsewhere.

export class NotFoundError extends Error {
  readonly entity: string;
  readonly id: number | string;
  constructor(entity: string, id: number | string) {
    super(`${entity} ${id} not found`);
    this.name = "NotFoundError";
    this.entity = entity;
    this.id = id;
  }
}

/** The operation is not allowed in the current state (e.g. shipping a purchase order not yet accepted): 409. */
export class ConflictError extends Error {
  /** A message key the page translates, e.g. "purchaseOrders.notAccepted". */
  readonly key: string;
  constructor(key: string, detail?: string) {
    super(detail ? `${key}: ${detail}` : key);
    this.name = "ConflictError";
    this.key = key;
  }
}

/** One problem with the input, for a form: where (a path of field names and indexes) and a message key. */
export interface FieldIssue {
  path: (string | number)[];
  key: string;
  params?: Record<string, string | number>;
}

/** Input that fails validation, with every problem found: 400 / 422, shown next to the fields. */
export class ValidationError extends Error {
  readonly issues: FieldIssue[];
  constructor(issues: FieldIssue[]) {
    super(`Invalid input: ${issues.map((i) => `${i.path.join(".") || "(root)"} ${i.key}`).join("; ")}`);
    this.name = "ValidationError";
    this.issues = issues;
  }
}
