import { CURRENCIES, type Currency, type Locale } from '../../../schema/enums';
import { Invalid } from '../../lib/errors';

// Money is an integer count of minor units (fen for CNY, cents for USD) plus an ISO 4217
// code. Never a float: every sum, split and fee works on integers, and only display
// converts to a decimal, through an exact decimal string rather than a division.

export type { Currency };

export interface Money {
  /** Integer minor units; a safe integer, possibly negative for movements out. */
  readonly amount: number;
  readonly currency: Currency;
}

/** Digits after the decimal point per currency (ISO 4217). Typed so a new currency must be added here. */
export const MINOR_UNIT_DIGITS: Readonly<Record<Currency, number>> = { CNY: 2, USD: 2, EUR: 2, HKD: 2 };

export class MoneyError extends Invalid {}

export function isCurrency(code: string): code is Currency {
  return (CURRENCIES as readonly string[]).includes(code);
}

export function assertSafeInteger(value: number, label = 'amount'): void {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${label} must be a safe integer of minor units (got ${value}).`, [
      { path: label, message: 'not a safe integer', code: 'not_integer' },
    ]);
  }
}

export function money(amount: number, currency: string): Money {
  assertSafeInteger(amount);
  if (!isCurrency(currency)) {
    throw new MoneyError(`Unsupported currency ${JSON.stringify(currency)}.`, [
      { path: 'currency', message: `one of ${CURRENCIES.join(', ')}`, code: 'currency' },
    ]);
  }
  // -0 would print as "-0.00" and fail Object.is checks; there is only one zero.
  return { amount: amount === 0 ? 0 : amount, currency };
}

export function zero(currency: Currency): Money {
  return { amount: 0, currency };
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new MoneyError(`Cannot combine ${a.currency} with ${b.currency}.`, [
      { path: 'currency', message: 'currency mismatch', code: 'currency_mismatch' },
    ]);
  }
}

/** Checks the result too: two safe integers can sum past 2^53 and silently lose a fen. */
function checked(amount: number, currency: Currency): Money {
  assertSafeInteger(amount, 'result');
  return { amount, currency };
}

export function add(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount + b.amount, a.currency);
}

export function subtract(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return checked(a.amount - b.amount, a.currency);
}

export function negate(a: Money): Money {
  return { amount: a.amount === 0 ? 0 : -a.amount, currency: a.currency };
}

export function sum(items: readonly Money[], currency: Currency): Money {
  return items.reduce<Money>((acc, m) => add(acc, m), zero(currency));
}

export function equals(a: Money, b: Money): boolean {
  return a.currency === b.currency && a.amount === b.amount;
}

/** Exact decimal text, e.g. 100000001 CNY → "1000000.01". */
export function toDecimalString(m: Money): string {
  const digits = MINOR_UNIT_DIGITS[m.currency];
  const abs = Math.abs(m.amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = abs.slice(0, abs.length - digits);
  const fraction = digits > 0 ? `.${abs.slice(abs.length - digits)}` : '';
  return `${m.amount < 0 ? '-' : ''}${whole}${fraction}`;
}

/** Parses "1000000.01" exactly; rejects more fraction digits than the currency has. */
export function parseDecimal(text: string, currency: Currency): Money {
  const digits = MINOR_UNIT_DIGITS[currency];
  const match = /^(-)?(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match || (match[3]?.length ?? 0) > digits) {
    throw new MoneyError(
      `${JSON.stringify(text)} is not a ${currency} amount with at most ${digits} decimals.`,
      [{ path: 'amount', message: 'bad decimal', code: 'decimal' }],
    );
  }
  const minor = BigInt(match[2]! + (match[3] ?? '').padEnd(digits, '0'));
  const amount = Number(match[1] ? -minor : minor);
  return money(amount, currency);
}

const INTL_LOCALE: Record<Locale, string> = { zh: 'zh-CN', en: 'en-US' };

/**
 * Localized text such as "¥1,000,000.01" (zh) or "CN¥1,000,000.01" (en). The decimal string
 * goes to Intl as-is (ES2023 exact decimal formatting), so even amounts near 2^53 print exactly.
 */
export function formatMoney(m: Money, locale: Locale): string {
  const digits = MINOR_UNIT_DIGITS[m.currency];
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: 'currency',
    currency: m.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(toDecimalString(m) as `${number}`);
}

/**
 * Splits `total` into parts proportional to `weights` (non-negative integers, at least one
 * positive) by the largest-remainder method: every part gets the floor of its exact share,
 * then the leftover minor units go one each to the largest fractional remainders (ties to
 * the earlier part). The parts always sum exactly to the total. BigInt keeps
 * amount × weight exact past 2^53. A negative total splits as the mirror of its absolute value.
 */
export function allocate(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new MoneyError('Nothing to allocate into.');
  for (const [i, w] of weights.entries()) {
    if (!Number.isSafeInteger(w) || w < 0) {
      throw new MoneyError(`Weight ${i} must be a non-negative integer (got ${w}).`, [
        { path: `weights.${i}`, message: 'non-negative integer', code: 'weight' },
      ]);
    }
  }
  const weightSum = weights.reduce((a, w) => a + BigInt(w), 0n);
  if (weightSum === 0n) throw new MoneyError('At least one weight must be positive.');
  const sign = total.amount < 0 ? -1 : 1;
  const whole = BigInt(Math.abs(total.amount));
  const exact = weights.map((w) => whole * BigInt(w));
  const parts = exact.map((e) => e / weightSum);
  let leftover = whole - parts.reduce((a, p) => a + p, 0n);
  const order = exact
    .map((e, index) => ({ index, remainder: e % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (leftover === 0n) break;
    parts[index] = parts[index]! + 1n;
    leftover -= 1n;
  }
  return parts.map((p) => ({ amount: sign * Number(p) || 0, currency: total.currency }));
}

/** Basis points must add up to exactly 10,000 (100 %), so a milestone plan cannot lose or invent money. */
export function allocateBps(total: Money, bps: readonly number[]): Money[] {
  const totalBps = bps.reduce((a, b) => a + b, 0);
  if (totalBps !== 10_000) {
    throw new MoneyError(`Shares must add up to 10000 basis points (got ${totalBps}).`, [
      { path: 'bps', message: 'must sum to 10000', code: 'bps_sum' },
    ]);
  }
  return allocate(total, bps);
}
