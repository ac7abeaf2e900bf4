import { customType, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Every tenant-owned table starts with this column; keys and indexes lead with it. */
export const tenantId = () => uuid('tenant_id').notNull();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Raw bytes (CVs). Both drivers hand back Uint8Array/Buffer. */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
