import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency, TransactionMode } from './enums';

export const OFFER_STATES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'superseded',
  'expired',
] as const;
export type OfferState = (typeof OFFER_STATES)[number];
export const DEAL_SIDES = ['buyer', 'seller'] as const;
export type DealSide = (typeof DEAL_SIDES)[number];

/** One planned milestone of an offer; amounts are already resolved from shares (largest remainder). */
export interface OfferMilestone {
  title: string;
  shareBps: number | null;
  amount: number;
  dueDate: string | null;
}

/** An offer or counter-offer on a deal: the full terms, so accepting one fixes the deal. */
export const dealOffers = pgTable(
  'deal_offers',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    side: text('side').$type<DealSide>().notNull(),
    proposedBy: text('proposed_by').notNull(),
    mode: text('mode').$type<TransactionMode>().notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    milestones: jsonb('milestones').$type<OfferMilestone[]>().notNull(),
    terms: text('terms'),
    ipTerms: text('ip_terms'),
    message: text('message'),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }),
    status: text('status').$type<OfferState>().notNull().default('pending'),
    respondedBy: text('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [index('deal_offers_deal_idx').on(t.dealId, t.id)],
);
