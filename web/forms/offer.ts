import type { Listing } from '../../schema/types';
import type { Translator } from '../i18n/index';
import { type FieldErrors, type FormValues, one, wan } from './values';

// The offer form (发起交易 / 还价): mode, amount in 万元, two or three milestones with a share in
// percent and a due date. Parsed here into the API's input; the deal services check it again.

export const MILESTONE_ROWS = [1, 2, 3] as const;

export interface OfferFormData {
  mode: Listing['modes'][number];
  amount: number;
  milestones: { title: string; shareBps: number; dueDate?: string }[];
  terms?: string;
  message?: string;
}

export function defaultOfferValues(listing: Pick<Listing, 'modes'>, zh: boolean): FormValues {
  return {
    mode: listing.modes[0] ?? '',
    amount: '',
    m1Title: zh ? '首付款' : 'Down payment',
    m1Share: '30',
    m1Due: '',
    m2Title: zh ? '验收款' : 'On acceptance',
    m2Share: '70',
    m2Due: '',
    m3Title: '',
    m3Share: '',
    m3Due: '',
  };
}

export function parseOfferForm(
  values: FormValues,
  modes: readonly string[],
  t: Translator,
): { data: OfferFormData; errors?: undefined } | { data?: undefined; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const mode = one(values, 'mode');
  if (!modes.includes(mode)) errors.mode = t('err.choice');
  const amount = wan(values, 'amount');
  if (amount === undefined) errors.amount = t('err.required');
  else if (!Number.isFinite(amount) || amount < 1) errors.amount = t('err.number');
  const milestones: OfferFormData['milestones'] = [];
  for (const n of MILESTONE_ROWS) {
    const title = one(values, `m${n}Title`).trim();
    const shareText = one(values, `m${n}Share`).trim();
    const due = one(values, `m${n}Due`).trim();
    if (!title && !shareText && !due) continue;
    if (!title) errors[`m${n}Title`] = t('err.required');
    const share = Number(shareText);
    if (shareText === '' || !Number.isFinite(share) || share <= 0 || share > 100)
      errors[`m${n}Share`] = t('err.number');
    if (due && !/^\d{4}-\d{2}-\d{2}$/.test(due)) errors[`m${n}Due`] = t('err.date');
    milestones.push({ title, shareBps: Math.round(share * 100), dueDate: due || undefined });
  }
  if (milestones.length < 2) errors.m1Title ??= t('err.milestones');
  else if (!Object.keys(errors).some((k) => k.endsWith('Share'))) {
    const total = milestones.reduce((s, m) => s + m.shareBps, 0);
    if (total !== 10_000) errors.m1Share = t('err.shares');
  }
  if (Object.keys(errors).length) return { errors };
  const terms = one(values, 'terms').trim() || undefined;
  const message = one(values, 'message').trim() || undefined;
  return {
    data: { mode: mode as OfferFormData['mode'], amount: amount as number, milestones, terms, message },
  };
}
