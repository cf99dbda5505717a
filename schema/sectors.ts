import { integer, pgTable, text } from 'drizzle-orm/pg-core';

/** The market's industry taxonomy (sub-centres); slugs are stable ids shared by all tenants. */
export const sectors = pgTable('sectors', {
  slug: text('slug').primaryKey(),
  nameZh: text('name_zh').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull(),
});
