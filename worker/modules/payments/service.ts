import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import {
  dealMilestones,
  paymentRefunds,
  payments,
  payoutAccounts,
  tenants,
  webhookEvents,
} from '../../../schema/index';
import type { PaymentEvidence } from '../../../schema/payments';
import type { Deal, DealMilestone, Payment } from '../../../schema/types';
import type { Database } from '../../db';
import type { Deps } from '../../env';
import { requireTenantAdmin } from '../../lib/access';
import { Conflict, Invalid, NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import type { PaymentEvent, PaymentProvider } from '../../ports/payments';
import { dealFlowId } from '../deals/ids';
import { settleDeal, stepMilestone } from '../deals/milestone-steps';
import { MILESTONE_STEPS } from '../deals/states';
import { lockDeal, stepDeal } from '../deals/transitions';
import { postMovement } from '../ledger/service';
import { BankTransferProvider } from './bank-transfer/provider';
import { paymentReceived } from './ledger-rules';
import { applyRefundUpdate, executePendingRefunds, recordRefund } from './refund-execution';
import { bookRefund, lockPayment } from './refunds';
import { splitOf, transferGroup } from './release';
import { executeReversals } from './reversal-execution';
import { StripePaymentProvider } from './stripe/provider';

// DB-backed payments: one payment per milestone on the rail chosen by configuration, the
// receipt (admin confirmation or Stripe webhook) applied exactly once with its ledger lines,
// and on acceptance the release to seller, broker and tenant.

const providers = new WeakMap<Deps, PaymentProvider>();

/** Stripe when STRIPE_SECRET_KEY is set, else bank transfer to the BANK_* account; a host or test may inject its own. */
export function paymentProvider(deps: Deps): PaymentProvider {
  const injected = deps.extensions?.payments as PaymentProvider | undefined;
  if (injected) return injected;
  let provider = providers.get(deps);
  if (!provider) {
    const c = deps.config;
    provider = c.STRIPE_SECRET_KEY
      ? new StripePaymentProvider({
          secretKey: c.STRIPE_SECRET_KEY,
          webhookSecrets: [c.STRIPE_WEBHOOK_SECRET, c.STRIPE_CONNECT_WEBHOOK_SECRET].filter(
            (s): s is string => Boolean(s),
          ),
          ...(c.STRIPE_CONNECT_COUNTRY ? { defaultCountry: c.STRIPE_CONNECT_COUNTRY } : {}),
        })
      : new BankTransferProvider({
          account: {
            payeeName: c.BANK_PAYEE_NAME,
            bankName: c.BANK_NAME,
            accountNumber: c.BANK_ACCOUNT_NUMBER,
            ...(c.BANK_BRANCH ? { bankBranch: c.BANK_BRANCH } : {}),
          },
          clock: deps.clock,
        });
    providers.set(deps, provider);
  }
  return provider;
}

export interface PaymentContext extends ServiceContext {
  payments: PaymentProvider;
}

export { bookRelease, sendPayouts } from './release';

/**
 * Inside the transaction that holds the deal lock (deals/milestones.ts): the milestone's one
 * payment row, created once and reused on retry. The rail is called after the commit.
 */
export async function paymentRowOf(
  tx: Database,
  ctx: PaymentContext,
  deal: Deal,
  milestone: DealMilestone,
): Promise<Payment> {
  const [existing] = await tx.select().from(payments).where(eq(payments.milestoneId, milestone.id));
  if (existing) return existing;
  const id = dealFlowId('payment');
  const [row] = await tx
    .insert(payments)
    .values({
      id,
      tenantId: deal.tenantId,
      dealId: deal.id,
      milestoneId: milestone.id,
      rail: ctx.payments.rail,
      amount: milestone.amount,
      currency: milestone.currency,
      reference: id,
      split: splitOf(deal, milestone.amount, ctx.tenant),
    })
    .returning();
  if (!row) throw new Error('payment insert returned nothing');
  return row;
}

/**
 * After the commit: the provider's payment for the row (bank instructions with a reference, or
 * a PaymentIntent in the milestone's transfer group), once: the call uses the payment id as
 * idempotency key, so a retry gets the same one back.
 */
export async function openAtRail(
  ctx: PaymentContext,
  deal: Deal,
  milestone: DealMilestone,
  payment: Payment,
): Promise<Payment> {
  if (payment.providerRef) return payment;
  const created = await ctx.payments.createMilestonePayment({
    dealId: deal.id,
    milestoneId: milestone.id,
    amount: payment.amount,
    currency: payment.currency,
    transferGroup: transferGroup(payment),
    idempotencyKey: `milestone-payment:${payment.id}`,
    description: `${deal.title ?? deal.id} · ${milestone.title}`,
  });
  const instructions = created.instructions
    ? { ...created.instructions }
    : created.clientSecret
      ? { kind: 'card', clientSecret: created.clientSecret }
      : null;
  const [updated] = await ctx.db
    .update(payments)
    .set({
      providerRef: created.providerRef,
      reference: created.instructions?.reference ?? payment.reference,
      instructions,
      status: created.status === 'processing' ? 'processing' : payment.status,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(payments.id, payment.id), eq(payments.version, payment.version)))
    .returning();
  return updated ?? (await ctx.db.select().from(payments).where(eq(payments.id, payment.id)))[0] ?? payment;
}

/**
 * Applies a receipt once, inside `tx`: the guarded UPDATE of the payment is what makes a
 * repeated confirmation or webhook a no-op. Books buyer → escrow, marks the milestone paid and
 * starts the deal on its first receipt. Money arriving for a deal that was cancelled or
 * refunded meanwhile goes straight back to the buyer (`refundIds`: to send after the commit).
 * Returns applied: false when it was already applied.
 */
export async function applyPaymentSucceeded(
  tx: Database,
  ctx: ServiceContext,
  payment: Payment,
  fields: { sourceRef?: string; evidence?: PaymentEvidence; confirmedBy?: string },
): Promise<{ applied: boolean; eventIds: (string | null)[]; refundIds: string[] }> {
  const now = ctx.clock.now();
  // The deal first, then the payment: the lock order of every money path (no deadlock).
  const deal = await lockDeal(tx, payment.dealId);
  const [paid] = await tx
    .update(payments)
    .set({
      status: 'succeeded',
      paidAt: now,
      sourceRef: fields.sourceRef ?? null,
      evidence: fields.evidence ?? null,
      confirmedBy: fields.confirmedBy ?? null,
      version: sql`${payments.version} + 1`,
      updatedAt: now,
    })
    .where(
      and(
        eq(payments.id, payment.id),
        inArray(payments.status, ['requires_payment', 'processing', 'failed']),
      ),
    )
    .returning();
  if (!paid) return { applied: false, eventIds: [], refundIds: [] };
  await postMovement(
    tx,
    {
      tenantId: payment.tenantId,
      dealId: payment.dealId,
      paymentId: payment.id,
      key: `${payment.id}:received`,
      lines: paymentReceived({
        dealId: deal.id,
        milestoneId: payment.milestoneId,
        buyerOrgId: deal.buyerOrgId,
        amount: { amount: payment.amount, currency: payment.currency },
        rail: payment.rail,
      }),
    },
    now,
  );
  await tx
    .update(dealMilestones)
    .set({ status: 'paid', paidAt: now, updatedAt: now })
    .where(
      and(
        eq(dealMilestones.id, payment.milestoneId),
        inArray(dealMilestones.status, ['pending', 'awaiting_payment']),
      ),
    );
  const eventIds: (string | null)[] = [
    await recordChange(tx, ctx, {
      action: 'payment.succeeded',
      entityType: 'payment',
      entityId: payment.id,
      fromState: payment.status,
      toState: 'succeeded',
      data: { rail: payment.rail, amount: payment.amount, evidence: fields.evidence ?? null },
      topic: 'payment.succeeded',
      payload: { id: payment.id, dealId: payment.dealId, milestoneId: payment.milestoneId },
    }),
  ];
  const refundIds: string[] = [];
  if (deal.status === 'signed') eventIds.push((await stepDeal(tx, ctx, deal, 'start')).eventId);
  else if (deal.status === 'cancelled' || deal.status === 'refunded') {
    const booked = await bookRefund(tx, deal, paid, paid.amount, now);
    const refund = booked && (await recordRefund(tx, ctx, booked.payment, booked, 'late_payment'));
    if (refund) refundIds.push(refund.id);
  }
  return { applied: true, eventIds, refundIds };
}

/** A tenant admin records a bank-transfer receipt (对公转账到账) with its evidence. */
export async function confirmBankReceipt(
  ctx: ServiceContext | PaymentContext,
  paymentId: string,
  input: { amount: number; evidence: PaymentEvidence },
) {
  requireTenantAdmin(ctx.actor);
  const [payment] = await ctx.db
    .select()
    .from(payments)
    .where(and(eq(payments.id, paymentId), eq(payments.tenantId, ctx.tenant.id)));
  if (!payment) throw new NotFound('Payment', paymentId);
  if (payment.rail !== 'bank')
    throw new StateConflict('payment', `on the ${payment.rail} rail`, 'confirm by hand');
  if (input.amount !== payment.amount) {
    throw new Invalid(`The receipt of ${input.amount} does not match the payment of ${payment.amount}.`, [
      { path: 'amount', message: 'must equal the payment amount' },
    ]);
  }
  const confirmedBy =
    ctx.actor.kind === 'user' ? ctx.actor.user.id : ctx.actor.kind === 'key' ? ctx.actor.keyId : undefined;
  const result = await ctx.db.transaction(async (tx) => {
    const r = await applyPaymentSucceeded(tx, ctx, payment, { evidence: input.evidence, confirmedBy });
    if (!r.applied)
      throw new StateConflict(
        'payment',
        payment.status === 'succeeded' ? 'already confirmed' : payment.status,
        'confirm',
        ['requires_payment', 'processing', 'failed'],
      );
    return r;
  });
  await notifyAfterCommit(ctx, result.eventIds);
  // Without the rail at hand (a caller passing a bare ServiceContext) the refund stays pending,
  // listed on the deal for an admin to send.
  if ('payments' in ctx) await executePendingRefunds(ctx, ctx.payments, result.refundIds);
  return (await ctx.db.select().from(payments).where(eq(payments.id, paymentId)))[0] as Payment;
}

export async function paymentsOfDeal(db: Database, dealId: string) {
  return db.select().from(payments).where(eq(payments.dealId, dealId)).orderBy(asc(payments.id));
}

/**
 * Applies a verified provider event once. The event id is recorded in the same transaction as
 * its effect; a redelivery finds it and does nothing. Events for unknown payments and unknown
 * types are recorded as ignored (the provider stops retrying).
 */
export async function applyProviderEvent(
  base: ServiceContext,
  rail: 'stripe' | 'bank',
  event: PaymentEvent,
  provider?: PaymentProvider,
): Promise<{ outcome: string; duplicate: boolean }> {
  const payment = await paymentForEvent(base.db, event);
  const tenant = payment
    ? (await base.db.select().from(tenants).where(eq(tenants.id, payment.tenantId)))[0]
    : undefined;
  const ctx: ServiceContext = tenant ? { ...base, tenant, actor: { kind: 'anonymous' } } : base;
  const result = await base.db.transaction(async (tx) => {
    const [fresh] = await tx
      .insert(webhookEvents)
      .values({ id: event.id, rail, type: event.type, outcome: 'pending', receivedAt: ctx.clock.now() })
      .onConflictDoNothing()
      .returning();
    if (!fresh) return { outcome: 'duplicate', duplicate: true, eventIds: [], reversals: 0, refundIds: [] };
    const r = await applyEvent(tx, ctx, event, payment);
    // A refund reported before its payment (events arrive in any order): roll back, so the
    // event id stays unrecorded and the provider's retry applies it later.
    if (r.outcome === 'not_paid_yet')
      throw new Conflict(`Event ${event.id} refers to a payment not received yet; retry later.`);
    await tx.update(webhookEvents).set({ outcome: r.outcome }).where(eq(webhookEvents.id, event.id));
    return { duplicate: false, reversals: 0, refundIds: [], ...r };
  });
  await notifyAfterCommit(ctx, result.eventIds);
  // A refund of a released milestone claws the parties' payouts back at the rail.
  if (result.reversals > 0 && payment && provider) await executeReversals(ctx, provider, payment.id);
  if (provider) await executePendingRefunds(ctx, provider, result.refundIds);
  return { outcome: result.outcome, duplicate: result.duplicate };
}

async function paymentForEvent(db: Database, event: PaymentEvent): Promise<Payment | undefined> {
  if (event.type === 'refund.updated') {
    const [refund] = await db
      .select({ paymentId: paymentRefunds.paymentId })
      .from(paymentRefunds)
      .where(eq(paymentRefunds.providerRef, event.refundRef));
    if (refund) return (await db.select().from(payments).where(eq(payments.id, refund.paymentId)))[0];
    if (!event.providerRef) return undefined;
    return (await db.select().from(payments).where(eq(payments.providerRef, event.providerRef)))[0];
  }
  if (
    event.type !== 'payment.succeeded' &&
    event.type !== 'payment.failed' &&
    event.type !== 'refund.succeeded'
  )
    return undefined;
  const [byRef] = await db.select().from(payments).where(eq(payments.providerRef, event.providerRef));
  if (byRef) return byRef;
  if ('milestoneId' in event && event.milestoneId)
    return (await db.select().from(payments).where(eq(payments.milestoneId, event.milestoneId)))[0];
  return undefined;
}

interface EventEffect {
  outcome: string;
  eventIds: (string | null)[];
  reversals?: number;
  refundIds?: string[];
}

async function applyEvent(
  tx: Database,
  ctx: ServiceContext,
  event: PaymentEvent,
  payment: Payment | undefined,
): Promise<EventEffect> {
  const now = ctx.clock.now();
  switch (event.type) {
    case 'payment.succeeded': {
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      if (event.amount !== payment.amount || event.currency !== payment.currency)
        return { outcome: 'amount_mismatch', eventIds: [] };
      const [current] = await tx.select().from(payments).where(eq(payments.id, payment.id));
      const r = await applyPaymentSucceeded(tx, ctx, current ?? payment, { sourceRef: event.sourceRef });
      return {
        outcome: !r.applied
          ? 'already_paid'
          : r.refundIds.length > 0
            ? 'applied_refunding_late_payment'
            : 'applied',
        eventIds: r.eventIds,
        refundIds: r.refundIds,
      };
    }
    case 'payment.failed': {
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      // A failure reported after a success (events arrive in any order) changes nothing.
      const [row] = await tx
        .update(payments)
        .set({ status: 'failed', version: sql`${payments.version} + 1`, updatedAt: now })
        .where(and(eq(payments.id, payment.id), inArray(payments.status, ['requires_payment', 'processing'])))
        .returning();
      return { outcome: row ? 'marked_failed' : 'stale', eventIds: [] };
    }
    case 'refund.succeeded':
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      return applyProviderRefund(tx, ctx, event, payment, now);
    case 'refund.updated': {
      if (!payment) return { outcome: 'unknown_refund', eventIds: [] };
      // The deal lock orders this with the refund's own execution and with other refunds.
      await lockDeal(tx, payment.dealId);
      return { outcome: await applyRefundUpdate(tx, ctx, event), eventIds: [] };
    }
    case 'account.updated': {
      await tx
        .update(payoutAccounts)
        .set({ chargesEnabled: event.chargesEnabled, payoutsEnabled: event.payoutsEnabled, updatedAt: now })
        .where(eq(payoutAccounts.accountId, event.accountId));
      return { outcome: 'account_updated', eventIds: [] };
    }
    default:
      return { outcome: 'ignored', eventIds: [] };
  }
}

/**
 * Money went back at the provider (`charge.refunded`, cumulative): books what is new, records
 * it as a refund already done, and when nothing of the payment is left moves its milestone to
 * `refunded` and settles the deal (completed when the rest is accepted, refunded when nothing
 * holds money). The deal lock serializes this with acceptance (release), payouts and other
 * refunds; the cumulative figure makes it idempotent.
 */
async function applyProviderRefund(
  tx: Database,
  ctx: ServiceContext,
  event: Extract<PaymentEvent, { type: 'refund.succeeded' }>,
  payment: Payment,
  now: Date,
): Promise<EventEffect> {
  const paymentId = payment.id;
  const deal = await lockDeal(tx, payment.dealId);
  const current = await lockPayment(tx, paymentId);
  if (current.status !== 'succeeded' && current.status !== 'refunded')
    return { outcome: 'not_paid_yet', eventIds: [] };
  if (event.currency !== current.currency) return { outcome: 'currency_mismatch', eventIds: [] };
  const diff = event.amountRefunded - current.amountRefunded;
  if (diff <= 0) return { outcome: 'already_refunded', eventIds: [] };
  const booked = await bookRefund(tx, deal, current, diff, now);
  if (!booked) return { outcome: 'already_refunded', eventIds: [] };
  await recordRefund(tx, ctx, booked.payment, booked, 'provider');
  const eventIds: (string | null)[] = [];
  if (booked.total >= current.amount) {
    const [m] = await tx.select().from(dealMilestones).where(eq(dealMilestones.id, current.milestoneId));
    if (m && MILESTONE_STEPS.refund.from.includes(m.status)) {
      const data = { paymentId, released: booked.released, source: 'provider' };
      eventIds.push((await stepMilestone(tx, ctx, m, 'refund', {}, data)).eventId);
      // The last unsettled milestone refunded: the deal completes (some accepted) or is refunded.
      eventIds.push((await settleDeal(tx, ctx, deal, { paymentId, source: 'provider' })).eventId);
    }
  }
  return {
    outcome: booked.released ? 'refund_booked_release_reversed' : 'refund_booked',
    eventIds,
    reversals: booked.reversals.length,
  };
}

/** Connect onboarding for the caller's organization (seller), the caller (broker) or the tenant (admin). */
export async function onboardingLink(
  ctx: PaymentContext,
  party: { kind: 'organization' | 'user' | 'tenant'; id: string },
  urls: { refreshUrl: string; returnUrl: string },
  email?: string,
) {
  const [existing] = await ctx.db
    .select()
    .from(payoutAccounts)
    .where(
      and(
        eq(payoutAccounts.partyKind, party.kind),
        eq(payoutAccounts.partyId, party.id),
        eq(payoutAccounts.rail, ctx.payments.rail),
      ),
    );
  const link = await ctx.payments.createConnectOnboardingLink({
    accountId: existing?.accountId ?? null,
    party,
    email,
    ...urls,
  });
  if (!existing) {
    await ctx.db
      .insert(payoutAccounts)
      .values({
        id: dealFlowId('payoutAccount'),
        tenantId: ctx.tenant.id,
        partyKind: party.kind,
        partyId: party.id,
        rail: ctx.payments.rail,
        accountId: link.accountId,
      })
      .onConflictDoNothing();
  }
  return link;
}
