import { createRoute, z } from '@hono/zod-openapi';
import { isTenantAdmin } from '../../lib/access';
import { Invalid } from '../../lib/errors';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema } from '../../lib/pagination';
import type { ServiceContext } from '../../lib/service-context';
import { serviceContext } from '../../lib/service-context';
import { contractWithSignatures, signContract } from './contract';
import {
  ContractSchema,
  FormatQuery,
  PeriodQuery,
  RegistrationSchema,
  SignResultSchema,
} from './contract-schemas';
import { acceptOffer, makeOffer, respondToOffer } from './offers';
import { paymentContext } from './payment-context';
import { dealRegistration, periodRegistrations, registrationCsv } from './registration';
import {
  BrokerBody,
  CreateDealBody,
  DealIdParam,
  DealSchema,
  ListDealsQuery,
  OfferBody,
  OfferParam,
  OfferSchema,
  OptionalReasonBody,
  ReasonBody,
  SignBody,
} from './schemas';
import { assignBroker, cancelDeal, createDeal, dealDetail, disputeDeal, listDeals } from './service';
import { dealView, offerView } from './view';

export const dealRoutes = createRouter();
const tags = ['deals'];

async function detailView(ctx: ServiceContext, id: string) {
  const { deal, access, offers, milestones, refunds } = await dealDetail(ctx, id);
  return dealView(deal, { side: access.side, offers, milestones, refunds });
}

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals',
    tags,
    summary: 'Open a deal on a listing as the buyer (with the first offer when an amount is given)',
    request: jsonBody(CreateDealBody),
    responses: { 201: jsonResponse(DealSchema, 'The new deal'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const deal = await createDeal(ctx, c.req.valid('json'));
    return c.json(await detailView(ctx, deal.id), 201);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/deals',
    tags,
    summary: 'Deals you take part in (admins: all of the tenant), newest first',
    request: { query: ListDealsQuery },
    responses: {
      200: jsonResponse(
        pageSchema(DealSchema.omit({ offers: true, milestones: true, refunds: true })),
        'A page of deals',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const q = c.req.valid('query');
    const page = pageOf(await listDeals(ctx, q, isTenantAdmin(ctx.actor)), q.limit);
    const items = page.items.map((d) => {
      const {
        offers: _o,
        milestones: _m,
        refunds: _r,
        ...rest
      } = dealView(d, { side: null, offers: [], milestones: [] });
      return rest;
    });
    return c.json({ items, nextCursor: page.nextCursor }, 200);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/deals/{id}',
    tags,
    summary: 'One deal with its offers and milestones (parties, their broker and admins only)',
    request: { params: DealIdParam },
    responses: { 200: jsonResponse(DealSchema, 'The deal'), ...errorResponses },
  }),
  async (c) => c.json(await detailView(serviceContext(c), c.req.valid('param').id), 200),
);

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/offers',
    tags,
    summary: 'Make an offer or counter-offer (either party); supersedes the pending offer',
    request: { params: DealIdParam, ...jsonBody(OfferBody) },
    responses: { 201: jsonResponse(OfferSchema, 'The offer'), ...errorResponses },
  }),
  async (c) =>
    c.json(offerView(await makeOffer(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))), 201),
);

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/offers/{offerId}/accept',
    tags,
    summary: 'Accept the pending offer of the other side → agreed',
    request: { params: OfferParam },
    responses: { 200: jsonResponse(DealSchema, 'The agreed deal'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id, offerId } = c.req.valid('param');
    await acceptOffer(ctx, id, offerId);
    return c.json(await detailView(ctx, id), 200);
  },
);

