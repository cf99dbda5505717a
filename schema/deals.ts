import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
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
    ...versionColumn,
    ...timestamps,
  },
  (t) => [index('deals_tenant_status_idx').on(t.tenantId, t.status)],
);
