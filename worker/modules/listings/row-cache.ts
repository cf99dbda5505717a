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
