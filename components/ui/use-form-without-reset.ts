"use client";
// A form action submitted by hand rather than through the form's `action` prop: React resets a
// form after its action runs, which would clear controlled choices (radios, selects, rows kept in
// state) while the page still shows them chosen.
import { useActionState, useTransition, type FormEvent } from "react";

export function useFormWithoutReset<S>(action: (state: Awaited<S>, data: FormData) => S | Promise<S>, initialState: Awaited<S>) {
  const [state, dispatch, pending] = useActionState(action, initialState);
  const [, start] = useTransition();
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    start(() => dispatch(data));
  };
  return [state, onSubmit, pending] as const;
}
