import { describe, expect, it } from 'vitest';
import { computeFees, type FeePolicy, prorateRefund } from '../../../worker/modules/payments/fees';
import {
  accounts,
  assertBalanced,
  balances,
  escrowRefunded,
  isBalanced,
  LedgerImbalance,
  type LedgerLine,
  milestoneReleased,
  paymentReceived,
  payoutReversed,
  payoutSent,
  releaseReversed,
  sumByCurrency,
} from '../../../worker/modules/payments/ledger-rules';
import { allocateBps, MoneyError, money } from '../../../worker/modules/payments/money';
import { randomAmount, randomInt, seededRandom } from './support/prng';

const cny = (amount: number) => money(amount, 'CNY');
const POLICY: FeePolicy = {
  platformFeeBps: 300,
  platformFeeMin: 10_000,
  tenantShareBps: 100,
  brokerCommissionBps: 200,
  brokerCommissionMin: 0,
};
const parties = { sellerOrgId: 'org_uni', brokerUserId: 'usr_broker', tenantId: 'ten_partner' };
const deal = 'deal_1';

const balanceOf = (lines: LedgerLine[], account: string) =>
  balances(lines).find((b) => b.account === account)?.balance ?? 0;

describe('accounts', () => {
  it('names accounts by kind and id', () => {
    expect(accounts.buyer('org_a')).toBe('buyer:org_a');
    expect(accounts.escrow('deal_1')).toBe('escrow:deal_1');
    expect(accounts.clearing('stripe')).toBe('stripe:clearing');
    expect(accounts.clearing('bank')).toBe('bank:clearing');
    expect(accounts.platformFees).toBe('platform:fees');
  });

  it('rejects ids that would make an account name ambiguous', () => {
    expect(() => accounts.seller('a:b')).toThrow(MoneyError);
    expect(() => accounts.broker('')).toThrow(MoneyError);
    expect(() => accounts.tenant('a b')).toThrow(MoneyError);
  });
});

describe('movements', () => {
  it('books a payment as buyer -> escrow (credit buyer, debit escrow)', () => {
    const lines = paymentReceived({
      dealId: deal,
      milestoneId: 'ms_1',
      buyerOrgId: 'org_ent',
      amount: cny(500),
      rail: 'bank',
    });
    expect(lines).toEqual([
      { account: 'buyer:org_ent', amount: -500, currency: 'CNY', memo: 'milestone ms_1 paid (bank)' },
      { account: 'escrow:deal_1', amount: 500, currency: 'CNY', memo: 'milestone ms_1 paid (bank)' },
    ]);
  });

  it('books a release as escrow -> seller net, broker, tenant, platform fee', () => {
    const breakdown = computeFees(cny(1_000_000), POLICY, { hasBroker: true });
    const lines = milestoneReleased({ dealId: deal, milestoneId: 'ms_1', ...parties, breakdown });
    expect(lines.map((l) => [l.account, l.amount])).toEqual([
      ['escrow:deal_1', -1_000_000],
      ['seller:org_uni', 940_000],
      ['broker:usr_broker', 20_000],
      ['tenant:ten_partner', 10_000],
      ['platform:fees', 30_000],
    ]);
    expect(isBalanced(lines)).toBe(true);
  });

  it('leaves out zero shares and refuses a commission without a broker', () => {
    const noBroker = computeFees(cny(1_000_000), POLICY, { hasBroker: false });
    const lines = milestoneReleased({
      dealId: deal,
      milestoneId: 'ms_1',
      ...parties,
      brokerUserId: null,
      breakdown: noBroker,
    });
    expect(lines.some((l) => l.account.startsWith('broker:'))).toBe(false);
    const withCommission = computeFees(cny(1_000_000), POLICY, { hasBroker: true });
    expect(() =>
      milestoneReleased({
        dealId: deal,
        milestoneId: 'ms_1',
        ...parties,
        brokerUserId: null,
        breakdown: withCommission,
      }),
    ).toThrow(/needs a broker/);
  });

  it('refuses a breakdown whose parts do not add up to the gross', () => {
    const breakdown = computeFees(cny(1_000_000), POLICY, { hasBroker: true });
    const tampered = { ...breakdown, sellerNet: cny(breakdown.sellerNet.amount + 1) };
    expect(() =>
      milestoneReleased({ dealId: deal, milestoneId: 'ms_1', ...parties, breakdown: tampered }),
    ).toThrow(LedgerImbalance);
  });

  it('refuses zero, negative and fractional movements', () => {
    const base = { dealId: deal, milestoneId: 'ms_1', buyerOrgId: 'org_ent', rail: 'stripe' as const };
    expect(() => paymentReceived({ ...base, amount: cny(0) })).toThrow(MoneyError);
    expect(() => paymentReceived({ ...base, amount: { amount: -1, currency: 'CNY' } })).toThrow(MoneyError);
    expect(() => escrowRefunded({ ...base, amount: { amount: 0.5, currency: 'CNY' } })).toThrow(MoneyError);
  });
});

