import { inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { listings } from '../../../schema/index';
import { isTenantAdmin } from '../../../worker/lib/access';
import {
  type InboxFilter,
  type InboxItem,
  InboxQuery,
  listInquiryInbox,
} from '../../../worker/modules/inquiries/list-routes';
import { orgNames } from '../../data/market';
import type { WebContext, WebEnv } from '../../env';
import type { MessageKey, Translator } from '../../i18n/index';
import { ctxOf, signedIn } from '../helpers';
import { userNames } from './shared';

// The inquiry inbox (咨询收件箱): inquiries to my organizations' listings, those assigned to me
// as a broker, my own as a buyer (tenant admins: all). Threads awaiting a reply come first, each
// with its last message and a link to the thread. Same verb as GET /v1/inquiries.

export const inboxRoutes = new Hono<WebEnv>();

const PAGE = 50;
const ROLES = ['seller', 'broker', 'buyer'] as const;

function filterOf(c: WebContext): InboxFilter {
  const parsed = InboxQuery.safeParse({
    limit: PAGE,
    role: c.req.query('role') || undefined,
    status: c.req.query('status') || undefined,
    cursor: c.req.query('cursor') || undefined,
    awaitingReply: c.req.query('awaiting') === '1' ? 'true' : undefined,
  });
  return parsed.success ? parsed.data : { limit: PAGE };
}

const excerpt = (s: string) => (s.length > 140 ? `${s.slice(0, 139)}…` : s);

function Row({
  t,
  item,
  listing,
  asker,
}: {
  t: Translator;
  item: InboxItem;
  listing?: string;
  asker: string;
}) {
  const { inquiry: q, lastMessage: m } = item;
  const state = q.status === 'closed' ? 'closed' : item.awaitingReply ? 'awaiting' : 'answered';
  return (
    <li class={item.awaitingReply ? 'panel awaiting' : 'panel'} id={`i-${q.id}`}>
      <p>
        <span class={item.awaitingReply ? 'tag hot' : 'tag'}>{t(`inbox.state.${state}` as MessageKey)}</span>{' '}
        <a href={`/inquiries/${q.id}`}>
          <strong>{q.subject}</strong>
        </a>
      </p>
      <p class="muted">
        {listing ? `${t.labelled(t('inq.listing'), listing)} · ` : ''}
        {t('inbox.asker', { name: asker })} · {t('inbox.count', { n: item.messageCount })}
      </p>
      {m ? (
        <p>
          <span class="muted">{t(`inq.side.${m.side}` as MessageKey)} · </span>
          {t.labelled(t.date(m.createdAt), excerpt(m.body))}
        </p>
      ) : null}
    </li>
  );
}

function Filters({ t, f, admin }: { t: Translator; f: InboxFilter; admin: boolean }) {
  const link = (params: Record<string, string>) =>
    `/dashboard/inquiries?${new URLSearchParams(params).toString()}`;
  const roles = [...ROLES, ...(admin ? (['all'] as const) : [])];
  return (
    <nav aria-label={t('inbox.filters')} class="admin-nav">
      <ul class="admin-links">
        <li>
          <a
            class="admin-link"
            href="/dashboard/inquiries"
            aria-current={!f.role && f.awaitingReply === undefined ? 'page' : undefined}
          >
            {t('inbox.all')}
          </a>
        </li>
        <li>
          <a
            class="admin-link"
            href={link({ awaiting: '1' })}
            aria-current={f.awaitingReply ? 'page' : undefined}
          >
            {t('inbox.awaiting')}
          </a>
        </li>
        {roles.map((r) => (
          <li>
            <a class="admin-link" href={link({ role: r })} aria-current={f.role === r ? 'page' : undefined}>
              {t(`inbox.role.${r}` as MessageKey)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

inboxRoutes.get('/dashboard/inquiries', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const f = filterOf(c);
  const rows = await listInquiryInbox(ctx, f);
  const page = rows.slice(0, f.limit);
  const next = rows.length > f.limit ? page.at(-1)?.inquiry.id : undefined;
  // Awaiting a reply first, then the most recently active.
  const sorted = [...page].sort(
    (a, b) =>
      Number(b.awaitingReply) - Number(a.awaitingReply) ||
      (b.lastMessage?.createdAt ?? b.inquiry.updatedAt).getTime() -
        (a.lastMessage?.createdAt ?? a.inquiry.updatedAt).getTime(),
  );
  const ids = [...new Set(page.map((i) => i.inquiry.listingId))];
  const [titles, people, orgs] = await Promise.all([
    ids.length
      ? ctx.db
          .select({ id: listings.id, titleZh: listings.titleZh, titleEn: listings.titleEn })
          .from(listings)
          .where(inArray(listings.id, ids))
      : [],
    userNames(
      c,
      page.map((i) => i.inquiry.buyerUserId),
    ),
    orgNames(
      ctx.db,
      page.flatMap((i) => (i.inquiry.buyerOrgId ? [i.inquiry.buyerOrgId] : [])),
    ),
  ]);
  const titleOf = new Map(titles.map((l) => [l.id, t.pick(l.titleZh, l.titleEn)]));
  const askerOf = (i: InboxItem) => {
    const org = i.inquiry.buyerOrgId ? orgs.get(i.inquiry.buyerOrgId) : undefined;
    const name = people.get(i.inquiry.buyerUserId) ?? '—';
    return org ? `${name}（${t.pick(org.nameZh, org.nameEn)}）` : name;
  };
  const awaiting = page.filter((i) => i.awaitingReply).length;
  const title = t('inbox.title');
  return c.render(
    <>
      <p>
        <a href="/dashboard">← {t('dash.title')}</a>
      </p>
      <h1>{title}</h1>
      <p role="status">{t('inbox.summary', { n: page.length, awaiting })}</p>
      <Filters t={t} f={f} admin={isTenantAdmin(ctx.actor)} />
      {sorted.length === 0 ? <p class="muted">{t('inbox.empty')}</p> : null}
      <ol class="deal-list inbox">
        {sorted.map((i) => (
          <Row t={t} item={i} listing={titleOf.get(i.inquiry.listingId)} asker={askerOf(i)} />
        ))}
      </ol>
      {next ? (
        <p>
          <a
            class="btn secondary"
            href={`/dashboard/inquiries?${new URLSearchParams({
              ...(f.role ? { role: f.role } : {}),
              ...(f.awaitingReply ? { awaiting: '1' } : {}),
              cursor: next,
            }).toString()}`}
          >
            {t('inbox.more')}
          </a>
        </p>
      ) : null}
    </>,
    { title, privatePage: true },
  );
});
