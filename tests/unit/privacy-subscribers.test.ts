import { getTableColumns } from 'drizzle-orm';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import PrivacyPolicyEn from '../../components/content/privacy-en';
import PrivacyPolicyNb from '../../components/content/privacy-nb';
import { subscriptionEvents, subscriptionNotices, subscriptions, subscriptionSuspendedJobs } from '../../db/schema';

/**
 * Issue 15: the privacy page says exactly what is stored about subscribers. Each column of the subscription tables
 * is named here with the words the page uses for it in both languages (null: bookkeeping that is no fact about the
 * subscriber: keys, row times). A column added without a line here, or a line the page no longer carries, fails.
 */
const SAID: Record<string, Record<string, [nb: string, en: string] | null>> = {
  subscriptions: {
    tenantId: null,
    planId: ['plan', 'plan'],
    status: ['status', 'status'],
    periodStart: ['når perioden begynte', 'when the period began'],
    periodEnd: ['og slutter', 'and ends'],
    cancelAtPeriodEnd: ['sagt opp fra', 'cancelled'],
    billingName: ['fakturakontakt (navn', 'billing contact (name'],
    billingEmail: ['e-post og fakturareferanse', 'email and invoice reference'],
    invoiceReference: ['fakturareferanse', 'invoice reference'],
    createdAt: null,
    updatedAt: null,
  },
  subscription_events: {
    tenantId: null,
    id: null,
    kind: ['hver endring', 'every change'],
    at: ['med dato og klokkeslett', 'with date and time'],
    actorKind: ['hvem som', 'who made'],
    actorUserId: ['den av dere som gjorde den', 'the person on your side'],
    actorName: ['navnet på den av dere', 'the name of the person'],
    before: ['før og etter', 'before and after'],
    after: ['før og etter', 'before and after'],
    reason: ['med begrunnelsen', 'with the reason'],
  },
  subscription_notices: {
    tenantId: null,
    kind: ['Hvilke påminnelser vi har sendt', 'Which reminders we have sent'],
    periodEnd: ['før perioden slutter', 'before the period ends'],
    sentAt: ['med\ndato', 'with the date'],
  },
  subscription_suspended_jobs: {
    tenantId: null,
    jobId: ['hvilke stillinger vi\ntok ned', 'which\npositions we took down'],
    suspendedAt: null,
  },
};

const tables = { subscriptions, subscription_events: subscriptionEvents, subscription_notices: subscriptionNotices, subscription_suspended_jobs: subscriptionSuspendedJobs };
const squeeze = (text: string) => text.replace(/\s+/g, ' ');
const page = { nb: squeeze(renderToStaticMarkup(createElement(PrivacyPolicyNb))), en: squeeze(renderToStaticMarkup(createElement(PrivacyPolicyEn))) };

describe('the privacy page names what is stored about subscribers', () => {
  for (const [name, table] of Object.entries(tables)) {
    it(`${name}: every column is accounted for`, () => {
      expect(Object.keys(getTableColumns(table)).sort()).toEqual(Object.keys(SAID[name]!).sort());
    });
    it(`${name}: the page says it, in nb and en`, () => {
      for (const words of Object.values(SAID[name]!)) {
        if (!words) continue;
        expect(page.nb).toContain(squeeze(words[0]));
        expect(page.en).toContain(squeeze(words[1]));
      }
    });
  }

  it('says the history cannot be changed, and that no card, account or ID numbers are stored', () => {
    expect(page.nb).toContain('Historikken kan ikke endres i ettertid.');
    expect(page.en).toContain('The history cannot be changed afterwards.');
    expect(page.nb).toContain('Vi lagrer aldri kontonumre, kortnumre, fødselsnumre');
    expect(page.en).toContain('We never store bank account numbers, card numbers, national identity numbers');
  });
});
