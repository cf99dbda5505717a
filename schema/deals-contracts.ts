import { integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';

/**
 * A generated technology contract (技术合同), one row per version. A new version appears when the
 * agreed terms change; signatures bind to one version and its content hash.
 */
export const dealContracts = pgTable(
  'deal_contracts',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    version: integer('version').notNull(),
    offerId: text('offer_id').notNull(),
    contentZh: text('content_zh').notNull(),
    contentEn: text('content_en').notNull(),
    contentHash: text('content_hash').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('deal_contracts_version_idx').on(t.dealId, t.version),
    uniqueIndex('deal_contracts_hash_idx').on(t.dealId, t.contentHash),
  ],
);