describe('a whole deal', () => {
  it('pays, releases, pays out and refunds with every ledger summing to zero', () => {
    const milestones = allocateBps(cny(100000001), [3000, 4000, 3000]);
    const ledger: LedgerLine[] = [];
    const book = (lines: LedgerLine[]) => {
      assertBalanced(lines);
      ledger.push(...lines);
    };
    const breakdowns = milestones.map((m) => computeFees(m, POLICY, { hasBroker: true }));
    milestones.forEach((amount, i) => {
      const ref = { dealId: deal, milestoneId: `ms_${i + 1}` };
      book(paymentReceived({ ...ref, buyerOrgId: 'org_ent', amount, rail: 'stripe' }));
    });
    // Milestones 1 and 2 accepted and paid out through Stripe.
    for (const i of [0, 1]) {
      const ref = { dealId: deal, milestoneId: `ms_${i + 1}` };
      const b = breakdowns[i]!;
      book(milestoneReleased({ ...ref, ...parties, breakdown: b }));
      book(
        payoutSent({
          party: accounts.seller('org_uni'),
          amount: b.sellerNet,
          rail: 'stripe',
          memo: 'transfer',
        }),
      );
    }
    // Milestone 3 is cancelled and refunded from escrow; milestone 2 is half refunded after release.
    book(
      escrowRefunded({ dealId: deal, milestoneId: 'ms_3', buyerOrgId: 'org_ent', amount: milestones[2]! }),
    );
    const half = cny(Math.floor(milestones[1]!.amount / 2));
    const reversal = prorateRefund(breakdowns[1]!, half);
    book(
      payoutReversed({
        party: accounts.seller('org_uni'),
        amount: reversal.sellerNet,
        rail: 'stripe',
        memo: 'reversal',
      }),
    );
    book(releaseReversed({ dealId: deal, milestoneId: 'ms_2', ...parties, reversal }));
    book(escrowRefunded({ dealId: deal, milestoneId: 'ms_2', buyerOrgId: 'org_ent', amount: half }));

    expect(sumByCurrency(ledger).get('CNY')).toBe(0n);
    const paidIn = milestones[0]!.amount + milestones[1]!.amount - half.amount;
    expect(balanceOf(ledger, 'buyer:org_ent')).toBe(-paidIn);
    expect(balanceOf(ledger, 'escrow:deal_1')).toBe(0);
    const fee =
      breakdowns[0]!.platformFee.amount + breakdowns[1]!.platformFee.amount - reversal.platformFee.amount;
    expect(balanceOf(ledger, 'platform:fees')).toBe(fee);
    // The seller was paid out in full, so it owes nothing and holds nothing.
    expect(balanceOf(ledger, 'seller:org_uni')).toBe(0);
    const shown = balances(ledger).map((b) => b.account);
    expect(shown).toEqual([...shown].sort());
  });

  it('keeps random sequences of movements balanced and escrow never negative (2,000 deals)', () => {
    const random = seededRandom(11);
    for (let run = 0; run < 2000; run++) {
      const ledger: LedgerLine[] = [];
      const first = randomInt(random, 1, 4999);
      const second = randomInt(random, 1, 9999 - first);
      const total = cny(randomAmount(random, 10 ** 12) + 100);
      const ms = allocateBps(total, [first, second, 10_000 - first - second]).filter((m) => m.amount > 0);
      for (const [i, amount] of ms.entries()) {
        const ref = { dealId: deal, milestoneId: `ms_${i}` };
        ledger.push(...paymentReceived({ ...ref, buyerOrgId: 'org_ent', amount, rail: 'bank' }));
        if (random() < 0.7) {
          const b = computeFees(amount, POLICY, { hasBroker: random() < 0.5 });
          const p = { ...parties, brokerUserId: b.brokerCommission.amount > 0 ? 'usr_b' : null };
          ledger.push(...milestoneReleased({ ...ref, ...p, breakdown: b }));
          if (random() < 0.5) {
            const reversal = prorateRefund(b, cny(randomInt(random, 1, amount.amount)));
            ledger.push(...releaseReversed({ ...ref, ...p, reversal }));
            ledger.push(...escrowRefunded({ ...ref, buyerOrgId: 'org_ent', amount: reversal.gross }));
          }
        } else {
          ledger.push(...escrowRefunded({ ...ref, buyerOrgId: 'org_ent', amount }));
        }
        if (balanceOf(ledger, 'escrow:deal_1') < 0) throw new Error(`run ${run}: escrow negative`);
      }
      if (!isBalanced(ledger)) throw new Error(`run ${run}: ledger does not sum to zero`);
      if (balanceOf(ledger, 'escrow:deal_1') !== 0) throw new Error(`run ${run}: escrow left over`);
    }
  });
});

describe('checks', () => {
  it('checks sums per currency, not across currencies', () => {
    const lines: LedgerLine[] = [
      { account: 'buyer:o', amount: -100, currency: 'CNY', memo: '' },
      { account: 'escrow:d', amount: 100, currency: 'USD', memo: '' },
    ];
    expect(isBalanced(lines)).toBe(false);
    expect(() => assertBalanced(lines)).toThrow(LedgerImbalance);
    expect([...sumByCurrency(lines)]).toEqual([
      ['CNY', -100n],
      ['USD', 100n],
    ]);
  });

  it('reports balances per account and currency', () => {
    const lines = [
      ...paymentReceived({ dealId: 'd', milestoneId: 'm', buyerOrgId: 'o', amount: cny(100), rail: 'bank' }),
      ...paymentReceived({
        dealId: 'd',
        milestoneId: 'm2',
        buyerOrgId: 'o',
        amount: money(7, 'USD'),
        rail: 'stripe',
      }),
    ];
    expect(balances(lines)).toEqual([
      { account: 'buyer:o', currency: 'CNY', balance: -100 },
      { account: 'buyer:o', currency: 'USD', balance: -7 },
      { account: 'escrow:d', currency: 'CNY', balance: 100 },
      { account: 'escrow:d', currency: 'USD', balance: 7 },
    ]);
  });

  it('treats an empty ledger as balanced', () => {
    expect(isBalanced([])).toBe(true);
    expect(balances([])).toEqual([]);
  });
});
