import { and, desc, eq, lt } from 'drizzle-orm';
import type { Role } from '../../../schema/enums';
import { memberships, users } from '../../../schema/index';
import { requireTenantAdmin } from '../../lib/access';
import { NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';

// Tenant admins grant the roles people cannot take themselves (expert, broker, tenant_admin).
// Shared by the API (/v1/members) and the admin pages (/admin/members).

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  roles: Role[];
}

/** People with a membership in this tenant, newest first; one more row than `limit` means more. */
export async function listMembers(
  ctx: ServiceContext,
  q: { limit: number; cursor?: string },
): Promise<Member[]> {
  requireTenantAdmin(ctx.actor);
  return ctx.db
    .select({
      id: memberships.id,
      userId: users.id,
      name: users.name,
      email: users.email,
      roles: memberships.roles,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.tenantId, ctx.tenant.id), q.cursor ? lt(memberships.id, q.cursor) : undefined))
    .orderBy(desc(memberships.id))
    .limit(q.limit + 1);
}

/** Replaces a member's roles in this tenant; someone without a membership here is NotFound. */
export async function setMemberRoles(ctx: ServiceContext, userId: string, wanted: Role[]): Promise<Member> {
  requireTenantAdmin(ctx.actor);
  const roles = [...new Set(wanted)];
  const updated = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(memberships)
      .set({ roles, updatedAt: ctx.clock.now() })
      .where(and(eq(memberships.tenantId, ctx.tenant.id), eq(memberships.userId, userId)))
      .returning();
    if (!row) throw new NotFound('Member', userId);
    await recordChange(tx, ctx, {
      action: 'membership.roles',
      entityType: 'user',
      entityId: userId,
      data: { roles },
    });
    return row;
  });
  const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
  return { id: updated.id, userId, name: user?.name ?? '', email: user?.email ?? '', roles: updated.roles };
}
