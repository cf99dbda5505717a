// Meilisearch returns highlighted text unescaped. Ask for private-use marker characters
// instead of tags, escape the text, then turn the markers into <mark>, so a title holding
// "<script>" can never reach a page as markup.
import { escapeHtml } from '../highlight';

export const PRE = '\uE000';
export const POST = '\uE001';

export function markersToHtml(text: string | null | undefined): string {
  if (!text) return '';
  return escapeHtml(text).replaceAll(PRE, '<mark>').replaceAll(POST, '</mark>');
}

/** Chinese first; English when only it holds a match. */
export function pickFormatted(zh: unknown, en: unknown): string {
  const z = typeof zh === 'string' ? zh : '';
  const e = typeof en === 'string' ? en : '';
  return !z.includes(PRE) && e.includes(PRE) ? markersToHtml(e) : markersToHtml(z);
}
