import { boolean, index, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps } from './columns';

/**
 * A tenant's receiver of outgoing webhooks. The signing secret is kept in clear because every
 * delivery is signed with it (HMAC needs the key itself); the API shows it only at creation and
 * on rotation.
 */
export const webhookEndpoints = pgTable(
  'webhook_endpoints',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    url: text('url').notNull(),
    description: text('description'),
    /** Event types it wants; empty means every type. */
    eventTypes: text('event_types').array().notNull().default([]),
    secret: text('secret').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: text('created_by').notNull(),
    ...timestamps,
  },
  (t) => [index('webhook_endpoints_tenant_idx').on(t.tenantId, t.id)],
);
