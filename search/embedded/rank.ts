// Ranking in two stages. The scan scores every match from bitsets alone — words found in the
// title beat words found in the body, exact words beat typos, an exact Chinese phrase beats
// the same characters scattered — plus a little for selected and well-evaluated items. Then
// the best few candidates are re-scored on their text (whole-query phrase in the title) and
// given highlighted snippets.

import type { HighlightTerms } from '../highlight';
import { highlightBest } from '../highlight';
import type { SearchDocument, SearchHit, SearchSort } from '../port';
import { normalize } from '../segment';
import type { IndexCache } from './cache';
import type { DocColumns } from './columns';
import type { SqlExecutor } from './db';
import { atomKey, type Expansions, type MatchSets } from './match';
import type { ParsedQuery } from './query';

/**
 * Close to Meilisearch's rule order: every matched word counts most, then matching without
 * typos, then proximity (the words form the typed phrase), then attribute (found in the title).
 */
export const WEIGHTS = { word: 100, exact: 30, phrase: 50, title: 10, phraseTitle: 10 } as const;

function staticRank(cols: DocColumns, key: number): number {
  const score = cols.score[key]!;
  return cols.selected[key]! * 0.5 + (Number.isNaN(score) ? 0 : score / 200);
}

/** Adds the bitset-derived relevance of each matched key, one tight loop per set. */
function addRelevance(sets: MatchSets, keys: Int32Array, count: number, out: Float64Array): void {
  const add = (set: Uint32Array, weight: number) => {
    for (let i = 0; i < count; i++) {
      const key = keys[i]!;
      const word = key >>> 5;
      if (word < set.length && (set[word]! & (1 << (key & 31))) !== 0) out[i]! += weight;
    }
  };
  for (const w of sets.words) {
    add(w.any, WEIGHTS.word);
    add(w.exact, WEIGHTS.exact);
    add(w.title, WEIGHTS.title);
  }
  for (const p of sets.phrases) {
    add(p.any, WEIGHTS.phrase);
    add(p.title, WEIGHTS.phraseTitle);
  }
}

type Score = (keys: Int32Array, count: number, primary: Float64Array, secondary: Float64Array) => void;

/** Primary and tie-break scores per sort; every branch is a plain loop over typed arrays. */
export function scorer(cols: DocColumns, sets: MatchSets, sort: SearchSort, hasQuery: boolean): Score {
  const fill = (out: Float64Array, keys: Int32Array, count: number, value: (key: number) => number) => {
    for (let i = 0; i < count; i++) out[i] = value(keys[i]!);
  };
  const newest = (key: number) => cols.created[key]!;
  const ties: Score = (keys, count, _a, b) => {
    if (hasQuery) addRelevance(sets, keys, count, b);
    else fill(b, keys, count, newest);
  };
  switch (sort) {
    case 'newest':
      return (keys, count, a, b) => {
        fill(a, keys, count, newest);
        if (hasQuery) addRelevance(sets, keys, count, b);
        else fill(b, keys, count, (key) => -key);
      };
    case 'price':
      return (keys, count, a, b) => {
        // Negotiable (NaN) prices sort last.
        fill(a, keys, count, (key) => (Number.isNaN(cols.priceMin[key]!) ? -Infinity : -cols.priceMin[key]!));
        ties(keys, count, a, b);
      };
    case 'score':
      return (keys, count, a, b) => {
        fill(a, keys, count, (key) => (Number.isNaN(cols.score[key]!) ? -Infinity : cols.score[key]!));
        ties(keys, count, a, b);
      };
    default:
      return (keys, count, a, b) => {
        fill(a, keys, count, (key) => staticRank(cols, key));
        if (hasQuery) addRelevance(sets, keys, count, a);
        fill(b, keys, count, newest);
      };
  }
}

export function highlightTerms(parsed: ParsedQuery, expansions: Expansions): HighlightTerms {
  const terms: HighlightTerms = { han: [], stems: new Set(), prefixes: [] };
  for (const word of parsed.words) {
    for (const alternative of word.alternatives) {
      for (const atom of alternative) {
        if (atom.kind === 'han') terms.han.push(atom.text);
        else {
          terms.stems.add(atom.stem);
          for (const s of expansions.get(atomKey(atom))?.fuzzy ?? []) terms.stems.add(s);
          if (atom.prefix) terms.prefixes.push(atom.text);
        }
      }
    }
  }
  for (const phrase of parsed.phrases) terms.han.push(phrase.text);
  terms.han.sort((a, b) => b.length - a.length);
  return terms;
}

/** Whole-query phrase bonus, checked on the candidate's text (proximity for latin words too). */
function textBonus(doc: SearchDocument, phrase: string): number {
  if (phrase.length < 2) return 0;
  const inTitle = [doc.titleZh, doc.titleEn, ...doc.keywords].some((t) => t && normalize(t).includes(phrase));
  if (inTitle) return WEIGHTS.phrase / 2 + WEIGHTS.phraseTitle;
  const inSummary = [doc.summaryZh, doc.summaryEn].some((t) => t && normalize(t).includes(phrase));
  return inSummary ? WEIGHTS.phrase / 2 : 0;
}

export interface BuildHitsInput {
  db: SqlExecutor;
  cache: IndexCache;
  parsed: ParsedQuery;
  expansions: Expansions;
  top: { key: number; primary: number }[];
  offset: number;
  limit: number;
  rerank: boolean;
}

export async function buildHits(input: BuildHitsInput): Promise<SearchHit[]> {
  const { parsed, offset, limit } = input;
  const window = input.rerank ? input.top : input.top.slice(offset, offset + limit);
  const bodies = await input.cache.bodiesFor(
    input.db,
    window.map((t) => t.key),
  );
  let ranked = window.filter((t) => bodies.has(t.key));
  if (input.rerank) {
    const phrase = parsed.normalized.replace(/\s+/g, ' ');
    ranked = ranked
      .map((t) => ({ key: t.key, primary: t.primary + textBonus(bodies.get(t.key)!, phrase) }))
      .sort((a, b) => b.primary - a.primary)
      .slice(offset, offset + limit);
  }
  const terms = highlightTerms(parsed, input.expansions);
  return ranked.map(({ key }) => {
    const document = bodies.get(key)!;
    return {
      id: document.id,
      document,
      highlights: {
        title: highlightBest(document.titleZh, document.titleEn, terms),
        summary: highlightBest(document.summaryZh, document.summaryEn, terms, 120),
      },
    };
  });
}
