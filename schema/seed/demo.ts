// The demo market a newcomer sees on first start: the hub and two partner storefronts,
// 41 organizations, 324 listings across all 12 sectors, 72 demands, signed deals, and an
// account for every role. Safe to call on every start: it does nothing once the hub has listings.
import { count, eq, inArray, sum } from 'drizzle-orm';
import type { Database } from '../../worker/db';
import { hashPassword } from '../../worker/lib/password';
import { bootstrap } from '../bootstrap';
import {
  deals,
  demands,
  listings,
  memberships,
  organizationMembers,
  organizations,
  tenants,
  users,
} from '../index';
import { insertRows } from './batch';
import { DEMO_PASSWORD, DEMO_PEOPLE } from './content/people';
import { buildDemoAccounts, type DemoAccount } from './demo-accounts';
import { buildDemoDeals, buildDemoDemands, buildDemoListings } from './demo-market';
import { ensureDemoTenants, PARTNER_TENANTS } from './demo-tenants';
import { createRandom } from './random';

export { DEMO_PASSWORD } from './content/people';

export interface DemoSeedOptions {
  adminEmail: string;
  adminPassword: string;
  /** The market's "today"; timestamps spread over the 18 months before it. */
  now?: Date;
  /** Same seed, same content (ids are still fresh). */
  seed?: number;
}

export interface DemoSummary {
  /** False when the hub already had listings and nothing was written. */
  created: boolean;
  password: string;
  tenants: { slug: string; nameZh: string; nameEn: string }[];
  organizations: number;
  users: { email: string; name: string; roles: string[]; tenant: string }[];
  listings: number;
  demands: number;
  deals: number;
  /** Signed contract value, CNY fen. */
  turnover: number;
  ms: number;
}

export async function seedDemoMarket(db: Database, options: DemoSeedOptions): Promise<DemoSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const adminEmail = options.adminEmail.toLowerCase();
  const accounts: DemoAccount[] = DEMO_PEOPLE.map((p) => ({
    email: p.email,
    name: p.name,
    roles: [...p.roles],
    tenant: p.tenant,
  }));
  const admin = { email: adminEmail, name: 'Platform admin', roles: ['platform_admin'], tenant: 'hub' };

  const [hub] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, 'hub'));
  if (hub && (await countWhere(db, hub.id)) > 0) {
    return {
      ...(await currentCounts(db)),
      created: false,
      password: DEMO_PASSWORD,
      users: [admin, ...accounts],
      ms: elapsed(started),
    };
  }

  // Hashing is slow by design (~50 ms): once for the shared demo password, outside the transaction.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await bootstrap(tx, { email: adminEmail, password: options.adminPassword });
    await tx.update(users).set({ isPlatformAdmin: true }).where(eq(users.email, adminEmail));
    const tenantIds = await ensureDemoTenants(tx);
    const rng = createRandom(options.seed ?? 20_240_601);
    const emails = [...DEMO_PEOPLE.map((p) => p.email)];
    const existing = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(inArray(users.email, emails));
    const built = buildDemoAccounts({
      tenantIds,
      passwordHash,
      existingUserIds: new Map(existing.map((u) => [u.email, u.id])),
      rng,
      now,
    });
    await insertRows(tx, users, built.users);
    await tx.insert(memberships).values(built.memberships).onConflictDoNothing();
    await insertRows(tx, organizations, built.organizations);
    await insertRows(tx, organizationMembers, built.organizationMembers);
    const listingRows = buildDemoListings(built.orgs, rng, now);
    await insertRows(tx, listings, listingRows);
    await insertRows(tx, demands, buildDemoDemands(built.orgs, rng, now));
    const dealRows = buildDemoDeals(listingRows, built.orgs, built.brokers, rng, now);
    if (dealRows.length > 0) await insertRows(tx, deals, dealRows);
  });
  return {
    ...(await currentCounts(db)),
    created: true,
    password: DEMO_PASSWORD,
    users: [admin, ...accounts],
    ms: elapsed(started),
  };
}

async function countWhere(db: Database, hubId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(listings).where(eq(listings.tenantId, hubId));
  return row?.n ?? 0;
}

async function currentCounts(db: Database) {
  const slugs = ['hub', ...PARTNER_TENANTS.map((t) => t.slug)];
  const tenantRows = await db
    .select({ id: tenants.id, slug: tenants.slug, nameZh: tenants.nameZh, nameEn: tenants.nameEn })
    .from(tenants)
    .where(inArray(tenants.slug, slugs));
  const ids = tenantRows.map((t) => t.id);
  const n = async (table: typeof organizations | typeof listings | typeof demands) =>
    (await db.select({ n: count() }).from(table).where(inArray(table.tenantId, ids)))[0]?.n ?? 0;
  const [dealRow] = await db
    .select({ n: count(), total: sum(deals.amount).mapWith(Number) })
    .from(deals)
    .where(inArray(deals.tenantId, ids));
  return {
    tenants: tenantRows.map(({ slug, nameZh, nameEn }) => ({ slug, nameZh, nameEn })),
    organizations: await n(organizations),
    listings: await n(listings),
    demands: await n(demands),
    deals: dealRow?.n ?? 0,
    turnover: dealRow?.total ?? 0,
  };
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
