import { and, eq, inArray } from 'drizzle-orm';
import type { DealState } from '../../../schema/deals';
import { deals } from '../../../schema/index';
import type { Deal } from '../../../schema/types';
import type { Database } from '../../db';
import { StateConflict } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { syncListingWithDeal } from '../listings/deal-sync';
import { DEAL_STEPS, type DealAction } from './states';

/**
 * One guarded step of the deal state machine, inside the caller's transaction. The UPDATE is
 * conditioned on the state and version that were read, so of racing requests exactly one moves
 * the deal and the others get 409. Writes the audit row and the outbox event with it.
 */
export async function stepDeal(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  action: DealAction,
  changes: Partial<Deal> = {},
  data?: Record<string, unknown>,
): Promise<{ deal: Deal; eventId: string | null }> {
  const step = DEAL_STEPS[action];
  if (!step.from.includes(deal.status)) throw new StateConflict('deal', deal.status, action, step.from);
  const to: DealState = step.to === 'previous' ? (deal.disputedFrom ?? 'in_progress') : step.to;
  const [row] = await tx
    .update(deals)
    .set({ ...changes, status: to, version: deal.version + 1, updatedAt: ctx.clock.now() })
    .where(and(eq(deals.id, deal.id), eq(deals.status, deal.status), eq(deals.version, deal.version)))
    .returning();
  if (!row) {
    const [current] = await tx.select({ status: deals.status }).from(deals).where(eq(deals.id, deal.id));
    throw new StateConflict('deal', current?.status ?? 'gone', action, step.from);
  }
  await syncListingWithDeal(tx, ctx, row, to);
  const eventId = await recordChange(tx, ctx, {
    action: `deal.${action}`,
    entityType: 'deal',
    entityId: deal.id,
    fromState: deal.status,
    toState: to,
    data,
    topic: step.topic,
    payload: { id: deal.id, status: to, amount: row.amount, currency: row.currency },
  });
  return { deal: row, eventId };
}

/** Bumps the version of a deal whose state stays (e.g. a new offer), guarded like a step. */
export async function touchDeal(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  changes: Partial<Deal> = {},
  allowed?: readonly DealState[],
): Promise<Deal> {
  const [row] = await tx
    .update(deals)
    .set({ ...changes, version: deal.version + 1, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(deals.id, deal.id),
        eq(deals.version, deal.version),
        inArray(deals.status, [...(allowed ?? [deal.status])]),
      ),
    )
    .returning();
  if (!row) {
    const [current] = await tx.select({ status: deals.status }).from(deals).where(eq(deals.id, deal.id));
    throw new StateConflict('deal', current?.status ?? 'gone', 'change', allowed ?? [deal.status]);
  }
  return row;
}

/** Locks the deal row for the rest of the transaction (serializes signatures and releases). */
export async function lockDeal(tx: Database, id: string): Promise<Deal> {
  const [row] = await tx.select().from(deals).where(eq(deals.id, id)).for('update');
  if (!row) throw new StateConflict('deal', 'gone', 'change');
  return row;
}
