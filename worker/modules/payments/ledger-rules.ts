import type { Currency } from '../../../schema/enums';
import { DomainError } from '../../lib/errors';
import type { PaymentRailName } from '../../ports/payments';
import type { FeeBreakdown } from './fees';
import { assertSafeInteger, type Money, MoneyError } from './money';

// Pure rules that turn money movements into double-entry ledger lines.
//
// SIGN CONVENTION: one signed integer per line. amount > 0 is a DEBIT (value flows INTO the
// account), amount < 0 is a CREDIT (value flows OUT of it). Every movement's lines sum to zero
// per currency, so any set of whole movements (a deal's ledger) sums to zero too.
//
// Reading balances: escrow:<deal> > 0 is money held for the deal; seller/broker/tenant > 0 is
// money the platform owes that party and has not yet paid out; platform:fees > 0 is earned
// revenue; buyer:<org> < 0 is what the buyer has paid in net of refunds; <rail>:clearing > 0 is
// money that has left the platform through that rail (Stripe transfers or bank wires).

/** The rail a payout or payment went through; names the clearing account. */
export type PaymentRail = PaymentRailName;

export type LedgerAccount =
  | `buyer:${string}`
  | `escrow:${string}`
  | `seller:${string}`
  | `broker:${string}`
  | `tenant:${string}`
  | 'platform:fees'
  | `${PaymentRail}:clearing`;

export interface LedgerLine {
  account: LedgerAccount;
  /** Signed minor units: debit (in) positive, credit (out) negative; never zero. */
  amount: number;
  currency: Currency;
  memo: string;
}

export class LedgerImbalance extends DomainError {
  constructor(imbalances: Partial<Record<Currency, number>>) {
    super('internal', `Ledger lines do not sum to zero: ${JSON.stringify(imbalances)}.`, { imbalances });
  }
}

function id(kind: string, value: string): string {
  // A colon or blank inside an id would make `seller:a:b` ambiguous or unreadable.
  if (!/^[^\s:]+$/.test(value))
    throw new MoneyError(`Invalid ${kind} id for a ledger account: ${JSON.stringify(value)}.`);
  return value;
}

export const accounts = {
  buyer: (orgId: string): LedgerAccount => `buyer:${id('buyer', orgId)}`,
  escrow: (dealId: string): LedgerAccount => `escrow:${id('deal', dealId)}`,
  seller: (orgId: string): LedgerAccount => `seller:${id('seller', orgId)}`,
  broker: (userId: string): LedgerAccount => `broker:${id('broker', userId)}`,
  tenant: (tenantId: string): LedgerAccount => `tenant:${id('tenant', tenantId)}`,
  platformFees: 'platform:fees' as LedgerAccount,
  clearing: (rail: PaymentRail): LedgerAccount => `${rail}:clearing`,
};

/** Sum of the lines per currency, exact (BigInt) so a long ledger cannot drift past 2^53. */
export function sumByCurrency(lines: readonly LedgerLine[]): Map<Currency, bigint> {
  const sums = new Map<Currency, bigint>();
  for (const line of lines) sums.set(line.currency, (sums.get(line.currency) ?? 0n) + BigInt(line.amount));
  return sums;
}

export function isBalanced(lines: readonly LedgerLine[]): boolean {
  for (const total of sumByCurrency(lines).values()) if (total !== 0n) return false;
  return true;
}

export function assertBalanced(lines: readonly LedgerLine[]): void {
  const off: Partial<Record<Currency, number>> = {};
  for (const [currency, total] of sumByCurrency(lines)) if (total !== 0n) off[currency] = Number(total);
  if (Object.keys(off).length > 0) throw new LedgerImbalance(off);
}

export interface AccountBalance {
  account: LedgerAccount;
  currency: Currency;
  balance: number;
}

/** Balance per account and currency (every account touched, even if back to zero), sorted. */
export function balances(lines: readonly LedgerLine[]): AccountBalance[] {
  const byKey = new Map<string, AccountBalance>();
  for (const line of lines) {
    const key = `${line.account}\u0000${line.currency}`;
    const entry = byKey.get(key) ?? { account: line.account, currency: line.currency, balance: 0 };
    entry.balance += line.amount;
    assertSafeInteger(entry.balance, `balance of ${line.account}`);
    byKey.set(key, entry);
  }
  return [...byKey.values()].sort((a, b) =>
    a.account === b.account ? a.currency.localeCompare(b.currency) : a.account < b.account ? -1 : 1,
  );
}

