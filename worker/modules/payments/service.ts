import { and, asc, eq, inArray } from 'drizzle-orm';
import { dealMilestones, payments, payoutAccounts, tenants, webhookEvents } from '../../../schema/index';
import type { PaymentEvidence, PaymentSplit, PaymentTransfer } from '../../../schema/payments';
import type { Deal, DealMilestone, Payment, Tenant } from '../../../schema/types';
import type { Database } from '../../db';
import type { Deps } from '../../env';
import { requireTenantAdmin } from '../../lib/access';
import { Conflict, Invalid, NotFound, StateConflict } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import type { PaymentEvent, PaymentProvider } from '../../ports/payments';
import { dealFlowId } from '../deals/ids';
import { lockDeal, stepDeal } from '../deals/transitions';
import { postMovement } from '../ledger/service';
import { BankTransferProvider } from './bank-transfer/provider';
import { computeFees } from './fees';
import {
  accounts,
  escrowRefunded,
  type LedgerAccount,
  milestoneReleased,
  paymentReceived,
  payoutSent,
} from './ledger-rules';
import { bookRefund, executeReversals, shareAfterRefunds } from './refunds';
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

const splitOf = (deal: Deal, amount: number, tenant: Tenant): PaymentSplit => {
  const f = computeFees({ amount, currency: deal.currency }, tenant.feePolicy, {
    hasBroker: Boolean(deal.brokerUserId),
  });
  return {
    gross: amount,
    platformFee: f.platformFee.amount,
    tenantShare: f.tenantShare.amount,
    brokerCommission: f.brokerCommission.amount,
    sellerNet: f.sellerNet.amount,
  };
};

/**
 * The buyer starts paying a milestone: one payment row (created once, reused on retry) and the
 * provider's payment (bank instructions with a reference, or a PaymentIntent in the deal's
 * transfer group). The provider call uses the payment id as idempotency key.
 */
