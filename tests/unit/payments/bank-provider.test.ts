import { describe, expect, it } from 'vitest';
import { BankTransferProvider } from '../../../worker/modules/payments/bank-transfer/provider';
import { isValidReference } from '../../../worker/modules/payments/bank-transfer/reference';
import { PaymentOperationUnsupported, PaymentProviderError } from '../../../worker/ports/payments';

const account = {
  payeeName: '某某科技大市场运营有限公司',
  bankName: '中国工商银行',
  bankBranch: '某某支行',
  accountNumber: '6222 0000 1111 2222',
};
const clock = { now: () => new Date('2026-05-01T08:00:00Z') };
const payment = {
  dealId: 'deal_1',
  milestoneId: 'ms_1',
  amount: 30000000,
  currency: 'CNY' as const,
  transferGroup: 'deal_1:ms_1',
  idempotencyKey: 'idem-pay-1',
  description: 'Milestone 1 of deal_1',
};

describe('BankTransferProvider', () => {
  it('answers a milestone payment with wire instructions and a checkable reference', async () => {
    const provider = new BankTransferProvider({ account, clock });
    const result = await provider.createMilestonePayment(payment);
    expect(result.status).toBe('requires_customer_action');
    expect(result.providerRef).toMatch(/^TM-2026-/);
    expect(isValidReference(result.providerRef)).toBe(true);
    expect(result.instructions).toEqual({
      kind: 'bank_transfer',
      ...account,
      amount: 30000000,
      currency: 'CNY',
      reference: result.providerRef,
    });
    expect(result.clientSecret).toBeUndefined();
  });

  it('gives the same reference to a retried request and a new one to a new key', async () => {
    const provider = new BankTransferProvider({ account, clock });
    const first = await provider.createMilestonePayment(payment);
    expect((await provider.createMilestonePayment(payment)).providerRef).toBe(first.providerRef);
    expect(
      (await provider.createMilestonePayment({ ...payment, idempotencyKey: 'idem-pay-2' })).providerRef,
    ).not.toBe(first.providerRef);
  });

  it('moves to another reference when another payment holds it, and gives up after five', async () => {
    const taken = new Set<string>();
    const provider = new BankTransferProvider({
      account,
      clock,
      isReferenceTaken: async (ref) => taken.has(ref),
    });
    const first = await provider.createMilestonePayment(payment);
    taken.add(first.providerRef);
    const second = await provider.createMilestonePayment(payment);
    expect(second.providerRef).not.toBe(first.providerRef);
    const stuck = new BankTransferProvider({ account, clock, isReferenceTaken: async () => true });
    await expect(stuck.createMilestonePayment(payment)).rejects.toBeInstanceOf(PaymentProviderError);
  });

  it('records payouts, refunds and reversals as instructions for finance', async () => {
    const provider = new BankTransferProvider({ account, clock });
    const payout = await provider.releaseTransfer({
      destination: 'org_uni',
      amount: 27_000_000,
      currency: 'CNY',
      transferGroup: 'deal_1:ms_1',
      idempotencyKey: 'idem-release-seller',
      description: 'seller net of ms_1',
    });
    expect(payout.status).toBe('manual');
    expect(payout.instruction).toMatchObject({
      kind: 'payout',
      counterparty: 'org_uni',
      amount: 27_000_000,
      currency: 'CNY',
      memo: 'seller net of ms_1; group deal_1:ms_1',
      reference: payout.providerRef,
    });
    const refund = await provider.refund({
      paymentRef: 'TM-2026-AAAA-AAAA',
      amount: 100,
      currency: 'CNY',
      idempotencyKey: 'r1',
    });
    expect(refund.instruction).toMatchObject({
      kind: 'refund',
      counterparty: 'TM-2026-AAAA-AAAA',
      amount: 100,
    });
    const reversal = await provider.reverseTransfer({
      transferRef: payout.providerRef,
      amount: 50,
      currency: 'CNY',
      idempotencyKey: 'v1',
    });
    expect(reversal.instruction).toMatchObject({
      kind: 'payout_reversal',
      counterparty: payout.providerRef,
      amount: 50,
    });
    expect(new Set([payout.providerRef, refund.providerRef, reversal.providerRef]).size).toBe(3);
  });

  it('has nothing to cancel at the bank: open wire instructions simply lapse', async () => {
    const provider = new BankTransferProvider({ account, clock });
    expect(await provider.cancelPayment()).toEqual({ status: 'canceled' });
  });

  it('does not do webhooks or Connect onboarding (typed errors)', async () => {
    const provider = new BankTransferProvider({ account, clock });
    await expect(provider.parseWebhook()).rejects.toBeInstanceOf(PaymentOperationUnsupported);
    await expect(provider.createConnectOnboardingLink()).rejects.toMatchObject({
      code: 'bad-request',
      extra: { rail: 'bank', operation: 'connected-account onboarding' },
    });
  });

  it('refuses non-positive or fractional amounts', async () => {
    const provider = new BankTransferProvider({ account, clock });
    await expect(provider.createMilestonePayment({ ...payment, amount: 0 })).rejects.toBeInstanceOf(
      PaymentProviderError,
    );
    await expect(
      provider.refund({ paymentRef: 'x', amount: 1.5, currency: 'CNY', idempotencyKey: 'k' }),
    ).rejects.toBeInstanceOf(PaymentProviderError);
  });

  it('refuses to start without the bank account details', () => {
    expect(() => new BankTransferProvider({ account: { ...account, accountNumber: ' ' }, clock })).toThrow(
      /account number/,
    );
  });
});
