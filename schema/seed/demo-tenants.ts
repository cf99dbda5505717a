// The hub and the two partner storefronts of the demo market. The hub row itself comes from
// bootstrap (it must exist before any seed); the demo only gives it a brand if it has none.
import { eq, inArray } from 'drizzle-orm';
import type { Database } from '../../worker/db';
import { DEFAULT_FEE_POLICY } from '../bootstrap';
import { newId } from '../ids';
import { tenants } from '../index';
import type { TenantBranding, TenantFeePolicy, TenantSyndication } from '../tenants';
import type { DemoTenantSlug } from './content/types';

export interface DemoTenantSpec {
  slug: DemoTenantSlug;
  nameZh: string;
  nameEn: string;
  domains: string[];
  branding: TenantBranding;
  feePolicy: TenantFeePolicy;
  syndication: TenantSyndication;
  allowedOrigins: string[];
}

export const HUB_BRANDING: TenantBranding = {
  primaryColor: '#0a4d8c',
  accentColor: '#f29100',
  tagline: { zh: '一站式科技成果转化服务平台', en: 'One-stop technology-transfer marketplace' },
};

export const PARTNER_TENANTS: readonly DemoTenantSpec[] = [
  {
    slug: 'qdu-tech',
    nameZh: '琴岛理工大学科技成果转化平台',
    nameEn: 'Qindao University of Technology Transfer Platform',
    // *.localhost resolves to 127.0.0.1 in browsers, so the storefront can be tried by host.
    domains: ['qdu-tech.localhost'],
    branding: {
      primaryColor: '#8a1538',
      accentColor: '#c9a227',
      tagline: { zh: '让实验室成果走向生产线', en: 'From our laboratories to your production lines' },
    },
    feePolicy: {
      platformFeeBps: 200,
      platformFeeMin: 10_000,
      tenantShareBps: 5000,
      brokerCommissionBps: 300,
      brokerCommissionMin: 100_000,
    },
    // A university platform shows its own results plus the hub's in its disciplines.
    syndication: { mode: 'sectors', sectors: ['it', 'ai', 'ic', 'new-energy', 'equipment'] },
    allowedOrigins: ['https://www.qdut.example.cn'],
  },
  {
    slug: 'blue-valley',
    nameZh: '蓝谷海洋科技成果交易平台',
    nameEn: 'Blue Valley Marine Technology Exchange',
    domains: ['blue-valley.localhost'],
    branding: {
      primaryColor: '#0b5394',
      accentColor: '#20b2aa',
      tagline: { zh: '向海图强，链接海洋科技成果', en: 'Connecting marine technology with industry' },
    },
    feePolicy: {
      platformFeeBps: 250,
      platformFeeMin: 10_000,
      tenantShareBps: 4000,
      brokerCommissionBps: 200,
      brokerCommissionMin: 50_000,
    },
    // An industrial park wants the whole hub catalogue in front of its tenants.
    syndication: { mode: 'all' },
    allowedOrigins: ['https://www.bluevalley-park.example.cn'],
  },
];

/** Creates the partner tenants if missing and returns every demo tenant's id by slug. */
export async function ensureDemoTenants(db: Database): Promise<Record<DemoTenantSlug, string>> {
  const [hub] = await db.select().from(tenants).where(eq(tenants.slug, 'hub'));
  if (!hub) throw new Error('seed: the hub tenant is missing; run bootstrap first');
  if (!hub.branding.primaryColor) {
    await db
      .update(tenants)
      .set({ branding: HUB_BRANDING, feePolicy: hub.feePolicy ?? DEFAULT_FEE_POLICY })
      .where(eq(tenants.id, hub.id));
  }
  await db
    .insert(tenants)
    .values(PARTNER_TENANTS.map((spec) => ({ id: newId('tenant'), ...spec })))
    .onConflictDoNothing({ target: tenants.slug });
  const rows = await db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(inArray(tenants.slug, ['hub', ...PARTNER_TENANTS.map((t) => t.slug)]));
  const ids = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
  return { hub: hub.id, 'qdu-tech': ids['qdu-tech'] as string, 'blue-valley': ids['blue-valley'] as string };
}
