import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../../schema/enums';
import { deals, demands, listings, memberships, organizations, tenants, users } from '../../../schema/index';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';
import { DEMO_PASSWORD, type DemoSummary, seedDemoMarket } from '../../../schema/seed/demo';
import type { Database } from '../../../worker/db';
import { verifyPassword } from '../../../worker/lib/password';
import { freshDatabase } from './harness';

const admin = { adminEmail: 'Admin@TechMarket.local', adminPassword: 'techmarket-admin' };
let db: Database;
let close: () => Promise<void>;
let summary: DemoSummary;

beforeAll(async () => {
  ({ db, close } = await freshDatabase());
  summary = await seedDemoMarket(db, { ...admin, now: new Date('2026-06-30T08:00:00Z') });
}, 120_000);

afterAll(() => close());

describe('seedDemoMarket on an empty database', () => {
  it('creates the hub and two partner tenants with branding, fee policy and syndication', async () => {
    const rows = await db.select().from(tenants);
    expect(rows.map((t) => t.slug).sort()).toEqual(['blue-valley', 'hub', 'qdu-tech']);
    const qdu = rows.find((t) => t.slug === 'qdu-tech');
    expect(qdu?.syndication).toMatchObject({ mode: 'sectors' });
    expect(rows.find((t) => t.slug === 'blue-valley')?.syndication).toEqual({ mode: 'all' });
    for (const t of rows) {
      expect(t.branding.primaryColor).toMatch(/^#[0-9a-f]{6}$/);
      expect(Number.isInteger(t.feePolicy.platformFeeBps)).toBe(true);
    }
  });

  it('writes at least 300 listings, 60 demands and 30 organizations, and says so', async () => {
    const [l] = await db.select({ n: count() }).from(listings);
    const [d] = await db.select({ n: count() }).from(demands);
    const [o] = await db.select({ n: count() }).from(organizations);
    expect(l?.n).toBeGreaterThanOrEqual(300);
    expect(d?.n).toBeGreaterThanOrEqual(60);
    expect(o?.n).toBeGreaterThanOrEqual(30);
    expect(summary).toMatchObject({
      created: true,
      listings: l?.n,
      demands: d?.n,
      organizations: o?.n,
      password: DEMO_PASSWORD,
    });
  });

  it('covers every sector of the taxonomy with published listings and with demands', async () => {
    const listed = await db
      .selectDistinct({ s: listings.sector })
      .from(listings)
      .where(eq(listings.status, 'published'));
    const asked = await db.selectDistinct({ s: demands.sector }).from(demands);
    expect(listed.map((r) => r.s).sort()).toEqual([...SECTOR_SLUGS].sort());
    expect(asked.map((r) => r.s).sort()).toEqual([...SECTOR_SLUGS].sort());
  });

  it('gives every listing distinct Chinese and English titles and summaries', async () => {
    const rows = await db.select().from(listings);
    for (const row of rows) {
      expect(row.titleZh).toMatch(/[\u4e00-\u9fff]/);
      expect(row.summaryZh).toMatch(/[\u4e00-\u9fff]/);
      expect(row.titleEn).toMatch(/^[A-Z0-9]/);
      expect(`${row.titleEn} ${row.summaryEn}`).not.toMatch(/[\u4e00-\u9fff]/);
      expect(row.summaryEn?.length).toBeGreaterThan(20);
      expect(row.trl).toBeGreaterThanOrEqual(1);
      expect(row.trl).toBeLessThanOrEqual(9);
      expect(row.modes.length).toBeGreaterThan(0);
    }
    expect(new Set(rows.map((r) => r.titleZh)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.titleEn)).size).toBe(rows.length);
  });

  it('stores prices and budgets as integer fen, consistent with the price type', async () => {
    for (const row of await db.select().from(listings)) {
      if (row.priceType === 'negotiable') expect([row.priceMin, row.priceMax]).toEqual([null, null]);
      else {
        expect(Number.isInteger(row.priceMin)).toBe(true);
        expect(Number.isInteger(row.priceMax)).toBe(true);
        expect(row.priceMax ?? 0).toBeGreaterThanOrEqual(row.priceMin ?? 0);
        if (row.priceType === 'fixed') expect(row.priceMax).toBe(row.priceMin);
      }
    }
    for (const row of await db.select().from(demands)) {
      expect(Number.isInteger(row.budgetMin)).toBe(true);
      expect(row.budgetMax ?? 0).toBeGreaterThanOrEqual(row.budgetMin ?? 0);
    }
  });

  it('mixes states: mostly published, some in every other listing and demand state, some selected', async () => {
    const byStatus = await db
      .select({ s: listings.status, n: count() })
      .from(listings)
      .groupBy(listings.status);
    const n = Object.fromEntries(byStatus.map((r) => [r.s, r.n]));
    const total = Object.values(n).reduce((a, b) => a + b, 0);
    expect((n.published ?? 0) / total).toBeGreaterThan(0.6);
    for (const state of ['draft', 'submitted', 'rejected', 'closed'])
      expect(n[state] ?? 0).toBeGreaterThan(0);
    const [sel] = await db.select({ n: count() }).from(listings).where(eq(listings.selected, true));
    expect(sel?.n).toBeGreaterThan(10);
    const demandStates = await db.selectDistinct({ s: demands.status }).from(demands);
    expect(demandStates.map((r) => r.s)).toEqual(expect.arrayContaining(['open', 'in_talks', 'solved']));
  });

  it('has signed or completed deals with amounts, so statistics show turnover', async () => {
    const rows = await db.select().from(deals);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const deal of rows) {
      expect(['signed', 'completed']).toContain(deal.status);
      expect(Number.isInteger(deal.amount)).toBe(true);
      expect(deal.amount).toBeGreaterThan(0);
    }
    expect(summary.turnover).toBe(rows.reduce((sum, d) => sum + (d.amount ?? 0), 0));
  });

  it('has a demo account for every role in every tenant, and a platform admin', async () => {
    const rows = await db
      .select({ slug: tenants.slug, roles: memberships.roles, email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(tenants, eq(tenants.id, memberships.tenantId));
    for (const slug of ['hub', 'qdu-tech', 'blue-valley']) {
      const roles = new Set(rows.filter((r) => r.slug === slug).flatMap((r) => r.roles));
      for (const role of ROLES) expect(roles, `${slug} lacks ${role}`).toContain(role);
    }
    const [adminRow] = await db.select().from(users).where(eq(users.email, 'admin@techmarket.local'));
    expect(adminRow?.isPlatformAdmin).toBe(true);
    const seller = summary.users.find((u) => u.email === 'seller@hub.techmarket.local');
    expect(seller).toMatchObject({ roles: ['seller'], tenant: 'hub' });
    const [sellerRow] = await db.select().from(users).where(eq(users.email, 'seller@hub.techmarket.local'));
    expect(await verifyPassword(DEMO_PASSWORD, sellerRow?.passwordHash ?? '')).toBe(true);
  });

  it('contains the terms the search tests look for', async () => {
    for (const term of [
      '钙钛矿太阳能电池',
      '海水淡化',
      '水下滑翔机',
      '锂离子电池',
      '测试工具箱',
      '石墨烯',
      '深度学习',
    ]) {
      const [row] = await db
        .select({ n: count() })
        .from(listings)
        .where(
          sql`${listings.status} = 'published' and (${listings.titleZh} like ${`%${term}%`} or ${term} = any(${listings.keywords}))`,
        );
      expect(row?.n, term).toBeGreaterThan(0);
    }
  });

  it('is idempotent: a second call writes nothing', async () => {
    const before = await Promise.all(
      [listings, demands, organizations, users, deals].map((t) => db.select({ n: count() }).from(t)),
    );
    const again = await seedDemoMarket(db, admin);
    expect(again).toMatchObject({ created: false, listings: 0, demands: 0, organizations: 0, deals: 0 });
    expect(again.users.map((u) => u.email)).toEqual(summary.users.map((u) => u.email));
    const after = await Promise.all(
      [listings, demands, organizations, users, deals].map((t) => db.select({ n: count() }).from(t)),
    );
    expect(after).toEqual(before);
  });
});
