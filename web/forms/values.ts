import type { z } from 'zod';
import { DomainError } from '../../worker/lib/errors';
import type { MessageKey, Translator } from '../i18n/index';
import { wanToMinor } from '../i18n/index';

/** A posted form as the page received it: kept verbatim so a re-rendered form keeps the input. */
export type FormValues = Record<string, string | string[]>;
export type FieldErrors = Record<string, string>;

export async function readForm(req: {
  parseBody(o: { all: true }): Promise<Record<string, unknown>>;
}): Promise<FormValues> {
  const body = await req.parseBody({ all: true });
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

export const one = (v: FormValues, k: string): string => {
  const x = v[k];
  return (Array.isArray(x) ? x[0] : x) ?? '';
};
export const many = (v: FormValues, k: string): string[] => {
  const x = v[k];
  return Array.isArray(x) ? x : x ? [x] : [];
};
/** Empty means "not given", so optional fields stay optional. */
export const optional = (v: FormValues, k: string): string | undefined => one(v, k).trim() || undefined;
export const list = (v: FormValues, k: string, split = /[,，、;；\n]+/): string[] =>
  one(v, k)
    .split(split)
    .map((s) => s.trim())
    .filter(Boolean);
export const int = (v: FormValues, k: string): number | undefined => {
  const s = one(v, k).trim();
  return s === '' ? undefined : Number(s);
};
/** An amount typed in 万元 (10k CNY) becomes integer minor units; nonsense stays NaN for the schema to reject. */
export const wan = (v: FormValues, k: string): number | undefined => {
  const s = one(v, k).trim().replace(/,/g, '');
  if (s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) ? wanToMinor(n) : Number.NaN;
};

const CUSTOM_BY_FIELD: Record<string, MessageKey> = {
  priceMin: 'err.priceMin',
  priceMax: 'err.priceMax',
  priceType: 'err.priceType',
  budgetMax: 'err.budgetMax',
};

type Issue = z.core.$ZodIssue;

function issueMessage(issue: Issue, field: string, t: Translator): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined || input === '') return t('err.required');
      return issue.expected === 'number' ? t('err.number') : t('err.invalid');
    case 'too_small':
      if (issue.origin === 'string')
        return input === '' || Number(issue.minimum) <= 1
          ? t('err.required')
          : t('err.tooShort', { n: Number(issue.minimum) });
      if (issue.origin === 'array') return t('err.tooFew', { n: Number(issue.minimum) });
      return field === 'trl' ? t('err.range', { min: 1, max: 9 }) : t('err.number');
    case 'too_big':
      if (issue.origin === 'string') return t('err.tooLong', { n: Number(issue.maximum) });
      if (issue.origin === 'array') return t('err.tooMany', { n: Number(issue.maximum) });
      return field === 'trl' ? t('err.range', { min: 1, max: 9 }) : t('err.number');
    case 'invalid_value':
      return t('err.choice');
    case 'invalid_format':
      return issue.format === 'email'
        ? t('err.email')
        : issue.format === 'date'
          ? t('err.date')
          : t('err.invalid');
    case 'custom':
      return t(CUSTOM_BY_FIELD[field] ?? 'err.invalid');
    default:
      return t('err.invalid');
  }
}

export interface ErrorMapping {
  /** The form field an issue belongs to, for bodies nested deeper than the form (default: path[0]). */
  fieldOf?: (path: PropertyKey[]) => string;
  /** A clearer message than "invalid" for a field whose format is wrong (a colour, a slug). */
  formats?: Record<string, MessageKey>;
}

/** The first problem of each field, in the reader's language, keyed by the form field name. */
export function fieldErrors(error: z.ZodError, t: Translator, mapping: ErrorMapping = {}): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const field = mapping.fieldOf?.(issue.path) ?? String(issue.path[0] ?? '_form');
    const format = mapping.formats?.[field];
    out[field] ??= issue.code === 'invalid_format' && format ? t(format) : issueMessage(issue, field, t);
  }
  return out;
}

/** A service's refusal, shown on the form: field issues next to their fields, the rest on top. */
export function serviceErrors(error: unknown, t: Translator): FieldErrors | null {
  if (!(error instanceof DomainError)) return null;
  if (error.code === 'validation') {
    const out: FieldErrors = {};
    for (const f of error.extra.fields ?? []) {
      const field = f.path.split('.')[0] ?? '_form';
      if (field === 'ownerOrgId' || field === 'orgId') out._form = t('err.org');
      else out[field] ??= t(CUSTOM_BY_FIELD[field] ?? 'err.invalid');
    }
    return Object.keys(out).length ? out : { _form: t('err.invalid') };
  }
  if (error.code === 'version-conflict') return { _form: t('err.conflict') };
  if (error.code === 'state-conflict') return { _form: t('err.state') };
  if (error.code === 'forbidden') return { _form: t('err.forbidden') };
  return null;
}