function positive(m: Money, label: string): void {
  assertSafeInteger(m.amount, label);
  if (m.amount <= 0) throw new MoneyError(`${label} must be positive (got ${m.amount}).`);
}

/** One transfer of value between two accounts: the building block of every rule below. */
function move(from: LedgerAccount, to: LedgerAccount, m: Money, memo: string): LedgerLine[] {
  return [
    { account: from, amount: -m.amount, currency: m.currency, memo },
    { account: to, amount: m.amount, currency: m.currency, memo },
  ];
}

export interface MilestoneRef {
  dealId: string;
  milestoneId: string;
}

/** The buyer paid a milestone (card via Stripe, or a bank transfer confirmed by an admin): buyer → escrow. */
export function paymentReceived(
  input: MilestoneRef & { buyerOrgId: string; amount: Money; rail: PaymentRail },
): LedgerLine[] {
  positive(input.amount, 'payment');
  const memo = `milestone ${input.milestoneId} paid (${input.rail})`;
  return move(accounts.buyer(input.buyerOrgId), accounts.escrow(input.dealId), input.amount, memo);
}

export interface Parties {
  sellerOrgId: string;
  brokerUserId?: string | null;
  tenantId: string;
}

/** Splits `parts` between escrow and the parties; `direction` +1 releases, -1 reverses a release. */
function split(
  input: MilestoneRef & Parties,
  parts: FeeBreakdown,
  direction: 1 | -1,
  memo: string,
): LedgerLine[] {
  const { gross } = parts;
  const shares: Array<[LedgerAccount | null, Money]> = [
    [accounts.seller(input.sellerOrgId), parts.sellerNet],
    [input.brokerUserId ? accounts.broker(input.brokerUserId) : null, parts.brokerCommission],
    [accounts.tenant(input.tenantId), parts.tenantShare],
    [accounts.platformFees, parts.platformFee],
  ];
  const lines: LedgerLine[] = [
    {
      account: accounts.escrow(input.dealId),
      amount: -direction * gross.amount,
      currency: gross.currency,
      memo,
    },
  ];
  for (const [account, share] of shares) {
    if (share.currency !== gross.currency)
      throw new MoneyError('A share is in another currency than the gross.');
    assertSafeInteger(share.amount, 'share');
    if (share.amount < 0) throw new MoneyError('A share cannot be negative.');
    if (share.amount === 0) continue;
    if (!account) throw new MoneyError('A broker commission needs a broker.');
    lines.push({ account, amount: direction * share.amount, currency: gross.currency, memo });
  }
  assertBalanced(lines);
  return lines;
}

/** The buyer accepted the milestone: escrow → seller net, broker commission, tenant share, platform fee. */
export function milestoneReleased(input: MilestoneRef & Parties & { breakdown: FeeBreakdown }): LedgerLine[] {
  positive(input.breakdown.gross, 'released amount');
  return split(input, input.breakdown, 1, `milestone ${input.milestoneId} released`);
}

/** Takes released shares back into escrow (before refunding the buyer); use `prorateRefund` for the parts. */
export function releaseReversed(input: MilestoneRef & Parties & { reversal: FeeBreakdown }): LedgerLine[] {
  positive(input.reversal.gross, 'reversed amount');
  return split(input, input.reversal, -1, `milestone ${input.milestoneId} release reversed`);
}

/** Money held in escrow goes back to the buyer. */
export function escrowRefunded(input: MilestoneRef & { buyerOrgId: string; amount: Money }): LedgerLine[] {
  positive(input.amount, 'refund');
  const memo = `milestone ${input.milestoneId} refunded`;
  return move(accounts.escrow(input.dealId), accounts.buyer(input.buyerOrgId), input.amount, memo);
}

/** A party's balance actually left the platform (Stripe transfer made, or finance wired it). */
export function payoutSent(input: {
  party: LedgerAccount;
  amount: Money;
  rail: PaymentRail;
  memo: string;
}): LedgerLine[] {
  positive(input.amount, 'payout');
  return move(input.party, accounts.clearing(input.rail), input.amount, input.memo);
}

/** A payout came back (Stripe transfer reversal, or a returned wire). */
export function payoutReversed(input: {
  party: LedgerAccount;
  amount: Money;
  rail: PaymentRail;
  memo: string;
}): LedgerLine[] {
  positive(input.amount, 'payout reversal');
  return move(accounts.clearing(input.rail), input.party, input.amount, input.memo);
}
