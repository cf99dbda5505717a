import { Hono } from 'hono';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import { isTenantAdmin } from '../../worker/lib/access';
import { listDemands } from '../../worker/modules/demands/service';
import { listListings } from '../../worker/modules/listings/service';
import { getOrganization, managesOrganization, memberRole } from '../../worker/modules/organizations/service';
import { tenantStats } from '../../worker/modules/stats/service';
import { DemandCard, ListingCard } from '../components/cards';
import { ColumnChart, HBarChart } from '../components/chart';
import { monthlyCollected, sectorCounts } from '../data/market';
import type { WebEnv } from '../env';
import type { MessageKey } from '../i18n/index';
import { ctxOf } from './helpers';
import { HeadlineStats } from './home';
import { VerificationPanel } from './org-verification';

// Organization pages, the statistics page and the deal room's place in the site.
export const marketRoutes = new Hono<WebEnv>();

marketRoutes.get('/orgs/:id', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const org = await getOrganization(ctx, c.req.param('id'));
  const [listings, demands] = await Promise.all([
    listListings(ctx, { limit: 24, ownerOrgId: org.id }),
    listDemands(ctx, { limit: 24, orgId: org.id }),
  ]);
  const name = t.pick(org.nameZh, org.nameEn);
  const description = t.pick(org.descriptionZh ?? '', org.descriptionEn);
  const actor = c.var.actor;
  // One membership lookup decides both the edit link and the verification forms.
  const role = actor.kind === 'user' ? await memberRole(ctx.db, org.id, actor.user.id) : null;
  const canRequest = managesOrganization(role);
  const canDecide = actor.kind === 'user' && isTenantAdmin(actor);
  const editable = canRequest || canDecide;
  return c.render(
    <>
      <h1>{name}</h1>
      {c.req.query('saved') ? (
        <p class="notice" role="status">
          {t(c.req.query('saved') === 'verification' ? 'orgVerify.saved' : 'org.saved')}
        </p>
      ) : null}
      {editable ? (
        <p>
          <a class="btn secondary" href={`/orgs/${org.id}/edit`}>
            {t('org.edit')}
          </a>
        </p>
      ) : null}
      <section class="panel" aria-label={name}>
        <dl class="facts">
          <dt>{t('org.type')}</dt>
          <dd>{t(`orgType.${org.type}` as MessageKey)}</dd>
          <dt>{t('org.verification')}</dt>
          <dd>{t(`verification.${org.verification}` as MessageKey)}</dd>
          {org.region ? (
            <>
              <dt>{t('org.region')}</dt>
              <dd>{org.region}</dd>
            </>
          ) : null}
          {org.website?.startsWith('http') ? (
            <>
              <dt>{t('org.website')}</dt>
              <dd>
                <a href={org.website} rel="nofollow noopener">
                  {org.website}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
        {description ? <p>{description}</p> : null}
      </section>
      {canRequest || canDecide ? (
        <VerificationPanel t={t} org={org} canRequest={canRequest} canDecide={canDecide} />
      ) : null}
      <section aria-labelledby="h-org-listings">
        <h2 id="h-org-listings">{t('org.listings')}</h2>
        {listings.length === 0 ? <p>{t('dash.empty')}</p> : null}
        <ul class="cards two">
          {listings.slice(0, 24).map((l) => (
            <ListingCard listing={l} t={t} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="h-org-demands">
        <h2 id="h-org-demands">{t('org.demands')}</h2>
        {demands.length === 0 ? <p>{t('dash.empty')}</p> : null}
        <ul class="cards two">
          {demands.slice(0, 24).map((d) => (
            <DemandCard demand={d} t={t} />
          ))}
        </ul>
      </section>
    </>,
    { title: name },
  );
});

marketRoutes.get('/stats', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const [stats, counts, months] = await Promise.all([
    tenantStats(ctx.db, ctx.tenant.id),
    sectorCounts(ctx),
    monthlyCollected(ctx),
  ]);
  const sectorBars = SECTOR_TAXONOMY.map((s) => ({
    label: t.sector(s.slug),
    value: counts.get(s.slug) ?? 0,
  }));
  const monthBars = months.map((m) => ({ label: t.month(m.month), value: m.n }));
  return c.render(
    <>
      <h1>{t('stats.title')}</h1>
      <HeadlineStats stats={stats} t={t} />
      <p class="muted">{t('stats.chartNote')}</p>
      <section aria-labelledby="h-by-sector">
        <h2 id="h-by-sector">{t('stats.bySector')}</h2>
        <HBarChart bars={sectorBars} title={t('stats.bySector')} />
        <DataTable
          head={[t('stats.sector'), t('stats.count')]}
          rows={sectorBars}
          caption={t('stats.bySector')}
        />
      </section>
      <section aria-labelledby="h-by-month">
        <h2 id="h-by-month">{t('stats.byMonth')}</h2>
        <p class="muted">{`${t.date(months[0]?.month ?? new Date())} – ${t.date(months.at(-1)?.month ?? new Date())}`}</p>
        <ColumnChart bars={monthBars} title={t('stats.byMonth')} />
        <DataTable
          head={[t('stats.month'), t('stats.count')]}
          rows={monthBars}
          caption={t('stats.byMonth')}
        />
      </section>
    </>,
    { title: t('stats.title') },
  );
});

function DataTable({
  head,
  rows,
  caption,
}: {
  head: [string, string];
  rows: { label: string; value: number }[];
  caption: string;
}) {
  return (
    <details>
      <summary>{caption}</summary>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{head[0]}</th>
              <th scope="col">{head[1]}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr>
                <td>{r.label}</td>
                <td>{String(r.value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
