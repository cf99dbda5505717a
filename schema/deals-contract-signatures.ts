import { index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';
import type { DealSide } from './deals-offers';

/** A party's acceptance of one contract version: who, for which organization, when, over which hash. */
export const contractSignatures = pgTable(
  'contract_signatures',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    contractId: text('contract_id').notNull(),
    contractVersion: integer('contract_version').notNull(),
    contentHash: text('content_hash').notNull(),
    side: text('side').$type<DealSide>().notNull(),
    userId: text('user_id').notNull(),
    orgId: text('org_id').notNull(),
    signedAt: timestamp('signed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('contract_signatures_once_idx').on(t.contractId, t.side),
    index('contract_signatures_deal_idx').on(t.dealId),
  ],
);
