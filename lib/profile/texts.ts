import { createTranslator } from 'use-intl/core';
import en from '@/messages/en/profile-instrument.json';
import nb from '@/messages/nb/profile-instrument.json';

/**
 * The instrument's words (messages/<locale>/profile-instrument.json, the ProfileInstrument namespace) outside a
 * request: for the completion email, which the outbox worker renders. Pages use next-intl's getTranslations.
 */
const messages = { nb, en } as const;

export function instrumentTexts(language: 'nb' | 'en') {
  return createTranslator({
    locale: language,
    messages: messages[language] as typeof nb,
    namespace: 'ProfileInstrument',
    onError: (error) => {
      throw error;
    },
  });
}

/** A score as it is written in each language: 3.5 / 3,5. */
export function formatScore(score: number, language: 'nb' | 'en'): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nb-NO', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(score);
}
