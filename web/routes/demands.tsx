import { Hono } from 'hono';
import { TRANSACTION_MODES } from '../../schema/enums';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import { ListDemandsQuery } from '../../worker/modules/demands/schemas';
import {
  createDemand,
  getDemand,
  listDemands,
  transitionDemand,
  updateDemand,
} from '../../worker/modules/demands/service';
import { DemandCard, demandBudget } from '../components/cards';
import { ChoiceGroup, ErrorSummary, SelectField, TextField } from '../components/fields';
import { orgNames } from '../data/market';
import type { WebContext, WebEnv } from '../env';
import { demandToForm, parseDemandForm } from '../forms/demand';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  many,
  one,
  readForm,
  serviceErrors,
} from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, enumOptions, signedIn } from './helpers';

export const demandRoutes = new Hono<WebEnv>();
const PAGE = 12;

demandRoutes.get('/demands', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const sector = ListDemandsQuery.shape.sector.safeParse(c.req.query('sector') || undefined).data;
  const cursor = ListDemandsQuery.shape.cursor.safeParse(c.req.query('cursor') || undefined).data;
  const rows = await listDemands(ctx, { limit: PAGE, sector, cursor });
  const items = rows.slice(0, PAGE);
  const next = rows.length > PAGE ? items.at(-1)?.id : undefined;
  const orgs = await orgNames(
    ctx.db,
    items.map((d) => d.orgId),
  );
  const qs = (next?: string) => {
    const p = new URLSearchParams();
    if (sector) p.set('sector', sector);
    if (next) p.set('cursor', next);
    return p.toString();
  };
  return c.render(
    <>
      <h1>{t('demands.board')}</h1>
      <form class="filters" method="get" action="/demands" aria-label={t('listings.filters')}>
        <div class="field">
          <label for="d-sector">{t('listings.sector')}</label>
          <select id="d-sector" name="sector">
            <option value="">{t('listings.anySector')}</option>
            {SECTOR_TAXONOMY.map((s) => (
              <option value={s.slug} selected={sector === s.slug}>
                {t.sector(s.slug)}
              </option>
            ))}
          </select>
        </div>
        <button class="btn" type="submit">
          {t('listings.apply')}
        </button>
      </form>
      <section aria-label={t('demands.title')}>
        {items.length === 0 ? <p>{t('demands.none')}</p> : null}
        <ul class="cards two">
          {items.map((d) => (
            <DemandCard demand={d} t={t} org={orgs.get(d.orgId)} />
          ))}
        </ul>
        <nav class="pager" aria-label={t('listings.pagination')}>
          {cursor ? <a href={`/demands?${qs()}`}>{t('listings.first')}</a> : null}
          {next ? (
            <a rel="next" href={`/demands?${qs(next)}`}>
              {t('listings.next')} →
            </a>
          ) : null}
        </nav>
      </section>
    </>,
    { title: t('demands.title') },
  );
});

function demandLabels(t: Translator): Record<string, string> {
  return {
    titleZh: t('form.demandTitle'),
    titleEn: t('form.demandTitleEn'),
    descriptionZh: t('form.demandDescription'),
    sector: t('listing.sector'),
    keywords: t('form.keywords'),
    budgetMin: t('form.budgetMin'),
    budgetMax: t('form.budgetMax'),
    deadline: t('form.deadline'),
    modes: t('form.wantedModes'),
    region: t('form.region'),
  };
}

function renderDemandForm(c: WebContext, v: FormValues, errors: FieldErrors, action: string, isNew: boolean) {
  const t = c.var.t;
  const L = demandLabels(t);
  const heading = isNew ? t('form.newDemand') : t('form.editDemand');
  const text = (name: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField name={name} label={L[name] ?? name} value={one(v, name)} errors={errors} {...extra} />
  );
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <h1>{heading}</h1>
      <form class="form" method="post" action={action} novalidate>
        <ErrorSummary errors={errors} t={t} labels={L} />
        {v.version ? <input type="hidden" name="version" value={one(v, 'version')} /> : null}
        {text('titleZh', { required: true })}
        {text('titleEn')}
        {text('descriptionZh', { required: true, multiline: true, rows: 6 })}
        <SelectField
          name="sector"
          label={L.sector ?? ''}
          value={one(v, 'sector')}
          errors={errors}
          required
          blank="—"
          options={SECTOR_TAXONOMY.map((s) => ({ value: s.slug, label: t.sector(s.slug) }))}
        />
        {text('budgetMin', { inputmode: 'decimal' })}
        {text('budgetMax', { inputmode: 'decimal' })}
        {text('deadline', { type: 'date' })}
        <ChoiceGroup
          name="modes"
          label={L.modes ?? ''}
          values={many(v, 'modes')}
          errors={errors}
          options={enumOptions(t, 'mode', TRANSACTION_MODES)}
        />
        {text('keywords')}
        {text('region')}
        <div class="actions">
          {isNew ? (
            <>
              <button class="btn" type="submit" name="intent" value="publish">
                {t('form.publishNow')}
              </button>
              <button class="btn secondary" type="submit" name="intent" value="draft">
                {t('form.saveDraft')}
              </button>
            </>
          ) : (
            <button class="btn" type="submit">
              {t('form.save')}
            </button>
          )}
          <a href="/dashboard">{t('form.cancel')}</a>
        </div>
      </form>
    </>,
    { title: heading, privatePage: true },
  );
}

