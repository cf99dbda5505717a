import { and, asc, eq } from 'drizzle-orm';
import type { Currency } from '../../../schema/enums';
import { ledgerEntries } from '../../../schema/index';
import type { Database } from '../../db';
import type { ServiceContext } from '../../lib/service-context';
import { loadDeal } from '../deals/access';
import { dealFlowId } from '../deals/ids';
import { assertBalanced, balances, type LedgerLine, sumByCurrency } from '../payments/ledger-rules';

export interface Movement {
  tenantId: string;
  dealId: string;
  paymentId: string | null;
  /** Names the movement (e.g. `pay_…:received`); a movement with a key already booked is skipped. */
  key: string;
  lines: LedgerLine[];
}

/**
 * Books one balanced movement inside the caller's transaction. The state guard of the caller
 * (payment or milestone status) is what makes it happen once; the unique (key, line) index is
 * the backstop, so a slip can never double-book.
 */
export async function postMovement(tx: Database, movement: Movement, at: Date): Promise<boolean> {
  assertBalanced(movement.lines);
  if (movement.lines.length === 0) return false;
  const rows = await tx
    .insert(ledgerEntries)
    .values(
      movement.lines.map((line, i) => ({
        id: dealFlowId('ledger'),
        tenantId: movement.tenantId,
        dealId: movement.dealId,
        paymentId: movement.paymentId,
        movementKey: movement.key,
        lineNo: i + 1,
        account: line.account,
        amount: line.amount,
        currency: line.currency,
        memo: line.memo,
        createdAt: at,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: ledgerEntries.id });
  return rows.length > 0;
}

export async function dealLines(db: Database, tenantId: string, dealId: string) {
  return db
    .select()
    .from(ledgerEntries)
    .where(and(eq(ledgerEntries.tenantId, tenantId), eq(ledgerEntries.dealId, dealId)))
    .orderBy(asc(ledgerEntries.id));
}

const PARTY_OF: Record<string, string> = {
  buyer: 'buyer',
  escrow: 'escrow',
  seller: 'seller',
  broker: 'broker',
  tenant: 'tenant',
  platform: 'platform',
  stripe: 'payout_clearing',
  bank: 'payout_clearing',
};

/** The deal's ledger for its parties, broker and admins: lines, totals (zero) and balances. */
export async function dealLedger(ctx: ServiceContext, dealId: string) {
  const { deal } = await loadDeal(ctx, dealId);
  const rows = await dealLines(ctx.db, deal.tenantId, deal.id);
  const lines: LedgerLine[] = rows.map((r) => ({
    account: r.account as LedgerLine['account'],
    amount: r.amount,
    currency: r.currency,
    memo: r.memo,
  }));
  const totals = [...sumByCurrency(lines)].map(([currency, total]) => ({
    currency: currency as Currency,
    total: Number(total),
  }));
  return {
    dealId: deal.id,
    entries: rows.map((r) => ({
      id: r.id,
      movement: r.movementKey,
      paymentId: r.paymentId,
      account: r.account,
      amount: r.amount,
      currency: r.currency,
      memo: r.memo,
      createdAt: r.createdAt.toISOString(),
    })),
    totals,
    balanced: totals.every((t) => t.total === 0),
    balances: balances(lines).map((b) => ({
      ...b,
      party: PARTY_OF[b.account.split(':')[0] ?? ''] ?? 'other',
    })),
  };
}
