import { createRoute, z } from '@hono/zod-openapi';
import type { Payment } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import {
  acceptMilestone,
  deliverMilestone,
  payMilestone,
  requestChanges,
  resolveDispute,
} from './milestones';
import { paymentContext } from './payment-context';
import { PaymentSchema, paymentView } from './payment-view';
import {
  AcceptMilestoneBody,
  DealIdParam,
  DealSchema,
  DeliverBody,
  MilestoneParam,
  MilestoneSchema,
  ResolveBody,
} from './schemas';
import { dealDetail } from './service';
import { dealView, milestoneView } from './view';

export const milestoneRoutes = createRouter();
const tags = ['deals'];

const PayResultSchema = z
  .object({ milestone: MilestoneSchema, payment: PaymentSchema })
  .openapi('MilestonePayment');
const AcceptResultSchema = z
  .object({
    milestone: MilestoneSchema,
    dealStatus: z.string(),
    transfers: z.array(
      z.object({
        party: z.string(),
        destination: z.string().nullable(),
        amount: z.number().int(),
        providerRef: z.string().nullable(),
        status: z.string(),
      }),
    ),
  })
  .openapi('MilestoneAcceptance');

milestoneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/milestones/{mid}/pay',
    tags,
    summary: 'Pay a milestone (buyer): bank-transfer instructions with a reference, or a card payment',
    request: { params: MilestoneParam },
    responses: { 200: jsonResponse(PayResultSchema, 'The milestone and its payment'), ...errorResponses },
  }),
  async (c) => {
    const { id, mid } = c.req.valid('param');
    const { milestone, payment } = await payMilestone(paymentContext(c), id, mid);
    return c.json(
      { milestone: milestoneView(milestone), payment: paymentView(payment as Payment, true) },
      200,
    );
  },
);

milestoneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/milestones/{mid}/deliver',
    tags,
    summary: 'Deliver a paid milestone with evidence (seller)',
    request: { params: MilestoneParam, ...jsonBody(DeliverBody) },
    responses: { 200: jsonResponse(MilestoneSchema, 'Delivered'), ...errorResponses },
  }),
  async (c) => {
    const { id, mid } = c.req.valid('param');
    return c.json(
      milestoneView(await deliverMilestone(serviceContext(c), id, mid, c.req.valid('json').evidence)),
      200,
    );
  },
);

milestoneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/milestones/{mid}/accept',
    tags,
    summary: 'Accept a delivered milestone (buyer) — releases the payment — or request changes',
    request: {
      params: MilestoneParam,
      body: { content: { 'application/json': { schema: AcceptMilestoneBody } }, required: false },
    },
    responses: {
      200: jsonResponse(AcceptResultSchema, 'Accepted (or changes requested)'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id, mid } = c.req.valid('param');
    const body = (c.req.valid('json') ?? { decision: 'accept' }) as z.infer<typeof AcceptMilestoneBody>;
    if (body.decision === 'request_changes') {
      const m = await requestChanges(serviceContext(c), id, mid, body.reason ?? '请按合同补充交付内容。');
      return c.json({ milestone: milestoneView(m), dealStatus: 'in_progress', transfers: [] }, 200);
    }
    const r = await acceptMilestone(paymentContext(c), id, mid);
    return c.json(
      { milestone: milestoneView(r.milestone), dealStatus: r.deal.status, transfers: r.transfers },
      200,
    );
  },
);

milestoneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/milestones/{mid}/request-changes',
    tags,
    summary: 'Ask for changes to a delivery (buyer)',
    request: {
      params: MilestoneParam,
      ...jsonBody(z.strictObject({ reason: z.string().trim().min(2).max(4000) })),
    },
    responses: { 200: jsonResponse(MilestoneSchema, 'Changes requested'), ...errorResponses },
  }),
  async (c) => {
    const { id, mid } = c.req.valid('param');
    return c.json(
      milestoneView(await requestChanges(serviceContext(c), id, mid, c.req.valid('json').reason)),
      200,
    );
  },
);

milestoneRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/deals/{id}/resolve',
    tags,
    summary: 'Resolve a dispute (tenant admin): resume, or refund what escrow still holds',
    request: { params: DealIdParam, ...jsonBody(ResolveBody) },
    responses: { 200: jsonResponse(DealSchema, 'The deal after resolution'), ...errorResponses },
  }),
  async (c) => {
    const ctx = paymentContext(c);
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    await resolveDispute(ctx, id, body.outcome, body.reason);
    const { deal, access, offers, milestones, refunds } = await dealDetail(ctx, id);
    return c.json(dealView(deal, { side: access.side, offers, milestones, refunds }), 200);
  },
);
