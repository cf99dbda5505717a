import type { Currency, Locale } from '../../schema/enums';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import { en } from './en';
import { type MessageKey, zh } from './zh';

export type { MessageKey };
export const WEB_LOCALES = ['zh', 'en'] as const satisfies readonly Locale[];
const CATALOGUES: Record<Locale, Record<MessageKey, string>> = { zh, en };
const INTL_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };
const FEN_PER_WAN = 1_000_000; // 1 万元 = 10,000 yuan = 1,000,000 fen

export interface Translator {
  locale: Locale;
  /** The message for `key`, with {placeholders} filled in. */
  (key: MessageKey, vars?: Record<string, string | number>): string;
  /** Pick the Chinese or the English field of a bilingual record, falling back to Chinese. */
  pick(zhText: string, enText: string | null | undefined): string;
  number(n: number): string;
  /** "label: value" with the colon of the language. */
  labelled(label: string, value: string): string;
  date(d: Date | string): string;
  month(d: Date): string;
  /** Money in minor units: 万元 in Chinese for CNY, compact currency in English. */
  money(minor: number, currency: Currency): string;
  moneyRange(min: number | null, max: number | null, currency: Currency): string | null;
  sector(slug: string): string;
}

export function translator(locale: Locale): Translator {
  const catalogue = CATALOGUES[locale];
  const tag = INTL_TAG[locale];
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(tag, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'Asia/Shanghai',
  });
  const monthFormat = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
  const fill = (text: string, vars?: Record<string, string | number>) =>
    vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  const money = (minor: number, currency: Currency) => {
    if (locale === 'zh' && currency === 'CNY')
      return fill(catalogue['price.wan'], { n: numberFormat.format(minor / FEN_PER_WAN) });
    return new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(minor / 100);
  };
  const t = ((key: MessageKey, vars?: Record<string, string | number>) =>
    fill(catalogue[key], vars)) as Translator;
  t.locale = locale;
  t.pick = (zhText, enText) => (locale === 'en' && enText ? enText : zhText);
  t.number = (n) => numberFormat.format(n);
  t.labelled = (label, value) => (locale === 'zh' ? `${label}：${value}` : `${label}: ${value}`);
  t.date = (d) => dateFormat.format(typeof d === 'string' ? new Date(d) : d);
  t.month = (d) => monthFormat.format(d);
  t.money = money;
  t.moneyRange = (min, max, currency) => {
    if (min === null && max === null) return null;
    if (min !== null && max !== null && min !== max) {
      if (locale === 'zh' && currency === 'CNY') {
        return fill(catalogue['price.rangeWan'], {
          min: numberFormat.format(min / FEN_PER_WAN),
          max: numberFormat.format(max / FEN_PER_WAN),
        });
      }
      return `${money(min, currency)}–${money(max, currency)}`;
    }
    return money((min ?? max) as number, currency);
  };
  t.sector = (slug) => {
    const s = SECTOR_TAXONOMY.find((x) => x.slug === slug);
    return s ? (locale === 'en' ? s.nameEn : s.nameZh) : slug;
  };
  return t;
}

/** Amounts typed in 万元 on Chinese forms become minor units (fen). */
export function wanToMinor(wan: number): number {
  return Math.round(wan * FEN_PER_WAN);
}

export function minorToWan(minor: number | null | undefined): string {
  return minor === null || minor === undefined ? '' : String(minor / FEN_PER_WAN);
}
