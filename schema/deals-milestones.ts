import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency } from './enums';

export const MILESTONE_STATES = [
  'pending',
  'awaiting_payment',
  'paid',
  'delivered',
  'changes_requested',
  'accepted',
  'refunded',
  'cancelled',
] as const;
export type MilestoneState = (typeof MILESTONE_STATES)[number];

export interface DeliveryEvidence {
  title: string;
  url?: string;
  sha256?: string;
  note?: string;
}

/** A milestone of a signed deal (里程碑): paid, delivered with evidence, accepted by the buyer. */
export const dealMilestones = pgTable(
  'deal_milestones',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    seq: integer('seq').notNull(),
    title: text('title').notNull(),
    shareBps: integer('share_bps'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    dueDate: text('due_date'),
    status: text('status').$type<MilestoneState>().notNull().default('pending'),
    evidence: jsonb('evidence').$type<DeliveryEvidence[]>().notNull().default([]),
    changesRequested: text('changes_requested'),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    deliveredAt: timestamp('delivered_at', { withTimezone: true, mode: 'date' }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('deal_milestones_seq_idx').on(t.dealId, t.seq),
    index('deal_milestones_tenant_idx').on(t.tenantId, t.dealId),
  ],
);
