import type { Listing } from '../../schema/types';
import type { ServiceContext } from '../../worker/lib/service-context';
import { ListListingsQuery } from '../../worker/modules/listings/schemas';
import { listListings } from '../../worker/modules/listings/service';

// The browse/search page's one data source. Today it filters with the listings service; a
// keyword is matched in memory over a bounded scan. When the search port (search/port.ts) is
// wired into the deps, only this file changes: the page keeps the same BrowseQuery/BrowsePage.

export const PAGE_SIZE = 12;
const SCAN_PAGE = 100;
const SCAN_LIMIT = 500;
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
    cursor: keep<string>(shape.cursor, params.cursor),
  };
}

function matches(listing: Listing, terms: string[]): boolean {
  const text = [listing.titleZh, listing.titleEn, listing.summaryZh, listing.summaryEn, ...listing.keywords]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
  return terms.every((term) => text.includes(term));
}

export async function browseListings(
  ctx: ServiceContext,
  query: BrowseQuery,
  limit = PAGE_SIZE,
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
  const terms = query.q.toLowerCase().split(/\s+/).filter(Boolean);
  const found: Listing[] = [];
  let cursor = query.cursor;
  for (let scanned = 0; scanned < SCAN_LIMIT && found.length <= limit; scanned += SCAN_PAGE) {
    const rows = await listListings(ctx, { ...filters, limit: SCAN_PAGE, cursor });
    const page = rows.slice(0, SCAN_PAGE);
    found.push(...page.filter((l) => matches(l, terms)));
    if (rows.length <= SCAN_PAGE) break;
    cursor = page.at(-1)?.id;
  }
  const items = found.slice(0, limit);
  return { items, nextCursor: found.length > limit ? (items.at(-1)?.id ?? null) : null };
}
