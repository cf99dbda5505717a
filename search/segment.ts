// Text segmentation shared by indexing, querying and highlighting.
// Chinese has no spaces, and Intl.Segmenter('zh') (same ICU data in Node and workerd) splits
// unknown technical words into single characters (钙钛矿 → 钙|钛|矿). So documents are indexed
// by character unigrams and bigrams — any sub-word of two or more characters is found by
// requiring all of its bigrams — and the segmenter is used on queries to decide which
// characters belong together. Latin text is lower-cased, split on non-letters and stemmed.
import { DOMAIN_DICTIONARY, STOP_WORDS } from './synonyms';

export interface TextRun {
  kind: 'han' | 'latin';
  /** Normalized text of the run. */
  text: string;
  /** Offsets into the normalized string. */
  start: number;
  end: number;
}

const STOP = new Set(STOP_WORDS);

/** NFKC folds full-width letters and digits (ＡＩ, ５Ｇ) to ASCII; lower-case for matching. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x2ffff)
  );
}

const LETTER = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return true;
  return code >= 0xc0 && !isHan(code) && LETTER.test(String.fromCodePoint(code));
}

/** Splits normalized text into runs of Han characters and runs of other letters/digits. */
export function runs(normalized: string): TextRun[] {
  const out: TextRun[] = [];
  let kind: TextRun['kind'] | null = null;
  let start = 0;
  let i = 0;
  while (i < normalized.length) {
    const code = normalized.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const next: TextRun['kind'] | null = isHan(code) ? 'han' : isWordChar(code) ? 'latin' : null;
    if (next !== kind) {
      if (kind) out.push({ kind, text: normalized.slice(start, i), start, end: i });
      kind = next;
      start = i;
    }
    i += width;
  }
  if (kind) out.push({ kind, text: normalized.slice(start), start, end: normalized.length });
  return out;
}

/**
 * A light English stemmer: the same function runs on documents and queries, so it only has
 * to map inflections of one word together (batteries/battery, sensors/sensor, imaging/image).
 */
export function stem(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (/(xes|ches|shes|zes)$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && w.length > 4) w = undouble(w.slice(0, -2));
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const last = w[w.length - 1];
  return w.length > 3 && last === w[w.length - 2] && last !== 's' && last !== 'l' ? w.slice(0, -1) : w;
}

/** Character unigrams and bigrams of a Han run: the units the embedded index stores. */
export function hanGrams(run: string): string[] {
  const chars = Array.from(run);
  const out: string[] = [];
  for (let i = 0; i < chars.length; i++) {
    out.push(chars[i]!);
    if (i + 1 < chars.length) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/** The bigrams a Han word needs (its unigram when it is one character). */
export function hanQueryGrams(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** Index terms of one field: Han grams and stemmed latin words, deduplicated. */
export function indexTerms(text: string, into: Set<string> = new Set()): Set<string> {
  for (const run of runs(normalize(text))) {
    if (run.kind === 'han') for (const gram of hanGrams(run.text)) into.add(gram);
    else into.add(stem(run.text));
  }
  return into;
}

let segmenter: Intl.Segmenter | null = null;

function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

/**
 * Splits one Han run of a query into words: dictionary terms stay whole, the segmenter
 * splits the rest, and the single characters it leaves are glued back (runs of single
 * characters form one word, a lone character joins its neighbour), because a stray
 * character such as 锂 in 锂|电池 means nothing alone.
 */
export function hanQueryWords(run: string): string[] {
  const pieces: string[] = [];
  let rest = run;
  while (rest.length > 0) {
    const hit = findDictionaryTerm(rest);
    if (!hit) {
      pieces.push(...segmentWords(rest));
      break;
    }
    if (hit.index > 0) pieces.push(...segmentWords(rest.slice(0, hit.index)));
    pieces.push(`\u0000${hit.term}`);
    rest = rest.slice(hit.index + hit.term.length);
  }
  return glueSingles(pieces.filter((p) => !STOP.has(p)));
}

function findDictionaryTerm(text: string): { term: string; index: number } | null {
  let best: { term: string; index: number } | null = null;
  for (const term of DOMAIN_DICTIONARY) {
    const index = text.indexOf(term);
    if (index < 0) continue;
    if (!best || index < best.index || (index === best.index && term.length > best.term.length)) {
      best = { term, index };
    }
  }
  return best;
}

function segmentWords(text: string): string[] {
  return Array.from(zhSegmenter().segment(text), (s) => s.segment);
}

function glueSingles(pieces: string[]): string[] {
  const words: string[] = [];
  let singles = '';
  const flush = () => {
    if (singles.length > 1 || words.length === 0) words.push(singles);
    else words[words.length - 1] += singles;
    singles = '';
  };
  for (const piece of pieces) {
    if (piece.startsWith('\u0000')) {
      if (singles) flush();
      words.push(piece.slice(1));
    } else if (Array.from(piece).length === 1) singles += piece;
    else {
      if (singles.length === 1 && words.length === 0) {
        words.push(singles + piece);
        singles = '';
        continue;
      }
      if (singles) flush();
      words.push(piece);
    }
  }
  if (singles) flush();
  return words.filter((w) => w.length > 0);
}

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}
