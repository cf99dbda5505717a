import { inArray } from 'drizzle-orm';
import type { IpType, TransactionMode } from '../../schema/enums';
import { listings } from '../../schema/index';
import type { Listing } from '../../schema/types';
import { type SearchEngine, SearchInputError } from '../../search/port';
import type { ServiceContext } from '../../worker/lib/service-context';
import { ListListingsQuery } from '../../worker/modules/listings/schemas';
import { listListings } from '../../worker/modules/listings/service';
import { hubTenantId } from '../../worker/modules/tenants/service';

// The browse/search page's one data source: browsing (no keyword) pages through the listings
// service; a keyword goes to the search engine of the deps (embedded or Meilisearch).

export const PAGE_SIZE = 12;
const MAX_Q = 200;

export interface BrowseQuery {
  q?: string;
  sector?: string;
  mode?: string;
  ipType?: string;
  trlMin?: number;
  trlMax?: number;
  cursor?: string;
}

export interface BrowsePage {
  items: Listing[];
  nextCursor: string | null;
}

const shape = ListListingsQuery.shape;

/** Reads the GET form; a value that does not validate is ignored rather than failing the page. */
export function parseBrowseQuery(params: Record<string, string | undefined>): BrowseQuery {
  const keep = <T>(
    schema: { safeParse(v: unknown): { success: boolean; data?: T } },
    v: string | undefined,
  ) => {
    if (v === undefined || v === '') return undefined;
    const r = schema.safeParse(v);
    return r.success ? r.data : undefined;
  };
  let trlMin = keep<number>(shape.trlMin, params.trlMin);
  let trlMax = keep<number>(shape.trlMax, params.trlMax);
  if (trlMin !== undefined && trlMax !== undefined && trlMin > trlMax) [trlMin, trlMax] = [trlMax, trlMin];
  const q = params.q?.trim().slice(0, MAX_Q);
  return {
    q: q || undefined,
    sector: keep<string>(shape.sector, params.sector),
    mode: keep<string>(shape.mode, params.mode),
    ipType: keep<string>(shape.ipType, params.ipType),
    trlMin: trlMin === 1 ? undefined : trlMin,
    trlMax: trlMax === 9 ? undefined : trlMax,
    // A keyword search pages with the engine's own opaque cursor; browsing with listing ids.
    cursor: q ? params.cursor?.slice(0, 200) || undefined : keep<string>(shape.cursor, params.cursor),
  };
}

/** A keyword goes to the search engine (relevance, sub-words, typos); rows come from the database. */
async function searchListings(
  ctx: ServiceContext,
  query: BrowseQuery,
  limit: number,
  search?: SearchEngine,
): Promise<BrowsePage> {
  if (!search) return { items: [], nextCursor: null };
  let result: Awaited<ReturnType<SearchEngine['search']>>;
  try {
    result = await search.search('listings', {
      q: query.q,
      filters: {
        sector: query.sector ? [query.sector] : undefined,
        modes: query.mode ? [query.mode as TransactionMode] : undefined,
        ipType: query.ipType ? [query.ipType as IpType] : undefined,
        trlMin: query.trlMin,
        trlMax: query.trlMax,
      },
      facets: [],
      limit,
      cursor: query.cursor,
      visibility: {
        tenantId: ctx.tenant.id,
        hubTenantId: await hubTenantId(ctx.db),
        syndication: ctx.tenant.syndication,
      },
    });
  } catch (error) {
    if (error instanceof SearchInputError) return { items: [], nextCursor: null };
    throw error;
  }
  const ids = result.hits.map((h) => h.id);
  if (ids.length === 0) return { items: [], nextCursor: null };
  const rows = await ctx.db.select().from(listings).where(inArray(listings.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)).filter((r): r is Listing => r !== undefined);
  return { items, nextCursor: result.nextCursor };
}

export async function browseListings(
  ctx: ServiceContext,
  query: BrowseQuery,
  limit = PAGE_SIZE,
  search?: SearchEngine,
): Promise<BrowsePage> {
  const filters = {
    sector: query.sector as Listing['sector'] as never,
    mode: query.mode as never,
    ipType: query.ipType as never,
    trlMin: query.trlMin,
    trlMax: query.trlMax,
  };
  if (!query.q) {
    const rows = await listListings(ctx, { ...filters, limit, cursor: query.cursor });
    return {
      items: rows.slice(0, limit),
      nextCursor: rows.length > limit ? (rows[limit - 1]?.id ?? null) : null,
    };
  }
  return searchListings(ctx, query, limit, search);
}
