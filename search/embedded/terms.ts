// Which posting lists a document belongs to. `a:` terms cover every text field, `t:` terms
// the title and keywords only, so the ranking can tell a title match from a passing mention.
import { TRANSACTION_MODES } from '../../schema/enums';
import type { SearchDocument } from '../port';
import { indexTerms, isHan } from '../segment';

export const ANY = 'a:';
export const TITLE = 't:';

export interface DocumentTerms {
  /** Prefixed posting terms. */
  postings: Set<string>;
  /** Bare latin stems for the prefix/typo dictionary. */
  latin: Set<string>;
}

export function documentTerms(doc: SearchDocument): DocumentTerms {
  const title = new Set<string>();
  for (const text of [doc.titleZh, doc.titleEn, ...doc.keywords]) if (text) indexTerms(text, title);
  const any = new Set<string>(title);
  const body = [
    doc.summaryZh,
    doc.summaryEn,
    doc.descriptionZh,
    doc.descriptionEn,
    doc.orgNameZh,
    doc.orgNameEn,
  ];
  for (const text of body) if (text) indexTerms(text, any);
  const postings = new Set<string>();
  for (const term of title) postings.add(TITLE + term);
  for (const term of any) postings.add(ANY + term);
  return { postings, latin: latinStems(any) };
}

function latinStems(terms: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const term of terms) {
    if (term.length >= 3 && !isHan(term.codePointAt(0)!) && !/^\d+$/.test(term)) out.add(term);
  }
  return out;
}

/** Transaction modes as a bit mask, so "any of these modes" is one AND per document. */
export function modesMask(modes: readonly string[]): number {
  let mask = 0;
  for (const mode of modes) {
    const bit = (TRANSACTION_MODES as readonly string[]).indexOf(mode);
    if (bit >= 0) mask |= 1 << bit;
  }
  return mask;
}
