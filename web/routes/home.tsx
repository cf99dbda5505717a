import { Hono } from 'hono';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import { listDemands } from '../../worker/modules/demands/service';
import { listListings } from '../../worker/modules/listings/service';
import { tenantStats } from '../../worker/modules/stats/service';
import { DemandCard, ListingCard } from '../components/cards';
import { orgNames, sectorCounts } from '../data/market';
import type { WebEnv } from '../env';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf } from './helpers';

export const homeRoutes = new Hono<WebEnv>();

type Stats = Awaited<ReturnType<typeof tenantStats>>;

export function HeadlineStats({ stats, t }: { stats: Stats; t: Translator }) {
  const cny = stats.contractTurnover.find((x) => x.currency === 'CNY')?.amount ?? 0;
  const items: [MessageKey, string][] = [
    ['stat.collected', t.number(stats.listings.collected)],
    ['stat.published', t.number(stats.listings.published)],
    ['stat.openDemands', t.number(stats.demands.open)],
    ['stat.organizations', t.number(stats.organizations)],
    ['stat.selected', t.number(stats.listings.selected)],
    ['stat.demands', t.number(stats.demands.total)],
    ['stat.deals', t.number(stats.deals.signed)],
    ['stat.turnover', t.money(cny, 'CNY')],
  ];
  return (
    <ul class="stats">
      {items.map(([key, value]) => (
        <li>
          <strong>{value}</strong>
          <span>{t(key)}</span>
        </li>
      ))}
    </ul>
  );
}

homeRoutes.get('/', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const [stats, featured, newest, demands, counts] = await Promise.all([
    tenantStats(ctx.db, ctx.tenant.id),
    listListings(ctx, { limit: 4, featured: true }),
    listListings(ctx, { limit: 6 }),
    listDemands(ctx, { limit: 4 }),
    sectorCounts(ctx),
  ]);
  const orgs = await orgNames(
    ctx.db,
    [...featured, ...newest].map((l) => l.ownerOrgId).concat(demands.map((d) => d.orgId)),
  );
  return c.render(
    <>
      <div class="hero">
        <h1>{t('home.hero')}</h1>
        <p>{t('home.heroSub')}</p>
        <form class="searchbar" method="get" action="/listings" aria-label={t('home.searchLabel')}>
          <label class="sr-only" for="home-q">
            {t('home.searchLabel')}
          </label>
          <input id="home-q" name="q" type="search" placeholder={t('home.searchPlaceholder')} />
          <button class="btn" type="submit">
            {t('home.search')}
          </button>
        </form>
      </div>
      <section aria-labelledby="h-stats">
        <h2 id="h-stats">{t('home.stats')}</h2>
        <HeadlineStats stats={stats} t={t} />
      </section>
      <div class="grid main-side">
        <div>
          {featured.length > 0 ? (
            <section aria-labelledby="h-featured">
              <h2 id="h-featured">{t('home.featured')}</h2>
              <ul class="cards two">
                {featured.slice(0, 4).map((l) => (
                  <ListingCard listing={l} t={t} org={orgs.get(l.ownerOrgId)} />
                ))}
              </ul>
            </section>
          ) : null}
          <section aria-labelledby="h-newest">
            <h2 id="h-newest">{t('home.newest')}</h2>
            <ul class="cards two">
              {newest.slice(0, 6).map((l) => (
                <ListingCard listing={l} t={t} org={orgs.get(l.ownerOrgId)} />
              ))}
            </ul>
            <p>
              <a href="/listings">{t('home.allListings')} →</a>
            </p>
          </section>
        </div>
        <section aria-labelledby="h-demands">
          <h2 id="h-demands">{t('home.openDemands')}</h2>
          <ul class="cards">
            {demands.slice(0, 4).map((d) => (
              <DemandCard demand={d} t={t} org={orgs.get(d.orgId)} />
            ))}
          </ul>
          <p>
            <a href="/demands">{t('home.allDemands')} →</a>
          </p>
        </section>
      </div>
      <section aria-labelledby="h-sectors">
        <h2 id="h-sectors">{t('home.sectors')}</h2>
        <ul class="sectors">
          {SECTOR_TAXONOMY.map((s) => (
            <li>
              <a href={`/listings?sector=${s.slug}`}>
                {t.sector(s.slug)} <span>{t('stat.count', { n: counts.get(s.slug) ?? 0 })}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>,
    { title: t('home.title') },
  );
});
