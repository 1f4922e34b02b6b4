"use client";

import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";

/**
 * useActionState for a form whose fields must outlive a refused submission. React clears a
 * form's uncontrolled fields after every action it runs from `<form action>`, which throws
 * away what the person typed exactly when the answer is an error ("already in the glossary",
 * a file refused). Submitting from onSubmit instead keeps them; `resetWhen` says which
 * answers clear the form. Without JavaScript the form posts to the action as usual.
 */
export function useKeptFormAction<S>(action: (state: Awaited<S>, data: FormData) => Promise<S>, initial: Awaited<S>, resetWhen: (state: Awaited<S>) => boolean) {
  const [state, formAction, pending] = useActionState(action, initial);
  const form = useRef<HTMLFormElement>(null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  useEffect(() => {
    if (state !== initial && resetWhen(state)) form.current?.reset();
    // Only a new answer resets (resetWhen is a fresh function on every render).
  }, [state]);
  return { state, formAction, pending, onSubmit, form };
}
