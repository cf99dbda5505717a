import { describe, expect, it } from 'vitest';
import {
  bpsOf,
  computeFees,
  type FeeBreakdown,
  type FeePolicy,
  prorateRefund,
} from '../../../worker/modules/payments/fees';
import { MoneyError, money } from '../../../worker/modules/payments/money';
import { randomAmount, randomInt, seededRandom } from './support/prng';

const cny = (amount: number) => money(amount, 'CNY');
// The hub's default (schema/bootstrap.ts): 3 % with a CNY 100 minimum, broker 2 %, no tenant share.
const HUB: FeePolicy = {
  platformFeeBps: 300,
  platformFeeMin: 10_000,
  tenantShareBps: 0,
  brokerCommissionBps: 200,
  brokerCommissionMin: 0,
};
const PARTNER: FeePolicy = {
  platformFeeBps: 250,
  platformFeeMin: 5_000,
  tenantShareBps: 100,
  brokerCommissionBps: 150,
  brokerCommissionMin: 20_000,
};

const amounts = (b: FeeBreakdown) => ({
  platformFee: b.platformFee.amount,
  tenantShare: b.tenantShare.amount,
  brokerCommission: b.brokerCommission.amount,
  sellerNet: b.sellerNet.amount,
});

/** The invariants as a list of broken ones; plain checks keep 60,000-case loops fast. */
function broken(b: FeeBreakdown): string[] {
  const parts = [b.platformFee, b.tenantShare, b.brokerCommission, b.sellerNet];
  const out: string[] = [];
  if (parts.reduce((a, p) => a + p.amount, 0) !== b.gross.amount) out.push('parts do not sum to the gross');
  if (parts.some((p) => p.amount < 0 || !Number.isSafeInteger(p.amount)))
    out.push('a part is negative or not an integer');
  if (parts.some((p) => p.currency !== b.gross.currency)) out.push('a part is in another currency');
  return out;
}

function expectInvariants(b: FeeBreakdown, ctx: string) {
  expect(broken(b), ctx).toEqual([]);
}

describe('the rounding rule: half up to the minor unit, on the gross', () => {
  it('rounds exactly half up, not to even', () => {
    expect(bpsOf(50, 100)).toBe(1); // 0.5 -> 1
    expect(bpsOf(49, 100)).toBe(0); // 0.49 -> 0
    expect(bpsOf(150, 100)).toBe(2); // 1.5 -> 2 (banker's rounding would give 2 too)
    expect(bpsOf(250, 100)).toBe(3); // 2.5 -> 3 (banker's rounding would give 2)
    expect(bpsOf(1, 5000)).toBe(1); // 0.5 -> 1
    expect(bpsOf(0, 300)).toBe(0);
  });

  it('is exact for the largest safe amounts (BigInt, no float error)', () => {
    const max = Number.MAX_SAFE_INTEGER; // 9007199254740991
    expect(bpsOf(max, 10_000)).toBe(max);
    expect(bpsOf(max, 300)).toBe(270215977642230); // 270215977642229.73 -> ...230
  });
});

