/** The form's text fields as typed (the consent box as a boolean): what the schema checks and the form shows again. Plain data, safe for the browser. */
export interface ApplyValues {
  fullName: string;
  birthDate: string;
  email: string;
  phone: string;
  coverLetter: string;
  consent: boolean;
}

export interface ApplyState {
  values: ApplyValues;
  /** Field → message in the page's language, saying how to fix it. */
  errors: Partial<Record<keyof ApplyValues | 'attachments', string>>;
  /** A problem with the whole form (rate limit, closed job, our fault). */
  formError?: string;
  /** A sensitive number was found: explain why we refuse it. */
  sensitive?: boolean;
  /** Files were chosen but the browser will not resend them after an error. */
  filesDropped?: boolean;
  /** Set when the application is stored: the browser goes to the receipt. */
  receiptUrl?: string;
  /** Bumped on every server answer so the page can move focus to the summary. */
  attempt: number;
}

export const emptyValues: ApplyValues = { fullName: '', birthDate: '', email: '', phone: '', coverLetter: '', consent: false };

/** Every message the form may show, passed from the server so no i18n code ships to the browser. */
export interface ApplyTexts {
  fields: Record<'fullName' | 'birthDate' | 'email' | 'phone' | 'coverLetter' | 'attachments' | 'consent', string>;
  hints: Partial<Record<'email' | 'phone' | 'coverLetter' | 'attachments', string>>;
  required: string;
  optional: string;
  consentLink: string;
  honeypot: string;
  submit: string;
  sending: string;
  errorSummary: string;
  filesAgain: string;
  sensitiveWhy: string;
  /** The request did not reach us (network): nothing was sent. */
  failed: string;
  errors: Record<string, Record<string, string>>;
}
