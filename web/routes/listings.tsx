import { Hono } from 'hono';
import { IP_TYPES, TRANSACTION_MODES } from '../../schema/enums';
import { SECTOR_TAXONOMY } from '../../schema/sector-taxonomy';
import type { Listing } from '../../schema/types';
import { createListing, getListing, updateListing } from '../../worker/modules/listings/service';
import type { ListingAction } from '../../worker/modules/listings/states';
import { transitionListing } from '../../worker/modules/listings/transitions';
import { ndaOf, viewConfidential } from '../../worker/modules/nda/service';
import { ListingCard } from '../components/cards';
import { type BrowseQuery, browseListings, PAGE_SIZE, parseBrowseQuery } from '../data/browse';
import { orgNames, sectorCounts } from '../data/market';
import type { WebContext, WebEnv } from '../env';
import { listingToForm, parseListingForm } from '../forms/listing';
import {
  type FieldErrors,
  type FormValues,
  fieldErrors,
  one,
  readForm,
  serviceErrors,
} from '../forms/values';
import type { Translator } from '../i18n/index';
import { ListingPage } from '../pages/listing';
import { ListingForm } from '../pages/listing-form';
import { ctxOf, enumOptions, signedIn } from './helpers';
import { SaveSearchForm } from './saved-searches';

export const listingRoutes = new Hono<WebEnv>();

