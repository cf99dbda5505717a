import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../schema/ids';
import { demands, listings, tenants } from '../../../schema/index';
import { seedLargeMarket } from '../../../schema/seed/large';
import type { Database } from '../../../worker/db';
import { freshDatabase } from './harness';

let db: Database;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await freshDatabase());
});
afterAll(() => close());

describe('seedLargeMarket', () => {
  it('inserts N listings and the requested demands in batches, printing progress and its rate', async () => {
    const lines: string[] = [];
    const result = await seedLargeMarket(db, {
      listings: 5000,
      demands: 800,
      batchSize: 1000,
      log: (l) => lines.push(l),
    });
    console.log(lines.at(-1));
    const [hub] = await db.select().from(tenants).where(eq(tenants.slug, 'hub'));
    const [l] = await db
      .select({ n: count() })
      .from(listings)
      .where(eq(listings.tenantId, hub?.id ?? ''));
    const [d] = await db.select({ n: count() }).from(demands);
    expect(l?.n).toBe(5000);
    expect(d?.n).toBe(800);
    expect(result).toMatchObject({ listings: 5000, demands: 800 });
    expect(result.rowsPerSecond).toBeGreaterThan(0);
    expect(lines.some((line) => /listings 5,000\/5,000 \([\d,]+ rows\/s\)/.test(line))).toBe(true);
    expect(lines.at(-1)).toMatch(/rows\/s/);
  }, 180_000);

  it('is deterministic for a seed: the same seed composes the same market', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const fee = {
      platformFeeBps: 300,
      platformFeeMin: 0,
      tenantShareBps: 0,
      brokerCommissionBps: 0,
      brokerCommissionMin: 0,
    };
    const market = async (slug: string) => {
      await db
        .insert(tenants)
        .values({ id: newId('tenant'), slug, nameZh: slug, nameEn: slug, feePolicy: fee });
      await seedLargeMarket(db, { listings: 60, demands: 12, tenant: slug, seed: 7, now, log: () => {} });
      const rows = await db
        .select({ t: listings.titleEn, p: listings.priceMin, s: listings.status, at: listings.createdAt })
        .from(listings)
        .innerJoin(tenants, eq(tenants.id, listings.tenantId))
        .where(eq(tenants.slug, slug));
      return rows.map((r) => `${r.t}|${r.p}|${r.s}|${r.at.toISOString()}`).sort();
    };
    const a = await market('det-a');
    expect(a).toHaveLength(60);
    expect(await market('det-b')).toEqual(a);
  });

  it('refuses an unknown tenant instead of inventing one', async () => {
    await expect(seedLargeMarket(db, { listings: 1, tenant: 'nope', log: () => {} })).rejects.toThrow(
      /no tenant with slug "nope"/,
    );
  });
});
