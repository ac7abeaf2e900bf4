/**
 * Database errors as they may leave the doors (review M7). Drizzle wraps a failed
 * statement as `Failed query: <sql>\nparams: <params>` with the driver's error as
 * `cause`, and the driver's error carries `detail` ("Failing row contains (…)"),
 * the query and its parameters: a candidate's name, birth date and letter. What
 * is kept is what finds the fault without the data: SQLSTATE, table, column,
 * constraint, and the server's own message (values quoted in data-exception
 * messages blanked). Our definer functions' `seerecruit:<code>` messages stay
 * readable (db/refusal.ts). Pure: no Node APIs, so safe anywhere.
 */
export class DatabaseError extends Error {
  readonly code: string;
  readonly table?: string;
  readonly column?: string;
  readonly constraint?: string;

  constructor(fields: { code: string; message: string; table?: string; column?: string; constraint?: string }) {
    const where = [fields.table && `table ${fields.table}`, fields.column && `column ${fields.column}`, fields.constraint && `constraint ${fields.constraint}`].filter(Boolean).join(', ');
    super(`database error ${fields.code}${where ? ` (${where})` : ''}: ${fields.message}`);
    this.name = 'DatabaseError';
    this.code = fields.code;
    if (fields.table) this.table = fields.table;
    if (fields.column) this.column = fields.column;
    if (fields.constraint) this.constraint = fields.constraint;
  }
}

type DriverError = {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  severity?: unknown;
  cause?: unknown;
  stack?: unknown;
  // PGlite names them table/column/constraint; postgres.js table_name/column_name/constraint_name.
  table?: unknown;
  table_name?: unknown;
  column?: unknown;
  column_name?: unknown;
  constraint?: unknown;
  constraint_name?: unknown;
};

const SQLSTATE = /^[0-9A-Z]{5}$/;
const text = (...values: unknown[]) => values.find((v): v is string => typeof v === 'string' && v.length > 0)?.slice(0, 63);

function isDriverError(e: DriverError): boolean {
  return typeof e.code === 'string' && SQLSTATE.test(e.code) && (typeof e.severity === 'string' || e.name === 'PostgresError' || e.name === 'DatabaseError');
}

/**
 * The server's message without the values it may quote: class 22 (data exception) names the bad input
 * (`invalid input syntax for type uuid: "…"`), except 22021, which names only the encoding and the byte.
 */
function safeServerMessage(code: string, message: string): string {
  const firstLine = message.split('\n')[0]!.slice(0, 300);
  return code.startsWith('22') && code !== '22021' ? firstLine.replace(/"(?:[^"]|"")*"/g, '"…"') : firstLine;
}

/**
 * The scrubbed form of an error from the database, or `null` when it is not one
 * (a Refused, a redirect, a programming error: those are for the caller as they are).
 */
export function scrubDatabaseError(error: unknown): DatabaseError | null {
  if (error instanceof DatabaseError) return error;
  if (!error || typeof error !== 'object') return null;
  const outer = error as DriverError;
  const wrapped = typeof outer.message === 'string' && outer.message.startsWith('Failed query:');
  let driver: DriverError | undefined;
  for (let e: DriverError | undefined = outer, depth = 0; e && typeof e === 'object' && depth < 4; e = e.cause as DriverError | undefined, depth++) {
    if (isDriverError(e)) {
      driver = e;
      break;
    }
  }
  if (!driver && !wrapped) return null;
  const code = typeof driver?.code === 'string' ? driver.code : 'XX000';
  const message = driver && typeof driver.message === 'string' ? safeServerMessage(code, driver.message) : 'the statement failed';
  const scrubbed = new DatabaseError({
    code,
    message,
    table: text(driver?.table, driver?.table_name),
    column: text(driver?.column, driver?.column_name),
    constraint: text(driver?.constraint, driver?.constraint_name),
  });
  // Keep where it was thrown (the frames), not the message line that carried the parameters.
  // Only what follows the old message: the parameters inside it could be made to look like frames.
  if (typeof outer.stack === 'string' && typeof outer.message === 'string') {
    const at = outer.stack.indexOf(outer.message);
    const rest = at >= 0 ? outer.stack.slice(at + outer.message.length) : '';
    const frames = rest.split('\n').filter((line) => /^\s+at /.test(line));
    scrubbed.stack = [`${scrubbed.name}: ${scrubbed.message}`, ...frames].join('\n');
  }
  return scrubbed;
}
