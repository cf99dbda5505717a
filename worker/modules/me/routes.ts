import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ROLES } from '../../../schema/enums';
import { organizationMembers, organizations } from '../../../schema/index';
import { publicUser, requireUser } from '../../lib/access';
import { createRouter, errorResponses, jsonResponse } from '../../lib/openapi';
import { UserSchema } from '../auth/schemas';

export const meRoutes = createRouter();

const MeSchema = z
  .object({
    user: UserSchema,
    tenant: z.object({ id: z.string(), slug: z.string(), nameZh: z.string(), nameEn: z.string() }),
    roles: z.array(z.enum(ROLES)).openapi({ description: 'Roles in the tenant of this request.' }),
    organizations: z.array(
      z.object({
        id: z.string(),
        nameZh: z.string(),
        nameEn: z.string().nullable(),
        type: z.string(),
        role: z.string(),
      }),
    ),
  })
  .openapi('Me');

meRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/me',
    tags: ['auth'],
    summary: 'The signed-in user, roles here and organizations',
    responses: { 200: jsonResponse(MeSchema, 'Me'), ...errorResponses },
  }),
  async (c) => {
    const actor = requireUser(c.var.actor);
    const t = c.var.tenant;
    const orgs = await c.var.db
      .select({
        id: organizations.id,
        nameZh: organizations.nameZh,
        nameEn: organizations.nameEn,
        type: organizations.type,
        role: organizationMembers.role,
        tenantId: organizations.tenantId,
      })
      .from(organizationMembers)
      .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
      .where(eq(organizationMembers.userId, actor.user.id));
    return c.json(
      {
        user: publicUser(actor.user),
        tenant: { id: t.id, slug: t.slug, nameZh: t.nameZh, nameEn: t.nameEn },
        roles: actor.roles,
        organizations: orgs.filter((o) => o.tenantId === t.id).map(({ tenantId: _t, ...o }) => o),
      },
      200,
    );
  },
);
