// Large synthetic markets for benchmarks (`npm run seed -- --listings 100000`): the demo's
// building blocks recombined, inserted as JSON batches (see batch.ts), with progress and rate.
import { eq, type InferInsertModel, inArray } from 'drizzle-orm';
import type { Database } from '../../worker/db';
import { DEFAULT_FEE_POLICY } from '../bootstrap';
import { newId } from '../ids';
import { demands, listings, organizations, sectors, tenants, users } from '../index';
import { SECTOR_TAXONOMY } from '../sector-taxonomy';
import { insertRows } from './batch';
import { composeDemand, composeListing } from './compose';
import { DEMO_ORGANIZATIONS, SECTOR_CONTENT } from './content/index';
import { demandLifecycle, listingLifecycle } from './lifecycle';
import { createRandom, type Random } from './random';

export interface LargeMarketOptions {
  listings: number;
  /** Defaults to 17 % of listings, the hub's real ratio (1,700 demands to 10,000 achievements). */
  demands?: number;
  /** Tenant slug; `hub` is created if missing, any other tenant must exist. */
  tenant?: string;
  seed?: number;
  /** Rows per INSERT statement. */
  batchSize?: number;
  now?: Date;
  log?: (line: string) => void;
}

export interface LargeMarketResult {
  tenant: string;
  listings: number;
  demands: number;
  seconds: number;
  rowsPerSecond: number;
}

interface Owner {
  id: string;
  type: string;
  region: string | null;
  createdBy: string;
}

export async function seedLargeMarket(db: Database, options: LargeMarketOptions): Promise<LargeMarketResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const now = options.now ?? new Date();
  const rng = createRandom(options.seed ?? 1);
  const batchSize = options.batchSize ?? 1000;
  const demandCount = options.demands ?? Math.round(options.listings * 0.17);
  const tenantId = await resolveTenant(db, options.tenant ?? 'hub');
  const owners = await ensureOwners(db, tenantId, now);
  const sellers = owners.filter((o) => o.type !== 'investor');
  const buyers = owners.filter((o) => o.type === 'enterprise');

  const started = performance.now();
  await inBatches('listings', options.listings, batchSize, log, async (from, to) => {
    const rows: InferInsertModel<typeof listings>[] = [];
    for (let i = from; i < to; i++)
      rows.push(largeListing(i, tenantId, sellers[i % sellers.length] as Owner, rng, now));
    await insertRows(db, listings, rows, batchSize);
  });
  await inBatches('demands', demandCount, batchSize, log, async (from, to) => {
    const rows: InferInsertModel<typeof demands>[] = [];
    for (let i = from; i < to; i++)
      rows.push(largeDemand(i, tenantId, buyers[i % buyers.length] as Owner, rng, now));
    await insertRows(db, demands, rows, batchSize);
  });
  const seconds = (performance.now() - started) / 1000;
  const rowsPerSecond = Math.round((options.listings + demandCount) / Math.max(seconds, 0.001));
  log(
    `seeded ${options.listings} listings and ${demandCount} demands in ${seconds.toFixed(1)} s (${rowsPerSecond} rows/s)`,
  );
  return {
    tenant: options.tenant ?? 'hub',
    listings: options.listings,
    demands: demandCount,
    seconds,
    rowsPerSecond,
  };
}

async function inBatches(
  label: string,
  total: number,
  size: number,
  log: (line: string) => void,
  run: (from: number, to: number) => Promise<void>,
): Promise<void> {
  // About twenty progress lines per table, whatever its size.
  const every = Math.max(1, Math.ceil(total / size / 20));
  const started = performance.now();
  for (let from = 0, batch = 1; from < total; from += size, batch++) {
    const to = Math.min(total, from + size);
    await run(from, to);
    if (batch % every === 0 || to === total) {
      const rate = Math.round(to / ((performance.now() - started) / 1000));
      log(
        `  ${label} ${to.toLocaleString('en')}/${total.toLocaleString('en')} (${rate.toLocaleString('en')} rows/s)`,
      );
    }
  }
}

