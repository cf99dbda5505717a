import type { Demand, Listing } from '../../schema/types';
import type { OrgName } from '../data/market';
import type { MessageKey, Translator } from '../i18n/index';

export function listingPrice(
  t: Translator,
  l: Pick<Listing, 'priceType' | 'priceMin' | 'priceMax' | 'currency'>,
): string {
  if (l.priceType === 'negotiable') return t('listing.negotiable');
  return (
    t.moneyRange(l.priceMin, l.priceType === 'range' ? l.priceMax : null, l.currency) ??
    t('listing.negotiable')
  );
}

export function ListingCard({
  listing: l,
  t,
  org,
  showState,
}: {
  listing: Listing;
  t: Translator;
  org?: OrgName;
  showState?: boolean;
}) {
  return (
    <li class="card">
      <h3>
        <a href={`/listings/${l.id}`}>{t.pick(l.titleZh, l.titleEn)}</a>
      </h3>
      {org ? <p>{t.pick(org.nameZh, org.nameEn)}</p> : null}
      <p>{truncate(t.pick(l.summaryZh, l.summaryEn), 90)}</p>
      <ul class="meta">
        {showState ? <li class="tag state">{t(`state.${l.status}` as MessageKey)}</li> : null}
        {l.selected ? <li class="tag hot">{t('listing.selected')}</li> : null}
        <li class="tag">{t.sector(l.sector)}</li>
        <li class="tag">TRL {l.trl}</li>
        <li class="tag">{t(`ip.${l.ipType}` as MessageKey)}</li>
        <li class="price">{listingPrice(t, l)}</li>
      </ul>
    </li>
  );
}

export function demandBudget(t: Translator, d: Pick<Demand, 'budgetMin' | 'budgetMax' | 'currency'>): string {
  return t.moneyRange(d.budgetMin, d.budgetMax, d.currency) ?? t('demand.unspecified');
}

export function DemandCard({
  demand: d,
  t,
  org,
  showState,
}: {
  demand: Demand;
  t: Translator;
  org?: OrgName;
  showState?: boolean;
}) {
  return (
    <li class="card">
      <h3>
        <a href={`/demands/${d.id}`}>{t.pick(d.titleZh, d.titleEn)}</a>
      </h3>
      {org ? <p>{t.pick(org.nameZh, org.nameEn)}</p> : null}
      <p>{truncate(t.pick(d.descriptionZh, d.descriptionEn), 90)}</p>
      <ul class="meta">
        {showState ? <li class="tag state">{t(`state.${d.status}` as MessageKey)}</li> : null}
        <li class="tag">{t.sector(d.sector)}</li>
        {d.deadline ? <li class="tag">{`${t('demand.deadline')} ${d.deadline}`}</li> : null}
        <li class="price">{demandBudget(t, d)}</li>
      </ul>
    </li>
  );
}

export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
