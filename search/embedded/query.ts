// Turns the text a user typed into words to match. A word is an OR of alternatives (its
// synonyms) and each alternative an AND of atoms: a Han atom needs all its bigrams, a latin
// atom is a stem, widened later to prefix completions and typo candidates.
import { hanQueryGrams, hanQueryWords, isHan, isStopWord, normalize, runs, stem } from '../segment';
import { SYNONYM_GROUPS } from '../synonyms';

export type Atom =
  | { kind: 'han'; text: string; grams: string[] }
  | { kind: 'latin'; text: string; stem: string; prefix: boolean };

export interface QueryWord {
  text: string;
  alternatives: Atom[][];
}

export interface ParsedQuery {
  words: QueryWord[];
  /** Han runs that split into several words: all of the run's bigrams together = the exact phrase. */
  phrases: { text: string; grams: string[] }[];
  normalized: string;
}

const MAX_WORDS = 10;

interface Member {
  group: number;
  text: string;
  han: boolean;
  /** Latin members as their token sequence. */
  tokens: string[];
}

const MEMBERS: Member[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((raw) => {
    const text = normalize(raw);
    const parts = runs(text);
    return {
      group: index,
      text,
      han: parts.length > 0 && parts.every((r) => r.kind === 'han'),
      tokens: parts.every((r) => r.kind === 'latin') ? parts.map((r) => r.text) : [],
    };
  }),
).sort((a, b) => b.text.length - a.text.length);

function hanAtom(text: string): Atom {
  return { kind: 'han', text, grams: hanQueryGrams(text) };
}

function latinAtom(text: string, prefix: boolean): Atom {
  return { kind: 'latin', text, stem: stem(text), prefix };
}

/** A synonym group as alternatives; each member is matched as a whole phrase. */
function synonymWord(text: string, group: number): QueryWord {
  const alternatives: Atom[][] = [];
  for (const member of MEMBERS) {
    if (member.group !== group) continue;
    const atoms: Atom[] = [];
    for (const run of runs(member.text)) {
      if (run.kind === 'han') atoms.push(hanAtom(run.text));
      else if (!isStopWord(run.text)) atoms.push(latinAtom(run.text, false));
    }
    if (atoms.length > 0) alternatives.push(atoms);
  }
  return { text, alternatives };
}

function splitHanBySynonyms(text: string): { text: string; group?: number }[] {
  let best: { member: Member; index: number } | null = null;
  for (const member of MEMBERS) {
    if (!member.han) continue;
    const index = text.indexOf(member.text);
    if (index >= 0 && (!best || index < best.index)) best = { member, index };
  }
  if (!best) return [{ text }];
  const end = best.index + best.member.text.length;
  return [
    ...(best.index > 0 ? [{ text: text.slice(0, best.index) }] : []),
    { text: best.member.text, group: best.member.group },
    ...(end < text.length ? splitHanBySynonyms(text.slice(end)) : []),
  ];
}

function latinSynonymAt(tokens: string[], start: number): Member | null {
  for (const member of MEMBERS) {
    if (member.tokens.length === 0 || start + member.tokens.length > tokens.length) continue;
    if (member.tokens.every((t, i) => tokens[start + i] === t)) return member;
  }
  return null;
}

export function parseQuery(q: string): ParsedQuery {
  const normalized = normalize(q).trim();
  const parts = runs(normalized);
  const words: QueryWord[] = [];
  const phrases: ParsedQuery['phrases'] = [];
  const tokens = parts.map((p) => (p.kind === 'latin' ? p.text : ''));
  for (let i = 0; i < parts.length; i++) {
    const run = parts[i]!;
    if (run.kind === 'han') {
      const before = words.length;
      for (const piece of splitHanBySynonyms(run.text)) {
        if (piece.group !== undefined) words.push(synonymWord(piece.text, piece.group));
        else for (const w of hanQueryWords(piece.text)) words.push({ text: w, alternatives: [[hanAtom(w)]] });
      }
      if (words.length - before > 1) phrases.push({ text: run.text, grams: hanQueryGrams(run.text) });
      continue;
    }
    const member = latinSynonymAt(tokens, i);
    if (member) {
      words.push(synonymWord(member.tokens.join(' '), member.group));
      i += member.tokens.length - 1;
    } else if (!isStopWord(run.text)) {
      words.push({ text: run.text, alternatives: [[latinAtom(run.text, false)]] });
    }
  }
  markPrefix(words, normalize(q));
  return { words: words.slice(0, MAX_WORDS), phrases, normalized };
}

/** The word being typed (no space after it yet) may be unfinished: let it match as a prefix. */
function markPrefix(words: QueryWord[], normalized: string): void {
  const last = words[words.length - 1];
  const lastChar = normalized.codePointAt(normalized.length - 1);
  if (last?.alternatives.length !== 1 || lastChar === undefined || isHan(lastChar)) return;
  const atoms = last.alternatives[0]!;
  const atom = atoms[atoms.length - 1];
  if (atom?.kind === 'latin' && atom.text.length >= 3 && /[a-z]$/.test(normalized)) atom.prefix = true;
}
