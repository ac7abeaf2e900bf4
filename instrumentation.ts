import type { Instrumentation } from 'next';

// Runs once when the server process starts (dev and production), never during `next build`.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('./lib/server/start');
  await startServer();
}

/**
 * Every error a request ends with, through the one scrubbed log path (lib/server/log.ts, review M7).
 * The route's pattern, not its path: a path can carry a token or a query string someone typed.
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  const { logServerError } = await import('./lib/server/log');
  logServerError(`${request.method} ${context.routePath} (${context.routeType}) failed`, error);
};
