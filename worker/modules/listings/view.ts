import type { Listing } from '../../../schema/types';

/** The API shape of a listing; the confidential section only when the caller may see it. */
export function listingView(listing: Listing, showConfidential: boolean) {
  return {
    id: listing.id,
    tenantId: listing.tenantId,
    ownerOrgId: listing.ownerOrgId,
    status: listing.status,
    closedAs: listing.closedAs,
    titleZh: listing.titleZh,
    titleEn: listing.titleEn,
    summaryZh: listing.summaryZh,
    summaryEn: listing.summaryEn,
    descriptionZh: listing.descriptionZh,
    descriptionEn: listing.descriptionEn,
    confidential: showConfidential ? { zh: listing.confidentialZh, en: listing.confidentialEn } : null,
    sector: listing.sector,
    keywords: listing.keywords,
    trl: listing.trl,
    ipType: listing.ipType,
    ipNumbers: listing.ipNumbers,
    modes: listing.modes,
    priceType: listing.priceType,
    priceMin: listing.priceMin,
    priceMax: listing.priceMax,
    currency: listing.currency,
    inventors: listing.inventors,
    region: listing.region,
    selected: listing.selected,
    featured: listing.featured,
    evaluationScore: listing.evaluationScore,
    rejectionReason: listing.rejectionReason,
    version: listing.version,
    publishedAt: listing.publishedAt?.toISOString() ?? null,
    createdAt: listing.createdAt.toISOString(),
    updatedAt: listing.updatedAt.toISOString(),
  };
}

// The public JSON of a row, kept beside the row object itself: where rows are served from
// memory (see row-cache.ts) the same object comes back until it changes, so the hot read
// serializes each listing once. Elsewhere every row is a fresh object and this only misses.
const publicJson = new WeakMap<Listing, string>();

/** `JSON.stringify(listingView(listing, false))`, computed once per row object. */
export function publicListingJson(listing: Listing): string {
  let json = publicJson.get(listing);
  if (json === undefined) {
    json = JSON.stringify(listingView(listing, false));
    publicJson.set(listing, json);
  }
  return json;
}
