// What one process remembers of one index: the document columns, recently used posting
// bitsets and document bodies. Postgres stays the truth; before each search the cache asks
// for max(seq) (one index-only lookup) and, when it moved, patches exactly what changed.
import { sql } from 'drizzle-orm';
import type { SearchDocument, SearchIndex } from '../port';
import type { Bitset } from './bitset';
import { decodeBlockInto } from './codec';
import { type ColumnRow, DocColumns } from './columns';
import { rowsOf, type SqlExecutor } from './db';

class Lru<V> {
  private readonly map = new Map<string, V>();
  private weight = 0;

  constructor(
    private readonly budget: number,
    private readonly weigh: (value: V) => number,
  ) {}

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value !== undefined) {
      this.map.delete(key);
      this.map.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.delete(key);
    this.map.set(key, value);
    this.weight += this.weigh(value);
    for (const [oldest, old] of this.map) {
      if (this.weight <= this.budget) break;
      this.map.delete(oldest);
      this.weight -= this.weigh(old);
    }
  }

  delete(key: string): void {
    const value = this.map.get(key);
    if (value === undefined) return;
    this.map.delete(key);
    this.weight -= this.weigh(value);
  }

  clear(): void {
    this.map.clear();
    this.weight = 0;
  }
}

const SEP = '\u001f';

/**
 * The first load reads every column as one aggregated string: PGlite hands rows to JS one
 * object at a time, and 100k row objects cost seconds where 16 long strings cost milliseconds.
 */
async function loadAll(db: SqlExecutor, index: SearchIndex, upTo: number): Promise<ColumnRow[]> {
  const agg = (expr: string) => sql.raw(`string_agg(${expr}, '${SEP}' order by doc_key)`);
  const [row] = await rowsOf<Record<string, string | null>>(
    db,
    sql`select ${agg('doc_key::text')} as doc_key, ${agg("case when deleted then '1' else '' end")} as deleted,
        ${agg("coalesce(tenant_id, '')")} as tenant_id, ${agg("coalesce(sector, '')")} as sector,
        ${agg("coalesce(trl::text, '')")} as trl, ${agg('modes_mask::text')} as modes_mask,
        ${agg("coalesce(price_min::text, '')")} as price_min, ${agg("coalesce(price_max::text, '')")} as price_max,
        ${agg("coalesce(ip_type, '')")} as ip_type, ${agg("coalesce(org_type, '')")} as org_type,
        ${agg("coalesce(region, '')")} as region, ${agg("coalesce(score::text, '')")} as score,
        ${agg("case when selected then '1' else '' end")} as selected, ${agg("coalesce(created_ms::text, '')")} as created_ms
      from search_documents where idx = ${index} and seq <= ${upTo}`,
  );
  if (!row?.doc_key) return [];
  const col = (name: string) => (row[name] ?? '').split(SEP);
  const [keys, deleted, tenant, sector, trl, modes, pmin, pmax, ip, org, region, score, selected, created] = [
    'doc_key',
    'deleted',
    'tenant_id',
    'sector',
    'trl',
    'modes_mask',
    'price_min',
    'price_max',
    'ip_type',
    'org_type',
    'region',
    'score',
    'selected',
    'created_ms',
  ].map(col) as string[][];
  const num = (v: string | undefined) => (v ? Number(v) : null);
  const text = (v: string | undefined) => (v ? v : null);
  return keys!.map((key, i) => ({
    doc_key: Number(key),
    deleted: deleted![i] === '1',
    tenant_id: text(tenant![i]),
    sector: text(sector![i]),
    trl: num(trl![i]),
    modes_mask: Number(modes![i]),
    price_min: num(pmin![i]),
    price_max: num(pmax![i]),
    ip_type: text(ip![i]),
    org_type: text(org![i]),
    region: text(region![i]),
    score: num(score![i]),
    selected: selected![i] === '1',
    created_ms: num(created![i]),
    updated_ms: null,
    seq: upTo,
  }));
}

export interface CacheOptions {
  /**
   * How long a check of max(seq) stays good, in ms. Writes made through an engine that
   * shares this cache are seen at once; writes from other processes (another Worker
   * isolate, a reindex job) within this window. 0 checks before every search.
   */
  freshnessMs?: number;
  /** Bytes of posting bitsets to keep (default 64 MiB). */
  postingBytes?: number;
  /** Document bodies to keep (default 20,000). */
  bodies?: number;
}

export class IndexCache {
  columns = new DocColumns();
  lastSeq = 0;
  private readonly postings: Lru<Bitset>;
  private readonly bodies: Lru<SearchDocument>;
  /** Prefix/typo expansions of latin words; cleared whenever the index changes. */
  readonly expansions = new Map<string, string[]>();
  private syncing: Promise<void> | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private readonly freshnessMs: number;

