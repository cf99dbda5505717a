import type { Listing } from '../../schema/types';
import type { ListingAccess } from '../../worker/modules/listings/access';
import { ADMIN_EDITABLE_STATES, OWNER_EDITABLE_STATES } from '../../worker/modules/listings/states';
import { listingPrice } from '../components/cards';
import type { OrgName } from '../data/market';
import type { WebContext } from '../env';
import type { MessageKey } from '../i18n/index';

/** The deal actions. Signed out they lead to sign-in; signed in, to the deal room (issue 4). */
function DealActions({ c, listing }: { c: WebContext; listing: Listing }) {
  const t = c.var.t;
  const kinds: [string, MessageKey][] = [
    ['inquiry', 'listing.inquire'],
    ['nda', 'listing.nda'],
    ['offer', 'listing.offer'],
  ];
  const signedIn = c.var.actor.kind === 'user';
  const href = (kind: string) =>
    signedIn
      ? `/deals/new?listing=${listing.id}&kind=${kind}`
      : `/signin?next=${encodeURIComponent(`/listings/${listing.id}`)}`;
  return (
    <section class="panel" aria-labelledby="h-actions" id="deal-actions">
      <h2 id="h-actions">{t('listing.actions')}</h2>
      <div class="actions">
        {kinds.map(([kind, key], i) => (
          <a class={i === 0 ? 'btn' : 'btn secondary'} href={href(kind)}>
            {t(key)}
          </a>
        ))}
      </div>
      {signedIn ? null : <p class="muted">{t('listing.signinToAct')}</p>}
    </section>
  );
}

function OwnerActions({ c, listing, access }: { c: WebContext; listing: Listing; access: ListingAccess }) {
  const t = c.var.t;
  const editable = (
    access.isAdmin ? ADMIN_EDITABLE_STATES : access.isOwner ? OWNER_EDITABLE_STATES : []
  ).includes(listing.status);
  return (
    <section class="panel" aria-label={t('listing.status')}>
      <p>
        {t('listing.status')}: <strong>{t(`state.${listing.status}` as MessageKey)}</strong>
      </p>
      {listing.status === 'rejected' && listing.rejectionReason ? (
        <p class="alert">{t('listing.rejected', { reason: listing.rejectionReason })}</p>
      ) : null}
      <div class="actions">
        {editable ? (
          <a class="btn secondary" href={`/listings/${listing.id}/edit`}>
            {t('listing.edit')}
          </a>
        ) : null}
        {access.isOwner && listing.status === 'draft' ? (
          <form method="post" action={`/listings/${listing.id}/submit`}>
            <input type="hidden" name="version" value={String(listing.version)} />
            <input type="hidden" name="back" value="listing" />
            <button class="btn" type="submit">
              {t('listing.submit')}
            </button>
          </form>
        ) : null}
      </div>
    </section>
  );
}

export function ListingPage({
  c,
  listing: l,
  access,
  org,
}: {
  c: WebContext;
  listing: Listing;
  access: ListingAccess;
  org?: OrgName;
}) {
  const t = c.var.t;
  const mine = access.isOwner || access.isAdmin;
  const description = t.pick(l.descriptionZh ?? '', l.descriptionEn);
  return (
    <article>
      <p>
        <a href="/listings">← {t('listing.back')}</a>
      </p>
      <h1>{t.pick(l.titleZh, l.titleEn)}</h1>
      <ul class="meta">
        {l.selected ? <li class="tag hot">{t('listing.selected')}</li> : null}
        {l.featured ? <li class="tag hot">{t('listing.featured')}</li> : null}
        <li class="tag">{t.sector(l.sector)}</li>
        {l.publishedAt ? (
          <li class="tag">{t('listing.published', { date: t.date(l.publishedAt) })}</li>
        ) : null}
      </ul>
      <div class="grid main-side">
        <div>
          <section class="panel" aria-labelledby="h-summary">
            <h2 id="h-summary">{t('listing.summary')}</h2>
            <p>{t.pick(l.summaryZh, l.summaryEn)}</p>
            {description ? (
              <>
                <h2>{t('listing.description')}</h2>
                {description.split(/\n+/).map((para) => (
                  <p>{para}</p>
                ))}
              </>
            ) : null}
          </section>
          {mine && (l.confidentialZh || l.confidentialEn) ? (
            <section class="panel" aria-labelledby="h-conf">
              <h2 id="h-conf">{t('listing.confidential')}</h2>
              <p>{t.pick(l.confidentialZh ?? '', l.confidentialEn)}</p>
            </section>
          ) : null}
        </div>
        <div>
          {mine ? <OwnerActions c={c} listing={l} access={access} /> : null}
          {l.status === 'published' || l.status === 'under_negotiation' ? (
            <DealActions c={c} listing={l} />
          ) : null}
          <section class="panel" aria-labelledby="h-facts">
            <h2 id="h-facts">{t('listing.facts')}</h2>
            <dl class="facts">
              <dt>{t('listing.price')}</dt>
              <dd class="price">{listingPrice(t, l)}</dd>
              <dt>{t('listing.trl')}</dt>
              <dd>{t('listing.trlValue', { n: l.trl })}</dd>
              <dt>{t('listing.ipType')}</dt>
              <dd>{t(`ip.${l.ipType}` as MessageKey)}</dd>
              {l.ipNumbers.length ? (
                <>
                  <dt>{t('listing.ipNumbers')}</dt>
                  <dd>{l.ipNumbers.join(', ')}</dd>
                </>
              ) : null}
              <dt>{t('listing.modes')}</dt>
              <dd>
                {l.modes.map((m) => t(`mode.${m}` as MessageKey)).join(t.locale === 'zh' ? '、' : ', ')}
              </dd>
              <dt>{t('listing.org')}</dt>
              <dd>{org ? <a href={`/orgs/${org.id}`}>{t.pick(org.nameZh, org.nameEn)}</a> : '—'}</dd>
              {l.inventors.length ? (
                <>
                  <dt>{t('listing.inventors')}</dt>
                  <dd>{l.inventors.join(t.locale === 'zh' ? '、' : ', ')}</dd>
                </>
              ) : null}
              {l.region ? (
                <>
                  <dt>{t('listing.region')}</dt>
                  <dd>{l.region}</dd>
                </>
              ) : null}
              {l.keywords.length ? (
                <>
                  <dt>{t('listing.keywords')}</dt>
                  <dd>{l.keywords.join(t.locale === 'zh' ? '、' : ', ')}</dd>
                </>
              ) : null}
            </dl>
          </section>
        </div>
      </div>
    </article>
  );
}
