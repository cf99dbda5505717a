import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, lt } from 'drizzle-orm';
import { memberships, users } from '../../../schema/index';
import { ROLES } from '../../../schema/enums';
import { requireTenantAdmin } from '../../lib/access';
import { NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema, paginationQuery } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';

// Tenant admins grant the roles people cannot take themselves (expert, broker, tenant_admin).
export const memberRoutes = createRouter();
const tags = ['members'];

const MemberSchema = z
  .object({ id: z.string(), userId: z.string(), name: z.string(), email: z.string(), roles: z.array(z.enum(ROLES)) })
  .openapi('TenantMember');

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/members',
    tags,
    summary: "People with a membership in this tenant, and their roles (tenant admin)",
    request: { query: z.object(paginationQuery) },
    responses: { 200: jsonResponse(pageSchema(MemberSchema), 'Members'), ...errorResponses },
  }),
  async (c) => {
    requireTenantAdmin(c.var.actor);
    const q = c.req.valid('query');
    const rows = await c.var.db
      .select({ id: memberships.id, userId: users.id, name: users.name, email: users.email, roles: memberships.roles })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.tenantId, c.var.tenant.id), q.cursor ? lt(memberships.id, q.cursor) : undefined))
      .orderBy(desc(memberships.id))
      .limit(q.limit + 1);
    const page = pageOf(rows, q.limit);
    return c.json({ items: page.items, nextCursor: page.nextCursor }, 200);
  },
);

memberRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/members/{userId}',
    tags,
    summary: "Set a member's roles in this tenant (tenant admin)",
    request: {
      params: z.object({ userId: z.string().max(64).openapi({ param: { name: 'userId', in: 'path' } }) }),
      ...jsonBody(z.strictObject({ roles: z.array(z.enum(ROLES)).max(ROLES.length) }).openapi('SetRoles')),
    },
    responses: { 200: jsonResponse(MemberSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    requireTenantAdmin(c.var.actor);
    const ctx = serviceContext(c);
    const { userId } = c.req.valid('param');
    const roles = [...new Set(c.req.valid('json').roles)];
    const updated = await ctx.db.transaction(async (tx) => {
      const [row] = await tx
        .update(memberships)
        .set({ roles, updatedAt: ctx.clock.now() })
        .where(and(eq(memberships.tenantId, ctx.tenant.id), eq(memberships.userId, userId)))
        .returning();
      if (!row) throw new NotFound('Member', userId);
      await recordChange(tx, ctx, { action: 'membership.roles', entityType: 'user', entityId: userId, data: { roles } });
      return row;
    });
    const [user] = await ctx.db.select().from(users).where(eq(users.id, userId));
    return c.json({ id: updated.id, userId, name: user?.name ?? '', email: user?.email ?? '', roles: updated.roles }, 200);
  },
);
