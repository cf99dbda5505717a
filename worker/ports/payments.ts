import type { Currency } from '../../schema/enums';
import { DomainError } from '../lib/errors';

// The PaymentProvider port: what the deal services need from a payment rail, and nothing of
// how a rail does it. Two adapters: Stripe Connect (separate charges and transfers) and the
// offline bank transfer (对公转账), where outgoing money is an instruction for the finance team.
// Amounts are integer minor units of `currency`; every call that moves money takes an
// idempotency key, so a retried request can never move money twice.

export type PaymentRailName = 'stripe' | 'bank';

/** succeeded: done at the provider. pending: the provider will report the outcome (webhook).
 *  manual: recorded as an instruction that a person executes and an admin confirms. */
export type OperationStatus = 'succeeded' | 'pending' | 'failed' | 'manual';

/** requires_customer_action: the buyer must still pay (confirm a card, or wire the money). */
export type PaymentStatus = 'requires_customer_action' | 'processing' | 'succeeded' | 'failed' | 'canceled';

export interface OnboardingRequest {
  /** The provider account if the party already has one; otherwise the adapter creates it. */
  accountId?: string | null;
  party: { kind: 'organization' | 'user' | 'tenant'; id: string };
  email?: string;
  /** ISO 3166-1 alpha-2, for a new account. */
  country?: string;
  refreshUrl: string;
  returnUrl: string;
}

export interface OnboardingLink {
  accountId: string;
  url: string;
  expiresAt: Date;
}

export interface MilestonePaymentRequest {
  dealId: string;
  milestoneId: string;
  amount: number;
  currency: Currency;
  /** Ties the payment and every later transfer of the same milestone together. */
  transferGroup: string;
  idempotencyKey: string;
  description: string;
}

/** What the buyer needs to wire money: shown on the milestone page and in the email. */
export interface PaymentInstructions {
  kind: 'bank_transfer';
  payeeName: string;
  bankName: string;
  bankBranch?: string;
  accountNumber: string;
  amount: number;
  currency: Currency;
  /** Must be written in the transfer's remark (附言) so finance can match the receipt. */
  reference: string;
}

export interface MilestonePayment {
  providerRef: string;
  status: PaymentStatus;
  /** Card rails: the browser confirms the payment with it. Not a secret key, but never log it. */
  clientSecret?: string;
  instructions?: PaymentInstructions;
}

/** Money the platform must execute by hand (bank rail): recorded, then confirmed by an admin. */
export interface ManualInstruction {
  kind: 'payout' | 'refund' | 'payout_reversal';
  reference: string;
  /** Who receives the money: a payee account id for payouts, the original payment for refunds. */
  counterparty: string;
  amount: number;
  currency: Currency;
  memo: string;
}

export interface TransferRequest {
  /** The payee's provider account (Stripe `acct_…`; for the bank rail, the payee's internal id). */
  destination: string;
  amount: number;
  currency: Currency;
  transferGroup: string;
  idempotencyKey: string;
  description?: string;
  /** The provider's reference of the received funds this pays out of (Stripe: the charge id),
   *  so the transfer can run before those funds settle. */
  sourceRef?: string;
}

export interface RefundRequest {
  /** `providerRef` of the milestone payment. */
  paymentRef: string;
  amount: number;
  currency: Currency;
  idempotencyKey: string;
  reason?: 'requested_by_customer' | 'duplicate' | 'fraudulent';
}

export interface CancelPaymentRequest {
  /** `providerRef` of the milestone payment. */
  paymentRef: string;
  idempotencyKey: string;
}

export interface TransferReversalRequest {
  transferRef: string;
  amount: number;
  currency: Currency;
  idempotencyKey: string;
}

export interface OperationResult {
  providerRef: string;
  status: OperationStatus;
  instruction?: ManualInstruction;
}

interface EventBase {
  /** The provider's event id: record it, so a redelivered event is applied at most once. */
  id: string;
  /** Seconds since the epoch, as the provider stamped the event. */
  created: number;
}

