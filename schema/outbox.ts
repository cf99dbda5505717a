import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Domain events written in the same transaction as the change they describe; a drainer
 * delivers them (search index, webhooks, notifications) and retries with backoff.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id').notNull(),
    topic: text('topic').notNull(),
    aggregateType: text('aggregate_type').notNull(),
    aggregateId: text('aggregate_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    attempts: integer('attempts').notNull().default(0),
    availableAt: timestamp('available_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // Only the pending rows: every event stays in the table once processed, and an index over all
  // of them made each idle drain (every few seconds on Node) walk the whole history.
  (t) => [index('outbox_pending_idx').on(t.availableAt, t.id).where(sql`${t.processedAt} is null`)],
);
