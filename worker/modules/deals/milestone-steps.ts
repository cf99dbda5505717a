import { and, eq, inArray } from 'drizzle-orm';
import type { MilestoneState } from '../../../schema/deals-milestones';
import { dealMilestones } from '../../../schema/index';
import type { Deal, DealMilestone } from '../../../schema/types';
import type { Database } from '../../db';
import { StateConflict } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { MILESTONE_STEPS, type MilestoneAction } from './states';
import { stepDeal } from './transitions';

/** Guarded milestone step inside a transaction: from the state read, bumping the version. */
export async function stepMilestone(
  tx: Database,
  ctx: ServiceContext,
  m: DealMilestone,
  action: MilestoneAction,
  changes: Partial<DealMilestone> = {},
  data?: Record<string, unknown>,
) {
  const step = MILESTONE_STEPS[action];
  if (!step.from.includes(m.status))
    throw new StateConflict('milestone', m.status, action.replace('_', ' '), step.from);
  const [row] = await tx
    .update(dealMilestones)
    .set({ ...changes, status: step.to, version: m.version + 1, updatedAt: ctx.clock.now() })
    .where(
      and(
        eq(dealMilestones.id, m.id),
        eq(dealMilestones.status, m.status),
        eq(dealMilestones.version, m.version),
      ),
    )
    .returning();
  if (!row) throw new StateConflict('milestone', 'changed meanwhile', action.replace('_', ' '), step.from);
  const eventId = await recordChange(tx, ctx, {
    action: `milestone.${action}`,
    entityType: 'milestone',
    entityId: m.id,
    fromState: m.status,
    toState: step.to,
    data: { dealId: m.dealId, ...data },
    topic: `deal.milestone_${step.to}`,
    payload: { id: m.id, dealId: m.dealId, status: step.to },
  });
  return { milestone: row, eventId };
}

/** Milestones whose money is with the platform or was released from it. */
export const HOLDING_MONEY: readonly MilestoneState[] = [
  'paid',
  'delivered',
  'changes_requested',
  'accepted',
];
/** Milestones not paid yet, closed with the deal. */
export const UNPAID: readonly MilestoneState[] = ['pending', 'awaiting_payment'];

/** Inside a transaction: the milestones that have not been paid are cancelled with their deal. */
export async function cancelUnpaidMilestones(tx: Database, ctx: ServiceContext, dealId: string) {
  await tx
    .update(dealMilestones)
    .set({ status: 'cancelled', updatedAt: ctx.clock.now() })
    .where(and(eq(dealMilestones.dealId, dealId), inArray(dealMilestones.status, [...UNPAID])));
}

/** Milestones that are done with: accepted (paid out), or refunded or cancelled (nothing owed). */
export const SETTLED: readonly MilestoneState[] = ['accepted', 'refunded', 'cancelled'];

/**
 * Inside a transaction holding the deal lock, after a milestone was accepted or refunded (or the
 * deal resumed from a dispute): a running deal whose every milestone is settled and at least one
 * accepted completes; one where nothing holds money any more goes to `refunded`
 * (refundDealIfEmpty). Guarded like every deal step, so of racing callers one moves the deal.
 */
export async function settleDeal(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  data: Record<string, unknown>,
): Promise<{ deal: Deal; eventId: string | null }> {
  const all = await tx
    .select({ status: dealMilestones.status })
    .from(dealMilestones)
    .where(eq(dealMilestones.dealId, deal.id));
  const accepted = all.filter((m) => m.status === 'accepted').length;
  if (deal.status === 'in_progress' && accepted > 0 && all.every((m) => SETTLED.includes(m.status)))
    return stepDeal(tx, ctx, deal, 'complete', { completedAt: ctx.clock.now() }, { ...data, accepted });
  return refundDealIfEmpty(tx, ctx, deal, all, data);
}

/**
 * After a milestone was fully refunded outside a dispute (a refund made at the provider): when
 * no milestone holds money any more and none awaits a payment in flight, the deal is refunded
 * and its unpaid milestones cancelled.
 */
async function refundDealIfEmpty(
  tx: Database,
  ctx: ServiceContext,
  deal: Deal,
  all: readonly { status: MilestoneState }[],
  data: Record<string, unknown>,
): Promise<{ deal: Deal; eventId: string | null }> {
  const unchanged = { deal, eventId: null };
  if (!['in_progress', 'completed', 'disputed'].includes(deal.status)) return unchanged;
  if (all.some((m) => HOLDING_MONEY.includes(m.status) || m.status === 'awaiting_payment')) return unchanged;
  if (!all.some((m) => m.status === 'refunded')) return unchanged;
  await cancelUnpaidMilestones(tx, ctx, deal.id);
  return stepDeal(tx, ctx, deal, 'refund', { closeReason: 'refunded at the payment provider' }, data);
}
