// Reading plain values out of FormData in server actions.

/** A positive id from a form field, or -1 (which matches nothing) when it is not one. */
export const formId = (value: FormDataEntryValue | null) => (typeof value === "string" && /^\d{1,9}$/.test(value) ? Number(value) : -1);

/** A text field, or "" when it is missing or a file. */
export const formText = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};
