import { and, asc, eq, inArray, or } from 'drizzle-orm';
import { auditLog } from '../../../schema/index';
import type { DealMilestone, Payment } from '../../../schema/types';
import type { ServiceContext } from '../../../worker/lib/service-context';
import type { MessageKey, Translator } from '../../i18n/index';

// The deal's timeline (交易记录): its audit rows and those of its milestones and payments, oldest
// first — who did what, when. Read from the audit log the services write with every change.

const LABELS = {
  'deal.create': 'tl.create',
  'deal.offer': 'tl.offer',
  'deal.offer.withdraw': 'tl.offerWithdraw',
  'deal.offer.decline': 'tl.offerDecline',
  'deal.negotiate': 'tl.negotiate',
  'deal.reopen': 'tl.reopen',
  'deal.agree': 'tl.agree',
  'deal.contract.sign': 'tl.contractSign',
  'deal.sign': 'tl.sign',
  'deal.start': 'tl.start',
  'deal.complete': 'tl.complete',
  'deal.cancel': 'tl.cancel',
  'deal.dispute': 'tl.dispute',
  'deal.resume': 'tl.resume',
  'deal.refund': 'tl.refund',
  'deal.broker': 'tl.broker',
  'milestone.pay': 'tl.msPay',
  'milestone.paid': 'tl.msPaid',
  'milestone.deliver': 'tl.msDeliver',
  'milestone.accept': 'tl.msAccept',
  'milestone.request_changes': 'tl.msChanges',
  'milestone.refund': 'tl.msRefund',
  'payment.succeeded': 'tl.paymentSucceeded',
} as const satisfies Record<string, MessageKey>;

export interface TimelineEntry {
  id: string;
  at: Date;
  action: string;
  actorUserId: string | null;
  actorKeyId: string | null;
  entityType: string;
  entityId: string;
  data: Record<string, unknown> | null;
}

export async function dealTimeline(
  ctx: ServiceContext,
  dealId: string,
  milestones: DealMilestone[],
  payments: Payment[],
): Promise<TimelineEntry[]> {
  const parts = [and(eq(auditLog.entityType, 'deal'), eq(auditLog.entityId, dealId))];
  if (milestones.length)
    parts.push(
      and(
        eq(auditLog.entityType, 'milestone'),
        inArray(
          auditLog.entityId,
          milestones.map((m) => m.id),
        ),
      ),
    );
  if (payments.length)
    parts.push(
      and(
        eq(auditLog.entityType, 'payment'),
        inArray(
          auditLog.entityId,
          payments.map((p) => p.id),
        ),
      ),
    );
  return ctx.db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      action: auditLog.action,
      actorUserId: auditLog.actorUserId,
      actorKeyId: auditLog.actorKeyId,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      data: auditLog.data,
    })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, ctx.tenant.id), or(...parts)))
    .orderBy(asc(auditLog.at), asc(auditLog.id))
    .limit(300);
}

function dateTime(t: Translator, d: Date) {
  return new Intl.DateTimeFormat(t.locale === 'zh' ? 'zh-CN' : 'en', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Shanghai',
  }).format(d);
}

function detail(t: Translator, e: TimelineEntry, milestoneTitle: (id: string) => string | null) {
  const bits: string[] = [];
  if (e.entityType !== 'deal') bits.push(milestoneTitle(e.entityId) ?? '');
  const amount = e.data?.amount;
  const currency = e.data?.currency;
  if (e.action === 'deal.offer' && typeof amount === 'number' && typeof currency === 'string')
    bits.push(t.money(amount, currency as Parameters<Translator['money']>[1]));
  if (e.action === 'deal.contract.sign' && typeof e.data?.side === 'string')
    bits.push(t(`deal.side.${e.data.side}` as MessageKey));
  if (typeof e.data?.reason === 'string' && e.data.reason) bits.push(`“${e.data.reason}”`);
  return bits.filter(Boolean).join(' · ');
}

export function Timeline({
  t,
  entries,
  names,
  milestones,
  payments,
}: {
  t: Translator;
  entries: TimelineEntry[];
  names: Map<string, string>;
  milestones: DealMilestone[];
  payments: Payment[];
}) {
  // Milestone entries name the milestone; payment entries the milestone they pay.
  const titles = new Map(milestones.map((m) => [m.id, `${m.seq}. ${m.title}`]));
  for (const p of payments) titles.set(p.id, titles.get(p.milestoneId) ?? '');
  const who = (e: TimelineEntry) =>
    e.actorUserId ? (names.get(e.actorUserId) ?? '—') : e.actorKeyId ? t('tl.apiKey') : t('tl.system');
  return (
    <section class="panel" aria-labelledby="h-timeline" id="timeline">
      <h2 id="h-timeline">{t('tl.title')}</h2>
      {entries.length === 0 ? <p class="muted">{t('tl.empty')}</p> : null}
      <ol class="deal-list">
        {entries.map((e) => {
          const key = (LABELS as Record<string, MessageKey>)[e.action];
          const more = detail(t, e, (id) => titles.get(id) ?? null);
          return (
            <li id={`tl-${e.id}`}>
              <time datetime={e.at.toISOString()} class="muted">
                {dateTime(t, e.at)}
              </time>
              <br />
              <strong>{who(e)}</strong> {key ? t(key) : e.action}
              {more ? <span class="muted"> · {more}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
