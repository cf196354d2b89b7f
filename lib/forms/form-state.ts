// What a form action answers: per-field messages (already translated) and the values typed, so
// nothing is lost when the server refuses the input. Client-safe.

export interface FormState {
  status: "idle" | "error" | "ok";
  /** Field name -> message; `_form` for what concerns the whole form. */
  errors: Record<string, string>;
  /** What the user typed, to put back into the fields (never passwords). */
  values: Record<string, string>;
  notice?: string;
}

export const initialFormState: FormState = { status: "idle", errors: {}, values: {} };
