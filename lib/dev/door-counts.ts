import 'server-only';

/** The door counter for the dev route (db/doors.ts counts; app/ may not import db/ directly). */
export { doorCounts } from '@/db/doors';
