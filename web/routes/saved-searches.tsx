import { Hono } from 'hono';
import type { SavedSearchFilters } from '../../schema/saved-searches';
import type { SavedSearch } from '../../schema/types';
import { DomainError } from '../../worker/lib/errors';
import type { ServiceContext } from '../../worker/lib/service-context';
import { browseUrl, filtersQueryString } from '../../worker/modules/saved-searches/filters';
import {
  createSavedSearch,
  deleteSavedSearch,
  getSavedSearch,
  listSavedSearches,
  MAX_SAVED_SEARCHES_PER_USER,
  updateSavedSearch,
} from '../../worker/modules/saved-searches/service';
import type { BrowseQuery } from '../data/browse';
import { parseBrowseQuery } from '../data/browse';
import type { WebContext, WebEnv } from '../env';
import { one, readForm } from '../forms/values';
import type { MessageKey, Translator } from '../i18n/index';
import { ctxOf, signedIn } from './helpers';

// Saved searches in the browser: the "save this search" form on the browse page, the section on
// the dashboard (rerun link, alert toggle, delete), and the posts behind them. No script needed.

export const savedSearchRoutes = new Hono<WebEnv>();

const filtersOf = (q: BrowseQuery): SavedSearchFilters => {
  const { cursor: _cursor, ...rest } = q;
  return rest as SavedSearchFilters;
};

/** A readable name for a search: its keywords and sector, or "all technologies". */
export function defaultSearchName(t: Translator, f: SavedSearchFilters): string {
  const parts = [f.q, f.sector ? t.sector(f.sector) : undefined].filter(Boolean);
  return parts.length ? parts.join(' · ').slice(0, 80) : t('saved.anything');
}

/** What a saved search filters on, as short tags. */
function summary(t: Translator, f: SavedSearchFilters): string[] {
  const out: string[] = [];
  if (f.q) out.push(t.labelled(t('listings.q'), f.q));
  if (f.sector) out.push(t.sector(f.sector));
  if (f.mode) out.push(t(`mode.${f.mode}` as MessageKey));
  if (f.ipType) out.push(t(`ip.${f.ipType}` as MessageKey));
  if (f.trlMin !== undefined || f.trlMax !== undefined) out.push(`TRL ${f.trlMin ?? 1}–${f.trlMax ?? 9}`);
  return out;
}

/** Under the browse page's filters: save the current search (signed in), or a sign-in link. */
export async function SaveSearchForm({ c, q }: { c: WebContext; q: BrowseQuery }) {
  const t = c.var.t;
  const filters = filtersOf(q);
  const qs = filtersQueryString(filters);
  const savedParam = c.req.query('saved');
  if (c.var.actor.kind !== 'user') {
    const next = encodeURIComponent(qs ? `/listings?${qs}` : '/listings');
    return (
      <p class="save-search">
        <a href={`/signin?next=${next}`}>{t('saved.signinToSave')}</a>
      </p>
    );
  }
  // ?saved=<id> after a save: name it (only if it is the reader's own); ?saved=limit when full.
  const saved =
    savedParam && savedParam !== 'limit'
      ? await getSavedSearch(ctxOf(c), savedParam.slice(0, 64)).catch(() => null)
      : null;
  return (
    <form class="form save-search" method="post" action="/saved-searches" aria-labelledby="h-save-search">
      <h2 id="h-save-search">{t('saved.save')}</h2>
      {savedParam === 'limit' ? (
        <p class="alert" role="alert">
          {t('saved.limit', { n: MAX_SAVED_SEARCHES_PER_USER })}
        </p>
      ) : saved ? (
        <p class="notice" role="status">
          {t('saved.savedMsg', { name: saved.name })}{' '}
          <a href="/dashboard#saved-searches">{t('saved.viewAll')}</a>
        </p>
      ) : null}
      <p class="hint">{t('saved.saveHint')}</p>
      <input type="hidden" name="query" value={qs} />
      <div class="field">
        <label for="f-saved-name">{t('saved.name')}</label>
        <input id="f-saved-name" name="name" maxlength={80} value={defaultSearchName(t, filters)} />
      </div>
      <label class="opt">
        <input type="checkbox" name="notify" value="on" checked /> {t('saved.notify')}
      </label>
      <button class="btn secondary" type="submit">
        {t('saved.save')}
      </button>
    </form>
  );
}

