import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Provider events already applied (by event id), so a redelivery does nothing. */
export const webhookEvents = pgTable('webhook_events', {
  id: text('id').primaryKey(),
  rail: text('rail').notNull(),
  type: text('type').notNull(),
  outcome: text('outcome').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
});
