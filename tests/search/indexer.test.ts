import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { listings, organizations } from '../../schema/index';
import { EmbeddedSearchEngine } from '../../search/embedded/engine';
import { progressBar, reindexAll, searchTargetsOf, syncSearch } from '../../search/indexer';
import type { SearchEngine } from '../../search/port';
import { fixtureListings } from './fixtures';
import { FIXTURE_ORGS } from './fixtures-orgs';
import { HUB, searchDatabase } from './harness';

const visibility = { tenantId: HUB, hubTenantId: HUB, syndication: { mode: 'own' as const } };

describe('indexing from the database', () => {
  let db: Awaited<ReturnType<typeof searchDatabase>>['db'];
  let engine: EmbeddedSearchEngine;
  const rows = fixtureListings(HUB).slice(0, 20);

  beforeAll(async () => {
    ({ db } = await searchDatabase());
    await db
      .insert(organizations)
      .values(FIXTURE_ORGS.map((o) => ({ ...o, tenantId: HUB, createdBy: 'usr_fixture' })));
    await db.insert(listings).values(rows);
    engine = new EmbeddedSearchEngine(db);
  });

  it('rebuilds everything with progress', async () => {
    const seen: string[] = [];
    await reindexAll(db, engine, (p) => seen.push(progressBar(p, 10)), 8);
    expect(seen).toContain(progressBar({ index: 'listings', done: 20, total: 20 }, 10));
    expect((await engine.search('listings', { visibility })).total).toBe(20);
  });

  it('removes a listing that is no longer published and re-adds it when it is', async () => {
    const id = rows[0]!.id;
    await db.update(listings).set({ status: 'under_negotiation' }).where(sql`${listings.id} = ${id}`);
    await syncSearch(db, engine, searchTargetsOf([{ aggregateType: 'listing', aggregateId: id }]));
    expect((await engine.search('listings', { visibility })).hits.map((h) => h.id)).not.toContain(id);
    await db.update(listings).set({ status: 'published' }).where(sql`${listings.id} = ${id}`);
    await syncSearch(db, engine, { listings: [id] });
    expect((await engine.search('listings', { visibility })).total).toBe(20);
  });

  it('fails loudly when the engine is down, so the outbox keeps the event for a retry', async () => {
    const down: SearchEngine = {
      ...engine,
      name: 'embedded',
      ensureIndexes: async () => {},
      search: engine.search.bind(engine),
      upsert: async () => {
        throw new Error('search engine unavailable');
      },
      remove: async () => {
        throw new Error('search engine unavailable');
      },
    };
    await expect(syncSearch(db, down, { listings: [rows[1]!.id] })).rejects.toThrow('unavailable');
  });
});
