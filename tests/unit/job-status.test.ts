import { describe, expect, it } from 'vitest';
import { canMove, effectiveStatus, isFinal, offeredMoves } from '../../lib/jobs/status';
import { notifiesCandidate } from '../../lib/pipeline/workflow';

describe('job lifecycle rules', () => {
  it('filled and archived are final; nothing moves out of archived', () => {
    expect(isFinal('filled')).toBe(true);
    expect(isFinal('archived')).toBe(true);
    for (const s of ['draft', 'published', 'closed'] as const) expect(isFinal(s)).toBe(false);
    expect(offeredMoves('archived')).toEqual([]);
    expect(offeredMoves('filled')).toEqual(['archived']);
  });

  it('offers only moves the transition table allows, from the status as of today', () => {
    expect(offeredMoves('draft')).toEqual(['published', 'archived']);
    expect(offeredMoves('published')).toEqual(['draft', 'filled', 'archived']);
    expect(canMove('draft', 'filled')).toBe(false);
    // A published job past its closing date is closed now, and offers what closed offers.
    const current = effectiveStatus({ status: 'published', closesOn: '2026-01-31' }, '2026-02-01');
    expect(current).toBe('closed');
    expect(offeredMoves(current)).toEqual(['published', 'filled', 'archived']);
    expect(effectiveStatus({ status: 'published', closesOn: '2026-01-31' }, '2026-01-31')).toBe('published');
  });
});

describe('stage moves that tell the candidate', () => {
  it('only rejected and hired send an email, and only when the member asked', () => {
    expect(notifiesCandidate('rejected', true)).toBe(true);
    expect(notifiesCandidate('hired', true)).toBe(true);
    expect(notifiesCandidate('rejected', false)).toBe(false);
    for (const s of ['new', 'in_review', 'interview', 'offer'] as const) expect(notifiesCandidate(s, true)).toBe(false);
  });
});
