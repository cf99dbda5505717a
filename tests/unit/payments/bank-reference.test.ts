import { describe, expect, it } from 'vitest';
import {
  checkCharacter,
  chinaYear,
  deriveReference,
  generateReference,
  isValidReference,
  normalizeReference,
  REFERENCE_ALPHABET,
  referenceFromValues,
  symbolValues,
} from '../../../worker/modules/payments/bank-transfer/reference';
import { seededRandom } from './support/prng';

const FORMAT = /^TM-\d{4}-[0-9A-HJKMNP-TV-Y]{4}-[0-9A-HJKMNP-TV-Y]{4}$/;

/** The 12 checked symbols of a canonical reference (year + 8), and a way back. */
const payload = (ref: string) => ref.slice(3, 7) + ref.slice(8, 12) + ref.slice(13, 17);
const fromPayload = (p: string) => `TM-${p.slice(0, 4)}-${p.slice(4, 8)}-${p.slice(8)}`;

describe('reference format', () => {
  it('uses 31 unambiguous symbols (a prime count)', () => {
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(REFERENCE_ALPHABET).not.toMatch(/[ILOUZ]/);
  });

  it('looks like TM-2026-XXXX-XXXX and validates', () => {
    const ref = generateReference(2026);
    expect(ref).toMatch(FORMAT);
    expect(ref.startsWith('TM-2026-')).toBe(true);
    expect(isValidReference(ref)).toBe(true);
  });

  it('builds the check character from the year and the random part', () => {
    const ref = referenceFromValues(2026, [0, 1, 2, 3, 4, 5, 6]);
    expect(ref.slice(0, 16)).toBe('TM-2026-0123-456');
    expect(ref.at(-1)).toBe(checkCharacter('20260123456'));
    expect(referenceFromValues(2027, [0, 1, 2, 3, 4, 5, 6])).not.toBe(ref);
  });

  it('reads what people type: case, spaces, hyphens, O for 0, I or L for 1', () => {
    const ref = referenceFromValues(2026, [0, 1, 10, 11, 12, 30, 29]);
    const typed = ref.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(normalizeReference(typed)).toBe(ref);
    expect(normalizeReference(ref.replace(/-/g, ''))).toBe(ref);
  });

  it('rejects other shapes', () => {
    for (const bad of [
      '',
      'TM-2026',
      'XX-2026-0000-0000',
      'TM-2026-0000-000',
      'TM-2026-0000-00000',
      'TM-2026-000U-0000',
    ]) {
      expect(isValidReference(bad), bad).toBe(false);
    }
  });

  it('rejects bad bytes and values', () => {
    expect(symbolValues(new Uint8Array([255, 254, 248]))).toBeNull();
    expect(symbolValues(new Uint8Array([0, 31, 62, 247, 248, 1, 2, 3]))).toEqual([0, 0, 0, 30, 1, 2, 3]);
    expect(() => referenceFromValues(2026, [31, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => referenceFromValues(1999, [0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
  });
});

describe('typo detection', () => {
  const sample = Array.from({ length: 200 }, () => generateReference(2026));

  it('catches every single-symbol substitution, in the year and in the code', () => {
    let tried = 0;
    for (const ref of sample) {
      const p = payload(ref);
      for (let i = 0; i < p.length; i++) {
        for (const c of REFERENCE_ALPHABET) {
          if (c === p[i] || (i < 4 && !/\d/.test(c))) continue;
          const typo = p.slice(0, i) + c + p.slice(i + 1);
          tried++;
          if (isValidReference(fromPayload(typo)))
            throw new Error(`${ref}: substitution at ${i} -> ${typo} passed`);
        }
      }
    }
    expect(tried).toBeGreaterThan(50_000);
  });

  it('catches every adjacent transposition, including across the hyphens', () => {
    let tried = 0;
    for (const ref of sample) {
      const p = payload(ref);
      for (let i = 0; i + 1 < p.length; i++) {
        if (p[i] === p[i + 1]) continue;
        const swapped = p.slice(0, i) + p[i + 1] + p[i] + p.slice(i + 2);
        if (i < 4 && !/^\d{4}/.test(swapped)) continue;
        tried++;
        if (isValidReference(fromPayload(swapped))) throw new Error(`${ref}: swap at ${i} passed`);
      }
    }
    expect(tried).toBeGreaterThan(1500);
  });

  it('rejects a typed symbol outside the alphabet (U, Z, punctuation)', () => {
    const ref = generateReference(2026);
    expect(isValidReference(`${ref.slice(0, -1)}U`)).toBe(false);
    expect(isValidReference(`${ref.slice(0, -1)}Z`)).toBe(false);
    expect(isValidReference(`${ref.slice(0, -1)}#`)).toBe(false);
  });
});

describe('uniqueness', () => {
  it('draws 100,000 distinct valid references (seeded randomness, reproducible)', () => {
    const random = seededRandom(4);
    const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(random() * 256));
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) seen.add(generateReference(2026, bytes));
    expect(seen.size).toBe(100_000);
  });

  it('draws 2,000 distinct references from the system random source', () => {
    const seen = new Set(Array.from({ length: 2000 }, () => generateReference(2026)));
    expect(seen.size).toBe(2000);
    expect([...seen].every(isValidReference)).toBe(true);
  });

  it('derives the same reference from the same seed and different ones otherwise', async () => {
    const a = await deriveReference(2026, 'payment:idem-1');
    expect(await deriveReference(2026, 'payment:idem-1')).toBe(a);
    expect(await deriveReference(2026, 'payment:idem-1', 1)).not.toBe(a);
    expect(isValidReference(a)).toBe(true);
    const many = await Promise.all(
      Array.from({ length: 20_000 }, (_, i) => deriveReference(2026, `payment:key-${i}`)),
    );
    expect(new Set(many).size).toBe(20_000);
  });
});

describe('chinaYear', () => {
  it('turns the year at midnight in Beijing, not at UTC midnight', () => {
    expect(chinaYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
    expect(chinaYear(new Date('2026-12-31T16:00:00Z'))).toBe(2027);
  });
});
