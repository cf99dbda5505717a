import { jsonb, pgTable, text } from 'drizzle-orm/pg-core';
import { timestamps, versionColumn } from './columns';
import type { Locale, SyndicationMode } from './enums';

export interface TenantBranding {
  logoUrl?: string;
  primaryColor?: string;
  accentColor?: string;
  tagline?: { zh?: string; en?: string };
}

export interface TenantFeePolicy {
  platformFeeBps: number;
  platformFeeMin: number;
  tenantShareBps: number;
  brokerCommissionBps: number;
  brokerCommissionMin: number;
}

export interface TenantSyndication {
  mode: SyndicationMode;
  sectors?: string[];
}

/** A storefront. The hub is the tenant with slug `hub`; partners show hub listings per `syndication`. */
export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  domains: text('domains').array().notNull().default([]),
  defaultLocale: text('default_locale').$type<Locale>().notNull().default('zh'),
  branding: jsonb('branding').$type<TenantBranding>().notNull().default({}),
  feePolicy: jsonb('fee_policy').$type<TenantFeePolicy>().notNull(),
  syndication: jsonb('syndication').$type<TenantSyndication>().notNull().default({ mode: 'own' }),
  allowedOrigins: text('allowed_origins').array().notNull().default([]),
  ...versionColumn,
  ...timestamps,
});