demandRoutes.get('/demands/new', (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  return renderDemandForm(c, {}, {}, '/demands/new', true);
});

demandRoutes.post('/demands/new', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const values = await readForm(c.req);
  const parsed = parseDemandForm(values);
  if (!parsed.success)
    return renderDemandForm(c, values, fieldErrors(parsed.error, c.var.t), '/demands/new', true);
  const ctx = ctxOf(c);
  try {
    const demand = await createDemand(ctx, parsed.data);
    if (one(values, 'intent') === 'publish') await transitionDemand(ctx, demand.id, 'publish');
    return c.redirect(`/demands/${demand.id}`, 303);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderDemandForm(c, values, errors, '/demands/new', true);
  }
});

demandRoutes.get('/demands/:id', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const { demand: d, access } = await getDemand(ctx, c.req.param('id'));
  const org = (await orgNames(ctx.db, [d.orgId])).get(d.orgId);
  return c.render(
    <article>
      <p>
        <a href="/demands">← {t('demand.back')}</a>
      </p>
      <h1>{t.pick(d.titleZh, d.titleEn)}</h1>
      <ul class="meta">
        <li class="tag state">{t(`state.${d.status}` as MessageKey)}</li>
        <li class="tag">{t.sector(d.sector)}</li>
      </ul>
      <div class="grid main-side">
        <section class="panel" aria-labelledby="h-desc">
          <h2 id="h-desc">{t('demand.description')}</h2>
          {t
            .pick(d.descriptionZh, d.descriptionEn)
            .split(/\n+/)
            .map((p) => (
              <p>{p}</p>
            ))}
        </section>
        <div>
          <section class="panel" aria-label={t('listing.facts')}>
            <dl class="facts">
              <dt>{t('demand.budget')}</dt>
              <dd class="price">{demandBudget(t, d)}</dd>
              <dt>{t('demand.deadline')}</dt>
              <dd>{d.deadline ?? t('demand.unspecified')}</dd>
              <dt>{t('demand.modes')}</dt>
              <dd>
                {d.modes.length
                  ? d.modes.map((m) => t(`mode.${m}` as MessageKey)).join(t.locale === 'zh' ? '、' : ', ')
                  : t('demand.unspecified')}
              </dd>
              <dt>{t('demand.org')}</dt>
              <dd>{org ? <a href={`/orgs/${org.id}`}>{t.pick(org.nameZh, org.nameEn)}</a> : '—'}</dd>
              {d.region ? (
                <>
                  <dt>{t('listing.region')}</dt>
                  <dd>{d.region}</dd>
                </>
              ) : null}
            </dl>
          </section>
          {access.isOwner || access.isAdmin ? (
            <p>
              <a class="btn secondary" href={`/demands/${d.id}/edit`}>
                {t('listing.edit')}
              </a>
            </p>
          ) : (
            <section class="panel">
              <p class="muted">{t('demand.proposeSoon')}</p>
            </section>
          )}
        </div>
      </div>
    </article>,
    { title: t.pick(d.titleZh, d.titleEn) },
  );
});

demandRoutes.get('/demands/:id/edit', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { demand } = await getDemand(ctxOf(c), c.req.param('id'));
  return renderDemandForm(c, demandToForm(demand), {}, `/demands/${demand.id}/edit`, false);
});

demandRoutes.post('/demands/:id/edit', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const action = `/demands/${id}/edit`;
  const values = await readForm(c.req);
  const parsed = parseDemandForm(values);
  if (!parsed.success) return renderDemandForm(c, values, fieldErrors(parsed.error, c.var.t), action, false);
  const { orgId: _org, currency: _cur, ...fields } = parsed.data;
  try {
    await updateDemand(ctxOf(c), id, {
      ...fields,
      budgetMin: fields.budgetMin ?? null,
      budgetMax: fields.budgetMax ?? null,
      deadline: fields.deadline ?? null,
      version: Number(one(values, 'version')) || undefined,
    });
    return c.redirect(`/demands/${id}`, 303);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderDemandForm(c, values, errors, action, false);
  }
});

for (const step of ['publish', 'close'] as const) {
  demandRoutes.post(`/demands/:id/${step}`, async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const values = await readForm(c.req);
    await transitionDemand(ctxOf(c), c.req.param('id'), step, Number(one(values, 'version')) || undefined);
    return c.redirect('/dashboard', 303);
  });
}
