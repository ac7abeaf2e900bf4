import { createTranslator } from 'use-intl/core';
import en from '@/messages/en/email.json';
import nb from '@/messages/nb/email.json';

/**
 * Every email's words, from messages/<locale>/email.json (the Email namespace), read outside any request.
 * next-intl's createTranslator is use-intl's: imported from use-intl/core because the 'next-intl' entry pulls in
 * its React provider, which cannot load under --conditions=react-server (tsx scripts) outside Next.
 */
export type EmailLanguage = 'nb' | 'en';

// The two files have the same keys (tests/unit/email-components.test.ts holds them together).
const messages: Record<EmailLanguage, typeof nb> = { nb, en };

export function emailTexts(language: EmailLanguage) {
  return createTranslator({
    locale: language,
    messages: messages[language],
    namespace: 'Email',
    // A missing key or a bad argument is a broken template, not a text to send: the worker stops the row.
    onError: (error) => {
      throw error;
    },
  });
}

export type EmailTexts = ReturnType<typeof emailTexts>;

/** "a, b and c" / "a, b og c", as each language writes a list. */
export function listOf(items: string[], language: EmailLanguage): string {
  return new Intl.ListFormat(language === 'en' ? 'en-GB' : 'nb-NO', { type: 'conjunction' }).format(items);
}
