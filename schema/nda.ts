import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';

/**
 * The versioned NDA text (保密协议) of a listing. Versions are immutable: a new text is a new
 * row, and an acceptance names the version and the content hash the buyer saw.
 */
export const ndaTexts = pgTable(
  'nda_texts',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    listingId: text('listing_id').notNull(),
    version: integer('version').notNull(),
    textZh: text('text_zh').notNull(),
    textEn: text('text_en').notNull(),
    contentHash: text('content_hash').notNull(),
    createdBy: text('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('nda_texts_listing_version_idx').on(t.listingId, t.version)],
);
