import { describe, expect, it } from 'vitest';
import { signReference } from '../../lib/applications/receipt-link';
import { newReference } from '../../lib/applications/reference';
import { isForgedReceipt, receiptSignature } from '../../lib/edge/receipt-check';

const secret = process.env.AUTH_SECRET!;
const at = (path: string) => new URL(path, 'http://127.0.0.1:3000');

describe('receipt addresses checked at the edge', () => {
  it('signs exactly as the server does, so a receipt we made is never turned away', async () => {
    for (let i = 0; i < 50; i++) {
      const reference = newReference();
      expect(await receiptSignature(reference, secret)).toBe(signReference(reference));
      expect(await isForgedReceipt(at(`/careers/acme/job/apply/receipt?ref=${reference}&sig=${signReference(reference)}`), secret)).toBe(false);
    }
  });

  it('turns away a wrong, missing or shortened signature and a malformed reference', async () => {
    const reference = newReference();
    const good = signReference(reference);
    const flipped = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    for (const query of [`ref=${reference}&sig=${flipped}`, `ref=${reference}`, `ref=${reference}&sig=${good.slice(0, 10)}`, `ref=${reference}&sig=${good}x`, `ref=sr-aaaa-bbbb&sig=${good}`, '']) {
      expect(await isForgedReceipt(at(`/en/careers/acme/job/apply/receipt?${query}`), secret), query).toBe(true);
    }
    // Without a secret nothing can be verified: no receipt page is shown.
    expect(await isForgedReceipt(at(`/careers/acme/job/apply/receipt?ref=${reference}&sig=${good}`), undefined)).toBe(true);
  });

  it('leaves every other path alone', async () => {
    for (const path of ['/careers/acme/job/apply', '/careers/acme/job/apply/receiptx', '/careers/acme/receipt', '/dashboard/acme']) {
      expect(await isForgedReceipt(at(path), secret), path).toBe(false);
    }
  });
});
