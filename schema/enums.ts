// The market's enumerations, shared by the tables, the API schemas and the search documents.

export const ROLES = ['buyer', 'seller', 'expert', 'broker', 'investor', 'tenant_admin'] as const;
export type Role = (typeof ROLES)[number];
/** Roles a person may give themselves at sign-up; the others are granted by a tenant admin. */
export const SELF_SERVICE_ROLES = ['buyer', 'seller', 'investor'] as const;

export const ORGANIZATION_TYPES = ['university', 'institute', 'enterprise', 'investor', 'agency'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export const VERIFICATION_STATES = ['unverified', 'pending', 'verified', 'rejected'] as const;
export type VerificationState = (typeof VERIFICATION_STATES)[number];

export const ORG_MEMBER_ROLES = ['owner', 'admin', 'member'] as const;
export type OrgMemberRole = (typeof ORG_MEMBER_ROLES)[number];

export const LISTING_STATES = [
  'draft',
  'submitted',
  'rejected',
  'published',
  'under_negotiation',
  'closed',
  'archived',
] as const;
export type ListingState = (typeof LISTING_STATES)[number];

export const LISTING_CLOSE_OUTCOMES = ['sold', 'licensed'] as const;
export type ListingCloseOutcome = (typeof LISTING_CLOSE_OUTCOMES)[number];

export const DEMAND_STATES = ['draft', 'open', 'in_talks', 'solved', 'closed'] as const;
export type DemandState = (typeof DEMAND_STATES)[number];

export const TRANSACTION_MODES = [
  'transfer',
  'license_exclusive',
  'license_nonexclusive',
  'equity',
  'co_development',
  'service',
  'consulting',
] as const;
export type TransactionMode = (typeof TRANSACTION_MODES)[number];

export const IP_TYPES = [
  'invention_patent',
  'utility_model',
  'software_copyright',
  'know_how',
  'other',
] as const;
export type IpType = (typeof IP_TYPES)[number];

export const PRICE_TYPES = ['fixed', 'range', 'negotiable'] as const;
export type PriceType = (typeof PRICE_TYPES)[number];

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD'] as const;
export type Currency = (typeof CURRENCIES)[number];

export const LOCALES = ['zh', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const SYNDICATION_MODES = ['all', 'sectors', 'own'] as const;
export type SyndicationMode = (typeof SYNDICATION_MODES)[number];

export const API_KEY_KINDS = ['publishable', 'secret'] as const;
export type ApiKeyKind = (typeof API_KEY_KINDS)[number];
