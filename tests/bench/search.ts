// Search benchmark (issue 3): the embedded engine at 10k and 100k listings with facets,
// indexing throughput, the same queries against a plain ILIKE baseline in the same run,
// and the relevance set's recall@10 and MRR. `npx tsx tests/bench/search.ts` runs it alone.

import { pathToFileURL } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { type SQL, sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from '../../schema/index';
import { listings, organizations } from '../../schema/index';
import type { Listing, Organization } from '../../schema/types';
import { listingDocument } from '../../search/documents';
import { EmbeddedSearchEngine } from '../../search/embedded/engine';
import type { SearchFilters, SearchVisibility } from '../../search/port';
import { embeddedEngine } from '../search/harness';
import { evaluateRelevance, loadFixtures } from '../search/relevance';
import { BENCH_QUERIES, benchListings, benchOrganizations } from './search-corpus';

const TENANT = 'tnt_bench';
const visibility: SearchVisibility = { tenantId: TENANT, hubTenantId: TENANT, syndication: { mode: 'own' } };
const ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 6);
const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000,100000').split(',').map(Number);

type Db = ReturnType<typeof drizzle<typeof schema>>;

interface Latency {
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

function percentiles(samples: number[]): Latency {
  const s = [...samples].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
  return { p50: at(50), p95: at(95), p99: at(99), n: s.length };
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** Inserts rows into the real tables (for the baseline) and indexes their documents. */
async function grow(db: Db, engine: EmbeddedSearchEngine, orgs: Organization[], from: number, to: number) {
  const byId = new Map(orgs.map((o) => [o.id, o]));
  let indexMs = 0;
  for (let at = from; at < to; at += 5000) {
    const rows: Listing[] = benchListings(TENANT, at, Math.min(5000, to - at), orgs.length);
    for (let i = 0; i < rows.length; i += 1000) await db.insert(listings).values(rows.slice(i, i + 1000));
    const docs = rows.map((l) => listingDocument(l, byId.get(l.ownerOrgId)!));
    indexMs += await timed(() => engine.upsert('listings', docs));
    process.stdout.write(`\r  indexed ${at + rows.length} / ${to}`);
  }
  process.stdout.write('\n');
  return indexMs;
}

async function engineLatency(engine: EmbeddedSearchEngine): Promise<Latency> {
  const samples: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const { q, filters } of BENCH_QUERIES) {
      samples.push(
        await timed(() =>
          engine.search('listings', { q, filters: filters as SearchFilters, limit: 20, visibility }),
        ),
      );
    }
  }
  return percentiles(samples);
}

function ilikeWhere(q: string, filters: SearchFilters | undefined): SQL {
  const parts: SQL[] = [sql`l.status = 'published'`, sql`l.tenant_id = ${TENANT}`];
  for (const word of q.split(/\s+/).filter(Boolean)) {
    const like = `%${word}%`;
    parts.push(
      sql`(l.title_zh ilike ${like} or l.title_en ilike ${like} or l.summary_zh ilike ${like} or l.description_zh ilike ${like})`,
    );
  }
  if (filters?.sector) parts.push(sql`l.sector = ${filters.sector[0]}`);
  if (filters?.trlMin) parts.push(sql`l.trl >= ${filters.trlMin}`);
  if (filters?.priceMin)
    parts.push(sql`l.price_max >= ${filters.priceMin} and l.price_min <= ${filters.priceMax}`);
  if (filters?.evaluated) parts.push(sql`l.evaluation_score is not null`);
  if (filters?.modes) parts.push(sql`${filters.modes[0]} = any(l.modes)`);
  return sql.join(parts, sql` and `);
}

/** What an app without a search engine would do: ILIKE, newest first, and GROUP BY facets. */
async function baselineLatency(db: Db, rounds: number): Promise<Latency> {
  const samples: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const { q, filters } of BENCH_QUERIES) {
      const where = ilikeWhere(q, filters as SearchFilters);
      samples.push(
        await timed(async () => {
          await db.execute(
            sql`select l.id, l.title_zh from listings l where ${where} order by l.published_at desc limit 20`,
          );
          await db.execute(sql`select l.sector, l.trl, l.ip_type, o.type, count(*)::int from listings l
            join organizations o on o.id = l.owner_org_id where ${where}
            group by grouping sets ((l.sector), (l.trl), (l.ip_type), (o.type))`);
        }),
      );
    }
  }
  return percentiles(samples);
}

const fmt = (ms: number) => ms.toFixed(1).padStart(7);

export async function runSearchBench(): Promise<void> {
  console.log('search benchmark (embedded engine on PGlite, in-memory database)');
  const client = await PGlite.create({ extensions: { pg_trgm } });
  const db = drizzle(client, { schema });
  await migrate(db, { migrationsFolder: 'schema/migrations' });
  const orgs = benchOrganizations(TENANT);
  await db.insert(organizations).values(orgs);
  const engine = new EmbeddedSearchEngine(db);
  const rows: string[] = [];
  let built = 0;
  let indexMs = 0;
  for (const size of SIZES) {
    console.log(`  growing the corpus to ${size} listings …`);
    indexMs += await grow(db, engine, orgs, built, size);
    built = size;
    const cold = await timed(() =>
      new EmbeddedSearchEngine(db).search('listings', { q: '电池', visibility }),
    );
    await engineLatency(engine); // warm-up: JIT and caches, as a running server would be
    const e = await engineLatency(engine);
    // Strict: checks max(seq) in Postgres before every search (the default re-checks after 1 s).
    const strictEngine = new EmbeddedSearchEngine(db, { cache: { freshnessMs: 0 } });
    await engineLatency(strictEngine);
    const strict = await engineLatency(strictEngine);
    const b = await baselineLatency(db, size > 20_000 ? 1 : 2);
    rows.push(
      `${String(size).padStart(7)} | embedded+facets | ${fmt(e.p50)} ${fmt(e.p95)} ${fmt(e.p99)} | n=${e.n} | cold first query ${cold.toFixed(0)} ms`,
      `${String(size).padStart(7)} | same, strict    | ${fmt(strict.p50)} ${fmt(strict.p95)} ${fmt(strict.p99)} | n=${strict.n} | max(seq) checked on every search`,
      `${String(size).padStart(7)} | ILIKE baseline  | ${fmt(b.p50)} ${fmt(b.p95)} ${fmt(b.p99)} | n=${b.n}`,
    );
  }
  const throughput = built / (indexMs / 1000);
  const { engine: relevanceEngine } = await embeddedEngine();
  await loadFixtures(relevanceEngine);
  const relevance = await evaluateRelevance(relevanceEngine);
  console.log('\n   size | engine          |   p50 ms  p95 ms  p99 ms |');
  console.log('--------+-----------------+--------------------------+');
  for (const row of rows) console.log(row);
  console.log(
    `\nindexing: ${built} documents in ${(indexMs / 1000).toFixed(1)} s = ${throughput.toFixed(0)} documents/s`,
  );
  console.log(
    `relevance: recall@10 ${relevance.recallAt10.toFixed(3)}, MRR ${relevance.mrr.toFixed(3)} over ${relevance.queries.length} queries`,
  );
  await client.close();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSearchBench();
