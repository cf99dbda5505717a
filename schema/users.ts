import { boolean, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps } from './columns';
import type { ApiKeyKind, Locale, Role } from './enums';

/** A person. Users are global; what they may do in a tenant comes from their membership there. */
export const users = pgTable('users', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  passwordHash: text('password_hash').notNull(),
  locale: text('locale').$type<Locale>().notNull().default('zh'),
  isPlatformAdmin: boolean('is_platform_admin').notNull().default(false),
  ...timestamps,
});

export const memberships = pgTable(
  'memberships',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    roles: text('roles').array().$type<Role[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [uniqueIndex('memberships_tenant_user_idx').on(t.tenantId, t.userId)],
);

/** Only a hash of the token is stored; the token itself is shown once, at login. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    tokenHash: text('token_hash').notNull().unique(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: text('tenant_id').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** Tenant-bound keys: publishable ones for browser embeds, secret ones for servers. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    kind: text('kind').$type<ApiKeyKind>().notNull(),
    name: text('name').notNull(),
    prefix: text('prefix').notNull(),
    keyHash: text('key_hash').notNull().unique(),
    scopes: text('scopes').array().notNull().default([]),
    createdBy: text('created_by').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    ...timestamps,
  },
  (t) => [index('api_keys_tenant_idx').on(t.tenantId)],
);
