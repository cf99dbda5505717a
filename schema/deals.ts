import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency, TransactionMode } from './enums';

export const DEAL_STATES = [
  'inquiry',
  'negotiating',
  'agreed',
  'signed',
  'in_progress',
  'completed',
  'cancelled',
  'disputed',
  'refunded',
] as const;
export type DealState = (typeof DEAL_STATES)[number];

/** A negotiated technology transaction; statistics count its contract turnover once signed. */
export const deals = pgTable(
  'deals',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    listingId: text('listing_id'),
    buyerOrgId: text('buyer_org_id').notNull(),
    sellerOrgId: text('seller_org_id').notNull(),
    brokerUserId: text('broker_user_id'),
    mode: text('mode').$type<TransactionMode>().notNull(),
    status: text('status').$type<DealState>().notNull().default('inquiry'),
    amount: bigint('amount', { mode: 'number' }),
    currency: text('currency').$type<Currency>().notNull().default('CNY'),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }),
    // Negotiation and contract (added by the deal flow; the columns above are what statistics read).
    title: text('title'),
    inquiryId: text('inquiry_id'),
    createdBy: text('created_by'),
    scope: text('scope'),
    terms: text('terms'),
    ipTerms: text('ip_terms'),
    agreedOfferId: text('agreed_offer_id'),
    registrationNumber: text('registration_number'),
    /** The state a dispute interrupted, to resume to when it is resolved without refund. */
    disputedFrom: text('disputed_from').$type<DealState>(),
    closeReason: text('close_reason'),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    index('deals_tenant_status_idx').on(t.tenantId, t.status),
    index('deals_buyer_idx').on(t.buyerOrgId, t.id),
    index('deals_seller_idx').on(t.sellerOrgId, t.id),
    uniqueIndex('deals_registration_idx').on(t.registrationNumber),
  ],
);
