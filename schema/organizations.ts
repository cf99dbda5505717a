import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn, timestamps, versionColumn } from './columns';
import type { OrganizationType, OrgMemberRole, VerificationState } from './enums';
import { users } from './users';

export const organizations = pgTable(
  'organizations',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    type: text('type').$type<OrganizationType>().notNull(),
    nameZh: text('name_zh').notNull(),
    nameEn: text('name_en'),
    region: text('region'),
    website: text('website'),
    descriptionZh: text('description_zh'),
    descriptionEn: text('description_en'),
    verification: text('verification').$type<VerificationState>().notNull().default('unverified'),
    createdBy: text('created_by').notNull(),
    ...versionColumn,
    ...timestamps,
  },
  (t) => [index('organizations_tenant_idx').on(t.tenantId, t.id)],
);

export const organizationMembers = pgTable(
  'organization_members',
  {
    organizationId: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<OrgMemberRole>().notNull().default('member'),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.userId] }), index('org_members_user_idx').on(t.userId)],
);