  constructor(
    readonly index: SearchIndex,
    options: CacheOptions = {},
  ) {
    this.freshnessMs = options.freshnessMs ?? 1000;
    this.postings = new Lru(options.postingBytes ?? 64 * 1024 * 1024, (b) => b.byteLength + 64);
    this.bodies = new Lru(options.bodies ?? 20_000, () => 1);
  }

  /** A write went through this process: the next search must look. */
  markStale(): void {
    this.checkedAt = Number.NEGATIVE_INFINITY;
  }

  /** Brings the cache up to date with the database; concurrent callers share one sync. */
  sync(db: SqlExecutor): Promise<void> {
    if (performance.now() - this.checkedAt < this.freshnessMs) return Promise.resolve();
    this.syncing ??= this.doSync(db).finally(() => {
      this.syncing = null;
    });
    return this.syncing;
  }

  private async doSync(db: SqlExecutor): Promise<void> {
    this.checkedAt = performance.now();
    const [head] = await rowsOf<{ seq: number | null }>(
      db,
      sql`select max(seq)::float8 as seq from search_documents where idx = ${this.index}`,
    );
    const seq = head?.seq ?? 0;
    if (seq === this.lastSeq) return;
    if (seq < this.lastSeq) return this.reset(db);
    const since = this.lastSeq;
    const changed =
      since === 0
        ? await loadAll(db, this.index, seq)
        : await rowsOf<ColumnRow>(
            db,
            sql`select doc_key, deleted, tenant_id, sector, trl, modes_mask, price_min::float8 as price_min,
            price_max::float8 as price_max, ip_type, org_type, region, score::float8 as score, selected,
            created_ms, updated_ms, seq::float8 as seq
          from search_documents where idx = ${this.index} and seq > ${since} and seq <= ${seq}`,
          );
    for (const row of changed) {
      this.columns.apply(row);
      this.bodies.delete(String(row.doc_key));
    }
    if (since > 0) {
      const terms = await rowsOf<{ term: string }>(
        db,
        sql`select distinct term from search_postings where idx = ${this.index} and seq > ${since} and seq <= ${seq}`,
      );
      for (const { term } of terms) this.postings.delete(term);
    } else this.postings.clear();
    this.expansions.clear();
    this.lastSeq = seq;
  }

  /** The database went backwards (restored, or a test reset it): start over. */
  private async reset(db: SqlExecutor): Promise<void> {
    this.columns = new DocColumns();
    this.postings.clear();
    this.bodies.clear();
    this.expansions.clear();
    this.lastSeq = 0;
    await this.doSync(db);
  }

  /** Bitsets for the given prefixed terms, reading the missing ones in one query. */
  async postingsFor(db: SqlExecutor, terms: string[]): Promise<Map<string, Bitset>> {
    const out = new Map<string, Bitset>();
    const missing: string[] = [];
    for (const term of new Set(terms)) {
      const hit = this.postings.get(term);
      if (hit) out.set(term, hit);
      else missing.push(term);
    }
    if (missing.length === 0) return out;
    const rows = await rowsOf<{ term: string; block: number; data: string }>(
      db,
      sql`select term, block, data from search_postings
          where idx = ${this.index} and term in (select jsonb_array_elements_text(${JSON.stringify(missing)}::jsonb))`,
    );
    const words = Math.max(1, this.columns.words);
    for (const term of missing) out.set(term, new Uint32Array(words));
    for (const row of rows) decodeBlockInto(row.data, row.block, out.get(row.term)!);
    for (const term of missing) this.postings.set(term, out.get(term)!);
    return out;
  }

  async bodiesFor(db: SqlExecutor, keys: number[]): Promise<Map<number, SearchDocument>> {
    const out = new Map<number, SearchDocument>();
    const missing: number[] = [];
    for (const key of keys) {
      const hit = this.bodies.get(String(key));
      if (hit) out.set(key, hit);
      else missing.push(key);
    }
    if (missing.length > 0) {
      const rows = await rowsOf<{ doc_key: number; body: SearchDocument | string }>(
        db,
        sql`select doc_key, body from search_documents
            where idx = ${this.index} and doc_key in (select jsonb_array_elements_text(${JSON.stringify(missing)}::jsonb)::int)`,
      );
      for (const row of rows) {
        const body = typeof row.body === 'string' ? (JSON.parse(row.body) as SearchDocument) : row.body;
        out.set(row.doc_key, body);
        this.bodies.set(String(row.doc_key), body);
      }
    }
    return out;
  }
}
