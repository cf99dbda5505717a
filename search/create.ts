// Chooses the search engine once per host from configuration: Meilisearch when its URL is
// set, the embedded engine on the app's own Postgres otherwise.

import type { SearchDatabase } from './embedded/db';
import { createIndexCaches, type EmbeddedOptions, EmbeddedSearchEngine } from './embedded/engine';
import { MeilisearchEngine, type MeilisearchOptions } from './meilisearch/adapter';
import type { SearchEngine } from './port';

export interface SearchConfig {
  MEILISEARCH_URL?: string;
  MEILISEARCH_KEY?: string;
}

export function createSearchEngine(
  db: SearchDatabase,
  config: SearchConfig,
  options: { embedded?: EmbeddedOptions; meilisearch?: Partial<MeilisearchOptions> } = {},
): SearchEngine {
  if (config.MEILISEARCH_URL) {
    return new MeilisearchEngine({
      url: config.MEILISEARCH_URL,
      apiKey: config.MEILISEARCH_KEY,
      ...options.meilisearch,
    });
  }
  return new EmbeddedSearchEngine(db, options.embedded);
}

/**
 * One factory per host: an engine bound to the database of the request (Workers opens a Pool
 * per request; the outbox drainer passes its transaction), all sharing one set of in-memory
 * caches, so a write through any of them is visible to the next search.
 */
export function createSearchFactory(config: SearchConfig): {
  forDb: (db: SearchDatabase) => SearchEngine;
  caches: ReturnType<typeof createIndexCaches>;
} {
  const caches = createIndexCaches();
  return { forDb: (db) => createSearchEngine(db, config, { embedded: { caches } }), caches };
}
