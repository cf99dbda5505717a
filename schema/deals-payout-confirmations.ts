import { bigint, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';
import type { Currency } from './enums';

export interface PayoutEvidence {
  reference: string;
  sentAt: string;
  note?: string;
  url?: string;
}

/**
 * A bank-transfer payout of one party's share of one payment, confirmed by an admin once
 * finance has wired it. One per (payment, party): the unique index is what turns concurrent or
 * repeated confirmations into one success and conflicts.
 */
export const payoutConfirmations = pgTable(
  'payout_confirmations',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    paymentId: text('payment_id').notNull(),
    party: text('party').$type<'seller' | 'broker' | 'tenant'>().notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    evidence: jsonb('evidence').$type<PayoutEvidence>().notNull(),
    confirmedBy: text('confirmed_by'),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('payout_confirmations_party_idx').on(t.paymentId, t.party)],
);