function Filters({ q, t, counts }: { q: BrowseQuery; t: Translator; counts: Map<string, number> }) {
  const trl = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  return (
    <form class="filters" method="get" action="/listings" aria-labelledby="h-filters">
      <h2 id="h-filters">{t('listings.filters')}</h2>
      <div class="field">
        <label for="f-q">{t('listings.q')}</label>
        <input id="f-q" name="q" type="search" value={q.q ?? ''} />
      </div>
      <fieldset>
        <legend>{t('listings.sector')}</legend>
        <label class="opt">
          <input type="radio" name="sector" value="" checked={!q.sector} /> {t('listings.anySector')}
        </label>
        {SECTOR_TAXONOMY.map((s) => (
          <label class="opt">
            <input type="radio" name="sector" value={s.slug} checked={q.sector === s.slug} />{' '}
            {t.sector(s.slug)} <span class="muted">({counts.get(s.slug) ?? 0})</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('listings.trl')}</legend>
        <div class="row">
          <label>
            {t('listings.trlMin')}
            <select name="trlMin">
              {trl.map((n) => (
                <option value={String(n)} selected={(q.trlMin ?? 1) === n}>{`TRL ${n}`}</option>
              ))}
            </select>
          </label>
          <label>
            {t('listings.trlMax')}
            <select name="trlMax">
              {trl.map((n) => (
                <option value={String(n)} selected={(q.trlMax ?? 9) === n}>{`TRL ${n}`}</option>
              ))}
            </select>
          </label>
        </div>
      </fieldset>
      <div class="field">
        <label for="f-mode">{t('listings.mode')}</label>
        <select id="f-mode" name="mode">
          <option value="">{t('listings.anyMode')}</option>
          {enumOptions(t, 'mode', TRANSACTION_MODES).map((o) => (
            <option value={o.value} selected={q.mode === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="f-ip">{t('listings.ipType')}</label>
        <select id="f-ip" name="ipType">
          <option value="">{t('listings.anyIp')}</option>
          {enumOptions(t, 'ip', IP_TYPES).map((o) => (
            <option value={o.value} selected={q.ipType === o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <div class="actions">
        <button class="btn" type="submit">
          {t('listings.apply')}
        </button>
        <a href="/listings">{t('listings.reset')}</a>
      </div>
    </form>
  );
}

function queryString(q: BrowseQuery, cursor?: string): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, cursor })) if (v !== undefined && v !== '') p.set(k, String(v));
  return p.toString();
}

listingRoutes.get('/listings', async (c) => {
  const t = c.var.t;
  const ctx = ctxOf(c);
  const q = parseBrowseQuery(c.req.query());
  const [page, counts] = await Promise.all([
    browseListings(ctx, q, PAGE_SIZE, c.var.deps.search(c.var.db)),
    sectorCounts(ctx),
  ]);
  const orgs = await orgNames(
    ctx.db,
    page.items.map((l) => l.ownerOrgId),
  );
  const { cursor: _c, ...withoutCursor } = q;
  return c.render(
    <>
      <h1>{q.sector ? `${t('listings.title')} · ${t.sector(q.sector)}` : t('listings.searchTitle')}</h1>
      <div class="browse">
        <div>
          <Filters q={q} t={t} counts={counts} />
          <SaveSearchForm c={c} q={q} />
        </div>
        <section aria-labelledby="h-results">
          <h2 id="h-results" aria-live="polite">
            {page.nextCursor
              ? t('listings.resultsMore', { n: page.items.length })
              : t('listings.results', { n: page.items.length })}
          </h2>
          {page.items.length === 0 ? <p>{t('listings.none')}</p> : null}
          <ul class="cards two">
            {page.items.map((l) => (
              <ListingCard listing={l} t={t} org={orgs.get(l.ownerOrgId)} />
            ))}
          </ul>
          <nav class="pager" aria-label={t('listings.pagination')}>
            {q.cursor ? <a href={`/listings?${queryString(withoutCursor)}`}>{t('listings.first')}</a> : null}
            {page.nextCursor ? (
              <a rel="next" href={`/listings?${queryString(withoutCursor, page.nextCursor)}`}>
                {t('listings.next')} →
              </a>
            ) : null}
          </nav>
        </section>
      </div>
    </>,
    { title: q.q ? `${q.q} · ${t('listings.title')}` : t('listings.title') },
  );
});

function renderForm(c: WebContext, values: FormValues, errors: FieldErrors, action: string, isNew: boolean) {
  const t = c.var.t;
  const heading = isNew ? t('form.newListing') : t('form.editListing');
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <ListingForm t={t} values={values} errors={errors} action={action} heading={heading} isNew={isNew} />,
    {
      title: heading,
      privatePage: true,
    },
  );
}

listingRoutes.get('/listings/new', (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  return renderForm(c, { priceType: 'negotiable', modes: [] }, {}, '/listings/new', true);
});

listingRoutes.post('/listings/new', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const values = await readForm(c.req);
  const parsed = parseListingForm(values);
  if (!parsed.success)
    return renderForm(c, values, fieldErrors(parsed.error, c.var.t), '/listings/new', true);
  const ctx = ctxOf(c);
  try {
    const listing = await createListing(ctx, parsed.data);
    if (one(values, 'intent') === 'submit') await transitionListing(ctx, listing.id, 'submit');
    return c.redirect(`/listings/${listing.id}`, 303);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderForm(c, values, errors, '/listings/new', true);
  }
});

listingRoutes.get('/listings/:id', async (c) => {
  const ctx = ctxOf(c);
  const { listing, access } = await getListing(ctx, c.req.param('id'));
  const org = (await orgNames(ctx.db, [listing.ownerOrgId])).get(listing.ownerOrgId);
  // A reader who accepted the current NDA sees the confidential section; each view is logged.
  let confidential: Listing | null = null;
  if (c.var.actor.kind === 'user' && !access.isOwner && !access.isAdmin) {
    const { accepted } = await ndaOf(ctx, listing.id);
    if (accepted) confidential = (await viewConfidential(ctx, listing.id)).listing;
  }
  return c.render(
    <ListingPage c={c} listing={listing} access={access} org={org} confidential={confidential} />,
    {
      title: c.var.t.pick(listing.titleZh, listing.titleEn),
    },
  );
});

listingRoutes.get('/listings/:id/edit', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const { listing } = await getListing(ctxOf(c), c.req.param('id'));
  return renderForm(c, listingToForm(listing), {}, `/listings/${listing.id}/edit`, false);
});

listingRoutes.post('/listings/:id/edit', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const id = c.req.param('id');
  const action = `/listings/${id}/edit`;
  const values = await readForm(c.req);
  const parsed = parseListingForm(values);
  if (!parsed.success) return renderForm(c, values, fieldErrors(parsed.error, c.var.t), action, false);
  const { currency: _currency, ownerOrgId: _owner, ...fields } = parsed.data;
  const version = Number(one(values, 'version')) || undefined;
  try {
    await updateListing(ctxOf(c), id, {
      ...fields,
      priceMin: fields.priceMin ?? null,
      priceMax: fields.priceMax ?? null,
      version,
    });
    return c.redirect(`/listings/${id}`, 303);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderForm(c, values, errors, action, false);
  }
});

/** Owner steps from the listing page and the seller dashboard; admin steps from the review queue. */
const STEPS: ListingAction[] = ['submit', 'archive', 'publish', 'reject'];
for (const step of STEPS) {
  listingRoutes.post(`/listings/:id/${step}`, async (c) => {
    const user = signedIn(c);
    if (user instanceof Response) return user;
    const values = await readForm(c.req);
    const reason = one(values, 'reason').trim();
    const id = c.req.param('id');
    const version = Number(one(values, 'version')) || undefined;
    if (step === 'reject' && reason.length < 2) return c.redirect(`/admin/review?error=reason#r-${id}`, 303);
    await transitionListing(ctxOf(c), id, step, { version, reason: step === 'reject' ? reason : undefined });
    const back =
      step === 'publish' || step === 'reject'
        ? `/admin/review?done=${step}&id=${id}`
        : one(values, 'back') === 'listing'
          ? `/listings/${id}`
          : '/dashboard';
    return c.redirect(back, 303);
  });
}
