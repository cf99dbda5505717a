// Keeping the index in step with the database. The outbox consumer calls `syncSearch` with
// the ids an event touched; it re-reads the rows (so a late or repeated event can never index
// stale data), upserts what is searchable and removes the rest. Errors propagate: the outbox
// keeps the event and retries, so an engine outage delays the index and loses nothing.
import { eq, inArray } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { demands } from '../schema/demands';
import { listings } from '../schema/listings';
import { organizations } from '../schema/organizations';
import { demandDocument, isDemandSearchable, isListingSearchable, listingDocument } from './documents';
import type { SearchDocument, SearchEngine, SearchIndex } from './port';

type Db<S extends Record<string, unknown>> = PgDatabase<PgQueryResultHKT, S>;

export interface SearchTargets {
  listings?: string[];
  demands?: string[];
}

async function listingDocs<S extends Record<string, unknown>>(db: Db<S>, ids: string[]) {
  const rows = await db
    .select({ listing: listings, org: organizations })
    .from(listings)
    .innerJoin(organizations, eq(organizations.id, listings.ownerOrgId))
    .where(inArray(listings.id, ids));
  return rows.filter((r) => isListingSearchable(r.listing)).map((r) => listingDocument(r.listing, r.org));
}

async function demandDocs<S extends Record<string, unknown>>(db: Db<S>, ids: string[]) {
  const rows = await db
    .select({ demand: demands, org: organizations })
    .from(demands)
    .innerJoin(organizations, eq(organizations.id, demands.orgId))
    .where(inArray(demands.id, ids));
  return rows.filter((r) => isDemandSearchable(r.demand)).map((r) => demandDocument(r.demand, r.org));
}

async function apply(engine: SearchEngine, index: SearchIndex, ids: string[], docs: SearchDocument[]) {
  const kept = new Set(docs.map((d) => d.id));
  if (docs.length > 0) await engine.upsert(index, docs);
  const gone = ids.filter((id) => !kept.has(id));
  if (gone.length > 0) await engine.remove(index, gone);
}

export async function syncSearch<S extends Record<string, unknown>>(
  db: Db<S>,
  engine: SearchEngine,
  targets: SearchTargets,
): Promise<void> {
  const listingIds = [...new Set(targets.listings ?? [])];
  const demandIds = [...new Set(targets.demands ?? [])];
  if (listingIds.length > 0) await apply(engine, 'listings', listingIds, await listingDocs(db, listingIds));
  if (demandIds.length > 0) await apply(engine, 'demands', demandIds, await demandDocs(db, demandIds));
}

/** Which index an outbox event concerns, from its aggregate type ('listing' | 'demand'). */
export function searchTargetsOf(events: { aggregateType: string; aggregateId: string }[]): SearchTargets {
  return {
    listings: events.filter((e) => e.aggregateType === 'listing').map((e) => e.aggregateId),
    demands: events.filter((e) => e.aggregateType === 'demand').map((e) => e.aggregateId),
  };
}

/**
 * The same, where an `organization.updated` event stands for every listing and demand of that
 * organization: their documents carry its names, type and region.
 */
export async function searchTargetsWithOrganizations<S extends Record<string, unknown>>(
  db: Db<S>,
  events: { aggregateType: string; aggregateId: string; topic: string }[],
): Promise<SearchTargets> {
  const targets = searchTargetsOf(events);
  const orgIds = [
    ...new Set(events.filter((e) => e.topic === 'organization.updated').map((e) => e.aggregateId)),
  ];
  if (orgIds.length === 0) return targets;
  const [ownListings, ownDemands] = await Promise.all([
    db.select({ id: listings.id }).from(listings).where(inArray(listings.ownerOrgId, orgIds)),
    db.select({ id: demands.id }).from(demands).where(inArray(demands.orgId, orgIds)),
  ]);
  return {
    listings: [...(targets.listings ?? []), ...ownListings.map((r) => r.id)],
    demands: [...(targets.demands ?? []), ...ownDemands.map((r) => r.id)],
  };
}

export interface ReindexProgress {
  index: SearchIndex;
  done: number;
  total: number;
}

/**
 * Rebuilds both indexes from the database, in id order and in pages, reporting progress.
 * Upserts are idempotent, so an interrupted reindex can simply be run again.
 */
export async function reindexAll<S extends Record<string, unknown>>(
  db: Db<S>,
  engine: SearchEngine,
  onProgress: (p: ReindexProgress) => void = () => {},
  pageSize = 2000,
): Promise<void> {
  for (const index of ['listings', 'demands'] as const) {
    const table = index === 'listings' ? listings : demands;
    const all = await db.select({ id: table.id }).from(table).orderBy(table.id);
    const ids = all.map((r) => r.id);
    for (let i = 0; i < ids.length; i += pageSize) {
      await syncSearch(db, engine, { [index]: ids.slice(i, i + pageSize) });
      onProgress({ index, done: Math.min(i + pageSize, ids.length), total: ids.length });
    }
  }
}

/** A one-line progress bar for the reindex script. */
export function progressBar({ index, done, total }: ReindexProgress, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `${index.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
}
