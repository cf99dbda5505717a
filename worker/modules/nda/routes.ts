import { createRoute, z } from '@hono/zod-openapi';
import type { NdaAcceptance, NdaText } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema, paginationQuery } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import { acceptNda, confidentialViewLog, ndaOf, publishNda, viewConfidential } from './service';

export const ndaRoutes = createRouter();
const tags = ['listings'];

const ListingParam = z.object({
  id: z
    .string()
    .regex(/^lst_[0-9A-Z]{26}$/, 'not a listing id')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
});
const hash = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest');

const NdaSchema = z
  .object({
    id: z.string(),
    listingId: z.string(),
    version: z.number().int(),
    textZh: z.string(),
    textEn: z.string(),
    contentHash: z.string().openapi({ description: 'Send it back with the version to accept.' }),
    createdAt: z.string(),
    acceptance: z
      .object({
        id: z.string(),
        version: z.number().int(),
        contentHash: z.string(),
        userId: z.string(),
        orgId: z.string().nullable(),
        acceptedAt: z.string(),
      })
      .nullable(),
  })
  .openapi('Nda');

const acceptanceView = (a: NdaAcceptance) => ({
  id: a.id,
  version: a.ndaVersion,
  contentHash: a.contentHash,
  userId: a.userId,
  orgId: a.orgId,
  acceptedAt: a.acceptedAt.toISOString(),
});
const ndaView = (n: NdaText, a: NdaAcceptance | null) => ({
  id: n.id,
  listingId: n.listingId,
  version: n.version,
  textZh: n.textZh,
  textEn: n.textEn,
  contentHash: n.contentHash,
  createdAt: n.createdAt.toISOString(),
  acceptance: a ? acceptanceView(a) : null,
});

const AcceptNdaBody = z
  .strictObject({
    version: z.number().int().min(1),
    contentHash: hash,
    orgId: z.string().max(64).optional().openapi({ description: 'The organization you accept for.' }),
  })
  .openapi('AcceptNda');
const PublishNdaBody = z
  .strictObject({
    textZh: z.string().trim().min(20).max(20_000),
    textEn: z.string().trim().min(20).max(40_000),
  })
  .openapi('PublishNda');

ndaRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings/{id}/nda',
    tags,
    summary: 'The listing’s current NDA text (保密协议) and your acceptance',
    request: { params: ListingParam },
    responses: { 200: jsonResponse(NdaSchema, 'The NDA'), ...errorResponses },
  }),
  async (c) => {
    const { nda, accepted } = await ndaOf(serviceContext(c), c.req.valid('param').id);
    return c.json(ndaView(nda, accepted), 200);
  },
);

ndaRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/listings/{id}/nda',
    tags,
    summary: 'Accept the NDA version you read (time, user, organization and content hash are recorded)',
    request: { params: ListingParam, ...jsonBody(AcceptNdaBody) },
    responses: {
      201: jsonResponse(NdaSchema, 'Accepted'),
      200: jsonResponse(NdaSchema, 'Already accepted'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const id = c.req.valid('param').id;
    const { acceptance, created } = await acceptNda(ctx, id, c.req.valid('json'));
    const { nda } = await ndaOf(ctx, id);
    return c.json(ndaView(nda, acceptance), created ? 201 : 200);
  },
);

ndaRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/listings/{id}/nda/versions',
    tags,
    summary: 'Publish a new NDA text (owner or admin); earlier acceptances stop opening the section',
    request: { params: ListingParam, ...jsonBody(PublishNdaBody) },
    responses: { 201: jsonResponse(NdaSchema, 'The new version'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      ndaView(await publishNda(serviceContext(c), c.req.valid('param').id, c.req.valid('json')), null),
      201,
    ),
);

const ConfidentialSchema = z
  .object({
    listingId: z.string(),
    zh: z.string().nullable(),
    en: z.string().nullable(),
    viewId: z.string().nullable().openapi({ description: 'This view, as logged.' }),
  })
  .openapi('Confidential');

ndaRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings/{id}/confidential',
    tags,
    summary: 'The confidential section, after accepting the current NDA; every view is logged',
    request: { params: ListingParam },
    responses: { 200: jsonResponse(ConfidentialSchema, 'The section'), ...errorResponses },
  }),
  async (c) => {
    const { listing, viewId } = await viewConfidential(serviceContext(c), c.req.valid('param').id);
    return c.json(
      { listingId: listing.id, zh: listing.confidentialZh, en: listing.confidentialEn, viewId },
      200,
    );
  },
);

const ViewSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    userName: z.string(),
    userEmail: z.string(),
    orgId: z.string().nullable(),
    orgName: z.string().nullable(),
    ndaAcceptanceId: z.string().nullable(),
    viewedAt: z.string(),
  })
  .openapi('ConfidentialView');

ndaRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings/{id}/confidential/views',
    tags,
    summary: 'Who viewed the confidential section, newest first (owner and admins)',
    request: { params: ListingParam, query: z.object(paginationQuery) },
    responses: { 200: jsonResponse(pageSchema(ViewSchema), 'A page of views'), ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(await confidentialViewLog(serviceContext(c), c.req.valid('param').id, q), q.limit);
    return c.json(
      {
        items: page.items.map((v) => ({ ...v, viewedAt: v.viewedAt.toISOString() })),
        nextCursor: page.nextCursor,
      },
      200,
    );
  },
);
