// Tenant tokens let a partner's front-end query Meilisearch directly: a JWT signed with a
// search key whose search rules force the tenant's visibility filter, valid until `expiresAt`.

import type { TokenSearchRules } from 'meilisearch';
import { generateTenantToken } from 'meilisearch/token';
import type { SearchVisibility } from '../port';
import { visibilityFilter } from './filters';

/** Tokens may not outlive this, whatever the caller asks. */
export const MAX_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;

export function tenantSearchRules(visibility: SearchVisibility, indexUids: string[]): TokenSearchRules {
  const filter = visibilityFilter(visibility);
  return Object.fromEntries(indexUids.map((uid) => [uid, { filter }]));
}

export function clampExpiry(expiresAt: Date, now: Date = new Date()): Date {
  if (expiresAt.getTime() <= now.getTime()) throw new RangeError('expiresAt must be in the future');
  return new Date(Math.min(expiresAt.getTime(), now.getTime() + MAX_TOKEN_TTL_MS));
}

export interface SigningKey {
  key: string;
  uid: string;
}

export function signTenantToken(
  signing: SigningKey,
  visibility: SearchVisibility,
  indexUids: string[],
  expiresAt: Date,
): Promise<string> {
  return generateTenantToken({
    apiKey: signing.key,
    apiKeyUid: signing.uid,
    searchRules: tenantSearchRules(visibility, indexUids),
    expiresAt,
    // Server-side only: the signing key never leaves the API.
    force: true,
  });
}
