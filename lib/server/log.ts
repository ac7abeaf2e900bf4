import { scrubDatabaseError } from '@/db/safe-error';
import { Refused } from '@/lib/errors';

/**
 * The one way server code writes an error to the log (review M7). A log line
 * names where it happened and what kind of error it was, never what someone
 * sent: no query parameters, form values or email bodies. Database errors are
 * reduced to SQLSTATE, table, column and constraint (db/safe-error.ts); any other
 * error keeps its name and the first line of its message, cut short, with
 * email addresses and anything after "params:" blanked. No Node APIs: the
 * edge half of instrumentation may call it too.
 */
const MAX_MESSAGE = 200;
const EMAIL = /[^\s@"'<>()]+@[^\s@"'<>()]+\.[^\s@"'<>()]+/g;
// Control characters could forge extra log lines or hide text.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;

export function describeError(error: unknown): string {
  const database = scrubDatabaseError(error);
  if (database) return `${database.name}: ${database.message}`.replace(CONTROLS, ' ');
  if (error instanceof Refused) return `Refused: ${error.code}${error.field ? ` (field ${error.field})` : ''}`.replace(CONTROLS, ' ');
  if (error instanceof Error) {
    const firstLine = error.message.split(/\r?\n/)[0] ?? '';
    const message = firstLine.replace(/\bparams:.*$/i, 'params: …').replace(EMAIL, '[email]').replace(CONTROLS, ' ');
    const short = message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}…` : message;
    // Next's digest ties the line to the error page the visitor saw.
    const { digest: rawDigest } = error as { digest?: unknown };
    const digest = typeof rawDigest === 'string' ? ` [digest ${rawDigest.replace(CONTROLS, '').slice(0, 40)}]` : '';
    return `${error.name.replace(CONTROLS, ' ').slice(0, 60)}: ${short}${digest}`;
  }
  return 'unknown error (not an Error object)';
}

/** `where` is ours (a fixed phrase or a route pattern), never a value someone sent. */
export function logServerError(where: string, error: unknown): void {
  console.error(`SeeRecruit: ${where}: ${describeError(error)}`);
}

/** A line about the server itself (start-up, settings, seeding): our own text, never a value someone sent. */
export function logServerNotice(line: string): void {
  console.log(`SeeRecruit: ${line}`);
}

/** A problem with the server itself (a bad setting): our own text, never a value someone sent. */
export function logServerProblem(line: string): void {
  console.error(`SeeRecruit: ${line}`);
}