export async function startMilestonePayment(
  ctx: PaymentContext,
  deal: Deal,
  milestone: DealMilestone,
): Promise<Payment> {
  const [existing] = await ctx.db.select().from(payments).where(eq(payments.milestoneId, milestone.id));
  let payment = existing;
  if (!payment) {
    const id = dealFlowId('payment');
    const [row] = await ctx.db
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
      .onConflictDoNothing()
      .returning();
    payment = row ?? (await ctx.db.select().from(payments).where(eq(payments.milestoneId, milestone.id)))[0];
  }
  if (!payment) throw new Error('payment vanished');
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

const transferGroup = (p: Payment) => `${p.dealId}:${p.milestoneId}`;

/**
 * Applies a receipt once, inside `tx`: the guarded UPDATE of the payment is what makes a
 * repeated confirmation or webhook a no-op. Books buyer → escrow, marks the milestone paid and
 * starts the deal on its first receipt. Returns false when it was already applied.
 */
export async function applyPaymentSucceeded(
  tx: Database,
  ctx: ServiceContext,
  payment: Payment,
  fields: { sourceRef?: string; evidence?: PaymentEvidence; confirmedBy?: string },
): Promise<{ applied: boolean; eventIds: (string | null)[] }> {
  const now = ctx.clock.now();
  const [paid] = await tx
    .update(payments)
    .set({
      status: 'succeeded',
      paidAt: now,
      sourceRef: fields.sourceRef ?? null,
      evidence: fields.evidence ?? null,
      confirmedBy: fields.confirmedBy ?? null,
      version: payment.version + 1,
      updatedAt: now,
    })
    .where(
      and(
        eq(payments.id, payment.id),
        inArray(payments.status, ['requires_payment', 'processing', 'failed']),
      ),
    )
    .returning();
  if (!paid) return { applied: false, eventIds: [] };
  const deal = await lockDeal(tx, payment.dealId);
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
  if (deal.status === 'signed') eventIds.push((await stepDeal(tx, ctx, deal, 'start')).eventId);
  return { applied: true, eventIds };
}

/** A tenant admin records a bank-transfer receipt (对公转账到账) with its evidence. */
export async function confirmBankReceipt(
  ctx: ServiceContext,
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
  return (await ctx.db.select().from(payments).where(eq(payments.id, paymentId)))[0] as Payment;
}

/** Inside the acceptance transaction: escrow → seller net, broker, tenant, platform fee. */
export async function bookRelease(tx: Database, deal: Deal, payment: Payment, at: Date) {
  const c = payment.currency;
  const s = payment.split;
  const m = (amount: number) => ({ amount, currency: c });
  const lines = milestoneReleased({
    dealId: deal.id,
    milestoneId: payment.milestoneId,
    sellerOrgId: deal.sellerOrgId,
    brokerUserId: deal.brokerUserId,
    tenantId: deal.tenantId,
    breakdown: {
      gross: m(s.gross),
      platformFee: m(s.platformFee),
      tenantShare: m(s.tenantShare),
      brokerCommission: m(s.brokerCommission),
      sellerNet: m(s.sellerNet),
    },
  });
  await postMovement(
    tx,
    { tenantId: deal.tenantId, dealId: deal.id, paymentId: payment.id, key: `${payment.id}:released`, lines },
    at,
  );
}

/**
 * After the release is committed: pays each party its share through the rail (Stripe
 * transfers in the milestone's transfer group; bank: payout instructions for finance). A
 * party without a connected account keeps its balance owed. Each transfer has its own
 * idempotency key, so a retried release never pays twice.
 */
export async function sendPayouts(
  ctx: PaymentContext,
  deal: Deal,
  paymentId: string,
): Promise<PaymentTransfer[]> {
  const [payment] = await ctx.db.select().from(payments).where(eq(payments.id, paymentId));
  if (!payment) throw new NotFound('Payment', paymentId);
  const parties: {
    party: PaymentTransfer['party'];
    kind: 'organization' | 'user' | 'tenant';
    id: string | null;
    amount: number;
    account: LedgerAccount | null;
  }[] = [
    {
      party: 'seller',
      kind: 'organization',
      id: deal.sellerOrgId,
      amount: shareAfterRefunds(payment, 'seller'),
      account: accounts.seller(deal.sellerOrgId),
    },
    {
      party: 'broker',
      kind: 'user',
      id: deal.brokerUserId,
      amount: shareAfterRefunds(payment, 'broker'),
      account: deal.brokerUserId ? accounts.broker(deal.brokerUserId) : null,
    },
    {
      party: 'tenant',
      kind: 'tenant',
      id: deal.tenantId,
      amount: shareAfterRefunds(payment, 'tenant'),
      account: accounts.tenant(deal.tenantId),
    },
  ];
  const done = new Map(payment.transfers.map((t) => [t.party, t]));
  const shareKey = { seller: 'sellerNet', broker: 'brokerCommission', tenant: 'tenantShare' } as const;
  const results: PaymentTransfer[] = [];
  for (const p of parties) {
    const previous = done.get(p.party);
    if (previous && previous.status !== 'failed' && previous.status !== 'no_account') {
      results.push(previous);
      continue;
    }
    if (!p.id || !p.account || p.amount <= 0) continue;
    const destination = payment.rail === 'bank' ? p.id : await connectedAccount(ctx.db, p.kind, p.id);
    if (!destination) {
      results.push({
        party: p.party,
        destination: null,
        amount: p.amount,
        providerRef: null,
        status: 'no_account',
      });
      continue;
    }
    try {
      const r = await ctx.payments.releaseTransfer({
        destination,
        amount: p.amount,
        currency: payment.currency,
        transferGroup: transferGroup(payment),
        // The first key stays the same for the full share; a share reduced by a refund is a new request.
        idempotencyKey:
          p.amount === payment.split[shareKey[p.party]]
            ? `release:${payment.id}:${p.party}`
            : `release:${payment.id}:${p.party}:${p.amount}`,
        description: `${p.party} share of ${payment.milestoneId}`,
        ...(payment.sourceRef ? { sourceRef: payment.sourceRef } : {}),
      });
      results.push({
        party: p.party,
        destination,
        amount: p.amount,
        providerRef: r.providerRef,
        status: r.status,
      });
      if (r.status === 'succeeded') {
        const lines = payoutSent({
          party: p.account,
          amount: { amount: p.amount, currency: payment.currency },
          rail: payment.rail,
          memo: `${p.party} payout ${r.providerRef}`,
        });
        await ctx.db.transaction((tx) =>
          postMovement(
            tx,
            {
              tenantId: deal.tenantId,
              dealId: deal.id,
              paymentId: payment.id,
              key: `${payment.id}:payout:${p.party}`,
              lines,
            },
            ctx.clock.now(),
          ),
        );
      }
    } catch (error) {
      ctx.logger.warn('payout failed; retried on the next release call', {
        paymentId: payment.id,
        party: p.party,
        error: String(error),
      });
      results.push({ party: p.party, destination, amount: p.amount, providerRef: null, status: 'failed' });
    }
  }
  await ctx.db
    .update(payments)
    .set({ transfers: results, updatedAt: ctx.clock.now() })
    .where(eq(payments.id, payment.id));
  return results;
}

async function connectedAccount(
  db: Database,
  kind: 'organization' | 'user' | 'tenant',
  id: string,
): Promise<string | null> {
  const [row] = await db
    .select({ accountId: payoutAccounts.accountId })
    .from(payoutAccounts)
    .where(
      and(
        eq(payoutAccounts.partyKind, kind),
        eq(payoutAccounts.partyId, id),
        eq(payoutAccounts.rail, 'stripe'),
      ),
    );
  return row?.accountId ?? null;
}

/** Inside a transaction: money still held in escrow for this payment goes back to the buyer. */
export async function bookEscrowRefund(
  tx: Database,
  deal: Deal,
  payment: Payment,
  at: Date,
  amount = payment.amount - payment.amountRefunded,
) {
  if (amount <= 0) return false;
  const lines = escrowRefunded({
    dealId: deal.id,
    milestoneId: payment.milestoneId,
    buyerOrgId: deal.buyerOrgId,
    amount: { amount, currency: payment.currency },
  });
  const total = payment.amountRefunded + amount;
  const booked = await postMovement(
    tx,
    {
      tenantId: deal.tenantId,
      dealId: deal.id,
      paymentId: payment.id,
      key: `${payment.id}:refund:${total}`,
      lines,
    },
    at,
  );
  if (booked) {
    await tx
      .update(payments)
      .set({
        amountRefunded: total,
        status: total >= payment.amount ? 'refunded' : payment.status,
        version: payment.version + 1,
        updatedAt: at,
      })
      .where(eq(payments.id, payment.id));
  }
  return booked;
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
    if (!fresh)
      return { outcome: 'duplicate', duplicate: true, eventIds: [] as (string | null)[], reversals: 0 };
    const { outcome, eventIds, reversals = 0 } = await applyEvent(tx, ctx, event, payment);
    // A refund reported before its payment (events arrive in any order): roll back, so the
    // event id stays unrecorded and the provider's retry applies it later.
    if (outcome === 'not_paid_yet')
      throw new Conflict(`Event ${event.id} refers to a payment not received yet; retry later.`);
    await tx.update(webhookEvents).set({ outcome }).where(eq(webhookEvents.id, event.id));
    return { outcome, duplicate: false, eventIds, reversals };
  });
  await notifyAfterCommit(ctx, result.eventIds);
  // A refund of a released milestone claws the parties' payouts back at the rail.
  if (result.reversals > 0 && payment && provider)
    await executeReversals(ctx.db, provider, payment.id, (m, d) => ctx.logger.error(m, d));
  return { outcome: result.outcome, duplicate: result.duplicate };
}

