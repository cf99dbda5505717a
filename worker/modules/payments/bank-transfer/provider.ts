import type { Clock } from '../../../ports';
import {
  type ManualInstruction,
  type MilestonePayment,
  type MilestonePaymentRequest,
  type OnboardingLink,
  type OperationResult,
  type PaymentEvent,
  PaymentOperationUnsupported,
  type PaymentProvider,
  PaymentProviderError,
  type PaymentStatus,
  type RefundRequest,
  type TransferRequest,
  type TransferReversalRequest,
} from '../../../ports/payments';
import { chinaYear, deriveReference } from './reference';

// The offline rail (对公转账), the default when Stripe is not configured. Nothing here calls
// out: the buyer wires money to the platform's account with a reference in the remark, an
// admin confirms the receipt (the service then books the same ledger lines as a Stripe
// payment), and payouts and refunds become instructions for the finance team to execute.

export interface BankAccountDetails {
  /** 收款单位 (account holder), e.g. the platform operator's legal name. */
  payeeName: string;
  /** 开户银行 */
  bankName: string;
  /** 开户支行, optional. */
  bankBranch?: string;
  /** 银行账号 */
  accountNumber: string;
}

export interface BankTransferOptions {
  account: BankAccountDetails;
  clock: Clock;
  /**
   * True when `reference` already belongs to a payment with a different idempotency key
   * (look it up in the payments table). Optional: the unique index is the real guarantee.
   */
  isReferenceTaken?: (reference: string, idempotencyKey: string) => Promise<boolean>;
}

const MAX_ATTEMPTS = 5;

function assertAmount(amount: number): void {
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw new PaymentProviderError(
      'bank',
      `Amount must be a positive integer of minor units (got ${amount}).`,
      {
        retryable: false,
      },
    );
  }
}

export class BankTransferProvider implements PaymentProvider {
  readonly rail = 'bank' as const;

  constructor(private readonly options: BankTransferOptions) {
    const { payeeName, bankName, accountNumber } = options.account;
    if (!payeeName.trim() || !bankName.trim() || !accountNumber.trim()) {
      throw new Error('Bank transfer needs the payee name, bank name and account number.');
    }
  }

  /** Deterministic per idempotency key, moved along only when another payment holds it. */
  private async reference(kind: string, idempotencyKey: string): Promise<string> {
    const year = chinaYear(this.options.clock.now());
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const candidate = await deriveReference(year, `${kind}:${idempotencyKey}`, attempt);
      if (!(await this.options.isReferenceTaken?.(candidate, idempotencyKey))) return candidate;
    }
    throw new PaymentProviderError('bank', 'Could not find a free payment reference.', { retryable: true });
  }

  async createConnectOnboardingLink(): Promise<OnboardingLink> {
    throw new PaymentOperationUnsupported('bank', 'connected-account onboarding');
  }

  async createMilestonePayment(request: MilestonePaymentRequest): Promise<MilestonePayment> {
    assertAmount(request.amount);
    const reference = await this.reference('payment', request.idempotencyKey);
    const { account } = this.options;
    return {
      providerRef: reference,
      status: 'requires_customer_action',
      instructions: {
        kind: 'bank_transfer',
        payeeName: account.payeeName,
        bankName: account.bankName,
        ...(account.bankBranch ? { bankBranch: account.bankBranch } : {}),
        accountNumber: account.accountNumber,
        amount: request.amount,
        currency: request.currency,
        reference,
      },
    };
  }

  private async manual(
    kind: ManualInstruction['kind'],
    idempotencyKey: string,
    fields: Omit<ManualInstruction, 'kind' | 'reference'>,
  ): Promise<OperationResult> {
    assertAmount(fields.amount);
    const reference = await this.reference(kind, idempotencyKey);
    return { providerRef: reference, status: 'manual', instruction: { kind, reference, ...fields } };
  }

  releaseTransfer(request: TransferRequest): Promise<OperationResult> {
    return this.manual('payout', request.idempotencyKey, {
      counterparty: request.destination,
      amount: request.amount,
      currency: request.currency,
      memo: [request.description, `group ${request.transferGroup}`].filter(Boolean).join('; '),
    });
  }

  refund(request: RefundRequest): Promise<OperationResult> {
    return this.manual('refund', request.idempotencyKey, {
      // Back to the account the payment came from, found by the payment's reference.
      counterparty: request.paymentRef,
      amount: request.amount,
      currency: request.currency,
      memo: `refund of ${request.paymentRef}${request.reason ? ` (${request.reason})` : ''}`,
    });
  }

  /** Nothing to close at a bank: the instructions lapse with the deal, and a wire that arrives
   *  anyway is refunded when an admin records it. */
  async cancelPayment(): Promise<{ status: PaymentStatus }> {
    return { status: 'canceled' };
  }

  reverseTransfer(request: TransferReversalRequest): Promise<OperationResult> {
    return this.manual('payout_reversal', request.idempotencyKey, {
      counterparty: request.transferRef,
      amount: request.amount,
      currency: request.currency,
      memo: `claw back from payout ${request.transferRef}`,
    });
  }

  async parseWebhook(): Promise<PaymentEvent> {
    // Receipts are confirmed by an admin (POST /v1/payments/{id}/confirm), never by a callback.
    throw new PaymentOperationUnsupported('bank', 'webhooks');
  }
}
