import { sql } from 'drizzle-orm';
import { bigint, date, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { Currency, DemandState, TransactionMode } from './enums';
import { organizations } from './organizations';

/** A technical demand (技术需求): an enterprise sets the challenge, sellers answer with proposals. */
export const demands = pgTable(
  'demands',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    orgId: text('org_id')
      .notNull()
      .references(() => organizations.id),
    createdBy: text('created_by').notNull(),
    status: text('status').$type<DemandState>().notNull().default('draft'),
    titleZh: text('title_zh').notNull(),
    titleEn: text('title_en'),
    descriptionZh: text('description_zh').notNull(),
    descriptionEn: text('description_en'),
    sector: text('sector').notNull(),
    keywords: text('keywords').array().notNull().default([]),
    budgetMin: bigint('budget_min', { mode: 'number' }),
    budgetMax: bigint('budget_max', { mode: 'number' }),
    currency: text('currency').$type<Currency>().notNull().default('CNY'),
    deadline: date('deadline', { mode: 'string' }),
    modes: text('modes').array().$type<TransactionMode[]>().notNull().default([]),
    region: text('region'),
    publishedAt: timestamp('published_at', { withTimezone: true, mode: 'date' }),
    closedAt: timestamp('closed_at', { withTimezone: true, mode: 'date' }),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [
    index('demands_tenant_status_idx').on(t.tenantId, t.status, t.id),
    index('demands_org_idx').on(t.orgId, t.id),
    index('demands_public_idx').on(t.tenantId, t.id).where(sql`${t.status} in ('open', 'in_talks')`),
  ],
);
