import type { Listing } from '../../schema/types';
import { CreateListingBody } from '../../worker/modules/listings/schemas';
import { minorToWan } from '../i18n/index';
import { type FormValues, int, list, many, one, optional, wan } from './values';

/** The posted form as the API's body; validated with the API's own schema (CreateListingBody). */
export function listingBodyFromForm(v: FormValues) {
  return {
    titleZh: one(v, 'titleZh'),
    titleEn: optional(v, 'titleEn'),
    summaryZh: one(v, 'summaryZh'),
    summaryEn: optional(v, 'summaryEn'),
    descriptionZh: optional(v, 'descriptionZh'),
    confidentialZh: optional(v, 'confidentialZh'),
    sector: optional(v, 'sector'),
    keywords: list(v, 'keywords'),
    trl: int(v, 'trl'),
    ipType: optional(v, 'ipType'),
    ipNumbers: list(v, 'ipNumbers', /[\n,，;；]+/),
    modes: many(v, 'modes'),
    priceType: optional(v, 'priceType'),
    priceMin: v.priceType === 'negotiable' ? undefined : wan(v, 'priceMin'),
    priceMax: v.priceType === 'range' ? wan(v, 'priceMax') : undefined,
    inventors: list(v, 'inventors'),
    region: optional(v, 'region'),
  };
}

export const parseListingForm = (v: FormValues) => CreateListingBody.safeParse(listingBodyFromForm(v));

/** A stored listing as form values, for the edit page. */
export function listingToForm(l: Listing): FormValues {
  return {
    titleZh: l.titleZh,
    titleEn: l.titleEn ?? '',
    summaryZh: l.summaryZh,
    summaryEn: l.summaryEn ?? '',
    descriptionZh: l.descriptionZh ?? '',
    confidentialZh: l.confidentialZh ?? '',
    sector: l.sector,
    keywords: l.keywords.join('，'),
    trl: String(l.trl),
    ipType: l.ipType,
    ipNumbers: l.ipNumbers.join('\n'),
    modes: l.modes,
    priceType: l.priceType,
    priceMin: minorToWan(l.priceMin),
    priceMax: minorToWan(l.priceMax),
    inventors: l.inventors.join('，'),
    region: l.region ?? '',
    version: String(l.version),
  };
}
