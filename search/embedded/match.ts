// From parsed words to bitsets: which documents contain each word anywhere, in the title,
// and without typos; plus the phrase sets that reward an exact Chinese phrase.
import { andInto, type Bitset, copyOf, emptySet, orInto } from './bitset';
import type { Atom, ParsedQuery } from './query';
import { ANY, TITLE } from './terms';

/** Latin atom → the stems it may match: the exact stem first, then completions and typos. */
export type Expansions = Map<string, { exact: string; fuzzy: string[] }>;

export interface WordSets {
  any: Bitset;
  title: Bitset;
  /** Matched without relying on a typo or a prefix completion. */
  exact: Bitset;
}

export interface MatchSets {
  words: WordSets[];
  phrases: { any: Bitset; title: Bitset }[];
}

export function atomKey(atom: Atom): string {
  return atom.kind === 'han' ? `h:${atom.text}` : `l:${atom.stem}:${atom.prefix ? 'p' : ''}`;
}

/** The prefixed posting terms a query needs. */
export function neededTerms(parsed: ParsedQuery, expansions: Expansions): string[] {
  const terms: string[] = [];
  const add = (bare: string) => terms.push(ANY + bare, TITLE + bare);
  for (const word of parsed.words) {
    for (const alternative of word.alternatives) {
      for (const atom of alternative) {
        if (atom.kind === 'han') atom.grams.forEach(add);
        else {
          const e = expansions.get(atomKey(atom));
          add(atom.stem);
          e?.fuzzy.forEach(add);
        }
      }
    }
  }
  for (const phrase of parsed.phrases) phrase.grams.forEach(add);
  return terms;
}

function allOf(bares: string[], prefix: string, postings: Map<string, Bitset>, words: number): Bitset {
  let out: Bitset | null = null;
  for (const bare of bares) {
    const set = postings.get(prefix + bare) ?? emptySet(words);
    out = out ? andInto(out, set) : copyOf(set, words);
  }
  return out ?? emptySet(words);
}

function anyOf(bares: string[], prefix: string, postings: Map<string, Bitset>, words: number): Bitset {
  const out = emptySet(words);
  for (const bare of bares) {
    const set = postings.get(prefix + bare);
    if (set) orInto(out, set);
  }
  return out;
}

function atomSets(
  atom: Atom,
  expansions: Expansions,
  postings: Map<string, Bitset>,
  words: number,
): WordSets {
  if (atom.kind === 'han') {
    const any = allOf(atom.grams, ANY, postings, words);
    return { any, title: allOf(atom.grams, TITLE, postings, words), exact: any };
  }
  const stems = [atom.stem, ...(expansions.get(atomKey(atom))?.fuzzy ?? [])];
  return {
    any: anyOf(stems, ANY, postings, words),
    title: anyOf(stems, TITLE, postings, words),
    exact: anyOf([atom.stem], ANY, postings, words),
  };
}

export function matchSets(
  parsed: ParsedQuery,
  expansions: Expansions,
  postings: Map<string, Bitset>,
  words: number,
): MatchSets {
  const wordSets = parsed.words.map((word) => {
    const out: WordSets = { any: emptySet(words), title: emptySet(words), exact: emptySet(words) };
    for (const alternative of word.alternatives) {
      const sets = alternative.map((atom) => atomSets(atom, expansions, postings, words));
      // Title credit needs every atom of the alternative in the title.
      const any = sets.reduce((acc, s) => andInto(acc, s.any), copyOf(sets[0]!.any, words));
      const title = sets.reduce((acc, s) => andInto(acc, s.title), copyOf(sets[0]!.title, words));
      const exact = sets.reduce((acc, s) => andInto(acc, s.exact), copyOf(sets[0]!.exact, words));
      orInto(out.any, any);
      orInto(out.title, title);
      orInto(out.exact, exact);
    }
    return out;
  });
  const phrases = parsed.phrases.map((p) => ({
    any: allOf(p.grams, ANY, postings, words),
    title: allOf(p.grams, TITLE, postings, words),
  }));
  return { words: wordSets, phrases };
}

/** Documents that contain the first `count` words (the rest are dropped, Meilisearch-style). */
export function requiredSet(sets: MatchSets, count: number, words: number): Bitset | null {
  if (count === 0) return null;
  const out = copyOf(sets.words[0]!.any, words);
  for (let i = 1; i < count; i++) andInto(out, sets.words[i]!.any);
  return out;
}