function SavedItem({ t, s }: { t: Translator; s: SavedSearch }) {
  const forName = (action: string) => t('saved.forName', { action, name: s.name });
  return (
    <li class="card" id={`s-${s.id}`}>
      <h3>
        <a href={browseUrl(s.filters)}>{s.name}</a>
      </h3>
      <p>
        {summary(t, s.filters).map((x) => (
          <>
            <span class="tag">{x}</span>{' '}
          </>
        ))}
        <span class={s.notify ? 'tag state' : 'tag'}>
          {t(s.notify ? 'saved.notifyOn' : 'saved.notifyOff')}
        </span>
      </p>
      <div class="actions">
        <a class="btn secondary" href={browseUrl(s.filters)} aria-label={forName(t('saved.rerun'))}>
          {t('saved.rerun')}
        </a>
        <form method="post" action={`/saved-searches/${s.id}/notify`}>
          <input type="hidden" name="notify" value={s.notify ? 'off' : 'on'} />
          <button
            class="btn secondary"
            type="submit"
            aria-label={forName(t(s.notify ? 'saved.turnOff' : 'saved.turnOn'))}
          >
            {t(s.notify ? 'saved.turnOff' : 'saved.turnOn')}
          </button>
        </form>
        <form method="post" action={`/saved-searches/${s.id}/delete`}>
          <button class="btn danger" type="submit" aria-label={forName(t('saved.delete'))}>
            {t('saved.delete')}
          </button>
        </form>
      </div>
    </li>
  );
}

/** The dashboard section; buyers always see it, others once they have saved something. */
export async function SavedSearchesSection({
  ctx,
  t,
  buyer,
}: {
  ctx: ServiceContext;
  t: Translator;
  buyer: boolean;
}) {
  const items = await listSavedSearches(ctx);
  if (!buyer && items.length === 0) return null;
  return (
    <section aria-labelledby="h-saved-searches" class="panel" id="saved-searches">
      <h2 id="h-saved-searches">{t('saved.title')}</h2>
      {items.length === 0 ? <p class="muted">{t('saved.none')}</p> : null}
      <ul class="cards">
        {items.map((s) => (
          <SavedItem t={t} s={s} />
        ))}
      </ul>
    </section>
  );
}

savedSearchRoutes.post('/saved-searches', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const v = await readForm(c.req);
  const filters = filtersOf(parseBrowseQuery(Object.fromEntries(new URLSearchParams(one(v, 'query')))));
  const back = browseUrl(filters);
  const sep = back.includes('?') ? '&' : '?';
  const name = one(v, 'name').trim().slice(0, 80) || defaultSearchName(c.var.t, filters);
  let saved: SavedSearch;
  try {
    saved = await createSavedSearch(ctxOf(c), { name, filters, notify: one(v, 'notify') === 'on' });
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation') throw error;
    return c.redirect(`${back}${sep}saved=limit#h-save-search`, 303);
  }
  return c.redirect(`${back}${sep}saved=${saved.id}#h-save-search`, 303);
});

savedSearchRoutes.post('/saved-searches/:id/notify', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const v = await readForm(c.req);
  const s = await updateSavedSearch(ctxOf(c), c.req.param('id'), { notify: one(v, 'notify') === 'on' });
  return c.redirect(`/dashboard#s-${s.id}`, 303);
});

savedSearchRoutes.post('/saved-searches/:id/delete', async (c) => {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  const ctx = ctxOf(c);
  const s = await getSavedSearch(ctx, c.req.param('id'));
  await deleteSavedSearch(ctx, s.id);
  return c.redirect('/dashboard#saved-searches', 303);
});
