import { eq, sql } from 'drizzle-orm';
import { tenants } from '../../../schema/index';
import type { Tenant } from '../../../schema/types';
import type { Database } from '../../db';

export const HUB_SLUG = 'hub';

// Tenants change rarely and are read on every request: keep them for a short while per isolate.
const TTL_MS = 30_000;
// Misses are cached too, and hosts and X-Tenant values come from the caller: bound the map so
// a stream of made-up slugs cannot grow it without limit (the oldest entry goes first).
const MAX_ENTRIES = 1_000;
const cache = new Map<string, { tenant: Tenant | null; at: number }>();

async function cached(key: string, load: () => Promise<Tenant | null>): Promise<Tenant | null> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.tenant;
  const tenant = await load();
  cache.delete(key);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  cache.set(key, { tenant, at: Date.now() });
  return tenant;
}

export function forgetTenants() {
  cache.clear();
}

export function tenantBySlug(db: Database, slug: string) {
  return cached(
    `slug:${slug}`,
    async () => (await db.select().from(tenants).where(eq(tenants.slug, slug)))[0] ?? null,
  );
}

export function tenantById(db: Database, id: string) {
  return cached(
    `id:${id}`,
    async () => (await db.select().from(tenants).where(eq(tenants.id, id)))[0] ?? null,
  );
}

export function tenantByHost(db: Database, host: string) {
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return cached(`host:${name}`, async () => {
    const rows = await db.select().from(tenants).where(sql`${name} = any(${tenants.domains})`);
    return rows[0] ?? null;
  });
}

export async function hubTenantId(db: Database): Promise<string> {
  const hub = await tenantBySlug(db, HUB_SLUG);
  if (!hub) throw new Error('The hub tenant is missing; the bootstrap has not run.');
  return hub.id;
}
