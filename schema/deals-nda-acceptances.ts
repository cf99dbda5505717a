import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';

/** Who accepted which NDA version of a listing, for which organization, when, over which text. */
export const ndaAcceptances = pgTable(
  'nda_acceptances',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    listingId: text('listing_id').notNull(),
    ndaTextId: text('nda_text_id').notNull(),
    ndaVersion: integer('nda_version').notNull(),
    contentHash: text('content_hash').notNull(),
    userId: text('user_id').notNull(),
    orgId: text('org_id'),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('nda_acceptances_once_idx').on(t.ndaTextId, t.userId),
    index('nda_acceptances_listing_idx').on(t.listingId, t.acceptedAt),
  ],
);
