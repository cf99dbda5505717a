import { searchTargetsWithOrganizations, syncSearch } from '../../search/indexer';
import type { SearchEngine } from '../../search/port';
import type { Config } from '../config';
import type { Database } from '../db';
import { notifySavedSearches } from '../modules/saved-searches/notify';
import { defaultWebhookFetch, deliverDueWebhooks, type WebhookFetch } from '../modules/webhooks/delivery';
import { fanOutWebhooks } from '../modules/webhooks/fanout';
import type { Logger, Mailer } from '../ports';
import type { OutboxHandler } from './drainer';

/**
 * The consumers of domain events, in delivery order. The search indexer re-reads the rows an
 * event names, so repeated or late events never index stale data; if the engine is down it
 * throws, the events stay in the outbox and are retried with backoff. Webhooks write one
 * delivery per endpoint inside the drain and send them after it; saved searches mail their
 * owners (only when the host gives a mailer).
 */
export function outboxHandlers(options: {
  config: Config;
  logger: Logger;
  search: (db: Database) => SearchEngine;
  mailer?: Mailer;
  /** The HTTP client of webhook deliveries; global fetch by default. */
  webhookFetch?: WebhookFetch;
}): OutboxHandler[] {
  const handlers: OutboxHandler[] = [
    {
      name: 'search',
      topics: ['listing.', 'demand.', 'organization.updated'],
      handle: async (events, db) =>
        syncSearch(db, options.search(db), await searchTargetsWithOrganizations(db, events)),
    },
    {
      name: 'webhooks',
      topics: ['listing.', 'demand.'],
      handle: async (events, db, run) => {
        await fanOutWebhooks(db, events, run.now);
      },
      sweep: async (db, run) => {
        await deliverDueWebhooks(db, { ...run, fetch: options.webhookFetch ?? defaultWebhookFetch });
      },
    },
  ];
  const mailer = options.mailer;
  if (mailer)
    handlers.push({
      name: 'saved-searches',
      topics: ['listing.published'],
      handle: (events, db, run) =>
        notifySavedSearches(db, events, { mailer, now: run.now, publicUrl: options.config.PUBLIC_URL }),
    });
  return handlers;
}
