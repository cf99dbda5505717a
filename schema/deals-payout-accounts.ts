import { boolean, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps } from './columns';

/** A party's account on a payment rail (Stripe Connect `acct_…`), where its shares are transferred. */
export const payoutAccounts = pgTable(
  'payout_accounts',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    partyKind: text('party_kind').$type<'organization' | 'user' | 'tenant'>().notNull(),
    partyId: text('party_id').notNull(),
    rail: text('rail').$type<'stripe' | 'bank'>().notNull(),
    accountId: text('account_id').notNull(),
    chargesEnabled: boolean('charges_enabled').notNull().default(false),
    payoutsEnabled: boolean('payouts_enabled').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('payout_accounts_party_idx').on(t.partyKind, t.partyId, t.rail),
    uniqueIndex('payout_accounts_account_idx').on(t.accountId),
  ],
);
