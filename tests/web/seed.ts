import { eq } from 'drizzle-orm';
import { tenants } from '../../schema/index';
import type { TenantBranding } from '../../schema/tenants';
import { forgetTenants } from '../../worker/modules/tenants/service';
import { demandInput, type Harness, listingInput, type TestUser } from '../support/harness';

// A small market for the page and browser tests, made through the real API (the same services
// the pages use): a seller with published listings in three sectors, a buyer with an open demand.

export interface Market {
  seller: TestUser;
  buyer: TestUser;
  admin: TestUser;
  listings: { perovskite: string; marine: string; robot: string };
  demand: string;
}

async function published(h: Harness, seller: TestUser, admin: TestUser, overrides: Record<string, unknown>) {
  const created = await h.client(seller.token).post('/v1/listings', listingInput(overrides));
  if (created.status !== 201) throw new Error(`seed listing: ${JSON.stringify(created.body)}`);
  const id = created.body.id as string;
  await h.client(seller.token).post(`/v1/listings/${id}/submit`);
  const pub = await h.client(admin.token).post(`/v1/listings/${id}/publish`, {});
  if (pub.status !== 200) throw new Error(`seed publish: ${JSON.stringify(pub.body)}`);
  return id;
}

export async function seedMarket(h: Harness): Promise<Market> {
  const seller = await h.user(['seller']);
  const buyer = await h.user(['buyer']);
  const admin = await h.user(['tenant_admin'], { org: false });
  const perovskite = await published(h, seller, admin, {});
  const marine = await published(h, seller, admin, {
    titleZh: '深远海养殖网箱智能监测系统',
    titleEn: 'Smart monitoring for deep-sea aquaculture cages',
    summaryZh: '基于水下传感网络与边缘计算的网箱状态实时监测，降低养殖损失 30%。',
    summaryEn: 'Real-time cage monitoring with underwater sensor networks and edge computing.',
    sector: 'marine',
    keywords: ['海洋', '养殖', '传感器'],
    trl: 7,
    ipType: 'utility_model',
    modes: ['license_nonexclusive', 'co_development'],
    priceType: 'fixed',
    priceMin: 80_000_000,
    priceMax: undefined,
  });
  const robot = await published(h, seller, admin, {
    titleZh: '协作机器人柔顺控制算法',
    titleEn: 'Compliant control for collaborative robots',
    summaryZh: '一种基于力矩估计的协作机器人柔顺控制方法，无需额外力传感器。',
    summaryEn: 'Torque-estimation based compliant control for cobots, with no extra force sensor.',
    sector: 'equipment',
    keywords: ['机器人', '控制'],
    trl: 4,
    ipType: 'software_copyright',
    modes: ['equity'],
    priceType: 'negotiable',
    priceMin: undefined,
    priceMax: undefined,
  });
  const d = await h.client(buyer.token).post('/v1/demands', demandInput());
  if (d.status !== 201) throw new Error(`seed demand: ${JSON.stringify(d.body)}`);
  await h.client(buyer.token).post(`/v1/demands/${d.body.id}/publish`, {});
  return { seller, buyer, admin, listings: { perovskite, marine, robot }, demand: d.body.id };
}

/** Serve the harness tenant on a host name, with branding, as a partner storefront would be. */
export async function brandTenant(h: Harness, domains: string[], branding: TenantBranding) {
  await h.db.update(tenants).set({ domains, branding }).where(eq(tenants.id, h.tenant.id));
  forgetTenants();
}
