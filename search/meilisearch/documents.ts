// The Meilisearch document: the shared SearchDocument plus the derived fields its filters need.
import type { SearchDocument } from '../port';

export type MeiliDocument = SearchDocument & { evaluated: boolean };

export function toMeiliDocument(doc: SearchDocument): MeiliDocument {
  return { ...doc, evaluated: doc.evaluationScore !== null };
}

export function fromMeiliDocument(hit: Record<string, unknown>): SearchDocument {
  const { evaluated: _evaluated, _formatted: _f, _rankingScore: _r, ...rest } = hit;
  return rest as unknown as SearchDocument;
}
