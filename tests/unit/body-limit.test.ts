import { describe, expect, it } from 'vitest';
import { MAX_APPLY_BODY_BYTES } from '../../lib/applications/attachment-limits';
import { largeBodyRefusal, MAX_FORM_BODY_BYTES } from '../../lib/edge/body-limit';

const sized = (bytes: number | null) => new Headers(bytes === null ? {} : { 'content-length': String(bytes) });

describe('middleware refuses bodies by their Content-Length before Next reads them (M6)', () => {
  it('M6: a large POST to the apply page goes to the friendly page, elsewhere a 413; small ones, GETs and bodies without a length pass', () => {
    expect(largeBodyRefusal('POST', '/careers/acme/backend-utvikler/apply', sized(MAX_APPLY_BODY_BYTES + 1))).toEqual({ status: 303, location: '/careers/acme/backend-utvikler/apply/too-large' });
    expect(largeBodyRefusal('POST', '/en/careers/fjord/data-engineer/apply/', sized(MAX_FORM_BODY_BYTES + 1))).toEqual({ status: 303, location: '/en/careers/fjord/data-engineer/apply/too-large' });
    expect(largeBodyRefusal('POST', '/login', sized(MAX_FORM_BODY_BYTES + 1))).toEqual({ status: 413 });
    expect(largeBodyRefusal('POST', '/login', sized(MAX_FORM_BODY_BYTES))).toBeNull();
    expect(largeBodyRefusal('GET', '/careers/acme/backend-utvikler/apply', sized(MAX_APPLY_BODY_BYTES + 1))).toBeNull();
    // Without a length (chunked) only the endpoint's cap can tell; Next cuts what middleware sees at proxyClientMaxBodySize.
    expect(largeBodyRefusal('POST', '/login', sized(null))).toBeNull();
  });
});
