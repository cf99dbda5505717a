// The SearchEngine port: what the app asks of search, whichever engine answers.
// Meilisearch in production, the embedded engine on the same Postgres by default.
import type {
  DemandState,
  IpType,
  ListingState,
  OrganizationType,
  SyndicationMode,
  TransactionMode,
} from '../schema/enums';

export const SEARCH_INDEXES = ['listings', 'demands'] as const;
export type SearchIndex = (typeof SEARCH_INDEXES)[number];

export const FACETS = ['sector', 'trl', 'modes', 'ipType', 'orgType', 'region', 'evaluated'] as const;
export type FacetName = (typeof FACETS)[number];

export const SORTS = ['relevance', 'newest', 'price', 'score'] as const;
export type SearchSort = (typeof SORTS)[number];

/** Limits shared by both engines and the API validation (an over-long query is a 400). */
export const SEARCH_LIMITS = { maxQueryLength: 200, maxLimit: 100, maxOffset: 1000 } as const;

/** One searchable listing or demand, denormalized with its owner organization. */
export interface SearchDocument {
  id: string;
  kind: 'listing' | 'demand';
  /** The owning tenant; what a tenant may see is decided at query time from its syndication rule. */
  tenantId: string;
  status: ListingState | DemandState;
  titleZh: string;
  titleEn: string | null;
  summaryZh: string;
  summaryEn: string | null;
  descriptionZh: string | null;
  descriptionEn: string | null;
  sector: string;
  keywords: string[];
  /** Listings only; demands have no readiness level. */
  trl: number | null;
  modes: TransactionMode[];
  /** CNY minor units; null when negotiable (listings) or unstated (demand budgets). */
  priceMin: number | null;
  priceMax: number | null;
  ipType: IpType | null;
  orgId: string;
  orgNameZh: string;
  orgNameEn: string | null;
  orgType: OrganizationType;
  region: string | null;
  evaluationScore: number | null;
  selected: boolean;
  /** Epoch milliseconds, so both engines sort them as numbers. */
  createdAt: number;
  updatedAt: number;
}

/** Who is asking: a tenant sees its own items plus the hub items its syndication rule admits. */
export interface SearchVisibility {
  tenantId: string;
  hubTenantId: string;
  syndication: { mode: SyndicationMode; sectors?: string[] };
}

export interface SearchFilters {
  sector?: string[];
  trlMin?: number;
  trlMax?: number;
  /** Any of these modes. */
  modes?: TransactionMode[];
  /** Overlap with the item's price range, CNY minor units. */
  priceMin?: number;
  priceMax?: number;
  ipType?: IpType[];
  orgType?: OrganizationType[];
  region?: string[];
  evaluated?: boolean;
}

export interface SearchRequest {
  q?: string;
  filters?: SearchFilters;
  /** Facets to count over the filtered matches; all when omitted, none for []. */
  facets?: FacetName[];
  sort?: SearchSort;
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`; wins over `offset`. */
  cursor?: string;
  offset?: number;
  visibility: SearchVisibility;
}

export interface SearchHit {
  id: string;
  document: SearchDocument;
  /** HTML-escaped text with matches wrapped in <mark>…</mark>. */
  highlights: { title: string; summary: string };
}

export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>;

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** True when `total` and the facet counts are estimates (Meilisearch caps exhaustive counts). */
  approximate: boolean;
  facets: FacetCounts;
  nextCursor: string | null;
  tookMs: number;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Setup step (deploy or `npm run search:setup`): indexes and settings. Never per request. */
  ensureIndexes(): Promise<void>;
  /** Insert or replace documents; batches internally and resolves once they are searchable. */
  upsert(index: SearchIndex, documents: SearchDocument[]): Promise<void>;
  remove(index: SearchIndex, ids: string[]): Promise<void>;
  search(index: SearchIndex, request: SearchRequest): Promise<SearchResult>;
  /** Partner front-ends query Meilisearch directly; the embedded engine has none to issue. */
  tenantToken?(visibility: SearchVisibility, options: { expiresAt: Date }): Promise<TenantTokenResult>;
}

export interface TenantTokenResult {
  token: string;
  host: string;
  indexes: string[];
  expiresAt: string;
}

/** Cursor pagination over a ranked list is an offset in disguise; keep it opaque anyway. */
export function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ o: offset })).replace(/=+$/, '');
}

export function decodeCursor(cursor: string): number | null {
  try {
    const parsed: unknown = JSON.parse(atob(cursor));
    if (typeof parsed === 'object' && parsed !== null && 'o' in parsed) {
      const offset = (parsed as { o: unknown }).o;
      if (Number.isInteger(offset) && (offset as number) >= 0) return offset as number;
    }
  } catch {
    return null;
  }
  return null;
}

export class SearchInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** Resolves limit/offset/cursor the same way for both engines; throws SearchInputError (→ 400). */
export function pageOf(request: SearchRequest): { limit: number; offset: number } {
  const limit = request.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > SEARCH_LIMITS.maxLimit) {
    throw new SearchInputError(`limit must be 1–${SEARCH_LIMITS.maxLimit}`, 'limit');
  }
  let offset = request.offset ?? 0;
  if (request.cursor !== undefined) {
    const decoded = decodeCursor(request.cursor);
    if (decoded === null) throw new SearchInputError('cursor is not valid', 'cursor');
    offset = decoded;
  }
  if (!Number.isInteger(offset) || offset < 0 || offset > SEARCH_LIMITS.maxOffset) {
    throw new SearchInputError(`offset must be 0–${SEARCH_LIMITS.maxOffset}`, 'cursor');
  }
  if ((request.q ?? '').length > SEARCH_LIMITS.maxQueryLength) {
    throw new SearchInputError(`q is longer than ${SEARCH_LIMITS.maxQueryLength} characters`, 'q');
  }
  return { limit, offset };
}
