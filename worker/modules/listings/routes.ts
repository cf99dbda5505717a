import { createRoute, type z } from '@hono/zod-openapi';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import {
  CreateListingBody,
  ListingIdParam,
  ListingSchema,
  ListListingsQuery,
  RejectBody,
  TransitionBody,
  UpdateListingBody,
} from './schemas';
import { createListing, deleteListing, getListing, listListings, updateListing } from './service';
import type { ListingAction } from './states';
import { transitionListing } from './transitions';
import { listingView, publicListingJson } from './view';

export const listingRoutes = createRouter();
const tags = ['listings'];

listingRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/listings',
    tags,
    summary: 'Create a listing (technology achievement) as a draft',
    request: jsonBody(CreateListingBody),
    responses: { 201: jsonResponse(ListingSchema, 'Created as draft'), ...errorResponses },
  }),
  async (c) => c.json(listingView(await createListing(serviceContext(c), c.req.valid('json')), true), 201),
);

listingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings',
    tags,
    summary: 'Listings visible here, newest first, with filters',
    request: { query: ListListingsQuery },
    responses: { 200: jsonResponse(pageSchema(ListingSchema), 'A page of listings'), ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
    const rows = await listListings(serviceContext(c), {
      ...q,
      selected: flag(q.selected),
      featured: flag(q.featured),
      mine: q.mine === 'true',
    });
    const page = pageOf(rows, q.limit);
    // The same JSON as c.json({ items, nextCursor }), built from each row's serialized view.
    const items = page.items.map(publicListingJson).join(',');
    const body = `{"items":[${items}],"nextCursor":${JSON.stringify(page.nextCursor)}}`;
    return c.body(body, 200, { 'content-type': 'application/json' }) as never;
  },
);

listingRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings/{id}',
    tags,
    summary: 'One listing; the confidential section only for its owner and admins',
    request: { params: ListingIdParam },
    responses: { 200: jsonResponse(ListingSchema, 'The listing'), ...errorResponses },
  }),
  async (c) => {
    const { listing, access } = await getListing(serviceContext(c), c.req.valid('param').id);
    if (access.isOwner || access.isAdmin) return c.json(listingView(listing, true), 200);
    // The public view is the hot read: its JSON is serialized once per cached row.
    return c.body(publicListingJson(listing), 200, { 'content-type': 'application/json' }) as never;
  },
);

listingRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/listings/{id}',
    tags,
    summary: 'Edit a listing (owner: draft or rejected; admin: until published)',
    request: { params: ListingIdParam, ...jsonBody(UpdateListingBody) },
    responses: { 200: jsonResponse(ListingSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    const listing = await updateListing(serviceContext(c), c.req.valid('param').id, c.req.valid('json'));
    return c.json(listingView(listing, true), 200);
  },
);

listingRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/v1/listings/{id}',
    tags,
    summary: 'Delete a draft (other states are archived instead)',
    request: { params: ListingIdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  }),
  async (c) => {
    await deleteListing(serviceContext(c), c.req.valid('param').id);
    return c.body(null, 204);
  },
);

const transitions: { action: ListingAction; summary: string; body: z.ZodType }[] = [
  { action: 'submit', summary: 'Submit a draft for review (owner)', body: TransitionBody },
  { action: 'publish', summary: 'Publish a submitted listing (tenant admin)', body: TransitionBody },
  { action: 'reject', summary: 'Reject a submitted listing with a reason (tenant admin)', body: RejectBody },
  { action: 'archive', summary: 'Archive a listing from any state (owner or admin)', body: TransitionBody },
];

for (const { action, summary } of transitions) {
  const body = action === 'reject' ? RejectBody : TransitionBody;
  listingRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/v1/listings/{id}/${action}`,
      tags,
      summary,
      request: {
        params: ListingIdParam,
        body: { content: { 'application/json': { schema: body } }, required: action === 'reject' },
      },
      responses: { 200: jsonResponse(ListingSchema, 'The listing after the step'), ...errorResponses },
    }),
    async (c) => {
      const input = (c.req.valid('json') ?? {}) as { version?: number; reason?: string };
      const listing = await transitionListing(serviceContext(c), c.req.valid('param').id, action, input);
      return c.json(listingView(listing, true), 200);
    },
  );
}
