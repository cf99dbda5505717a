// The one mapping from database rows to search documents, used by the outbox consumer, the
// reindex script and the benchmark alike, so every path indexes exactly the same fields.
import type { Currency, DemandState, ListingState } from '../schema/enums';
import type { Demand, Listing, Organization } from '../schema/types';
import type { SearchDocument } from './port';

/** Only these states are findable; anything else is removed from the index. */
export const SEARCHABLE_LISTING_STATES: readonly ListingState[] = ['published'];
export const SEARCHABLE_DEMAND_STATES: readonly DemandState[] = ['open', 'in_talks'];

/**
 * Indicative rates into CNY, used only to put foreign-currency prices on the same axis for
 * price filters and sorting; the listing itself keeps its own currency and amount.
 */
export const INDICATIVE_CNY_RATES: Record<Currency, number> = { CNY: 1, USD: 7.2, EUR: 7.8, HKD: 0.92 };

type OrgFields = Pick<Organization, 'id' | 'type' | 'nameZh' | 'nameEn' | 'region'>;

function toCny(amount: number | null, currency: Currency): number | null {
  if (amount === null || amount === undefined) return null;
  return Math.round(amount * INDICATIVE_CNY_RATES[currency]);
}

export function isListingSearchable(listing: Pick<Listing, 'status'>): boolean {
  return SEARCHABLE_LISTING_STATES.includes(listing.status);
}

export function isDemandSearchable(demand: Pick<Demand, 'status'>): boolean {
  return SEARCHABLE_DEMAND_STATES.includes(demand.status);
}

/** The confidential part and inventors stay out: the index is public to the listing's viewers. */
export function listingDocument(listing: Listing, org: OrgFields): SearchDocument {
  const negotiable = listing.priceType === 'negotiable';
  const priceMin = negotiable ? null : toCny(listing.priceMin ?? listing.priceMax, listing.currency);
  const priceMax = negotiable ? null : toCny(listing.priceMax ?? listing.priceMin, listing.currency);
  return {
    id: listing.id,
    kind: 'listing',
    tenantId: listing.tenantId,
    status: listing.status,
    titleZh: listing.titleZh,
    titleEn: listing.titleEn,
    summaryZh: listing.summaryZh,
    summaryEn: listing.summaryEn,
    descriptionZh: listing.descriptionZh,
    descriptionEn: listing.descriptionEn,
    sector: listing.sector,
    keywords: listing.keywords,
    trl: listing.trl,
    modes: listing.modes,
    priceMin,
    priceMax,
    ipType: listing.ipType,
    orgId: org.id,
    orgNameZh: org.nameZh,
    orgNameEn: org.nameEn,
    orgType: org.type,
    region: listing.region ?? org.region,
    evaluationScore: listing.evaluationScore,
    selected: listing.selected || listing.featured,
    createdAt: (listing.publishedAt ?? listing.createdAt).getTime(),
    updatedAt: listing.updatedAt.getTime(),
  };
}

/** A demand has no summary: its description's first sentence stands in for the snippet. */
export function demandDocument(demand: Demand, org: OrgFields): SearchDocument {
  return {
    id: demand.id,
    kind: 'demand',
    tenantId: demand.tenantId,
    status: demand.status,
    titleZh: demand.titleZh,
    titleEn: demand.titleEn,
    summaryZh: firstSentence(demand.descriptionZh),
    summaryEn: demand.descriptionEn ? firstSentence(demand.descriptionEn) : null,
    descriptionZh: demand.descriptionZh,
    descriptionEn: demand.descriptionEn,
    sector: demand.sector,
    keywords: demand.keywords,
    trl: null,
    modes: demand.modes,
    priceMin: toCny(demand.budgetMin ?? demand.budgetMax, demand.currency),
    priceMax: toCny(demand.budgetMax ?? demand.budgetMin, demand.currency),
    ipType: null,
    orgId: org.id,
    orgNameZh: org.nameZh,
    orgNameEn: org.nameEn,
    orgType: org.type,
    region: demand.region ?? org.region,
    evaluationScore: null,
    selected: false,
    createdAt: (demand.publishedAt ?? demand.createdAt).getTime(),
    updatedAt: demand.updatedAt.getTime(),
  };
}

function firstSentence(text: string): string {
  const end = text.search(/[。！？.!?]/);
  return end > 0 && end < 200 ? text.slice(0, end + 1) : text.slice(0, 200);
}
