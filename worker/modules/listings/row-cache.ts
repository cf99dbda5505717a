import type { Listing } from '../../../schema/types';
import type { Database } from '../../db';

// Listing rows kept in memory for the hot read (GET /v1/listings/{id}), only where one
// process owns the database and runs one query at a time: the Node host on PGlite (the
// data-folder lock keeps other processes out; PGlite serializes queries). With a pooled
// Postgres a read could interleave with an uncommitted write, so no cache is enabled there.
//
// Every listing change goes through `recordChange`, which calls `forgetListing` inside the
// change's transaction. A read that started before a change must not put its older row
// back afterwards: each id has a generation, and a read caches only if the generation it
// saw at its start is still current.

const MAX_ROWS = 20_000;

interface RowCache {
  rows: Map<string, Listing>;
  generations: Map<string, number>;
}

const caches = new WeakMap<Database, RowCache>();
const enabled = new Set<RowCache>();

export function enableListingCache(db: Database): void {
  const cache: RowCache = { rows: new Map(), generations: new Map() };
  caches.set(db, cache);
  enabled.add(cache);
}

export async function readThrough(
  db: Database,
  id: string,
  load: () => Promise<Listing | null>,
): Promise<Listing | null> {
  const cache = caches.get(db);
  if (!cache) return load();
  const hit = cache.rows.get(id);
  if (hit) return hit;
  const generation = cache.generations.get(id) ?? 0;
  const row = await load();
  if (row && (cache.generations.get(id) ?? 0) === generation) {
    if (cache.rows.size >= MAX_ROWS) cache.rows.delete(cache.rows.keys().next().value as string);
    cache.rows.set(id, row);
  }
  return row;
}

/** Called for every change of a listing, committed or not (forgetting too much is harmless). */
export function forgetListing(id: string): void {
  for (const cache of enabled) {
    cache.rows.delete(id);
    cache.generations.set(id, (cache.generations.get(id) ?? 0) + 1);
  }
}

/** Whether rows of this database may be served from memory (see the top of this file). */
export function isListingCacheEnabled(db: Database): boolean {
  return caches.has(db);
}

/**
 * The rows for a page of listings whose ids and versions a list query just returned: a cached
 * row serves only when its version is the one the query saw (every write bumps the version);
 * the rest are loaded in one query and cached. The order of `refs` is kept.
 */
export async function rowsAtVersions(
  db: Database,
  refs: { id: string; version: number }[],
  loadMany: (ids: string[]) => Promise<Listing[]>,
): Promise<Listing[]> {
  const cache = caches.get(db);
  const found = new Map<string, Listing>();
  const missing: string[] = [];
  for (const ref of refs) {
    const hit = cache?.rows.get(ref.id);
    if (hit && hit.version === ref.version) found.set(ref.id, hit);
    else missing.push(ref.id);
  }
  if (missing.length > 0) {
    const generations = new Map(missing.map((id) => [id, cache?.generations.get(id) ?? 0]));
    for (const row of await loadMany(missing)) {
      found.set(row.id, row);
      if (cache && (cache.generations.get(row.id) ?? 0) === generations.get(row.id)) {
        if (cache.rows.size >= MAX_ROWS) cache.rows.delete(cache.rows.keys().next().value as string);
        cache.rows.set(row.id, row);
      }
    }
  }
  // A row deleted between the two queries is simply left out.
  return refs.flatMap((ref) => found.get(ref.id) ?? []);
}