describe('computeFees', () => {
  it('splits a CNY 1,000,000.01 milestone on the hub policy', () => {
    const b = computeFees(cny(100000001), HUB, { hasBroker: true });
    expect(amounts(b)).toEqual({
      platformFee: 3000000,
      tenantShare: 0,
      brokerCommission: 2000000,
      sellerNet: 95000001,
    });
  });

  it('applies the minimums', () => {
    const b = computeFees(cny(100_000), PARTNER, { hasBroker: true }); // CNY 1,000
    // 2.5 % = 2,500 < 5,000 min; 1.5 % = 1,500 < 20,000 min; tenant 1 % = 1,000
    expect(amounts(b)).toEqual({
      platformFee: 5_000,
      tenantShare: 1_000,
      brokerCommission: 20_000,
      sellerNet: 74_000,
    });
  });

  it('charges no broker commission, not even the minimum, when the deal has no broker', () => {
    const b = computeFees(cny(100_000), PARTNER, { hasBroker: false });
    expect(amounts(b)).toEqual({
      platformFee: 5_000,
      tenantShare: 1_000,
      brokerCommission: 0,
      sellerNet: 94_000,
    });
  });

  it('caps fees at the gross in order: platform fee, then broker, then tenant', () => {
    expect(amounts(computeFees(cny(3_000), PARTNER, { hasBroker: true }))).toEqual({
      platformFee: 3_000,
      brokerCommission: 0,
      tenantShare: 0,
      sellerNet: 0,
    });
    expect(amounts(computeFees(cny(20_000), PARTNER, { hasBroker: true }))).toEqual({
      platformFee: 5_000,
      brokerCommission: 15_000,
      tenantShare: 0,
      sellerNet: 0,
    });
    expect(amounts(computeFees(cny(25_100), PARTNER, { hasBroker: true }))).toEqual({
      platformFee: 5_000,
      brokerCommission: 20_000,
      tenantShare: 100,
      sellerNet: 0,
    });
    expect(amounts(computeFees(cny(0), HUB, { hasBroker: true }))).toEqual({
      platformFee: 0,
      brokerCommission: 0,
      tenantShare: 0,
      sellerNet: 0,
    });
  });

  it('rejects bad policies and amounts', () => {
    expect(() => computeFees(cny(-1), HUB, { hasBroker: false })).toThrow(MoneyError);
    expect(() => computeFees(cny(1), { ...HUB, platformFeeBps: 10_001 }, { hasBroker: false })).toThrow(
      /platformFeeBps/,
    );
    expect(() => computeFees(cny(1), { ...HUB, tenantShareBps: 1.5 }, { hasBroker: false })).toThrow(
      /tenantShareBps/,
    );
    expect(() => computeFees(cny(1), { ...HUB, platformFeeMin: -1 }, { hasBroker: false })).toThrow(
      /platformFeeMin/,
    );
  });

  it('holds the invariants for every amount from 0 to CNY 300.00 on two policies', () => {
    const failures: string[] = [];
    for (const policy of [HUB, PARTNER]) {
      for (let gross = 0; gross <= 30_000; gross++) {
        for (const hasBroker of [true, false]) {
          const problems = broken(computeFees(cny(gross), policy, { hasBroker }));
          if (problems.length) failures.push(`${gross} broker=${hasBroker}: ${problems}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('holds the invariants over 20,000 random amounts and policies', () => {
    const random = seededRandom(2026);
    const failures: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const policy: FeePolicy = {
        platformFeeBps: randomInt(random, 0, 10_000),
        platformFeeMin: random() < 0.5 ? 0 : randomAmount(random, 10 ** 9),
        tenantShareBps: randomInt(random, 0, 10_000),
        brokerCommissionBps: randomInt(random, 0, 10_000),
        brokerCommissionMin: random() < 0.5 ? 0 : randomAmount(random, 10 ** 9),
      };
      const gross = randomAmount(random);
      const hasBroker = random() < 0.7;
      const b = computeFees(cny(gross), policy, { hasBroker });
      const problems = broken(b);
      if (!hasBroker && b.brokerCommission.amount !== 0) problems.push('commission without a broker');
      // The platform fee is served first, so it always equals the rule, capped at the gross.
      const platform = Math.max(bpsOf(gross, policy.platformFeeBps), policy.platformFeeMin);
      if (b.platformFee.amount !== Math.min(platform, gross)) problems.push('platform fee off the rule');
      // While the seller still gets something, nothing was capped: every fee equals the rule.
      if (b.sellerNet.amount > 0) {
        const broker = hasBroker
          ? Math.max(bpsOf(gross, policy.brokerCommissionBps), policy.brokerCommissionMin)
          : 0;
        if (b.brokerCommission.amount !== broker) problems.push('broker commission off the rule');
        if (b.tenantShare.amount !== bpsOf(gross, policy.tenantShareBps))
          problems.push('tenant share off the rule');
      }
      if (problems.length)
        failures.push(`case ${i}: ${gross} ${JSON.stringify(policy)} broker=${hasBroker}: ${problems}`);
    }
    expect(failures).toEqual([]);
  });
});

describe('prorateRefund', () => {
  const released = computeFees(cny(1_000_000), PARTNER, { hasBroker: true });

  it('takes back everything on a full refund', () => {
    expect(amounts(prorateRefund(released, cny(1_000_000)))).toEqual(amounts(released));
  });

  it('never takes more from a party than it holds, across random partial refunds', () => {
    const random = seededRandom(99);
    for (let run = 0; run < 500; run++) {
      const gross = randomAmount(random, 10 ** 12) + 1;
      const base = computeFees(cny(gross), PARTNER, { hasBroker: random() < 0.5 });
      let reversed = prorateRefund(base, cny(0));
      let left = gross;
      while (left > 0) {
        const refund = random() < 0.2 ? left : randomInt(random, 1, left);
        const step = prorateRefund(base, cny(refund), reversed);
        expectInvariants(step, `run ${run}`);
        reversed = {
          gross: cny(reversed.gross.amount + refund),
          platformFee: cny(reversed.platformFee.amount + step.platformFee.amount),
          tenantShare: cny(reversed.tenantShare.amount + step.tenantShare.amount),
          brokerCommission: cny(reversed.brokerCommission.amount + step.brokerCommission.amount),
          sellerNet: cny(reversed.sellerNet.amount + step.sellerNet.amount),
        };
        for (const key of ['platformFee', 'tenantShare', 'brokerCommission', 'sellerNet'] as const) {
          expect(reversed[key].amount <= base[key].amount, `run ${run} ${key}`).toBe(true);
        }
        left -= refund;
      }
      expect(amounts(reversed), `run ${run}`).toEqual(amounts(base));
    }
  });

  it('rejects a refund larger than what is still held, or in another currency', () => {
    expect(() => prorateRefund(released, cny(1_000_001))).toThrow(MoneyError);
    expect(() => prorateRefund(released, money(10, 'USD'))).toThrow(MoneyError);
  });
});
