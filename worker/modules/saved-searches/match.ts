import type { SavedSearchFilters } from '../../../schema/saved-searches';
import type { Listing } from '../../../schema/types';
import {
  hanQueryGrams,
  hanQueryWords,
  indexTerms,
  isStopWord,
  normalize,
  runs,
  stem,
} from '../../../search/segment';

// Whether a newly published listing matches a saved search, decided on the row itself: the
// search engine may index later (Meilisearch is asynchronous), and a mail must not depend on it.
// Keywords use the embedded engine's segmentation (Han bigrams, stemmed Latin words) and all of
// them must occur, as on the search page without typo tolerance.

function listingTerms(l: Listing): Set<string> {
  const terms = new Set<string>();
  for (const text of [l.titleZh, l.titleEn, l.summaryZh, l.summaryEn, l.descriptionZh, l.descriptionEn])
    if (text) indexTerms(text, terms);
  for (const k of l.keywords) indexTerms(k, terms);
  return terms;
}

/** The index terms each query word needs, all of them (an empty list when q has no words). */
export function queryTermGroups(q: string): string[][] {
  const groups: string[][] = [];
  for (const run of runs(normalize(q))) {
    if (run.kind === 'han') {
      for (const word of hanQueryWords(run.text)) groups.push(hanQueryGrams(word));
    } else if (!isStopWord(run.text)) {
      groups.push([stem(run.text)]);
    }
  }
  return groups;
}

export function matchesListing(filters: SavedSearchFilters, listing: Listing): boolean {
  if (filters.sector && listing.sector !== filters.sector) return false;
  if (filters.mode && !listing.modes.includes(filters.mode)) return false;
  if (filters.ipType && listing.ipType !== filters.ipType) return false;
  if (filters.trlMin !== undefined && listing.trl < filters.trlMin) return false;
  if (filters.trlMax !== undefined && listing.trl > filters.trlMax) return false;
  if (!filters.q) return true;
  const groups = queryTermGroups(filters.q);
  if (groups.length === 0) return true;
  const terms = listingTerms(listing);
  return groups.every((grams) => grams.every((g) => terms.has(g)));
}
