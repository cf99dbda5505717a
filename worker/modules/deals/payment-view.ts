import { z } from '@hono/zod-openapi';
import type { PaymentRefund } from '../../../schema/deals-refunds';
import { PAYMENT_STATES } from '../../../schema/payments';
import type { Payment } from '../../../schema/types';
import { refundView } from '../payments/refund-execution';
import { RefundSchema } from './schemas';

export const PaymentSchema = z
  .object({
    id: z.string().openapi({ example: 'pay_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    dealId: z.string(),
    milestoneId: z.string(),
    rail: z
      .enum(['stripe', 'bank'])
      .openapi({ description: 'bank = offline bank transfer (对公转账), the default' }),
    status: z.enum(PAYMENT_STATES),
    amount: z.number().int(),
    currency: z.string(),
    reference: z
      .string()
      .openapi({ description: 'Write it in the transfer remark (附言).', example: 'TM-2026-7KQ4-M9XC' }),
    instructions: z
      .record(z.string(), z.unknown())
      .nullable()
      .openapi({ description: 'Bank details, or the card payment client secret (payer only).' }),
    split: z.object({
      gross: z.number(),
      platformFee: z.number(),
      tenantShare: z.number(),
      brokerCommission: z.number(),
      sellerNet: z.number(),
    }),
    amountRefunded: z.number().int(),
    transfers: z.array(
      z.object({
        party: z.string(),
        destination: z.string().nullable(),
        amount: z.number(),
        providerRef: z.string().nullable(),
        status: z.string(),
        reversed: z.number().optional().openapi({ description: 'Clawed back from this payout by refunds.' }),
        reference: z.string().optional(),
      }),
    ),
    reversedSplit: z
      .object({
        gross: z.number(),
        platformFee: z.number(),
        tenantShare: z.number(),
        brokerCommission: z.number(),
        sellerNet: z.number(),
      })
      .nullable()
      .openapi({ description: 'Cumulative part of each released share taken back by refunds.' }),
    reversals: z.array(
      z.object({
        party: z.string(),
        transferRef: z.string().nullable(),
        amount: z.number(),
        refundTotal: z.number(),
        providerRef: z.string().nullable(),
        status: z.string().openapi({
          description:
            'pending: booked, not sent; processing: being sent; succeeded; manual: a bank claw-back instruction; failed: see failureReason, an admin retries (payouts/retry).',
        }),
        instruction: z.record(z.string(), z.unknown()).optional(),
        attempts: z.number().int().optional(),
        failureCode: z.string().nullable().optional(),
        failureReason: z.string().nullable().optional(),
        updatedAt: z.string().optional(),
      }),
    ),
    paidAt: z.string().nullable(),
    refunds: z
      .array(RefundSchema)
      .optional()
      .openapi({ description: 'Refunds of this payment to the buyer (on the payment routes).' }),
  })
  .openapi('Payment');

/** The payment as the API shows it; the card client secret only to the payer. */
export function paymentView(p: Payment, payer: boolean, refunds?: PaymentRefund[]) {
  const instructions = p.instructions && (payer || p.instructions.kind !== 'card') ? p.instructions : null;
  return {
    id: p.id,
    dealId: p.dealId,
    milestoneId: p.milestoneId,
    rail: p.rail,
    status: p.status,
    amount: p.amount,
    currency: p.currency,
    reference: p.reference,
    instructions,
    split: p.split,
    amountRefunded: p.amountRefunded,
    transfers: p.transfers,
    reversedSplit: p.reversedSplit,
    reversals: p.reversals.map(({ idempotencyKey: _key, ambiguous: _ambiguous, ...r }) => r),
    paidAt: p.paidAt?.toISOString() ?? null,
    ...(refunds ? { refunds: refunds.map(refundView) } : {}),
  };
}
