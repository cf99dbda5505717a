import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { payments } from '../../../schema/index';
import { requireTenantAdmin, requireUser } from '../../lib/access';
import { Invalid, NotFound } from '../../lib/errors';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { loadDeal } from '../deals/access';
import { paymentContext } from '../deals/payment-context';
import { PaymentSchema, paymentView } from '../deals/payment-view';
import { RefundSchema } from '../deals/schemas';
import { callerOrganization } from '../organizations/service';
import { confirmPayout, retryPayouts } from './payouts';
import { refundsOf, refundView, retryRefund } from './refund-execution';
import { applyProviderEvent, confirmBankReceipt, onboardingLink, paymentProvider } from './service';

export const paymentRoutes = createRouter();
const tags = ['payments'];

const PaymentIdParam = z.object({
  id: z
    .string()
    .regex(/^pay_[0-9A-Z]{26}$/, 'not a payment id')
    .openapi({ param: { name: 'id', in: 'path' }, example: 'pay_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
});

const ConfirmBody = z
  .strictObject({
    amount: z.number().int().min(1).openapi({
      description: 'The amount received, in minor units; must equal the payment.',
      example: 45_000_000,
    }),
    bankReference: z.string().trim().min(2).max(120).openapi({
      description: 'The bank’s transaction serial number (流水号).',
      example: 'ICBC20260312000123',
    }),
    receivedAt: z.iso.datetime({ offset: true }).openapi({ example: '2026-03-12T10:20:00+08:00' }),
    payerName: z.string().trim().min(1).max(200).optional(),
    note: z.string().trim().max(2000).optional(),
    url: z.url().max(2000).optional().openapi({ description: 'Scan of the bank receipt (回单).' }),
  })
  .openapi('ConfirmBankReceipt');

paymentRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/payments/{id}',
    tags,
    summary: 'One payment (deal parties, broker, admins)',
    request: { params: PaymentIdParam },
    responses: { 200: jsonResponse(PaymentSchema, 'The payment'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id } = c.req.valid('param');
    const [p] = await ctx.db
      .select()
      .from(payments)
      .where(and(eq(payments.id, id), eq(payments.tenantId, ctx.tenant.id)));
    if (!p) throw new NotFound('Payment', id);
    const { access } = await loadDeal(ctx, p.dealId).catch(() => {
      throw new NotFound('Payment', id);
    });
    return c.json(paymentView(p, access.side === 'buyer', await refundsOf(ctx.db, { paymentId: id })), 200);
  },
);

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/payments/{id}/confirm',
    tags,
    summary: 'Record a bank-transfer receipt with evidence (tenant admin) → milestone paid',
    request: { params: PaymentIdParam, ...jsonBody(ConfirmBody) },
    responses: { 200: jsonResponse(PaymentSchema, 'The confirmed payment'), ...errorResponses },
  }),
  async (c) => {
    const { amount, ...evidence } = c.req.valid('json');
    const p = await confirmBankReceipt(paymentContext(c), c.req.valid('param').id, { amount, evidence });
    return c.json(paymentView(p, false), 200);
  },
);

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/webhooks/stripe',
    tags,
    summary: 'Stripe webhook: verified on the raw body, each event id applied once, unknown events ignored',
    request: { headers: z.object({ 'stripe-signature': z.string().optional() }) },
    responses: {
      200: jsonResponse(
        z.object({ received: z.boolean(), duplicate: z.boolean(), outcome: z.string() }),
        'Accepted',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const provider = paymentProvider(c.var.deps);
    if (provider.rail !== 'stripe') throw new NotFound('Stripe webhook endpoint (Stripe is not configured)');
    const raw = await c.req.text();
    const event = await provider.parseWebhook(raw, c.req.raw.headers);
    const r = await applyProviderEvent(serviceContext(c), 'stripe', event, provider);
    return c.json({ received: true, duplicate: r.duplicate, outcome: r.outcome }, 200);
  },
);

const OnboardingBody = z
  .strictObject({
    party: z
      .enum(['organization', 'broker', 'tenant'])
      .openapi({ description: 'Your organization (seller), yourself (broker), or the tenant (admin).' }),
    organizationId: z.string().max(64).optional(),
    refreshUrl: z.url(),
    returnUrl: z.url(),
  })
  .openapi('ConnectOnboarding');

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/payments/connect/onboarding',
    tags,
    summary: 'A Stripe Connect onboarding link to receive payouts (sellers, brokers, tenants)',
    request: jsonBody(OnboardingBody),
    responses: {
      200: jsonResponse(
        z.object({ accountId: z.string(), url: z.string(), expiresAt: z.string() }),
        'The link',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = paymentContext(c);
    const body = c.req.valid('json');
    const user = requireUser(ctx.actor);
    let party: { kind: 'organization' | 'user' | 'tenant'; id: string };
    if (body.party === 'tenant') {
      requireTenantAdmin(ctx.actor);
      party = { kind: 'tenant', id: ctx.tenant.id };
    } else if (body.party === 'broker') {
      if (!user.roles.includes('broker'))
        throw new Invalid('Only brokers onboard as a broker.', [{ path: 'party', message: 'not a broker' }]);
      party = { kind: 'user', id: user.user.id };
    } else {
      party = {
        kind: 'organization',
        id: await callerOrganization(ctx, user.user.id, body.organizationId, 'organizationId'),
      };
    }
    const link = await onboardingLink(
      ctx,
      party,
      { refreshUrl: body.refreshUrl, returnUrl: body.returnUrl },
      user.user.email,
    );
    return c.json({ accountId: link.accountId, url: link.url, expiresAt: link.expiresAt.toISOString() }, 200);
  },
);

