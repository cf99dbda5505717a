import type { Tenant } from '../../schema/types';
import type { CreateTenantInput, UpdateTenantInput } from '../../worker/modules/tenants/admin-service';
import { CreateTenantBody, UpdateTenantBody } from '../../worker/modules/tenants/routes';
import type { Translator } from '../i18n/index';
import {
  type ErrorMapping,
  type FieldErrors,
  type FormValues,
  fieldErrors,
  list,
  many,
  one,
  optional,
} from './values';

// The branding page and the "open a storefront" form, as the API's own bodies
// (UpdateTenantBody, CreateTenantBody), so the pages accept exactly what the API accepts.

export const DEFAULT_COLORS = { primaryColor: '#0b4f9c', accentColor: '#b4380b' };

const NESTED: Record<string, string> = {
  'branding.tagline.zh': 'taglineZh',
  'branding.tagline.en': 'taglineEn',
  'syndication.mode': 'syndicationMode',
  'syndication.sectors': 'sectors',
};

/** `branding.primaryColor` → `primaryColor`, `allowedOrigins.2` → `allowedOrigins`. */
const fieldOf = (path: PropertyKey[]): string => {
  const names = path.filter((p) => typeof p === 'string').map(String);
  const joined = names.join('.');
  if (NESTED[joined]) return NESTED[joined];
  if (NESTED[names.slice(0, 2).join('.')]) return NESTED[names.slice(0, 2).join('.')] as string;
  return (names[0] === 'branding' ? names[1] : names[0]) ?? '_form';
};

const MAPPING: ErrorMapping = {
  fieldOf,
  formats: {
    primaryColor: 'err.color',
    accentColor: 'err.color',
    logoUrl: 'err.url',
    allowedOrigins: 'err.origin',
    slug: 'err.slug',
    domains: 'err.domain',
  },
};

/** A typed origin becomes its bare origin (no path); anything else is kept for the check below. */
function toOrigin(raw: string): string {
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.origin : raw;
  } catch {
    return raw;
  }
}

const isWebOrigin = (o: string) => /^https?:\/\/[^/\s;,']+$/.test(o);

function syndicationFromForm(v: FormValues) {
  return { mode: one(v, 'syndicationMode'), sectors: many(v, 'sectors') };
}

/** Rules of the page on top of the schema: "by sector" needs a sector; origins are web origins. */
function pageRules(v: FormValues, t: Translator, origins: string[] = []): FieldErrors {
  const errors: FieldErrors = {};
  if (one(v, 'syndicationMode') === 'sectors' && many(v, 'sectors').length === 0)
    errors.sectors = t('err.sectors');
  if (origins.some((o) => !isWebOrigin(o))) errors.allowedOrigins = t('err.origin');
  return errors;
}

type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

function settle<T>(
  parsed: { success: true; data: T } | { success: false; error: Parameters<typeof fieldErrors>[0] },
  extra: FieldErrors,
  t: Translator,
): Parsed<T> {
  const errors = { ...(parsed.success ? {} : fieldErrors(parsed.error, t, MAPPING)), ...extra };
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, data: parsed.data };
  return { ok: false, errors };
}

export function parseBrandingForm(v: FormValues, t: Translator): Parsed<UpdateTenantInput> {
  const tagline = { zh: optional(v, 'taglineZh'), en: optional(v, 'taglineEn') };
  const allowedOrigins = list(v, 'allowedOrigins', /[\s,，]+/).map(toOrigin);
  const body = {
    nameZh: one(v, 'nameZh'),
    nameEn: one(v, 'nameEn'),
    branding: {
      logoUrl: optional(v, 'logoUrl'),
      primaryColor: optional(v, 'primaryColor'),
      accentColor: optional(v, 'accentColor'),
      tagline: tagline.zh || tagline.en ? tagline : undefined,
    },
    syndication: syndicationFromForm(v),
    allowedOrigins,
  };
  return settle(UpdateTenantBody.safeParse(body), pageRules(v, t, allowedOrigins), t);
}

export function brandingToForm(tenant: Tenant): FormValues {
  const b = tenant.branding ?? {};
  return {
    nameZh: tenant.nameZh,
    nameEn: tenant.nameEn,
    primaryColor: b.primaryColor ?? DEFAULT_COLORS.primaryColor,
    accentColor: b.accentColor ?? DEFAULT_COLORS.accentColor,
    logoUrl: b.logoUrl ?? '',
    taglineZh: b.tagline?.zh ?? '',
    taglineEn: b.tagline?.en ?? '',
    syndicationMode: tenant.syndication.mode,
    sectors: tenant.syndication.sectors ?? [],
    allowedOrigins: tenant.allowedOrigins.join('\n'),
  };
}

export function parseCreateTenantForm(v: FormValues, t: Translator): Parsed<CreateTenantInput> {
  const body = {
    slug: one(v, 'slug'),
    nameZh: one(v, 'nameZh'),
    nameEn: one(v, 'nameEn'),
    domains: list(v, 'domains', /[\s,，]+/),
    defaultLocale: one(v, 'defaultLocale') || undefined,
    syndication: syndicationFromForm(v),
  };
  return settle(CreateTenantBody.safeParse(body), pageRules(v, t), t);
}
