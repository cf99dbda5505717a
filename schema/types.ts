import type { InferInsertModel, InferSelectModel } from 'drizzle-orm';
import type * as t from './index';

export type Tenant = InferSelectModel<typeof t.tenants>;
export type Organization = InferSelectModel<typeof t.organizations>;
export type OrganizationMember = InferSelectModel<typeof t.organizationMembers>;
export type User = InferSelectModel<typeof t.users>;
export type Membership = InferSelectModel<typeof t.memberships>;
export type Session = InferSelectModel<typeof t.sessions>;
export type ApiKey = InferSelectModel<typeof t.apiKeys>;
export type Listing = InferSelectModel<typeof t.listings>;
export type NewListing = InferInsertModel<typeof t.listings>;
export type Demand = InferSelectModel<typeof t.demands>;
export type NewDemand = InferInsertModel<typeof t.demands>;
export type Deal = InferSelectModel<typeof t.deals>;
export type Sector = InferSelectModel<typeof t.sectors>;
export type OutboxEvent = InferSelectModel<typeof t.outbox>;
