import { eq, sql } from 'drizzle-orm';
import type { Database } from '../worker/db';
import { hashPassword } from '../worker/lib/password';
import { newId } from './ids';
import { memberships, sectors, tenants, users } from './index';
import { SECTOR_TAXONOMY } from './sector-taxonomy';
import type { TenantFeePolicy } from './tenants';

export const DEFAULT_FEE_POLICY: TenantFeePolicy = {
  platformFeeBps: 300,
  platformFeeMin: 10_000,
  tenantShareBps: 0,
  brokerCommissionBps: 200,
  brokerCommissionMin: 0,
};

/**
 * What must exist before the first request, on every start and after every migration:
 * the sector taxonomy, the hub tenant and the platform admin. Idempotent.
 */
export async function bootstrap(db: Database, admin: { email: string; password: string }) {
  await db
    .insert(sectors)
    .values(SECTOR_TAXONOMY.map((s, position) => ({ ...s, position })))
    .onConflictDoUpdate({
      target: sectors.slug,
      set: { nameZh: sql`excluded.name_zh`, nameEn: sql`excluded.name_en`, position: sql`excluded.position` },
    });
  await db
    .insert(tenants)
    .values({
      id: newId('tenant'),
      slug: 'hub',
      nameZh: '科技成果交易大市场',
      nameEn: 'TechMarket Hub',
      feePolicy: DEFAULT_FEE_POLICY,
      syndication: { mode: 'own' },
    })
    .onConflictDoNothing({ target: tenants.slug });
  const [hub] = await db.select().from(tenants).where(eq(tenants.slug, 'hub'));
  if (!hub) throw new Error('bootstrap: the hub tenant could not be created');

  const email = admin.email.toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return { hub, adminId: existing.id, adminCreated: false };
  const adminId = newId('user');
  await db.insert(users).values({
    id: adminId,
    email,
    name: 'Platform admin',
    passwordHash: await hashPassword(admin.password),
    isPlatformAdmin: true,
  });
  await db
    .insert(memberships)
    .values({ id: newId('membership'), tenantId: hub.id, userId: adminId, roles: ['tenant_admin'] })
    .onConflictDoNothing();
  return { hub, adminId, adminCreated: true };
}
