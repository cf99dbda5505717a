import type Stripe from 'stripe';
import {
  type CancelPaymentRequest,
  type MilestonePayment,
  type MilestonePaymentRequest,
  type OnboardingLink,
  type OnboardingRequest,
  type OperationResult,
  type PaymentEvent,
  type PaymentProvider,
  PaymentProviderError,
  type PaymentStatus,
  type RefundRequest,
  type TransferRequest,
  type TransferReversalRequest,
} from '../../../ports/payments';
import { isCurrency } from '../money';
import { createStripeClient, type StripeSettings } from './client';
import { callStripe } from './errors';
import { paymentStatus, refundStatus } from './status';
import { dispatchStripeEvent } from './webhooks/dispatch';
import { verifyStripeWebhook } from './webhooks/verify';

// Stripe Connect with separate charges and transfers: the buyer pays the platform (one
// PaymentIntent per milestone, tagged with the milestone's transfer_group); on acceptance the
// platform transfers each payee's share to its connected account in the same group and keeps
// its fee. All calls run on the platform account, so none sends a Stripe-Account header.

function lower(currency: string): string {
  return currency.toLowerCase();
}

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new PaymentProviderError(
      'stripe',
      `Amount must be a positive integer of minor units (got ${amount}).`,
      {
        retryable: false,
      },
    );
  }
}

export class StripePaymentProvider implements PaymentProvider {
  readonly rail = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(
    private readonly settings: StripeSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.stripe = createStripeClient(settings);
  }

  async createConnectOnboardingLink(request: OnboardingRequest): Promise<OnboardingLink> {
    const accountId = request.accountId ?? (await this.createConnectedAccount(request));
    const link = await callStripe('create an onboarding link', () =>
      this.stripe.accountLinks.create({
        account: accountId,
        refresh_url: request.refreshUrl,
        return_url: request.returnUrl,
        type: 'account_onboarding',
      }),
    );
    return { accountId, url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  /** A recipient account: Stripe collects requirements, the platform pays fees and bears losses
   *  (the controller set Stripe documents for separate charges and transfers). */
  private async createConnectedAccount(request: OnboardingRequest): Promise<string> {
    const account = await callStripe('create a connected account', () =>
      this.stripe.accounts.create(
        {
          country: request.country ?? this.settings.defaultCountry,
          email: request.email,
          controller: {
            fees: { payer: 'application' },
            losses: { payments: 'application' },
            requirement_collection: 'stripe',
            stripe_dashboard: { type: 'express' },
          },
          capabilities: { transfers: { requested: true } },
          metadata: { party_kind: request.party.kind, party_id: request.party.id },
        },
        // One account per party even if the first response was lost and the call is retried.
        { idempotencyKey: `connect-account:${request.party.kind}:${request.party.id}` },
      ),
    );
    return account.id;
  }

  async createMilestonePayment(request: MilestonePaymentRequest): Promise<MilestonePayment> {
    assertAmount(request.amount);
    const intent = await callStripe('create a milestone payment', () =>
      this.stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: lower(request.currency),
          transfer_group: request.transferGroup,
          description: request.description,
          automatic_payment_methods: { enabled: true },
          metadata: { deal_id: request.dealId, milestone_id: request.milestoneId },
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return {
      providerRef: intent.id,
      status: paymentStatus(intent.status),
      ...(intent.client_secret ? { clientSecret: intent.client_secret } : {}),
    };
  }

  async releaseTransfer(request: TransferRequest): Promise<OperationResult> {
    assertAmount(request.amount);
    const transfer = await callStripe('transfer a release', () =>
      this.stripe.transfers.create(
        {
          amount: request.amount,
          currency: lower(request.currency),
          destination: request.destination,
          transfer_group: request.transferGroup,
          ...(request.description ? { description: request.description } : {}),
          ...(request.sourceRef ? { source_transaction: request.sourceRef } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    // A transfer moves between Stripe balances at once: there is no pending state to wait for.
    return { providerRef: transfer.id, status: 'succeeded' };
  }

  async refund(request: RefundRequest): Promise<OperationResult> {
    assertAmount(request.amount);
    const refund = await callStripe('refund a payment', () =>
      this.stripe.refunds.create(
        {
          payment_intent: request.paymentRef,
          amount: request.amount,
          ...(request.reason ? { reason: request.reason } : {}),
        },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    if (!isCurrency(refund.currency.toUpperCase()) || refund.currency.toUpperCase() !== request.currency) {
      throw new PaymentProviderError(
        'stripe',
        `Refund came back in ${refund.currency}, expected ${request.currency}.`,
        {
          retryable: false,
        },
      );
    }
    return { providerRef: refund.id, status: refundStatus(refund.status) };
  }

  /** Stripe cancels an intent in requires_payment_method, requires_confirmation, requires_action,
   *  requires_capture or (rarely) processing; a succeeded one answers 400 (the receipt then
   *  refunds it). */
  async cancelPayment(request: CancelPaymentRequest): Promise<{ status: PaymentStatus }> {
    const intent = await callStripe('cancel a milestone payment', () =>
      this.stripe.paymentIntents.cancel(
        request.paymentRef,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { status: paymentStatus(intent.status) };
  }

  async reverseTransfer(request: TransferReversalRequest): Promise<OperationResult> {
    assertAmount(request.amount);
    const reversal = await callStripe('reverse a transfer', () =>
      this.stripe.transfers.createReversal(
        request.transferRef,
        { amount: request.amount },
        { idempotencyKey: request.idempotencyKey },
      ),
    );
    return { providerRef: reversal.id, status: 'succeeded' };
  }

  async parseWebhook(rawBody: string | Uint8Array, headers: Headers): Promise<PaymentEvent> {
    const event = await verifyStripeWebhook(rawBody, headers, {
      secrets: this.settings.webhookSecrets,
      toleranceSeconds: this.settings.webhookToleranceSeconds ?? 300,
      receivedAtMs: this.now(),
    });
    return dispatchStripeEvent(event);
  }
}