async function paymentForEvent(db: Database, event: PaymentEvent): Promise<Payment | undefined> {
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

async function applyEvent(
  tx: Database,
  ctx: ServiceContext,
  event: PaymentEvent,
  payment: Payment | undefined,
): Promise<{ outcome: string; eventIds: (string | null)[]; reversals?: number }> {
  const now = ctx.clock.now();
  switch (event.type) {
    case 'payment.succeeded': {
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      if (event.amount !== payment.amount || event.currency !== payment.currency)
        return { outcome: 'amount_mismatch', eventIds: [] };
      const [current] = await tx.select().from(payments).where(eq(payments.id, payment.id));
      const r = await applyPaymentSucceeded(tx, ctx, current ?? payment, { sourceRef: event.sourceRef });
      return { outcome: r.applied ? 'applied' : 'already_paid', eventIds: r.eventIds };
    }
    case 'payment.failed': {
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      // A failure reported after a success (events arrive in any order) changes nothing.
      const [row] = await tx
        .update(payments)
        .set({ status: 'failed', updatedAt: now })
        .where(and(eq(payments.id, payment.id), inArray(payments.status, ['requires_payment', 'processing'])))
        .returning();
      return { outcome: row ? 'marked_failed' : 'stale', eventIds: [] };
    }
    case 'refund.succeeded': {
      if (!payment) return { outcome: 'unknown_payment', eventIds: [] };
      // The deal lock serializes this with acceptance (release) and other refunds of the deal.
      const deal = await lockDeal(tx, payment.dealId);
      const [current] = await tx.select().from(payments).where(eq(payments.id, payment.id));
      if (!current || (current.status !== 'succeeded' && current.status !== 'refunded'))
        return { outcome: 'not_paid_yet', eventIds: [] };
      if (event.currency !== current.currency) return { outcome: 'currency_mismatch', eventIds: [] };
      const diff = event.amountRefunded - current.amountRefunded;
      if (diff <= 0) return { outcome: 'already_refunded', eventIds: [] };
      const booked = await bookRefund(tx, deal, current, diff, now);
      if (!booked) return { outcome: 'already_refunded', eventIds: [] };
      return {
        outcome: booked.released ? 'refund_booked_release_reversed' : 'refund_booked',
        eventIds: [],
        reversals: booked.reversals.length,
      };
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
