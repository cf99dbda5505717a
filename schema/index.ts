// Every table of the market, for Drizzle's schema-aware queries and for drizzle-kit.
export { auditLog } from './audit-log';
export { deals } from './deals';
export { demands } from './demands';
export { idempotencyKeys } from './idempotency-keys';
export { listings } from './listings';
export { organizationMembers, organizations } from './organizations';
export { outbox } from './outbox';
export { sectors } from './sectors';
export { tenants } from './tenants';
export { apiKeys, memberships, sessions, users } from './users';
