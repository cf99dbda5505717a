import type { z } from '@hono/zod-openapi';
import { desc, eq } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import { tenants } from '../../../schema/index';
import type { Tenant } from '../../../schema/types';
import type { Actor } from '../../env';
import { isTenantAdmin, requireUser } from '../../lib/access';
import { Conflict, Forbidden, NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import type { CreateTenantBody, UpdateTenantBody } from './routes';
import { forgetTenants } from './service';

// The storefront verbs shared by the API (/v1/tenants) and the admin pages (/admin/...).

export type CreateTenantInput = z.output<typeof CreateTenantBody>;
export type UpdateTenantInput = z.output<typeof UpdateTenantBody>;

function requirePlatformAdmin(actor: Actor) {
  const user = requireUser(actor);
  if (!user.isPlatformAdmin) throw new Forbidden('Only the platform admin manages storefronts.');
}

/** Every storefront, newest first (platform admin). */
export async function listTenants(ctx: ServiceContext): Promise<Tenant[]> {
  requirePlatformAdmin(ctx.actor);
  return ctx.db.select().from(tenants).orderBy(desc(tenants.createdAt));
}

/** Opens a partner storefront (platform admin); a taken slug is a Conflict on `slug`. */
export async function createTenant(ctx: ServiceContext, input: CreateTenantInput): Promise<Tenant> {
  requirePlatformAdmin(ctx.actor);
  const created = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(tenants)
      .values({ id: newId('tenant'), ...input })
      .onConflictDoNothing({ target: tenants.slug })
      .returning();
    if (!row) throw new Conflict(`The slug "${input.slug}" is taken.`, { field: 'slug' });
    await recordChange(
      tx,
      { ...ctx, tenant: row },
      { action: 'tenant.create', entityType: 'tenant', entityId: row.id, topic: 'tenant.created' },
    );
    return row;
  });
  forgetTenants();
  return created;
}

/**
 * Brands and configures a storefront: its own tenant admin, or a platform admin. Another
 * tenant's storefront answers NotFound (no hint that it exists); fee policies are the
 * platform admin's alone.
 */
export async function updateTenant(
  ctx: ServiceContext,
  id: string,
  input: UpdateTenantInput,
): Promise<Tenant> {
  const user = requireUser(ctx.actor);
  const isOwnAdmin = id === ctx.tenant.id && isTenantAdmin(ctx.actor);
  if (!user.isPlatformAdmin && !isOwnAdmin) throw new NotFound('Tenant', id);
  if (input.feePolicy && !user.isPlatformAdmin)
    throw new Forbidden('Only the platform admin sets fee policies.');
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(tenants)
      .set({ ...input, updatedAt: ctx.clock.now() })
      .where(eq(tenants.id, id))
      .returning();
    if (!row) throw new NotFound('Tenant', id);
    await recordChange(tx, ctx, {
      action: 'tenant.update',
      entityType: 'tenant',
      entityId: id,
      data: { changed: Object.keys(input) },
      topic: 'tenant.updated',
    });
    return row;
  });
  forgetTenants();
  return updated;
}
