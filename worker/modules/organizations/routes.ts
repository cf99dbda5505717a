import { createRoute, z } from '@hono/zod-openapi';
import type { Organization } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import {
  AddMemberBody,
  CreateOrganizationBody,
  IdParam,
  ListOrganizationsQuery,
  MemberSchema,
  OrganizationSchema,
  UpdateOrganizationBody,
  VerificationDecisionBody,
  VerificationRequestBody,
} from './schemas';
import {
  addMember,
  createOrganization,
  getOrganization,
  listMembers,
  listOrganizations,
  updateOrganization,
} from './service';
import { decideVerification, requestVerification } from './verification';

export const organizationRoutes = createRouter();

export function organizationView(org: Organization) {
  return {
    id: org.id,
    tenantId: org.tenantId,
    type: org.type,
    nameZh: org.nameZh,
    nameEn: org.nameEn,
    region: org.region,
    website: org.website,
    descriptionZh: org.descriptionZh,
    descriptionEn: org.descriptionEn,
    verification: org.verification,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
  };
}

organizationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/organizations',
    tags: ['organizations'],
    summary: 'Register an organization; the caller becomes its owner',
    request: jsonBody(CreateOrganizationBody),
    responses: { 201: jsonResponse(OrganizationSchema, 'Created'), ...errorResponses },
  }),
  async (c) => {
    const org = await createOrganization(serviceContext(c), c.req.valid('json'));
    return c.json(organizationView(org), 201);
  },
);

organizationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/organizations',
    tags: ['organizations'],
    summary: 'Organizations of this tenant, newest first',
    request: { query: ListOrganizationsQuery },
    responses: {
      200: jsonResponse(pageSchema(OrganizationSchema), 'A page of organizations'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const rows = await listOrganizations(serviceContext(c), { ...q, mine: q.mine === 'true' });
    const page = pageOf(rows, q.limit);
    return c.json({ items: page.items.map(organizationView), nextCursor: page.nextCursor }, 200);
  },
);

organizationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/organizations/{id}',
    tags: ['organizations'],
    summary: 'One organization',
    request: { params: IdParam },
    responses: { 200: jsonResponse(OrganizationSchema, 'The organization'), ...errorResponses },
  }),
  async (c) =>
    c.json(organizationView(await getOrganization(serviceContext(c), c.req.valid('param').id)), 200),
);

organizationRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/organizations/{id}',
    tags: ['organizations'],
    summary: 'Edit the profile (owner, organization admins, tenant admins); `version` guards lost updates',
    request: { params: IdParam, ...jsonBody(UpdateOrganizationBody) },
    responses: { 200: jsonResponse(OrganizationSchema, 'The organization as saved'), ...errorResponses },
  }),
  async (c) => {
    const org = await updateOrganization(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(organizationView(org), 200);
  },
);

organizationRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/organizations/{id}/members',
    tags: ['organizations'],
    summary: 'Members of an organization (members and admins only)',
    request: { params: IdParam },
    responses: {
      200: jsonResponse(z.object({ items: z.array(MemberSchema) }), 'Members'),
      ...errorResponses,
    },
  }),
  async (c) => c.json({ items: await listMembers(serviceContext(c), c.req.valid('param').id) }, 200),
);

organizationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/organizations/{id}/members',
    tags: ['organizations'],
    summary: 'Add a registered user to the organization',
    request: { params: IdParam, ...jsonBody(AddMemberBody) },
    responses: { 201: jsonResponse(MemberSchema, 'Added'), ...errorResponses },
  }),
  async (c) => {
    const member = await addMember(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(member, 201);
  },
);

organizationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/organizations/{id}/verification-request',
    tags: ['organizations'],
    summary: 'Ask for verification (owner or organization admins): unverified or rejected → pending',
    request: { params: IdParam, ...jsonBody(VerificationRequestBody) },
    responses: { 200: jsonResponse(OrganizationSchema, 'Pending'), ...errorResponses },
  }),
  async (c) => {
    const org = await requestVerification(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(organizationView(org), 200);
  },
);

organizationRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/organizations/{id}/verification',
    tags: ['organizations'],
    summary: 'Decide on a pending verification (tenant admins): verified, or rejected with a reason',
    request: { params: IdParam, ...jsonBody(VerificationDecisionBody) },
    responses: { 200: jsonResponse(OrganizationSchema, 'Decided'), ...errorResponses },
  }),
  async (c) => {
    const org = await decideVerification(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(organizationView(org), 200);
  },
);