for (const response of ['withdraw', 'decline'] as const) {
  dealRoutes.openapi(
    createRoute({
      method: 'post',
      path: `/v1/deals/{id}/offers/{offerId}/${response}`,
      tags,
      summary:
        response === 'withdraw' ? 'Withdraw your pending offer' : 'Decline the other side’s pending offer',
      request: {
        params: OfferParam,
        body: { content: { 'application/json': { schema: OptionalReasonBody } }, required: false },
      },
      responses: { 200: jsonResponse(OfferSchema, 'The offer'), ...errorResponses },
    }),
    async (c) => {
      const { id, offerId } = c.req.valid('param');
      const body = (c.req.valid('json') ?? {}) as { reason?: string };
      return c.json(
        offerView(await respondToOffer(serviceContext(c), id, offerId, response, body.reason)),
        200,
      );
    },
  );
}

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/broker',
    tags,
    summary: 'Assign the technology broker (admin or seller, before signing)',
    request: { params: DealIdParam, ...jsonBody(BrokerBody) },
    responses: { 200: jsonResponse(DealSchema, 'The deal'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id } = c.req.valid('param');
    await assignBroker(ctx, id, c.req.valid('json').brokerUserId);
    return c.json(await detailView(ctx, id), 200);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/cancel',
    tags,
    summary:
      'Cancel (either party or admin) before any money moved; with paid milestones and none accepted, the seller or an admin, and the escrow is refunded to the buyer',
    request: {
      params: DealIdParam,
      body: { content: { 'application/json': { schema: OptionalReasonBody } }, required: false },
    },
    responses: { 200: jsonResponse(DealSchema, 'The cancelled deal'), ...errorResponses },
  }),
  async (c) => {
    const ctx = paymentContext(c);
    const { id } = c.req.valid('param');
    await cancelDeal(ctx, id, ((c.req.valid('json') ?? {}) as { reason?: string }).reason);
    return c.json(await detailView(ctx, id), 200);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/dispute',
    tags,
    summary: 'Open a dispute on a signed or running deal (either party)',
    request: { params: DealIdParam, ...jsonBody(ReasonBody) },
    responses: { 200: jsonResponse(DealSchema, 'The disputed deal'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id } = c.req.valid('param');
    await disputeDeal(ctx, id, c.req.valid('json').reason);
    return c.json(await detailView(ctx, id), 200);
  },
);

async function contractView(ctx: ServiceContext, id: string) {
  const { deal, contract, signatures } = await contractWithSignatures(ctx, id);
  return {
    id: contract.id,
    dealId: contract.dealId,
    version: contract.version,
    offerId: contract.offerId,
    contentZh: contract.contentZh,
    contentEn: contract.contentEn,
    contentHash: contract.contentHash,
    createdAt: contract.createdAt.toISOString(),
    signatures: signatures.map((s) => ({
      side: s.side,
      userId: s.userId,
      orgId: s.orgId,
      contractVersion: s.contractVersion,
      contentHash: s.contentHash,
      signedAt: s.signedAt.toISOString(),
    })),
    dealStatus: deal.status,
    registrationNumber: deal.registrationNumber,
  };
}

dealRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/deals/{id}/contract',
    tags,
    summary: 'The technology contract generated from the agreed terms (zh + en, content hash)',
    request: { params: DealIdParam },
    responses: { 200: jsonResponse(ContractSchema, 'The current contract'), ...errorResponses },
  }),
  async (c) => c.json(await contractView(serviceContext(c), c.req.valid('param').id), 200),
);

dealRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/contract/sign',
    tags,
    summary:
      'Accept the contract you read (by content hash); both parties → signed, with a registration number',
    request: { params: DealIdParam, ...jsonBody(SignBody) },
    responses: { 200: jsonResponse(SignResultSchema, 'The deal and the contract'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id } = c.req.valid('param');
    await signContract(ctx, id, c.req.valid('json').contentHash);
    return c.json({ deal: await detailView(ctx, id), contract: await contractView(ctx, id) }, 200);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/deals/{id}/registration',
    tags,
    summary:
      'Technology-contract registration data (技术合同认定登记) of a signed deal; `?format=csv` for a spreadsheet',
    request: { params: DealIdParam, query: FormatQuery },
    responses: {
      200: {
        description: 'The registration record',
        content: { 'application/json': { schema: RegistrationSchema }, 'text/csv': { schema: z.string() } },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const record = await dealRegistration(serviceContext(c), c.req.valid('param').id);
    if (c.req.valid('query').format === 'csv')
      return c.body(registrationCsv([record]), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${record.registrationNumber}.csv"`,
      });
    return c.json(record, 200);
  },
);

dealRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/registrations',
    tags,
    summary: 'Registration data of every contract signed in a period (tenant admins)',
    request: { query: PeriodQuery },
    responses: {
      200: {
        description: 'The period’s records',
        content: {
          'application/json': {
            schema: z.object({ from: z.string(), to: z.string(), items: z.array(RegistrationSchema) }),
          },
          'text/csv': { schema: z.string() },
        },
      },
      ...errorResponses,
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const from = new Date(`${q.from}T00:00:00+08:00`);
    const to = new Date(`${q.to}T00:00:00+08:00`);
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to)
      throw new Invalid('`from` must be a date before `to`.', [{ path: 'to', message: 'after from' }]);
    const records = await periodRegistrations(serviceContext(c), from, to);
    if (q.format === 'csv')
      return c.body(registrationCsv(records), 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="registrations-${q.from}-${q.to}.csv"`,
      });
    return c.json({ from: q.from, to: q.to, items: records }, 200);
  },
);
