/**
 * What a wrapped server action answers, for the form that posted it. Plain data
 * and types only: client components import this file.
 */
export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; data?: Record<string, unknown> }
  | { status: 'invalid'; fieldErrors: Record<string, string>; message?: string; link?: ActionLink }
  | { status: 'forbidden'; message: string }
  | { status: 'error'; message: string; link?: ActionLink };

/** A page the answer points to (a plan limit links to the subscription page). */
export interface ActionLink {
  href: string;
  label: string;
}

export const idleState: ActionState = { status: 'idle' };
