import { index, pgTable, text } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';

export const INQUIRY_STATES = ['open', 'closed'] as const;
export type InquiryState = (typeof INQUIRY_STATES)[number];

/** A buyer's question about a listing (咨询); the thread lives in `inquiry_messages`. */
export const inquiries = pgTable(
  'inquiries',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    listingId: text('listing_id').notNull(),
    sellerOrgId: text('seller_org_id').notNull(),
    buyerOrgId: text('buyer_org_id'),
    buyerUserId: text('buyer_user_id').notNull(),
    brokerUserId: text('broker_user_id'),
    subject: text('subject').notNull(),
    status: text('status').$type<InquiryState>().notNull().default('open'),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    index('inquiries_listing_idx').on(t.tenantId, t.listingId, t.id),
    index('inquiries_buyer_idx').on(t.buyerUserId, t.id),
  ],
);
