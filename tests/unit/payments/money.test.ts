import { describe, expect, it } from 'vitest';
import {
  add,
  allocate,
  allocateBps,
  formatMoney,
  MoneyError,
  money,
  negate,
  parseDecimal,
  subtract,
  sum,
  toDecimalString,
} from '../../../worker/modules/payments/money';
import { randomAmount, randomInt, seededRandom } from './support/prng';

const cny = (amount: number) => money(amount, 'CNY');

describe('money values', () => {
  it('accepts safe integers in a supported currency', () => {
    expect(money(100, 'CNY')).toEqual({ amount: 100, currency: 'CNY' });
    expect(money(-5, 'USD')).toEqual({ amount: -5, currency: 'USD' });
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53])('rejects %s as an amount', (bad) => {
    expect(() => money(bad, 'CNY')).toThrow(MoneyError);
  });

  it('rejects unknown and lower-case currency codes', () => {
    expect(() => money(1, 'cny')).toThrow(MoneyError);
    expect(() => money(1, 'JPY')).toThrow(/Unsupported currency/);
  });

  it('adds and subtracts within one currency only', () => {
    expect(add(cny(150), cny(250))).toEqual(cny(400));
    expect(subtract(cny(150), cny(250))).toEqual(cny(-100));
    expect(() => add(cny(1), money(1, 'USD'))).toThrow(/Cannot combine CNY with USD/);
    expect(() => subtract(money(1, 'EUR'), cny(1))).toThrow(MoneyError);
  });

  it('refuses a sum that would leave the safe integer range', () => {
    expect(() => add(cny(Number.MAX_SAFE_INTEGER), cny(1))).toThrow(MoneyError);
  });

  it('sums a list and negates without producing -0', () => {
    expect(sum([cny(1), cny(2), cny(3)], 'CNY')).toEqual(cny(6));
    expect(sum([], 'CNY')).toEqual(cny(0));
    expect(Object.is(negate(cny(0)).amount, 0)).toBe(true);
  });
});

describe('decimal text', () => {
  it('writes exact decimals for any safe integer', () => {
    expect(toDecimalString(cny(100000001))).toBe('1000000.01');
    expect(toDecimalString(cny(5))).toBe('0.05');
    expect(toDecimalString(cny(-1))).toBe('-0.01');
    expect(toDecimalString(cny(Number.MAX_SAFE_INTEGER))).toBe('90071992547409.91');
  });

  it('parses decimals exactly and rejects extra precision', () => {
    expect(parseDecimal('1000000.01', 'CNY')).toEqual(cny(100000001));
    expect(parseDecimal('12', 'CNY')).toEqual(cny(1200));
    expect(parseDecimal('0.1', 'CNY')).toEqual(cny(10));
    expect(parseDecimal('-3.50', 'USD')).toEqual(money(-350, 'USD'));
    expect(() => parseDecimal('0.001', 'CNY')).toThrow(MoneyError);
    expect(() => parseDecimal('1e3', 'CNY')).toThrow(MoneyError);
    expect(() => parseDecimal('99999999999999999', 'CNY')).toThrow(MoneyError);
  });

  it('round-trips random amounts through text', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i++) {
      const m = cny(randomAmount(random) * (random() < 0.5 ? -1 : 1));
      expect(parseDecimal(toDecimalString(m), 'CNY')).toEqual(m);
    }
  });
});

describe('formatting', () => {
  it('formats CNY for Chinese and English readers', () => {
    expect(formatMoney(cny(100000001), 'zh')).toBe('¥1,000,000.01');
    expect(formatMoney(cny(100000001), 'en')).toBe('CN¥1,000,000.01');
  });

  it('formats other currencies and negative amounts', () => {
    expect(formatMoney(money(123456, 'USD'), 'en')).toBe('$1,234.56');
    expect(formatMoney(money(-50, 'EUR'), 'en')).toBe('-€0.50');
    expect(formatMoney(money(100, 'HKD'), 'zh')).toMatch(/1\.00/);
  });

  it('prints amounts near 2^53 exactly, not through a float division', () => {
    expect(formatMoney(cny(Number.MAX_SAFE_INTEGER), 'en')).toBe('CN¥90,071,992,547,409.91');
  });
});

describe('allocation by largest remainder', () => {
  it('splits CNY 1,000,000.01 into 30/40/30 % exactly', () => {
    const parts = allocateBps(cny(100000001), [3000, 4000, 3000]);
    expect(parts.map((p) => p.amount)).toEqual([30000000, 40000001, 30000000]);
  });

  it('gives leftover units to the largest remainders, ties to the earlier part', () => {
    expect(allocate(cny(100), [1, 1, 1]).map((p) => p.amount)).toEqual([34, 33, 33]);
    expect(allocate(cny(2), [1, 1, 1]).map((p) => p.amount)).toEqual([1, 1, 0]);
    expect(allocate(cny(5), [0, 1]).map((p) => p.amount)).toEqual([0, 5]);
  });

  it('mirrors a negative total', () => {
    expect(allocate(cny(-100), [1, 1, 1]).map((p) => p.amount)).toEqual([-34, -33, -33]);
  });

  it('rejects shares that do not add up to 100 % and bad weights', () => {
    expect(() => allocateBps(cny(100), [3000, 3000])).toThrow(/10000 basis points/);
    expect(() => allocate(cny(100), [])).toThrow(MoneyError);
    expect(() => allocate(cny(100), [0, 0])).toThrow(MoneyError);
    expect(() => allocate(cny(100), [1, -1])).toThrow(MoneyError);
    expect(() => allocate(cny(100), [1.5])).toThrow(MoneyError);
  });

  it('always sums to the whole and stays within one unit of the exact share (5,000 random cases)', () => {
    const random = seededRandom(42);
    for (let i = 0; i < 5000; i++) {
      const total = randomAmount(random);
      const weights = Array.from({ length: randomInt(random, 1, 8) }, () => randomInt(random, 0, 10_000));
      if (!weights.some((w) => w > 0)) weights[0] = 1;
      const parts = allocate(cny(total), weights).map((p) => BigInt(p.amount));
      const weightSum = BigInt(weights.reduce((a, w) => a + w, 0));
      const ctx = `case ${i}: ${total} by ${weights}`;
      expect(
        parts.reduce((a, p) => a + p, 0n),
        ctx,
      ).toBe(BigInt(total));
      parts.forEach((p, k) => {
        const exact = BigInt(total) * BigInt(weights[k]!);
        // floor(exact / sum) <= part <= ceil(exact / sum)
        expect(p * weightSum <= exact + weightSum - 1n && p * weightSum >= exact - weightSum + 1n, ctx).toBe(
          true,
        );
        expect(p >= 0n, ctx).toBe(true);
      });
    }
  });
});
