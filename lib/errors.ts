/**
 * The one way for the data layer to refuse. `not_found` is also "not yours"
 * (the same 404), `forbidden` is a role that may not do this (403); any other
 * code is a message key the caller shows, on `field` when it names one.
 * The action wrappers and route helpers map it in one place (lib/actions/refusal.ts).
 */
export type RefusalCode = 'not_found' | 'forbidden' | (string & {});

/** Numbers for the message's placeholders, and a page the answer links to (the subscription page for a plan limit). */
export interface RefusalDetail {
  readonly values?: Readonly<Record<string, string | number>>;
  readonly link?: 'subscription';
}

export class Refused extends Error {
  constructor(
    readonly code: RefusalCode,
    readonly field?: string,
    readonly detail?: RefusalDetail,
  ) {
    super(code);
    this.name = 'Refused';
  }
}

