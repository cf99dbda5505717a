// The embedded search engine: the index lives in the app's Postgres (see schema/search-documents.ts),
// each process keeps a synced in-memory view of it, and a search is a few bitset operations
// plus one scan over typed arrays. Works wherever Drizzle reaches Postgres (PGlite, Neon).
import { sql } from 'drizzle-orm';
import {
  encodeCursor,
  FACETS,
  pageOf,
  type SearchDocument,
  type SearchEngine,
  type SearchIndex,
  type SearchRequest,
  type SearchResult,
} from '../port';
import { validateFilters } from '../validate';
import { type CacheOptions, IndexCache } from './cache';
import type { SearchDatabase } from './db';
import { expandPrefixes, expandTypos, latinAtoms } from './expand';
import { filterTest, visibilityFlags } from './filter';
import { atomKey, type MatchSets, matchSets, neededTerms, requiredSet } from './match';
import { parseQuery } from './query';
import { buildHits, scorer } from './rank';
import { scan } from './scan';
import { writeBatch } from './store';
import { ANY } from './terms';

export interface EmbeddedOptions {
  /** Documents per write transaction (larger batches rewrite shared posting blocks less often). */
  batchSize?: number;
  /** Share caches between engine instances over the same database (Workers: per isolate). */
  caches?: Record<SearchIndex, IndexCache>;
  cache?: CacheOptions;
}

/** Reranking looks at this many first-stage candidates with their full text. */
const RERANK_WINDOW = 30;

export function createIndexCaches(options: CacheOptions = {}): Record<SearchIndex, IndexCache> {
  return { listings: new IndexCache('listings', options), demands: new IndexCache('demands', options) };
}

export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const;
  private readonly caches: Record<SearchIndex, IndexCache>;
  private readonly batchSize: number;

  constructor(
    private readonly db: SearchDatabase,
    options: EmbeddedOptions = {},
  ) {
    this.caches = options.caches ?? createIndexCaches(options.cache);
    this.batchSize = options.batchSize ?? 5000;
  }

  /** The tables come with the migrations; this only proves they are there. */
  async ensureIndexes(): Promise<void> {
    try {
      await this.db.execute(sql`select 1 from search_documents limit 1`);
    } catch (error) {
      throw new Error('The search tables are missing: run the database migrations first.', { cause: error });
    }
  }

  /** Loads the in-memory columns at boot, so the first search does not pay for it (~1 s at 100k). */
  async warm(): Promise<void> {
    for (const cache of Object.values(this.caches)) await cache.sync(this.db);
  }

  async upsert(index: SearchIndex, documents: SearchDocument[]): Promise<void> {
    const latest = new Map(documents.map((doc) => [doc.id, doc]));
    const unique = [...latest.values()];
    try {
      for (let i = 0; i < unique.length; i += this.batchSize) {
        await writeBatch(this.db, index, unique.slice(i, i + this.batchSize), []);
      }
    } finally {
      this.caches[index].markStale();
    }
  }

  async remove(index: SearchIndex, ids: string[]): Promise<void> {
    const unique = [...new Set(ids)];
    try {
      for (let i = 0; i < unique.length; i += this.batchSize) {
        await writeBatch(this.db, index, [], unique.slice(i, i + this.batchSize));
      }
    } finally {
      this.caches[index].markStale();
    }
  }

  async search(index: SearchIndex, request: SearchRequest): Promise<SearchResult> {
    const started = performance.now();
    const { limit, offset } = pageOf(request);
    validateFilters(request.filters);
    const cache = this.caches[index];
    await cache.sync(this.db);
    const cols = cache.columns;
    const parsed = parseQuery(request.q ?? '');
    const words = Math.max(1, cols.words);

    const atoms = latinAtoms(parsed);
    const expansions = await expandPrefixes(this.db, cache, atoms);
    let postings = await cache.postingsFor(this.db, neededTerms(parsed, expansions));
    // Typo candidates only for words the index does not know at all, and once per index state.
    const untried = atoms.filter(
      (a) =>
        expansions.get(atomKey(a))?.fuzzy.length === 0 &&
        isEmptySet(postings.get(ANY + a.stem)) &&
        !cache.expansions.has(`typo:${atomKey(a)}`),
    );
    if ((await expandTypos(this.db, cache, untried, expansions)).length > 0) {
      postings = await cache.postingsFor(this.db, neededTerms(parsed, expansions));
    }

    const sets: MatchSets = matchSets(parsed, expansions, postings, words);
    const sort = request.sort ?? 'relevance';
    const facets = request.facets ?? FACETS;
    const visible = visibilityFlags(cols, request.visibility);
    const filter = filterTest(cols, request.filters);
    const score = scorer(cols, sets, sort, parsed.words.length > 0);
    const rerank = sort === 'relevance' && parsed.words.length > 0;
    const k = rerank ? Math.max(offset + limit, RERANK_WINDOW) : offset + limit;

    // All words first; if nothing matches, drop words from the end (Meilisearch's "last" strategy).
    let required = parsed.words.length;
    let result = scan({
      cols,
      candidates: requiredSet(sets, required, words),
      visible,
      filter,
      facets,
      score,
      k,
    });
    while (result.total === 0 && required > 1) {
      required--;
      result = scan({
        cols,
        candidates: requiredSet(sets, required, words),
        visible,
        filter,
        facets,
        score,
        k,
      });
    }

    const hits = await buildHits({
      db: this.db,
      cache,
      parsed,
      expansions,
      top: result.top,
      offset,
      limit,
      rerank,
    });
    const next =
      offset + limit < result.total && offset + limit <= 1000 ? encodeCursor(offset + limit) : null;
    return {
      hits,
      total: result.total,
      approximate: false,
      facets: result.facets,
      nextCursor: next,
      tookMs: Math.round((performance.now() - started) * 100) / 100,
    };
  }
}

function isEmptySet(set: Uint32Array | undefined): boolean {
  if (!set) return true;
  for (let i = 0; i < set.length; i++) if (set[i] !== 0) return false;
  return true;
}
