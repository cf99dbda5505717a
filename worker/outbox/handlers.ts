import type { Config } from '../config';
import type { Logger } from '../ports';
import type { OutboxHandler } from './drainer';

/**
 * The consumers of domain events, in delivery order. Search indexing, webhooks and
 * notifications register here as their modules land.
 */
export function outboxHandlers(_options: { config: Config; logger: Logger }): OutboxHandler[] {
  return [];
}
