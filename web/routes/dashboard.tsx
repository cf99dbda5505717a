import { Hono } from 'hono';
import type { Demand, Listing } from '../../schema/types';
import { hasRole, isTenantAdmin } from '../../worker/lib/access';
import { listDeals } from '../../worker/modules/deals/service';
import { listDemands } from '../../worker/modules/demands/service';
import { getListing, listListings } from '../../worker/modules/listings/service';
import { AdminNav } from '../components/admin-nav';
import { DemandCard, ListingCard } from '../components/cards';
import { orgNames } from '../data/market';
import type { WebEnv } from '../env';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, signedIn, tenantAdmin } from './helpers';
import { SavedSearchesSection } from './saved-searches';

export const dashboardRoutes = new Hono<WebEnv>();

function StepButton({
  action,
  version,
  label,
  kind = 'secondary',
}: {
  action: string;
  version: number;
  label: string;
  kind?: string;
}) {
  return (
    <form method="post" action={action}>
      <input type="hidden" name="version" value={String(version)} />
      <button class={`btn ${kind}`} type="submit">
        {label}
      </button>
    </form>
  );
}

function SellerSection({ t, listings }: { t: Translator; listings: Listing[] }) {
  return (
    <section aria-labelledby="h-seller" class="panel">
      <h2 id="h-seller">{t('dash.seller')}</h2>
      <p>
        <a class="btn" href="/listings/new">
          {t('home.publish')}
        </a>
      </p>
      {listings.length === 0 ? <p>{t('dash.empty')}</p> : null}
      <ul class="cards">
        {listings.map((l) => (
          <>
            <ListingCard listing={l} t={t} showState />
            {l.status === 'draft' ? (
              <StepButton
                action={`/listings/${l.id}/submit`}
                version={l.version}
                label={t('listing.submit')}
                kind=""
              />
            ) : null}
          </>
        ))}
      </ul>
    </section>
  );
}

function BuyerSection({ t, demands }: { t: Translator; demands: Demand[] }) {
  return (
    <section aria-labelledby="h-buyer" class="panel">
      <h2 id="h-buyer">{t('dash.buyer')}</h2>
      <p>
        <a class="btn" href="/demands/new">
          {t('home.postDemand')}
        </a>
      </p>
      {demands.length === 0 ? <p>{t('dash.empty')}</p> : null}
      <ul class="cards">
        {demands.map((d) => (
          <>
            <DemandCard demand={d} t={t} showState />
            {d.status === 'draft' ? (
              <StepButton
                action={`/demands/${d.id}/publish`}
                version={d.version}
                label={t('dash.publishDemand')}
                kind=""
              />
            ) : null}
          </>
        ))}
      </ul>
    </section>
  );
}

dashboardRoutes.get('/dashboard', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const seller = hasRole(ctx.actor, 'seller');
  const buyer = hasRole(ctx.actor, 'buyer');
  const admin = isTenantAdmin(ctx.actor);
  const [listings, demands, queue, deals] = await Promise.all([
    seller ? listListings(ctx, { limit: 100, mine: true }) : [],
    buyer ? listDemands(ctx, { limit: 100, mine: true }) : [],
    admin ? listListings(ctx, { limit: 100, status: 'submitted' }) : [],
    // My deals as buyer, seller or broker (an admin sees them in the deal rooms, not here).
    listDeals(ctx, { limit: 50 }, false),
  ]);
  const byState = [...listings].sort((a, b) => a.status.localeCompare(b.status));
  return c.render(
    <>
      <h1>{t('dash.hello', { name: user.user.name })}</h1>
      {!seller && !buyer && !admin ? <p class="notice">{t('dash.noRole')}</p> : null}
      <p>
        <a href="/dashboard/inquiries">{t('inbox.title')}</a>
      </p>
      {admin ? (
        <section aria-labelledby="h-admin" class="panel">
          <h2 id="h-admin">{t('dash.admin')}</h2>
          <p>
            <a href="/admin/review">{t('dash.review')}</a> — {t('dash.reviewCount', { n: queue.length })}
          </p>
          <AdminNav t={t} platform={user.isPlatformAdmin} />
        </section>
      ) : null}
      <div class="grid main-side">
        <div>
          {seller ? <SellerSection t={t} listings={byState} /> : null}
          {buyer ? <BuyerSection t={t} demands={demands} /> : null}
          <SavedSearchesSection ctx={ctx} t={t} buyer={buyer} />
        </div>
        <section aria-labelledby="h-deals" class="panel" id="deals">
          <h2 id="h-deals">{t('dash.deals')}</h2>
          {deals.length === 0 ? <p class="muted">{t('deal.listEmpty')}</p> : null}
          <ul class="deal-list">
            {deals.slice(0, 50).map((d) => (
              <li>
                <a href={`/deals/${d.id}`}>{d.title ?? d.id}</a>
                <br />
                <span class="tag">{t(`dstate.${d.status}` as MessageKey)}</span>{' '}
                {d.amount ? <span class="price">{t.money(d.amount, d.currency)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>,
    { title: t('dash.title'), privatePage: true },
  );
});

dashboardRoutes.get('/admin/review', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const t = c.var.t;
  const ctx = ctxOf(c);
  const queue = await listListings(ctx, { limit: 100, status: 'submitted' });
  const orgs = await orgNames(
    ctx.db,
    queue.map((l) => l.ownerOrgId),
  );
  const done = c.req.query('done');
  const doneId = c.req.query('id');
  const doneListing = done && doneId ? await getListing(ctx, doneId).catch(() => null) : null;
  const doneKey: MessageKey = done === 'reject' ? 'review.rejectedMsg' : 'review.approved';
  return c.render(
    <>
      <AdminNav t={t} current="/admin/review" platform={user.isPlatformAdmin} />
      <h1>{t('review.title')}</h1>
      {doneListing ? (
        <p class="notice" role="status">
          {t(doneKey, { title: t.pick(doneListing.listing.titleZh, doneListing.listing.titleEn) })}
        </p>
      ) : null}
      {c.req.query('error') === 'reason' ? (
        <p class="alert" role="alert">
          {t.labelled(t('review.reason'), t('err.required'))}
        </p>
      ) : null}
      {queue.length === 0 ? <p>{t('review.empty')}</p> : null}
      <ul class="cards">
        {queue.map((l) => (
          <li class="card" id={`r-${l.id}`}>
            <ul class="cards">
              <ListingCard listing={l} t={t} org={orgs.get(l.ownerOrgId)} />
            </ul>
            <div class="actions">
              <StepButton
                action={`/listings/${l.id}/publish`}
                version={l.version}
                label={t('review.approve')}
                kind=""
              />
              <form method="post" action={`/listings/${l.id}/reject`} class="actions">
                <input type="hidden" name="version" value={String(l.version)} />
                <label class="sr-only" for={`reason-${l.id}`}>
                  {t('review.reason')}
                </label>
                <input id={`reason-${l.id}`} name="reason" placeholder={t('review.reason')} />
                <button class="btn danger" type="submit">
                  {t('review.reject')}
                </button>
              </form>
            </div>
          </li>
        ))}
      </ul>
    </>,
    { title: t('review.title'), privatePage: true },
  );
});
