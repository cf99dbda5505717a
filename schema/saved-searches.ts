import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps } from './columns';
import type { IpType, TransactionMode } from './enums';
import type { SectorSlug } from './sector-taxonomy';
import { users } from './users';

/** The browse page's filters, as its query string names them (q, sector, mode, ipType, trlMin, trlMax). */
export interface SavedSearchFilters {
  q?: string;
  sector?: SectorSlug;
  mode?: TransactionMode;
  ipType?: IpType;
  trlMin?: number;
  trlMax?: number;
}

/** A user's saved search (保存的搜索) in one tenant; with notify on, new matching listings are mailed. */
export const savedSearches = pgTable(
  'saved_searches',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<SavedSearchFilters>().notNull(),
    notify: boolean('notify').notNull().default(true),
    lastNotifiedAt: timestamp('last_notified_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [
    index('saved_searches_user_idx').on(t.tenantId, t.userId, t.id),
    index('saved_searches_notify_idx').on(t.tenantId).where(sql`${t.notify}`),
  ],
);
