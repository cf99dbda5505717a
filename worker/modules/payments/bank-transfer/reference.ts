// Payment references for bank transfers (对公转账), e.g. `TM-2026-7KQ4-M9XC`: the buyer types it
// into the transfer's remark (附言) and finance matches the receipt by it.
//
// - Alphabet: Crockford's base 32 without Z (too close to 2), leaving 31 symbols. 31 is prime,
//   which is what makes the check below catch every single typo and adjacent swap.
// - Payload: the 4 year digits and 7 random symbols; the 8th symbol is the check character,
//   chosen so that  Σ i · value(symbol_i)  ≡ 0 (mod 31)  over all 12 symbols (i = 1..12).
//   A single changed symbol alters the sum by d·i with 0 < |d| < 31 and 0 < i < 31; swapping
//   neighbours alters it by ±(a − b); neither is divisible by the prime 31, so both are caught.
// - Reading is forgiving: case, spaces and hyphens are ignored, and O/I/L read as 0/1/1.
// - Space: 31^7 ≈ 2.75·10^10 per year. That is ample for hundreds of milestones a year but not
//   a guarantee: the payments table must hold a unique index on the reference.

export const REFERENCE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXY';
const BASE = REFERENCE_ALPHABET.length; // 31
const RANDOM_LENGTH = 7;
const PREFIX = 'TM';

function symbolValue(symbol: string): number {
  return REFERENCE_ALPHABET.indexOf(symbol);
}

/** Weighted sum of the payload symbols, weights 1..n, mod 31. */
function weightedSum(symbols: string): number {
  let total = 0;
  for (let i = 0; i < symbols.length; i++) total = (total + (i + 1) * symbolValue(symbols[i]!)) % BASE;
  return total;
}

/** The symbol that makes the 12-symbol weighted sum zero (weight 12 on the check symbol). */
export function checkCharacter(yearAndRandom: string): string {
  const weight = yearAndRandom.length + 1;
  let inverse = 1;
  while ((inverse * weight) % BASE !== 1) inverse++;
  const value = (((BASE - weightedSum(yearAndRandom)) % BASE) * inverse) % BASE;
  return REFERENCE_ALPHABET[value]!;
}

function format(year: string, body: string): string {
  return `${PREFIX}-${year}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** Builds a reference from 7 symbol values (0..30). */
export function referenceFromValues(year: number, values: readonly number[]): string {
  if (!Number.isInteger(year) || year < 2000 || year > 9999)
    throw new RangeError(`Bad reference year ${year}.`);
  if (values.length !== RANDOM_LENGTH || values.some((v) => !Number.isInteger(v) || v < 0 || v >= BASE)) {
    throw new RangeError('A reference needs 7 symbol values from 0 to 30.');
  }
  const random = values.map((v) => REFERENCE_ALPHABET[v]).join('');
  return format(String(year), random + checkCharacter(String(year) + random));
}

/** Unbiased symbol values from bytes: bytes ≥ 248 (= 8·31) are skipped, not folded. */
export function symbolValues(bytes: Uint8Array, count = RANDOM_LENGTH): number[] | null {
  const values: number[] = [];
  for (const byte of bytes) {
    if (byte >= 248) continue;
    values.push(byte % BASE);
    if (values.length === count) return values;
  }
  return null;
}

export type RandomBytes = (length: number) => Uint8Array;

export const cryptoRandomBytes: RandomBytes = (length) => crypto.getRandomValues(new Uint8Array(length));

/** A fresh random reference for `year`. */
export function generateReference(year: number, randomBytes: RandomBytes = cryptoRandomBytes): string {
  for (;;) {
    const values = symbolValues(randomBytes(16));
    if (values) return referenceFromValues(year, values);
  }
}

/**
 * The same reference for the same seed: a retried request (same idempotency key) gets the same
 * instructions, as a replayed Stripe call would. `attempt` moves to another reference when the
 * first is already used by a different payment.
 */
export async function deriveReference(year: number, seed: string, attempt = 0): Promise<string> {
  for (let round = 0; ; round++) {
    const data = new TextEncoder().encode(`${seed}\u0000${attempt}\u0000${round}`);
    const values = symbolValues(new Uint8Array(await crypto.subtle.digest('SHA-256', data)));
    if (values) return referenceFromValues(year, values);
  }
}

/** The canonical form (`TM-2026-XXXX-XXXX`) of what someone typed, or null if it is not a valid reference. */
export function normalizeReference(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  const match = /^TM(\d{4})([0-9A-Y]{8})$/.exec(compact);
  if (!match) return null;
  const [, year, body] = match as unknown as [string, string, string];
  if ([...body].some((c) => symbolValue(c) < 0)) return null;
  if (weightedSum(year + body) !== 0) return null;
  return format(year, body);
}

export function isValidReference(input: string): boolean {
  return normalizeReference(input) !== null;
}

/** The calendar year in China (UTC+8, no DST), where the transfers are made and booked. */
export function chinaYear(date: Date): number {
  return new Date(date.getTime() + 8 * 3_600_000).getUTCFullYear();
}
