import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '../../../schema/enums';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema, paginationQuery } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import { listMembers, setMemberRoles } from './service';

// Tenant admins grant the roles people cannot take themselves (expert, broker, tenant_admin).
// The verbs live in ./service.ts, shared with the admin pages.
export const memberRoutes = createRouter();
const tags = ['members'];

const MemberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    roles: z.array(z.enum(ROLES)),
  })
  .openapi('TenantMember');

export const SetRolesBody = z
  .strictObject({ roles: z.array(z.enum(ROLES)).max(ROLES.length) })
  .openapi('SetRoles');

memberRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/members',
    tags,
    summary: 'People with a membership in this tenant, and their roles (tenant admin)',
    request: { query: z.object(paginationQuery) },
    responses: { 200: jsonResponse(pageSchema(MemberSchema), 'Members'), ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(await listMembers(serviceContext(c), q), q.limit);
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
      params: z.object({
        userId: z
          .string()
          .max(64)
          .openapi({ param: { name: 'userId', in: 'path' } }),
      }),
      ...jsonBody(SetRolesBody),
    },
    responses: { 200: jsonResponse(MemberSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    const { userId } = c.req.valid('param');
    return c.json(await setMemberRoles(serviceContext(c), userId, c.req.valid('json').roles), 200);
  },
);
