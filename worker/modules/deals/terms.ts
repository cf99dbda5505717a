import type { z } from '@hono/zod-openapi';
import type { OfferMilestone } from '../../../schema/deals-offers';
import type { Currency } from '../../../schema/enums';
import { Invalid } from '../../lib/errors';
import { allocateBps } from '../payments/money';
import type { MilestoneInput } from './schemas';

type MilestoneIn = z.infer<typeof MilestoneInput>;

/**
 * Resolves a milestone plan to amounts. Shares must add up to 10 000 bps and are turned into
 * amounts by largest remainder (so they sum to the price exactly); fixed amounts must add up to
 * the price. No plan means one milestone for the whole price.
 */
export function resolveMilestones(
  amount: number,
  currency: Currency,
  plan: MilestoneIn[] | undefined,
): OfferMilestone[] {
  if (!plan || plan.length === 0)
    return [{ title: '全款 / Full payment', shareBps: 10_000, amount, dueDate: null }];
  const byShare = plan.every((m) => m.shareBps !== undefined);
  const byAmount = plan.every((m) => m.amount !== undefined);
  if (!byShare && !byAmount) {
    throw new Invalid('Milestones use either shares or amounts, not both.', [
      { path: 'milestones', message: 'mixed shares and amounts' },
    ]);
  }
  if (byShare) {
    const total = plan.reduce((s, m) => s + (m.shareBps ?? 0), 0);
    if (total !== 10_000)
      throw new Invalid(`Milestone shares add up to ${total} bps, not 10000.`, [
        { path: 'milestones', message: 'shares must sum to 10000' },
      ]);
    const parts = allocateBps(
      { amount, currency },
      plan.map((m) => m.shareBps ?? 0),
    );
    return plan.map((m, i) => ({
      title: m.title,
      shareBps: m.shareBps ?? null,
      amount: parts[i]?.amount ?? 0,
      dueDate: m.dueDate ?? null,
    }));
  }
  const total = plan.reduce((s, m) => s + (m.amount ?? 0), 0);
  if (total !== amount)
    throw new Invalid(`Milestone amounts add up to ${total}, not the price ${amount}.`, [
      { path: 'milestones', message: 'amounts must sum to amount' },
    ]);
  return plan.map((m) => ({
    title: m.title,
    shareBps: null,
    amount: m.amount ?? 0,
    dueDate: m.dueDate ?? null,
  }));
}
