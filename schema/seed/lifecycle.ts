// Where a seeded record is in its life: mostly published, some in every other state, with
// timestamps that obey the state machine (created ≤ submitted ≤ published ≤ now).
import type { DemandState, ListingCloseOutcome, ListingState, TransactionMode } from '../enums';
import type { Random } from './random';

const DAY = 86_400_000;

export interface ListingLifecycle {
  status: ListingState;
  closedAs: ListingCloseOutcome | null;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  publishedAt: Date | null;
  selected: boolean;
  featured: boolean;
  evaluationScore: number | null;
  rejectionReason: string | null;
}

const LISTING_MIX: readonly [ListingState, number][] = [
  ['published', 0.8],
  ['under_negotiation', 0.04],
  ['closed', 0.04],
  ['draft', 0.04],
  ['submitted', 0.04],
  ['rejected', 0.03],
  ['archived', 0.01],
];

const REJECTIONS = [
  '成果简介缺少关键技术指标，请补充性能参数与对比数据后重新提交。',
  '知识产权证明材料不完整，请上传专利授权证书或登记证书。',
  '价格说明与交易方式不一致，请核对后重新提交。',
  '成果权属存在疑问，请提供单位出具的成果转化授权书。',
];

function pickWeighted<T>(mix: readonly [T, number][], rng: Random): T {
  let roll = rng.next();
  for (const [value, weight] of mix) {
    roll -= weight;
    if (roll < 0) return value;
  }
  return (mix[0] as [T, number])[0];
}

function after(start: Date, minDays: number, maxDays: number, now: Date, rng: Random): Date {
  const at = start.getTime() + rng.int(minDays * 24, maxDays * 24) * 3_600_000;
  return new Date(Math.min(at, now.getTime()));
}

export function listingLifecycle(
  rng: Random,
  now: Date,
  modes: readonly TransactionMode[],
): ListingLifecycle {
  const status = pickWeighted(LISTING_MIX, rng);
  const createdAt = new Date(now.getTime() - rng.int(3, 540) * DAY - rng.int(0, 86_399) * 1000);
  const submittedAt = status === 'draft' ? null : after(createdAt, 0, 3, now, rng);
  const wasPublished = ['published', 'under_negotiation', 'closed', 'archived'].includes(status);
  const publishedAt = wasPublished && submittedAt ? after(submittedAt, 1, 6, now, rng) : null;
  const selected = status === 'published' && rng.chance(0.18);
  const featured = selected && rng.chance(0.4);
  return {
    status,
    closedAs: status === 'closed' ? (modes.includes('transfer') ? 'sold' : 'licensed') : null,
    createdAt,
    updatedAt: publishedAt ?? submittedAt ?? createdAt,
    submittedAt,
    publishedAt,
    selected,
    featured,
    evaluationScore: selected ? Math.round((78 + rng.next() * 18) * 10) / 10 : null,
    rejectionReason: status === 'rejected' ? rng.pick(REJECTIONS) : null,
  };
}

export interface DemandLifecycle {
  status: DemandState;
  createdAt: Date;
  updatedAt: Date;
  publishedAt: Date | null;
  closedAt: Date | null;
  /** YYYY-MM-DD, the answer deadline of the open call. */
  deadline: string;
}

const DEMAND_MIX: readonly [DemandState, number][] = [
  ['open', 0.68],
  ['in_talks', 0.14],
  ['solved', 0.08],
  ['closed', 0.05],
  ['draft', 0.05],
];

export function demandLifecycle(rng: Random, now: Date): DemandLifecycle {
  const status = pickWeighted(DEMAND_MIX, rng);
  const createdAt = new Date(now.getTime() - rng.int(2, 400) * DAY - rng.int(0, 86_399) * 1000);
  const publishedAt = status === 'draft' ? null : after(createdAt, 0, 4, now, rng);
  const closedAt =
    (status === 'solved' || status === 'closed') && publishedAt
      ? after(publishedAt, 20, 120, now, rng)
      : null;
  // Open calls still accepting answers get a deadline in the future.
  const base = status === 'open' || status === 'draft' ? now : createdAt;
  const deadline = new Date(base.getTime() + rng.int(30, 240) * DAY).toISOString().slice(0, 10);
  return {
    status,
    createdAt,
    updatedAt: closedAt ?? publishedAt ?? createdAt,
    publishedAt,
    closedAt,
    deadline,
  };
}
