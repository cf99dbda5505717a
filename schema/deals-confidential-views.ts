import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';

/** Every view of a listing's confidential section; the owner reads who saw it. Append-only. */
export const confidentialViews = pgTable(
  'confidential_views',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    listingId: text('listing_id').notNull(),
    userId: text('user_id').notNull(),
    orgId: text('org_id'),
    ndaAcceptanceId: text('nda_acceptance_id'),
    requestId: text('request_id'),
    viewedAt: timestamp('viewed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('confidential_views_listing_idx').on(t.listingId, t.id)],
);