const PayoutParams = PaymentIdParam.extend({
  party: z
    .enum(['seller', 'broker', 'tenant'])
    .openapi({ param: { name: 'party', in: 'path' }, example: 'seller' }),
});

const PayoutConfirmBody = z
  .strictObject({
    reference: z.string().trim().min(2).max(120).openapi({
      description: 'The outgoing wire’s bank transaction serial number (流水号).',
      example: 'ICBC20260401000456',
    }),
    sentAt: z.iso.datetime({ offset: true }).openapi({ example: '2026-04-01T15:00:00+08:00' }),
    note: z.string().trim().max(2000).optional(),
    url: z.url().max(2000).optional().openapi({ description: 'Scan of the payment slip (回单).' }),
  })
  .openapi('ConfirmPayout');

const PayoutConfirmationSchema = z
  .object({
    id: z.string(),
    paymentId: z.string(),
    party: z.enum(['seller', 'broker', 'tenant']),
    amount: z.number().int(),
    currency: z.string(),
    reference: z.string(),
    sentAt: z.string(),
    confirmedAt: z.string(),
  })
  .openapi('PayoutConfirmation');

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/payments/{id}/payouts/{party}/confirm',
    tags,
    summary:
      'Record a bank-transfer payout to the seller, broker or tenant (tenant admin): books the payout so what is owed goes to zero; once per party (409 after)',
    request: { params: PayoutParams, ...jsonBody(PayoutConfirmBody) },
    responses: {
      200: jsonResponse(
        z.object({ payment: PaymentSchema, confirmation: PayoutConfirmationSchema }),
        'The payout is recorded',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const { id, party } = c.req.valid('param');
    const body = c.req.valid('json');
    const evidence = {
      reference: body.reference,
      sentAt: body.sentAt,
      ...(body.note ? { note: body.note } : {}),
      ...(body.url ? { url: body.url } : {}),
    };
    const r = await confirmPayout(serviceContext(c), id, party, evidence);
    return c.json(
      {
        payment: paymentView(r.payment, false),
        confirmation: {
          id: r.confirmation.id,
          paymentId: r.confirmation.paymentId,
          party: r.confirmation.party,
          amount: r.confirmation.amount,
          currency: r.confirmation.currency,
          reference: r.confirmation.evidence.reference,
          sentAt: r.confirmation.evidence.sentAt,
          confirmedAt: r.confirmation.confirmedAt.toISOString(),
        },
      },
      200,
    );
  },
);

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/payments/{id}/payouts/retry',
    tags,
    summary:
      'Retry the payouts of a released payment (tenant admin): transfers to parties without a connected account then (once onboarded) or that failed, and failed claw-backs (a new attempt at the rail after a definite failure, the same request after an unknown outcome); idempotent',
    request: { params: PaymentIdParam },
    responses: { 200: jsonResponse(PaymentSchema, 'The payment with its transfers'), ...errorResponses },
  }),
  async (c) => {
    const p = await retryPayouts(paymentContext(c), c.req.valid('param').id);
    return c.json(paymentView(p, false), 200);
  },
);

const RefundParams = PaymentIdParam.extend({
  refundId: z
    .string()
    .regex(/^rfd_[0-9A-Z]{26}$/, 'not a refund id')
    .openapi({ param: { name: 'refundId', in: 'path' }, example: 'rfd_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
});

paymentRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/payments/{id}/refunds/{refundId}/retry',
    tags,
    summary:
      'Send a failed refund to the buyer again (tenant admin): a new attempt at the rail after a definite failure, the same request after an unknown outcome; 409 unless failed (or never sent)',
    request: { params: RefundParams },
    responses: {
      200: jsonResponse(
        z.object({ refund: RefundSchema, payment: PaymentSchema }).openapi('RefundRetry'),
        'The refund after the attempt (failed again: see failureReason)',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    const ctx = paymentContext(c);
    const { id, refundId } = c.req.valid('param');
    const refund = await retryRefund(ctx, ctx.payments, id, refundId);
    const [p] = await ctx.db.select().from(payments).where(eq(payments.id, id));
    if (!p) throw new NotFound('Payment', id);
    return c.json(
      {
        refund: refundView(refund),
        payment: paymentView(p, false, await refundsOf(ctx.db, { paymentId: id })),
      },
      200,
    );
  },
);
