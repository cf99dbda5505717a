import { bigint, boolean, index, integer, pgTable, text, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency } from './enums';

/**
 * pending: booked in the ledger, not sent to the rail yet (or sent and awaiting the provider's
 * word). processing: a call to the rail is in flight. succeeded / manual (bank instruction for
 * finance): done. failed: the rail refused or reported failure; an admin may retry.
 */
export const REFUND_STATES = ['pending', 'processing', 'succeeded', 'manual', 'failed'] as const;
export type RefundState = (typeof REFUND_STATES)[number];

/**
 * One refund of a milestone payment to the buyer, as executed at the rail. The ledger books the
 * refund when it is decided (escrow → buyer, movement `<payment>:refund:<refundTotal>`); this row
 * tracks getting the money back to the buyer, so a failure is visible and retried, never lost.
 * Refunds made at the provider itself (a Stripe dashboard refund) are recorded as succeeded.
 */
export const paymentRefunds = pgTable(
  'payment_refunds',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    dealId: text('deal_id').notNull(),
    paymentId: text('payment_id').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    currency: text('currency').$type<Currency>().notNull(),
    /** The payment's cumulative refunded total after this refund: names the ledger movement. */
    refundTotal: bigint('refund_total', { mode: 'number' }).notNull(),
    status: text('status').$type<RefundState>().notNull().default('pending'),
    /** Why the buyer is refunded: dispute, cancellation, late payment, provider. */
    cause: text('cause').notNull(),
    /** The provider's refund (Stripe `re_…`) or bank instruction reference of the last attempt. */
    providerRef: text('provider_ref'),
    /** Key of the last attempt; a new attempt after a definite failure gets a new one. */
    idempotencyKey: text('idempotency_key').notNull(),
    attempts: integer('attempts').notNull().default(0),
    failureCode: text('failure_code'),
    failureReason: text('failure_reason'),
    /** The last failure left the outcome unknown (network): the retry reuses the same key. */
    ambiguous: boolean('ambiguous').notNull().default(false),
    requestedBy: text('requested_by'),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    uniqueIndex('payment_refunds_total_idx').on(t.paymentId, t.refundTotal),
    index('payment_refunds_deal_idx').on(t.tenantId, t.dealId),
    index('payment_refunds_provider_ref_idx').on(t.providerRef),
  ],
);

export type PaymentRefund = typeof paymentRefunds.$inferSelect;