function largeListing(i: number, tenantId: string, owner: Owner, rng: Random, now: Date) {
  const content = SECTOR_CONTENT[i % SECTOR_CONTENT.length] as (typeof SECTOR_CONTENT)[number];
  const round = Math.floor(i / SECTOR_CONTENT.length);
  const tech = content.technologies[
    round % content.technologies.length
  ] as (typeof content.technologies)[number];
  const app = tech.apps[
    Math.floor(round / content.technologies.length) % tech.apps.length
  ] as (typeof tech.apps)[number];
  const pattern = Math.floor(round / (content.technologies.length * tech.apps.length));
  const text = composeListing({ content, tech, app, pattern }, rng);
  const life = listingLifecycle(rng, now, text.modes);
  const id = newId('listing', life.createdAt.getTime());
  return {
    id,
    tenantId,
    ownerOrgId: owner.id,
    createdBy: owner.createdBy,
    region: owner.region,
    ...text,
    ...life,
    version: 1,
  };
}

function largeDemand(i: number, tenantId: string, owner: Owner, rng: Random, now: Date) {
  const content = SECTOR_CONTENT[i % SECTOR_CONTENT.length] as (typeof SECTOR_CONTENT)[number];
  const seed = content.demands[
    Math.floor(i / SECTOR_CONTENT.length) % content.demands.length
  ] as (typeof content.demands)[number];
  const life = demandLifecycle(rng, now);
  const text = composeDemand(content, seed, 0.6 + rng.next());
  return {
    id: newId('demand', life.createdAt.getTime()),
    tenantId,
    orgId: owner.id,
    createdBy: owner.createdBy,
    region: owner.region,
    ...text,
    ...life,
    version: 1,
  };
}

async function resolveTenant(db: Database, slug: string): Promise<string> {
  if (slug === 'hub') {
    await db
      .insert(sectors)
      .values(SECTOR_TAXONOMY.map((s, position) => ({ ...s, position })))
      .onConflictDoNothing();
    await db
      .insert(tenants)
      .values({
        id: newId('tenant'),
        slug: 'hub',
        nameZh: '科技成果交易大市场',
        nameEn: 'TechMarket Hub',
        feePolicy: DEFAULT_FEE_POLICY,
      })
      .onConflictDoNothing({ target: tenants.slug });
  }
  const [row] = await db.select({ id: tenants.id }).from(tenants).where(eq(tenants.slug, slug));
  if (!row) throw new Error(`seed: no tenant with slug "${slug}" (create it first, or use --tenant hub)`);
  return row.id;
}

/**
 * The tenant's organizations own the generated rows. A tenant without both listing owners and
 * enterprises gets the demo organizations, created by a seed account that cannot log in.
 */
async function ensureOwners(db: Database, tenantId: string, now: Date): Promise<Owner[]> {
  const select = () =>
    db
      .select({
        id: organizations.id,
        type: organizations.type,
        region: organizations.region,
        createdBy: organizations.createdBy,
      })
      .from(organizations)
      .where(eq(organizations.tenantId, tenantId));
  const existing = await select();
  if (existing.some((o) => o.type === 'enterprise') && existing.some((o) => o.type !== 'investor'))
    return existing;

  const email = 'seed-bot@techmarket.local';
  await db
    .insert(users)
    // Not a valid password hash, so verifyPassword always refuses: nobody logs in as the generator.
    .values({
      id: newId('user', now.getTime()),
      email,
      name: 'Seed generator',
      passwordHash: '!disabled',
      createdAt: now,
      updatedAt: now,
    })
    .onConflictDoNothing({ target: users.email });
  const [bot] = await db
    .select({ id: users.id })
    .from(users)
    .where(inArray(users.email, [email]));
  if (!bot) throw new Error('seed: could not create the seed account');
  await insertRows(
    db,
    organizations,
    DEMO_ORGANIZATIONS.map((o) => ({
      id: newId('organization', now.getTime()),
      tenantId,
      type: o.type,
      nameZh: o.name[0],
      nameEn: o.name[1],
      region: o.region,
      website: o.website,
      descriptionZh: o.description[0],
      descriptionEn: o.description[1],
      verification: 'verified' as const,
      createdBy: bot.id,
      createdAt: now,
      updatedAt: now,
    })),
  );
  return select();
}
