// The demo market a newcomer sees on first start: the hub and two partner storefronts,
// 41 organizations, 324 listings across all 12 sectors, 72 demands, signed deals, and an
// account for every role. Safe to call on every start: it does nothing once the hub has listings.
import { eq, inArray } from 'drizzle-orm';
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
import { buildDemoAccounts } from './demo-accounts';
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
  /** False when the hub already had listings: nothing was written and every count is 0. */
  created: boolean;
  password: string;
  tenants: { slug: string; nameZh: string; nameEn: string }[];
  /** Counts of rows this call wrote (all tenants). */
  organizations: number;
  users: { email: string; name: string; roles: string[]; tenant: string }[];
  listings: number;
  demands: number;
  deals: number;
  /** Contract value of the seeded deals, CNY fen. */
  turnover: number;
  ms: number;
}

const DEMO_TENANTS = [
  { slug: 'hub', nameZh: '科技成果交易大市场', nameEn: 'TechMarket Hub' },
  ...PARTNER_TENANTS.map(({ slug, nameZh, nameEn }) => ({ slug, nameZh, nameEn })),
];

export async function seedDemoMarket(db: Database, options: DemoSeedOptions): Promise<DemoSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const adminEmail = options.adminEmail.toLowerCase();
  const summary: DemoSummary = {
    created: false,
    password: DEMO_PASSWORD,
    tenants: DEMO_TENANTS,
    users: [
      { email: adminEmail, name: 'Platform admin', roles: ['platform_admin'], tenant: 'hub' },
      ...DEMO_PEOPLE.map((p) => ({ email: p.email, name: p.name, roles: [...p.roles], tenant: p.tenant })),
    ],
    organizations: 0,
    listings: 0,
    demands: 0,
    deals: 0,
    turnover: 0,
    ms: 0,
  };
  // Runs on every start, so the check must stay cheap on a market of 100k listings: no count(*).
  if (await hubHasListings(db)) return { ...summary, ms: elapsed(started) };

  // Hashing is slow by design (~50 ms): once for the shared demo password, outside the transaction.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    await bootstrap(tx, { email: adminEmail, password: options.adminPassword });
    await tx.update(users).set({ isPlatformAdmin: true }).where(eq(users.email, adminEmail));
    const tenantIds = await ensureDemoTenants(tx);
    const rng = createRandom(options.seed ?? 20_240_601);
    const emails = DEMO_PEOPLE.map((p) => p.email);
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
    const demandRows = buildDemoDemands(built.orgs, rng, now);
    await insertRows(tx, demands, demandRows);
    const dealRows = buildDemoDeals(listingRows, built.orgs, built.brokers, rng, now);
    await insertRows(tx, deals, dealRows);
    Object.assign(summary, {
      created: true,
      organizations: built.organizations.length,
      listings: listingRows.length,
      demands: demandRows.length,
      deals: dealRows.length,
      turnover: dealRows.reduce((total, d) => total + (d.amount ?? 0), 0),
    });
  });
  return { ...summary, ms: elapsed(started) };
}

async function hubHasListings(db: Database): Promise<boolean> {
  const [row] = await db
    .select({ id: listings.id })
    .from(listings)
    .innerJoin(tenants, eq(tenants.id, listings.tenantId))
    .where(eq(tenants.slug, 'hub'))
    .limit(1);
  return row !== undefined;
}

function elapsed(started: number): number {
  return Math.round(performance.now() - started);
}
