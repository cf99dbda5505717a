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
  /** Taken back from this payout by transfer reversals (Stripe) or claw-back instructions (bank). */
  reversed?: number;
  /** Bank payouts confirmed by an admin: the wire's reference. */
  reference?: string;
}

/** One claw-back of a released share when a released milestone is refunded. */
export interface PaymentReversal {
  party: 'seller' | 'broker' | 'tenant';
  /** The payout it reverses (Stripe transfer id, or the bank payout reference). */
  transferRef: string | null;
  amount: number;
  /** Cumulative refunded total of the payment this reversal belongs to. */
  refundTotal: number;
  /** Key of the last attempt; a new attempt after a definite failure gets a new one. */
  idempotencyKey: string;
  providerRef: string | null;
  /** pending (booked, not sent) · processing (a call in flight) · succeeded · manual (bank) · failed. */
  status: string;
  instruction?: Record<string, unknown>;
  /** Attempts made at the rail. */
  attempts?: number;
  failureCode?: string | null;
  failureReason?: string | null;
  /** The last failure left the outcome unknown (network): the retry reuses the same key. */
  ambiguous?: boolean;
  /** ISO time of the last change of status. */
  updatedAt?: string;
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
    /** Cumulative part of each released share taken back by refunds (null: none). */
    reversedSplit: jsonb('reversed_split').$type<PaymentSplit>(),
    /** Claw-backs of payouts already sent, executed at the rail after the refund is booked. */
    reversals: jsonb('reversals').$type<PaymentReversal[]>().notNull().default([]),
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
