/**
 * How many files a candidate may attach and how large they may be. Plain
 * numbers, safe for the browser: the apply form, the server's first check and
 * the byte-level checks (attachments.ts) all read them here.
 */
export const MAX_FILES = 5;
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
export const MAX_TOTAL_BYTES = 20 * 1024 * 1024;

export type CountProblem = 'count' | 'tooLarge' | 'totalTooLarge';

/** The limits on count and size alone (no bytes read): the same answer in the browser and on the server. */
export function sizeProblem(files: ReadonlyArray<{ size: number }>): CountProblem | null {
  if (files.length < 1 || files.length > MAX_FILES) return 'count';
  if (files.some((f) => f.size > MAX_FILE_BYTES)) return 'tooLarge';
  if (files.reduce((sum, f) => sum + f.size, 0) > MAX_TOTAL_BYTES) return 'totalTooLarge';
  return null;
}

/**
 * The largest apply request we read: the files' total plus room for the text
 * fields (a 5 000-character letter in 4-byte characters is 20 KB) and the
 * multipart framing. Anything longer is refused by its Content-Length (middleware
 * and the apply endpoint) or cut off while it streams (lib/applications/intake.ts).
 */
export const MAX_APPLY_BODY_BYTES = MAX_TOTAL_BYTES + 512 * 1024;
