import { integer, text, timestamp } from 'drizzle-orm/pg-core';

// Column groups spread into tables, so every table names its tenant, times and version alike.

export const tenantColumn = {
  tenantId: text('tenant_id').notNull(),
};

export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
};

// Optimistic concurrency: every state change bumps it, and updates are guarded on it.
export const versionColumn = {
  version: integer('version').notNull().default(1),
};
