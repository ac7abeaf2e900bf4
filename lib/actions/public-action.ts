import 'server-only';
import type { z } from 'zod';
import { formObject, issuesByField } from './form';

/**
 * The wrapper for actions anyone may call (apply, sign-up, sign-in, reset,
 * invitation, and the candidate portal to come): the form through zod first,
 * before any work; then the body, with the state the form had and whatever the
 * page bound to the action (validated by the caller: bound arguments arrive
 * from the browser too). Rate limits and the rest of the checks live in the
 * domain function the body calls.
 */
export function publicAction<S extends z.ZodType, State, Bound = undefined>(
  schema: S,
  body: (input: z.infer<S>, call: { prev: State; bound: Bound }) => Promise<State>,
  invalid: (fieldCodes: Record<string, string>, call: { prev: State; bound: Bound }) => State | Promise<State>,
) {
  return async (prev: State, received: FormData, bound?: Bound): Promise<State> => {
    const parsed = schema.safeParse(formObject(received));
    const call = { prev, bound: bound as Bound };
    if (!parsed.success) return invalid(issuesByField(parsed.error), call);
    return body(parsed.data, call);
  };
}

/** The same for a form that answers with a redirect (no state; components/forms/post-form.tsx posts it). */
export function publicFormAction<S extends z.ZodType>(schema: S, body: (input: z.infer<S>) => Promise<void>, invalid: (fieldCodes: Record<string, string>, values: Record<string, unknown>) => Promise<void>) {
  return async (_prev: void, received: FormData): Promise<void> => {
    const values = formObject(received);
    const parsed = schema.safeParse(values);
    if (!parsed.success) return invalid(issuesByField(parsed.error), values);
    return body(parsed.data);
  };
}
