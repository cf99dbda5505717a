import type { TenantFeePolicy } from '../../../schema/tenants';
import { allocate, assertSafeInteger, type Money, MoneyError } from './money';

// The split of one milestone payment. THE ROUNDING RULE (the only one):
//
//   1. Each fee is computed on the gross: fee = round_half_up(gross × bps / 10 000), in integer
//      (BigInt) arithmetic, to the minor unit; then raised to its minimum, if any.
//   2. Fees never exceed the gross. If they would, they are capped in this order: the platform
//      fee is served first, then the broker commission, then the tenant share, each up to what
//      is left of the gross.
//   3. The seller receives the remainder, so platformFee + tenantShare + brokerCommission +
//      sellerNet = gross exactly and no part is negative.
//
// The tenant share is a percentage of the gross (not of the platform fee) and has no minimum;
// the broker commission applies only when the deal has a broker.

export type FeePolicy = TenantFeePolicy;

export interface FeeBreakdown {
  gross: Money;
  platformFee: Money;
  tenantShare: Money;
  brokerCommission: Money;
  sellerNet: Money;
}

const BPS_DENOMINATOR = 10_000n;

function validatePolicy(policy: FeePolicy): void {
  const bpsFields = ['platformFeeBps', 'tenantShareBps', 'brokerCommissionBps'] as const;
  for (const field of bpsFields) {
    const v = policy[field];
    if (!Number.isInteger(v) || v < 0 || v > 10_000) {
      throw new MoneyError(`${field} must be an integer from 0 to 10000 (got ${v}).`, [
        { path: field, message: '0..10000 basis points', code: 'bps' },
      ]);
    }
  }
  for (const field of ['platformFeeMin', 'brokerCommissionMin'] as const) {
    const v = policy[field];
    if (!Number.isSafeInteger(v) || v < 0) {
      throw new MoneyError(`${field} must be a non-negative integer of minor units (got ${v}).`, [
        { path: field, message: 'non-negative minor units', code: 'minimum' },
      ]);
    }
  }
}

/** round_half_up(amount × bps / 10 000) for a non-negative amount, exact for any safe integer. */
export function bpsOf(amount: number, bps: number): number {
  assertSafeInteger(amount);
  if (amount < 0) throw new MoneyError('Fees are computed on non-negative amounts only.');
  const product = BigInt(amount) * BigInt(bps);
  return Number((product + BPS_DENOMINATOR / 2n) / BPS_DENOMINATOR);
}

export interface FeeOptions {
  /** False when the deal has no broker: no commission, not even the minimum. */
  hasBroker: boolean;
}

export function computeFees(gross: Money, policy: FeePolicy, options: FeeOptions): FeeBreakdown {
  validatePolicy(policy);
  assertSafeInteger(gross.amount, 'gross');
  if (gross.amount < 0) throw new MoneyError('A milestone amount cannot be negative.');
  const wanted = {
    platform: Math.max(bpsOf(gross.amount, policy.platformFeeBps), policy.platformFeeMin),
    broker: options.hasBroker
      ? Math.max(bpsOf(gross.amount, policy.brokerCommissionBps), policy.brokerCommissionMin)
      : 0,
    tenant: bpsOf(gross.amount, policy.tenantShareBps),
  };
  // Cap in the documented order; `left` never goes below zero.
  let left = gross.amount;
  const take = (want: number): number => {
    const got = Math.min(want, left);
    left -= got;
    return got;
  };
  const platformFee = take(wanted.platform);
  const brokerCommission = take(wanted.broker);
  const tenantShare = take(wanted.tenant);
  const c = gross.currency;
  return {
    gross,
    platformFee: { amount: platformFee, currency: c },
    tenantShare: { amount: tenantShare, currency: c },
    brokerCommission: { amount: brokerCommission, currency: c },
    sellerNet: { amount: left, currency: c },
  };
}

/**
 * The part of each released share that a refund takes back: the refund split in proportion to
 * what each party still holds (released minus already reversed), largest remainder. Because
 * each part is at most the ceiling of its exact share and the refund never exceeds what is
 * still held, no party ever gives back more than it received, across any number of partial
 * refunds; the last refund of the remainder takes back exactly what is left.
 */
export function prorateRefund(
  released: FeeBreakdown,
  refund: Money,
  alreadyReversed?: FeeBreakdown,
): FeeBreakdown {
  const c = released.gross.currency;
  if (refund.currency !== c || (alreadyReversed && alreadyReversed.gross.currency !== c)) {
    throw new MoneyError('Refund currency differs from the payment.');
  }
  assertSafeInteger(refund.amount, 'refund');
  const held = (key: Exclude<keyof FeeBreakdown, 'gross'>) =>
    released[key].amount - (alreadyReversed ? alreadyReversed[key].amount : 0);
  const weights = [held('sellerNet'), held('brokerCommission'), held('tenantShare'), held('platformFee')];
  const stillHeld = weights.reduce((a, w) => a + w, 0);
  if (weights.some((w) => w < 0)) throw new MoneyError('More was reversed than was released.');
  if (refund.amount < 0 || refund.amount > stillHeld) {
    throw new MoneyError(
      `A refund must be between 0 and the ${stillHeld} still held (got ${refund.amount}).`,
      [{ path: 'amount', message: 'exceeds what is still held', code: 'refund_too_large' }],
    );
  }
  const none = { amount: 0, currency: c };
  if (refund.amount === 0) {
    return { gross: refund, platformFee: none, tenantShare: none, brokerCommission: none, sellerNet: none };
  }
  const [sellerNet, brokerCommission, tenantShare, platformFee] = allocate(refund, weights) as [
    Money,
    Money,
    Money,
    Money,
  ];
  return { gross: refund, platformFee, tenantShare, brokerCommission, sellerNet };
}
