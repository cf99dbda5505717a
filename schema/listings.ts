import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, real, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type {
  Currency,
  IpType,
  ListingCloseOutcome,
  ListingState,
  PriceType,
  TransactionMode,
} from './enums';
import { organizations } from './organizations';

/** A technology achievement (科技成果). Prices are integer minor units of `currency`. */
export const listings = pgTable(
  'listings',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    ownerOrgId: text('owner_org_id')
      .notNull()
      .references(() => organizations.id),
    createdBy: text('created_by').notNull(),
    status: text('status').$type<ListingState>().notNull().default('draft'),
    closedAs: text('closed_as').$type<ListingCloseOutcome>(),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    summaryZh: text('summary_zh').notNull(),
    summaryEn: text('summary_en'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    confidentialZh: text('confidential_zh'),
    confidentialEn: text('confidential_en'),
    sector: text('sector').notNull(),
    keywords: text('keywords').array().notNull().default([]),
    trl: integer('trl').notNull(),
    ipType: text('ip_type').$type<IpType>().notNull(),
    ipNumbers: text('ip_numbers').array().notNull().default([]),
    modes: text('modes').array().$type<TransactionMode[]>().notNull(),
    priceType: text('price_type').$type<PriceType>().notNull(),
    priceMin: bigint('price_min', { mode: 'number' }),
    priceMax: bigint('price_max', { mode: 'number' }),
    currency: text('currency').$type<Currency>().notNull().default('CNY'),
    inventors: text('inventors').array().notNull().default([]),
    region: text('region'),
    selected: boolean('selected').notNull().default(false),
    featured: boolean('featured').notNull().default(false),
    evaluationScore: real('evaluation_score'),
    rejectionReason: text('rejection_reason'),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    index('listings_tenant_status_idx').on(t.tenantId, t.status, t.id),
    index('listings_owner_idx').on(t.ownerOrgId, t.id),
    index('listings_published_idx').on(t.status, t.sector, t.id).where(sql`${t.status} = 'published'`),
    // The public list (published or under negotiation, newest first) reads this index backwards
    // and stops after one page, instead of sorting every public listing of the tenant.
    index('listings_public_idx')
      .on(t.tenantId, t.id)
      .where(sql`${t.status} in ('published', 'under_negotiation')`),
  ],
);
