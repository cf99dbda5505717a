// Highlighted snippets: HTML-escaped text with the matched words in <mark>. Matching runs on
// the normalized text (full-width folded, lower-cased) and maps back to the original
// characters, so ＡＩ in a title is marked for a query "ai".
import { normalize, runs, stem } from './segment';

export interface HighlightTerms {
  /** Han words and synonyms, matched as substrings. */
  han: string[];
  /** Stems of latin words (and their typo/prefix expansions). */
  stems: Set<string>;
  /** Unfinished last word: any word starting with it is marked. */
  prefixes: string[];
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Normalizes per code point, remembering where each normalized unit came from. */
function normalizedWithMap(text: string): { norm: string; origin: number[] } {
  let norm = '';
  const origin: number[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    // Fast path: ASCII and CJK ideographs are unchanged by NFKC (ASCII only needs lower-casing).
    const piece =
      cp < 0x80
        ? text[i]!.toLowerCase()
        : cp >= 0x4e00 && cp <= 0x9fff
          ? text[i]!
          : normalize(text.slice(i, i + width));
    for (let j = 0; j < piece.length; j++) origin.push(i);
    norm += piece;
    i += width;
  }
  origin.push(text.length);
  return { norm, origin };
}

function findRanges(norm: string, terms: HighlightTerms): [number, number][] {
  const ranges: [number, number][] = [];
  for (const word of terms.han) {
    if (!word) continue;
    for (let at = norm.indexOf(word); at >= 0; at = norm.indexOf(word, at + word.length)) {
      ranges.push([at, at + word.length]);
    }
  }
  for (const run of runs(norm)) {
    if (run.kind !== 'latin') continue;
    const s = stem(run.text);
    if (terms.stems.has(s) || terms.prefixes.some((p) => run.text.startsWith(p)))
      ranges.push([run.start, run.end]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

/**
 * Marks matches in `text`; with `crop`, cuts a window of about that many characters around
 * the first match and adds ellipses. Returns the HTML and how many marks it holds.
 */
export function highlight(
  text: string,
  terms: HighlightTerms,
  crop?: number,
): { html: string; marks: number } {
  const { norm, origin } = normalizedWithMap(text);
  const ranges = findRanges(norm, terms).map(([s, e]) => [origin[s]!, origin[e]!] as const);
  let from = 0;
  let to = text.length;
  if (crop && text.length > crop) {
    const first = ranges[0]?.[0] ?? 0;
    from = Math.max(0, Math.min(first - Math.floor(crop / 4), text.length - crop));
    to = Math.min(text.length, from + crop);
  }
  let html = from > 0 ? '…' : '';
  let at = from;
  let marks = 0;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    html += `${escapeHtml(text.slice(at, s))}<mark>${escapeHtml(text.slice(s, e))}</mark>`;
    at = e;
    marks++;
  }
  html += escapeHtml(text.slice(at, to)) + (to < text.length ? '…' : '');
  return { html, marks };
}

/** The better-matching of the Chinese and English versions of a field. */
export function highlightBest(
  zh: string | null,
  en: string | null,
  terms: HighlightTerms,
  crop?: number,
): string {
  const a = highlight(zh ?? '', terms, crop);
  if (!en) return a.html;
  const b = highlight(en, terms, crop);
  // Chinese first (the market's first language); English only when it holds the match.
  return a.marks === 0 && b.marks > 0 ? b.html : a.html;
}
