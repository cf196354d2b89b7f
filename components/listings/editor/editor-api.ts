// What every section of the listing editor gets: the form, a way to change it (clearing the
// messages of what was edited), and the message of a place (see placeOf in editor-form.ts).
import type { EditorForm } from "./editor-form";

export interface EditorApi {
  form: EditorForm;
  /** Applies a change and forgets the messages of the places it touched. */
  set: (update: (form: EditorForm) => EditorForm, ...places: string[]) => void;
  /** The translated message for a place, if the last save found a problem there. */
  error: (place: string) => string | undefined;
  locale: string;
}
