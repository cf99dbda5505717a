import { bigint, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency } from './enums';

export const PAYMENT_STATES = ['requires_payment', 'processing', 'succeeded', 'failed', 'refunded'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

export interface PaymentEvidence {
  bankReference?: string;
  receivedAt?: string;
  payerName?: string;
  note?: string;
  url?: string;
}

/** Fee split of the payment (minor units), fixed from the tenant's fee policy when the payment is created. */
export interface PaymentSplit {
  gross: number;
  platformFee: number;
  tenantShare: number;
  brokerCommission: number;
  sellerNet: number;
}

export interface PaymentTransfer {
  party: 'seller' | 'broker' | 'tenant';
  destination: string | null;
  amount: number;
  providerRef: string | null;
  status: string;
}

/** The payment of one milestone (one per milestone), on the rail chosen by configuration. */
export const payments = pgTable(
  'payments',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    milestoneId: text('milestone_id').notNull(),
    rail: text('rail').$type<'stripe' | 'bank'>().notNull(),
    status: text('status').$type<PaymentState>().notNull().default('requires_payment'),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    reference: text('reference').notNull(),
    providerRef: text('provider_ref'),
    sourceRef: text('source_ref'),
    instructions: jsonb('instructions').$type<Record<string, unknown>>(),
    split: jsonb('split').$type<PaymentSplit>().notNull(),
    evidence: jsonb('evidence').$type<PaymentEvidence>(),
    transfers: jsonb('transfers').$type<PaymentTransfer[]>().notNull().default([]),
    amountRefunded: bigint('amount_refunded', { mode: 'number' }).notNull().default(0),
    confirmedBy: text('confirmed_by'),
    paidAt: timestamp('paid_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('payments_milestone_idx').on(t.milestoneId),
    uniqueIndex('payments_reference_idx').on(t.reference),
    index('payments_provider_ref_idx').on(t.providerRef),
    index('payments_deal_idx').on(t.tenantId, t.dealId),
  ],
);
