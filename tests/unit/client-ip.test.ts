import { describe, expect, it } from 'vitest';
import { clientIpFrom } from '../../lib/security/client-ip';

const h = (init: Record<string, string>) => new Headers(init);

describe('clientIpFrom', () => {
  it('behind one proxy takes the address the proxy appended, not what the client wrote before it', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '203.0.113.9' }), 1)).toBe('203.0.113.9');
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }), 1)).toBe('203.0.113.9');
    expect(clientIpFrom(h({ 'x-forwarded-for': ' 9.9.9.9 ,1.2.3.4,  203.0.113.9 ' }), 1)).toBe('203.0.113.9');
  });

  it('behind two proxies takes the second from the end; a short chain falls back to its first entry', () => {
    expect(clientIpFrom(h({ 'x-forwarded-for': '1.2.3.4, 198.51.100.7, 10.0.0.2' }), 2)).toBe('198.51.100.7');
    expect(clientIpFrom(h({ 'x-forwarded-for': '198.51.100.7' }), 2)).toBe('198.51.100.7');
  });

  it('uses X-Real-IP only without X-Forwarded-For, and says null when there is nothing', () => {
    expect(clientIpFrom(h({ 'x-real-ip': '192.0.2.5' }), 1)).toBe('192.0.2.5');
    expect(clientIpFrom(h({ 'x-forwarded-for': '192.0.2.8', 'x-real-ip': '192.0.2.5' }), 1)).toBe('192.0.2.8');
    expect(clientIpFrom(h({ 'x-forwarded-for': ' , ' }), 1)).toBeNull();
    expect(clientIpFrom(h({}), 1)).toBeNull();
    expect(() => clientIpFrom(h({}), 0)).toThrow(/at least 1/);
  });
});
