/**
 * Why an owner erases an application by hand: a short list, stored on the
 * tombstone (no free text, so no personal data). "position_filled" is the
 * reason for emptying a filled job, not offered for one application.
 */
export const OWNER_ERASURE_REASONS = ['candidate_asked', 'duplicate', 'sent_in_error', 'other'] as const;
export type OwnerErasureReason = (typeof OWNER_ERASURE_REASONS)[number];
