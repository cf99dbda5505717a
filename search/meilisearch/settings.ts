// Index settings, applied by the setup step (`npm run search:setup`) and never per request:
// changing them makes Meilisearch re-index, which must not happen on a search.
import type { Settings } from 'meilisearch';
import { DOMAIN_DICTIONARY, STOP_WORDS, synonymMap } from '../synonyms';

/** Title before keywords before summary before body: Meilisearch's `attribute` rule reads this order. */
export const SEARCHABLE_ATTRIBUTES = [
  'titleZh',
  'titleEn',
  'keywords',
  'summaryZh',
  'summaryEn',
  'descriptionZh',
  'descriptionEn',
  'orgNameZh',
  'orgNameEn',
];

export const FILTERABLE_ATTRIBUTES = [
  'tenantId',
  'status',
  'sector',
  'trl',
  'modes',
  'priceMin',
  'priceMax',
  'ipType',
  'orgType',
  'region',
  'evaluated',
  'selected',
];

export const SORTABLE_ATTRIBUTES = ['createdAt', 'updatedAt', 'priceMin', 'evaluationScore'];

export function indexSettings(): Settings {
  return {
    searchableAttributes: SEARCHABLE_ATTRIBUTES,
    filterableAttributes: FILTERABLE_ATTRIBUTES,
    sortableAttributes: SORTABLE_ATTRIBUTES,
    // The default rules, then the market's static quality signals to break ties.
    rankingRules: [
      'words',
      'typo',
      'proximity',
      'attribute',
      'sort',
      'exactness',
      'selected:desc',
      'evaluationScore:desc',
    ],
    synonyms: synonymMap(),
    stopWords: [...STOP_WORDS],
    // Keeps 钙钛矿, 海水淡化, 水下滑翔机 … whole when Meilisearch segments Chinese.
    dictionary: [...DOMAIN_DICTIONARY],
    // Tell the tokenizer which fields are Chinese so it never guesses Japanese for short titles.
    localizedAttributes: [
      { attributePatterns: ['*Zh', 'keywords'], locales: ['cmn'] },
      { attributePatterns: ['*En'], locales: ['eng'] },
    ],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  };
}
