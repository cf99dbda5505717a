// The commercial terms of a composed listing: IP numbers, inventors, modes and price. Each
// follows the conventions of Chinese technology transfer so the demo reads like the real thing.
import type { IpType, PriceType, TransactionMode } from '../enums';
import type { SectorSlug } from '../sector-taxonomy';
import { GIVEN_NAMES, SURNAMES } from './content/people';
import type { Random } from './random';

/** CNY 10,000 (万元, how Chinese prices are quoted) in fen. */
export const WAN = 1_000_000;

export const MODE_LABELS: Record<TransactionMode, readonly [zh: string, en: string]> = {
  transfer: ['技术转让', 'technology assignment'],
  license_exclusive: ['独占许可', 'exclusive licence'],
  license_nonexclusive: ['普通许可', 'non-exclusive licence'],
  equity: ['作价入股', 'equity contribution'],
  co_development: ['合作开发', 'co-development'],
  service: ['技术服务', 'technical service'],
  consulting: ['技术咨询', 'consulting'],
};

export function personName(rng: Random): string {
  return rng.pick(SURNAMES) + rng.pick(GIVEN_NAMES);
}

export function inventors(rng: Random): string[] {
  const names = new Set<string>();
  const count = rng.int(2, 4);
  while (names.size < count) names.add(personName(rng));
  return [...names];
}

/**
 * Chinese patent numbers: ZL + year + type digit (1 invention, 2 utility model) + 7-digit
 * serial + a check digit over the 12 digits (weights 2..9,2..5, mod 11, 10 → X).
 */
export function patentNumber(kind: 1 | 2, year: number, serial: number): string {
  const digits = `${year}${kind}${String(serial).padStart(7, '0')}`;
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
  const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weights[i] ?? 0), 0);
  const check = sum % 11 === 10 ? 'X' : String(sum % 11);
  return `ZL${year} ${kind} ${digits.slice(5)}.${check}`;
}

export function ipNumbers(ip: IpType, rng: Random): string[] {
  const count = rng.int(1, 3);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const year = rng.int(2017, 2024);
    if (ip === 'invention_patent') out.push(patentNumber(1, year, rng.int(100_000, 9_999_999)));
    else if (ip === 'utility_model') out.push(patentNumber(2, year, rng.int(100_000, 9_999_999)));
    else if (ip === 'software_copyright')
      out.push(`${year}SR${String(rng.int(10_000, 1_999_999)).padStart(7, '0')}`);
  }
  return out;
}

/** Early results look for partners and capital; mature ones are sold or licensed outright. */
export function modesFor(sector: SectorSlug, ip: IpType, trl: number, rng: Random): TransactionMode[] {
  let pool: TransactionMode[];
  if (sector === 'services') pool = ['service', 'consulting', 'license_nonexclusive'];
  else if (ip === 'software_copyright') pool = ['license_nonexclusive', 'service', 'transfer'];
  else if (trl >= 7) pool = ['transfer', 'license_exclusive', 'license_nonexclusive', 'service'];
  else if (trl >= 4) pool = ['license_exclusive', 'co_development', 'equity', 'transfer'];
  else pool = ['co_development', 'equity', 'consulting'];
  return pickSome(pool, Math.min(rng.int(1, 3), pool.length), rng);
}

/** The pool's first mode is the typical one, so it is always offered. */
function pickSome<T>(items: readonly T[], count: number, rng: Random): T[] {
  const chosen = new Set<T>([items[0] as T]);
  while (chosen.size < count) chosen.add(rng.pick(items));
  return [...chosen];
}

export interface Price {
  priceType: PriceType;
  priceMin: number | null;
  priceMax: number | null;
}

/** Asking prices in 万元 by maturity, rounded the way offices quote them (to 5 万). */
export function priceFor(sector: SectorSlug, trl: number, rng: Random): Price {
  const [low, high] =
    sector === 'services'
      ? [5, 60]
      : trl >= 8
        ? [200, 1500]
        : trl >= 6
          ? [80, 800]
          : trl >= 4
            ? [40, 300]
            : [20, 100];
  const roll = rng.next();
  if (roll < 0.25) return { priceType: 'negotiable', priceMin: null, priceMax: null };
  const base = roundWan(low + rng.next() * (high - low));
  if (roll < 0.6) return { priceType: 'fixed', priceMin: base * WAN, priceMax: base * WAN };
  const top = roundWan(base * (1.5 + rng.next() * 1.5));
  return { priceType: 'range', priceMin: base * WAN, priceMax: top * WAN };
}

function roundWan(value: number): number {
  return Math.max(5, Math.round(value / 5) * 5);
}
