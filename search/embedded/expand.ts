// Widening latin words: prefix completions for the word being typed and typo candidates for
// words the index does not know. Candidates come from the search_terms dictionary through
// pg_trgm; an edit distance check then keeps only real near-misses.
import { sql } from 'drizzle-orm';
import type { IndexCache } from './cache';
import { rowsOf, type SqlExecutor } from './db';
import { atomKey, type Expansions } from './match';
import type { Atom, ParsedQuery } from './query';

type LatinAtom = Extract<Atom, { kind: 'latin' }>;

export function latinAtoms(parsed: ParsedQuery): LatinAtom[] {
  const out = new Map<string, LatinAtom>();
  for (const word of parsed.words) {
    for (const alternative of word.alternatives) {
      for (const atom of alternative) if (atom.kind === 'latin') out.set(atomKey(atom), atom);
    }
  }
  return [...out.values()];
}

/** Typos allowed for a word of this length (Meilisearch: one from 5 letters, two from 9). */
export function allowedTypos(word: string): number {
  return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
}

/** Optimal string alignment distance (a swap of two neighbours counts once), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length]!;
}

/**
 * Prefix completions for atoms marked as unfinished; cached until the index changes.
 * Latin atoms hold only letters and digits, so the LIKE pattern needs no escaping.
 */
export async function expandPrefixes(
  db: SqlExecutor,
  cache: IndexCache,
  atoms: LatinAtom[],
): Promise<Expansions> {
  const out: Expansions = new Map();
  const missing: LatinAtom[] = [];
  for (const atom of atoms) {
    const cached = cache.expansions.get(atomKey(atom));
    if (cached) out.set(atomKey(atom), { exact: atom.stem, fuzzy: cached });
    else if (atom.prefix) missing.push(atom);
    else out.set(atomKey(atom), { exact: atom.stem, fuzzy: [] });
  }
  if (missing.length === 0) return out;
  const rows = await rowsOf<{ w: string; term: string }>(
    db,
    sql`select q.w, t.term from jsonb_array_elements_text(${JSON.stringify(missing.map((a) => a.text))}::jsonb) as q(w)
        cross join lateral (select term from search_terms
          where idx = ${cache.index} and term like q.w || '%' and term <> q.w
          order by length(term), term limit 20) t`,
  );
  for (const atom of missing) {
    const fuzzy = rows.filter((r) => r.w === atom.text && r.term !== atom.stem).map((r) => r.term);
    out.set(atomKey(atom), { exact: atom.stem, fuzzy });
    cache.expansions.set(atomKey(atom), fuzzy);
  }
  return out;
}

/** Typo candidates for atoms whose exact stem matched nothing and that had no completions. */
export async function expandTypos(
  db: SqlExecutor,
  cache: IndexCache,
  atoms: LatinAtom[],
  expansions: Expansions,
): Promise<LatinAtom[]> {
  if (atoms.length === 0) return [];
  const rows = await rowsOf<{ w: string; term: string }>(
    db,
    sql`select q.w, t.term from jsonb_array_elements_text(${JSON.stringify(atoms.map((a) => a.stem))}::jsonb) as q(w)
        cross join lateral (select term from search_terms where idx = ${cache.index} and term % q.w
          order by similarity(term, q.w) desc limit 12) t`,
  );
  const widened: LatinAtom[] = [];
  for (const atom of atoms) {
    const max = allowedTypos(atom.stem);
    const fuzzy = rows
      .filter((r) => r.w === atom.stem && editDistance(atom.stem, r.term, max) <= max)
      .map((r) => r.term);
    const entry = expansions.get(atomKey(atom)) ?? { exact: atom.stem, fuzzy: [] };
    entry.fuzzy.push(...fuzzy);
    expansions.set(atomKey(atom), entry);
    cache.expansions.set(atomKey(atom), entry.fuzzy);
    cache.expansions.set(`typo:${atomKey(atom)}`, fuzzy);
    if (fuzzy.length > 0) widened.push(atom);
  }
  return widened;
}
