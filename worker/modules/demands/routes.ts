import { createRoute } from '@hono/zod-openapi';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import {
  CreateDemandBody,
  DemandIdParam,
  DemandSchema,
  DemandTransitionBody,
  ListDemandsQuery,
  UpdateDemandBody,
} from './schemas';
import { createDemand, getDemand, listDemands, transitionDemand, updateDemand } from './service';
import type { DemandAction } from './states';
import { demandView } from './view';

export const demandRoutes = createRouter();
const tags = ['demands'];

demandRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/demands',
    tags,
    summary: 'Post a technical demand (draft)',
    request: jsonBody(CreateDemandBody),
    responses: { 201: jsonResponse(DemandSchema, 'Created as draft'), ...errorResponses },
  }),
  async (c) => c.json(demandView(await createDemand(serviceContext(c), c.req.valid('json'))), 201),
);

demandRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/demands',
    tags,
    summary: 'Demands visible here, newest first',
    request: { query: ListDemandsQuery },
    responses: { 200: jsonResponse(pageSchema(DemandSchema), 'A page of demands'), ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(await listDemands(serviceContext(c), { ...q, mine: q.mine === 'true' }), q.limit);
    return c.json({ items: page.items.map(demandView), nextCursor: page.nextCursor }, 200);
  },
);

demandRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/demands/{id}',
    tags,
    summary: 'One demand',
    request: { params: DemandIdParam },
    responses: { 200: jsonResponse(DemandSchema, 'The demand'), ...errorResponses },
  }),
  async (c) => c.json(demandView((await getDemand(serviceContext(c), c.req.valid('param').id)).demand), 200),
);

demandRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/demands/{id}',
    tags,
    summary: 'Edit a demand (owner or admin; draft or open)',
    request: { params: DemandIdParam, ...jsonBody(UpdateDemandBody) },
    responses: { 200: jsonResponse(DemandSchema, 'Updated'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      demandView(await updateDemand(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))),
      200,
    ),
);

const steps: { action: DemandAction; summary: string }[] = [
  { action: 'publish', summary: 'Open a draft demand to proposals (owner)' },
  { action: 'close', summary: 'Close a demand (owner or admin)' },
];

for (const { action, summary } of steps) {
  demandRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/v1/demands/{id}/${action}`,
      tags,
      summary,
      request: {
        params: DemandIdParam,
        body: { content: { 'application/json': { schema: DemandTransitionBody } }, required: false },
      },
      responses: { 200: jsonResponse(DemandSchema, 'The demand after the step'), ...errorResponses },
    }),
    async (c) => {
      const body = c.req.valid('json') ?? {};
      const demand = await transitionDemand(serviceContext(c), c.req.valid('param').id, action, body.version);
      return c.json(demandView(demand), 200);
    },
  );
}