export type PaymentEvent =
  | (EventBase & {
      type: 'payment.succeeded';
      providerRef: string;
      amount: number;
      currency: Currency;
      dealId?: string;
      milestoneId?: string;
      /** For `TransferRequest.sourceRef`. */
      sourceRef?: string;
    })
  | (EventBase & {
      type: 'payment.failed';
      providerRef: string;
      dealId?: string;
      milestoneId?: string;
      failureCode?: string;
      failureMessage?: string;
    })
  | (EventBase & {
      type: 'refund.succeeded';
      /** The refunded payment's `providerRef`. */
      providerRef: string;
      /** Cumulative amount refunded so far on that payment (replays stay idempotent). */
      amountRefunded: number;
      currency: Currency;
      fullyRefunded: boolean;
    })
  | (EventBase & {
      /** One refund's outcome changed (Stripe `refund.updated`, `refund.failed`, `charge.refund.updated`). */
      type: 'refund.updated';
      /** The provider's refund id (what `refund()` returned as providerRef). */
      refundRef: string;
      /** The refunded payment's `providerRef`, when the provider says. */
      providerRef?: string;
      status: OperationStatus;
      amount: number;
      currency: Currency;
      failureReason?: string;
    })
  | (EventBase & {
      type: 'account.updated';
      accountId: string;
      chargesEnabled: boolean;
      payoutsEnabled: boolean;
      detailsSubmitted: boolean;
      /** Whether the account can receive transfers: what release payouts need. */
      transfersActive: boolean;
    })
  | (EventBase & { type: 'ignored'; providerType: string });

export type PaymentEventType = PaymentEvent['type'];

export interface PaymentProvider {
  readonly rail: PaymentRailName;
  createConnectOnboardingLink(request: OnboardingRequest): Promise<OnboardingLink>;
  createMilestonePayment(request: MilestonePaymentRequest): Promise<MilestonePayment>;
  /** One call per payee (seller, broker, tenant); the platform fee simply stays. */
  releaseTransfer(request: TransferRequest): Promise<OperationResult>;
  refund(request: RefundRequest): Promise<OperationResult>;
  /** Closes a milestone payment that will not be needed (its deal closed): the buyer can no
   *  longer pay it. Fails when the money already arrived (then it is refunded on receipt). */
  cancelPayment(request: CancelPaymentRequest): Promise<{ status: PaymentStatus }>;
  reverseTransfer(request: TransferReversalRequest): Promise<OperationResult>;
  /** Verifies and normalizes an incoming webhook; throws WebhookVerificationError when forged. */
  parseWebhook(rawBody: string | Uint8Array, headers: Headers): Promise<PaymentEvent>;
}

export type WebhookFailure =
  | 'missing-signature'
  | 'bad-signature'
  | 'stale-timestamp'
  | 'malformed-payload'
  | 'not-configured';

/** Answer 400 and apply nothing: the request did not come from the provider, or is a replay outside tolerance. */
export class WebhookVerificationError extends DomainError {
  constructor(
    readonly reason: WebhookFailure,
    message: string,
  ) {
    super('bad-request', message, { reason });
  }
}

/** The rail cannot do this at all (e.g. webhooks or onboarding for bank transfers). */
export class PaymentOperationUnsupported extends DomainError {
  constructor(rail: PaymentRailName, operation: string) {
    super('bad-request', `The ${rail} payment rail does not support ${operation}.`, { rail, operation });
  }
}

/**
 * The provider refused or failed. `retryable`: the same request may succeed later (outage,
 * rate limit). `misconfigured`: our key or account setup is wrong, which is not the caller's
 * fault either. Both answer 503; anything else (declined, insufficient balance) answers 409.
 */
export class PaymentProviderError extends DomainError {
  constructor(
    readonly rail: PaymentRailName,
    message: string,
    readonly details: {
      providerCode?: string;
      httpStatus?: number;
      retryable: boolean;
      misconfigured?: boolean;
      requestId?: string;
    },
  ) {
    super(details.retryable || details.misconfigured ? 'unavailable' : 'conflict', message, {
      rail,
      providerCode: details.providerCode,
    });
  }
}
