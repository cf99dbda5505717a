import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';
import type { Currency } from './enums';

/**
 * Double-entry ledger lines (amount > 0 debit / into the account, < 0 credit / out of it).
 * A movement is a group of lines that sums to zero; its key makes it apply at most once.
 */
export const ledgerEntries = pgTable(
  'ledger_entries',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    paymentId: text('payment_id'),
    movementKey: text('movement_key').notNull(),
    lineNo: bigint('line_no', { mode: 'number' }).notNull(),
    account: text('account').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    memo: text('memo').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_movement_line_idx').on(t.movementKey, t.lineNo),
    index('ledger_deal_idx').on(t.tenantId, t.dealId, t.id),
  ],
);
