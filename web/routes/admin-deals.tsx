import { asc, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { DEAL_STATES, type DealState } from '../../schema/deals';
import { dealMilestones } from '../../schema/index';
import type { Deal, DealMilestone } from '../../schema/types';
import { listDeals } from '../../worker/modules/deals/service';
import { AdminNav } from '../components/admin-nav';
import { StateFilter } from '../components/state-filter';
import { orgNames } from '../data/market';
import type { WebEnv } from '../env';
import type { MessageKey } from '../i18n/index';
import { userNames } from './deals/shared';
import { ctxOf, enumOptions, tenantAdmin } from './helpers';

// The tenant admin's deals (交易管理): every deal of the storefront, disputes first, with the
// parties, the amount and the next milestone due; filter by state. Same verb as GET /v1/deals.

export const adminDealRoutes = new Hono<WebEnv>();

const PAGE = 100;
const UNPAID = ['pending', 'awaiting_payment'];

/** The first unpaid milestone of each deal (by sequence): what the buyer owes next. */
async function nextDue(db: Parameters<typeof orgNames>[0], ids: string[]) {
  if (!ids.length) return new Map<string, DealMilestone>();
  const rows = await db
    .select()
    .from(dealMilestones)
    .where(inArray(dealMilestones.dealId, ids))
    .orderBy(asc(dealMilestones.dealId), asc(dealMilestones.seq));
  const out = new Map<string, DealMilestone>();
  for (const m of rows) if (UNPAID.includes(m.status) && !out.has(m.dealId)) out.set(m.dealId, m);
  return out;
}

adminDealRoutes.get('/admin/deals', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const q = c.req.query('status');
  const status = (DEAL_STATES as readonly string[]).includes(q ?? '') ? (q as DealState) : undefined;
  const cursorParam = c.req.query('cursor');
  const cursor = cursorParam && /^deal_[0-9A-Z]{26}$/.test(cursorParam) ? cursorParam : undefined;
  const rows = await listDeals(ctx, { limit: PAGE, status, cursor }, true);
  const page = rows.slice(0, PAGE);
  const next = rows.length > PAGE ? page.at(-1)?.id : undefined;
  // Disputes need the admin first; the rest stay newest first.
  const deals = [...page].sort((a, b) => Number(b.status === 'disputed') - Number(a.status === 'disputed'));
  const [orgs, brokers, due] = await Promise.all([
    orgNames(
      ctx.db,
      page.flatMap((d) => [d.buyerOrgId, d.sellerOrgId]),
    ),
    userNames(
      c,
      page.map((d) => d.brokerUserId),
    ),
    nextDue(
      ctx.db,
      page.map((d) => d.id),
    ),
  ]);
  const org = (id: string) => {
    const o = orgs.get(id);
    return o ? t.pick(o.nameZh, o.nameEn) : '—';
  };
  const title = t('adminDeals.title');
  const row = (d: Deal) => {
    const m = due.get(d.id);
    return (
      <tr class={d.status === 'disputed' ? 'disputed' : undefined}>
        <td>
          <a href={`/deals/${d.id}`}>{d.title ?? d.id}</a>
        </td>
        <td>
          <span class={d.status === 'disputed' ? 'tag hot' : 'tag'}>
            {t(`dstate.${d.status}` as MessageKey)}
          </span>
        </td>
        <td>
          {org(d.buyerOrgId)} → {org(d.sellerOrgId)}
          {d.brokerUserId ? (
            <>
              <br />
              <span class="muted">{t.labelled(t('deal.broker'), brokers.get(d.brokerUserId) ?? '—')}</span>
            </>
          ) : null}
        </td>
        <td class="price">{d.amount ? t.money(d.amount, d.currency) : '—'}</td>
        <td>
          {m
            ? `${m.seq}. ${m.title} · ${t.money(m.amount, m.currency)}${m.dueDate ? ` · ${t('deal.due', { date: m.dueDate })}` : ''}`
            : '—'}
        </td>
      </tr>
    );
  };
  return c.render(
    <>
      <AdminNav t={t} current="/admin/deals" platform={user.isPlatformAdmin} />
      <h1>{title}</h1>
      <StateFilter
        t={t}
        action="/admin/deals"
        name="status"
        label={t('deal.status')}
        options={enumOptions(t, 'dstate', DEAL_STATES)}
        selected={status}
        all={t('adminDeals.allStates')}
      />
      {deals.length === 0 ? (
        <p class="muted">{t('deal.listEmpty')}</p>
      ) : (
        <table>
          <caption class="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('adminDeals.deal')}</th>
              <th scope="col">{t('deal.status')}</th>
              <th scope="col">{t('deal.parties')}</th>
              <th scope="col">{t('listing.price')}</th>
              <th scope="col">{t('adminDeals.nextDue')}</th>
            </tr>
          </thead>
          <tbody>{deals.map(row)}</tbody>
        </table>
      )}
      {next ? (
        <p>
          <a
            class="btn secondary"
            href={`/admin/deals?${new URLSearchParams({ ...(status ? { status } : {}), cursor: next }).toString()}`}
          >
            {t('adminDeals.more')}
          </a>
        </p>
      ) : null}
    </>,
    { title, privatePage: true },
  );
});
