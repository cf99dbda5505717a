import { searchTargetsOf, syncSearch } from '../../search/indexer';
import type { SearchEngine } from '../../search/port';
import type { Config } from '../config';
import type { Database } from '../db';
import type { Logger } from '../ports';
import type { OutboxHandler } from './drainer';

/**
 * The consumers of domain events, in delivery order. The search indexer re-reads the rows an
 * event names, so repeated or late events never index stale data; if the engine is down it
 * throws, the events stay in the outbox and are retried with backoff.
 */
export function outboxHandlers(options: {
  config: Config;
  logger: Logger;
  search: (db: Database) => SearchEngine;
}): OutboxHandler[] {
  return [
    {
      name: 'search',
      topics: ['listing.', 'demand.'],
      handle: (events, db) => syncSearch(db, options.search(db), searchTargetsOf(events)),
    },
  ];
}
