import { describe, expect, it } from 'vitest';
import { classifyResendError, DeliveryFailure, resendSender, type EmailClient } from '../../lib/email/delivery';

type Sent = { payload: Record<string, unknown>; options: Record<string, unknown> | undefined };

/** A stand-in for the Resend client: records what it was asked and answers what the test says. Never the network. */
function fakeClient(answer: (options?: Record<string, unknown>) => Promise<unknown>): { client: EmailClient; sent: Sent[] } {
  const sent: Sent[] = [];
  const client = {
    emails: {
      send: async (payload: Record<string, unknown>, options?: Record<string, unknown>) => {
        sent.push({ payload, options });
        return answer(options);
      },
    },
  } as unknown as EmailClient;
  return { client, sent };
}

const email = { subject: 'Emne', html: '<p>Hei</p>', text: 'Hei' };
const row = { id: '0b8a4c64-8e0f-4a5e-9d4e-2d2f1f6d3c11', recipient: 'kari@example.no' };
const failed = (error: { name: string; statusCode: number | null; message: string }) => async () => ({ data: null, error, headers: null });

async function failureOf(promise: Promise<void>): Promise<DeliveryFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DeliveryFailure) return error;
    throw error;
  }
  throw new Error('expected the send to fail');
}

describe('sending through the resend SDK', () => {
  it('DEP2: sends once per outbox row, with the outbox id as idempotency key and a timeout', async () => {
    const { client, sent } = fakeClient(async () => ({ data: { id: 're_1' }, error: null, headers: null }));
    await resendSender(client, 'SeeRecruit <no-reply@seerecruit.com>')(row, email);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.payload).toEqual({ from: 'SeeRecruit <no-reply@seerecruit.com>', to: ['kari@example.no'], subject: 'Emne', html: '<p>Hei</p>', text: 'Hei' });
    expect(sent[0]!.options).toMatchObject({ idempotencyKey: row.id });
    expect(sent[0]!.options!.signal).toBeInstanceOf(AbortSignal);
  });

  it('DEP2: an invalid address is a permanent failure, and the stored detail never quotes it', async () => {
    const { client } = fakeClient(failed({ name: 'validation_error', statusCode: 422, message: 'Invalid `to` field: kari@example.no is not a valid email address.' }));
    const failure = await failureOf(resendSender(client, 'x <x@y.z>')(row, email));
    expect(failure).toMatchObject({ permanent: true, category: 'invalid_address', detail: 'Resend 422 validation_error' });
    expect(`${failure.detail} ${failure.message}`).not.toContain('kari');
  });

  it('DEP2: every 4xx but 429 stops at once; 429, 5xx and no answer back off', () => {
    const cases: [number | null, string, boolean, string | null][] = [
      [403, 'invalid_from_address', true, 'sender_setup'],
      [401, 'missing_api_key', true, 'sender_setup'],
      [400, 'invalid_parameter', true, 'rejected'],
      [404, 'not_found', true, 'rejected'],
      [409, 'invalid_idempotent_request', true, 'rejected'],
      [429, 'rate_limit_exceeded', false, null],
      [429, 'daily_quota_exceeded', false, null],
      [500, 'internal_server_error', false, null],
      [503, 'application_error', false, null],
      [null, 'application_error', false, null],
    ];
    for (const [statusCode, name, permanent, category] of cases) {
      expect(classifyResendError({ statusCode, name, message: 'whatever it says' }), `${statusCode} ${name}`).toMatchObject({ permanent, category });
    }
  });

  it('DEP2: a client that throws (network, timeout) is a transient failure', async () => {
    const { client } = fakeClient(async () => {
      throw new Error('fetch failed for kari@example.no');
    });
    const failure = await failureOf(resendSender(client, 'x <x@y.z>')(row, email));
    expect(failure).toMatchObject({ permanent: false, category: null, detail: 'Resend no answer' });
  });

  it('DEP2: a slow provider is cut off by the timeout and retried later', async () => {
    // Answers only when the request is aborted, as fetch does: without the timeout this would never settle.
    const { client } = fakeClient((options) => new Promise((_, reject) => (options!.signal as AbortSignal).addEventListener('abort', () => reject(new Error('aborted')))));
    const failure = await failureOf(resendSender(client, 'x <x@y.z>', 1)(row, email));
    expect(failure.permanent).toBe(false);
  });
});
