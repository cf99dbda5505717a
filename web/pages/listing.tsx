import type { Listing } from '../../schema/types';
import type { ListingAccess } from '../../worker/modules/listings/access';
import { ADMIN_EDITABLE_STATES, OWNER_EDITABLE_STATES } from '../../worker/modules/listings/states';
import { listingPrice } from '../components/cards';
import type { OrgName } from '../data/market';
import type { WebContext } from '../env';
import type { MessageKey } from '../i18n/index';

/**
 * The deal actions: 咨询 (a message that opens or continues the inquiry thread), 签署保密协议 and
 * 发起交易/报价. Signed out, each leads to sign-in and back here.
 */
function DealActions({ c, listing }: { c: WebContext; listing: Listing }) {
  const t = c.var.t;
  const signedIn = c.var.actor.kind === 'user';
  const back = `/signin?next=${encodeURIComponent(`/listings/${listing.id}`)}`;
  if (!signedIn)
    return (
      <section class="panel" aria-labelledby="h-actions" id="deal-actions">
        <h2 id="h-actions">{t('listing.actions')}</h2>
        <div class="actions">
          <a class="btn" href={back}>
            {t('listing.inquire')}
          </a>
          <a class="btn secondary" href={back}>
            {t('listing.nda')}
          </a>
          <a class="btn secondary" href={back}>
            {t('listing.offer')}
          </a>
        </div>
        <p class="muted">{t('listing.signinToAct')}</p>
      </section>
    );
  const empty = c.req.query('inquiry') === 'empty';
  return (
    <section class="panel" aria-labelledby="h-actions" id="deal-actions">
      <h2 id="h-actions">{t('listing.actions')}</h2>
      <form method="post" action={`/listings/${listing.id}/inquiries`} id="inquire">
        <div class={empty ? 'field invalid' : 'field'}>
          <label for="f-inquiry">{t('inq.message')}</label>
          <textarea
            id="f-inquiry"
            name="message"
            rows={3}
            required
            maxlength={4000}
            aria-invalid={empty ? 'true' : undefined}
            aria-describedby={empty ? 'f-inquiry-error' : undefined}
          />
          {empty ? (
            <p class="error" id="f-inquiry-error">
              {t('err.required')}
            </p>
          ) : null}
        </div>
        <button class="btn" type="submit">
          {t('inq.send')}
        </button>
      </form>
      <div class="actions">
        <a class="btn secondary" href={`/listings/${listing.id}/nda`}>
          {t('listing.nda')}
        </a>
        <a class="btn secondary" href={`/deals/new?listing=${listing.id}`}>
          {t('listing.offer')}
        </a>
      </div>
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
  confidential,
}: {
  c: WebContext;
  listing: Listing;
  access: ListingAccess;
  org?: OrgName;
  /** The confidential section for a reader who accepted the current NDA (the view is logged). */
  confidential?: Listing | null;
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
          {(mine ? l : confidential) &&
          (l.confidentialZh || l.confidentialEn || confidential?.confidentialZh) ? (
            <section class="panel" aria-labelledby="h-conf" id="confidential">
              <h2 id="h-conf">{t('listing.confidential')}</h2>
              <p>
                {mine
                  ? t.pick(l.confidentialZh ?? '', l.confidentialEn)
                  : t.pick(confidential?.confidentialZh ?? '', confidential?.confidentialEn)}
              </p>
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
