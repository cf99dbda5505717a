import type { Role } from '../schema/enums';
import type { Tenant, User } from '../schema/types';
import type { SearchEngine } from '../search/port';
import type { Config } from './config';
import type { Database, DatabaseProvider } from './db';
import type { WebhookFetch } from './modules/webhooks/delivery';
import type { BlobStore, Clock, Logger, Mailer, Queue } from './ports';

/** Everything the app needs from its host, built once per host and handed to `createApp`. */
export interface Deps {
  config: Config;
  database: DatabaseProvider;
  queue: Queue;
  blobs: BlobStore;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
  /** The search engine bound to a database (the request's, or the outbox drainer's transaction). */
  search: (db: Database) => SearchEngine;
  /** The HTTP client outgoing webhooks use (global fetch when absent); tests pass their own. */
  webhookFetch?: WebhookFetch;
  /** Ports added by later modules (search, payments) register here. */
  extensions?: Record<string, unknown>;
}

/** Who is calling: a signed-in user (session) or an API key, with roles in the request's tenant. */
export type Actor =
  | { kind: 'anonymous' }
  | {
      kind: 'user';
      user: User;
      roles: Role[];
      isPlatformAdmin: boolean;
      sessionId: string;
    }
  | {
      kind: 'key';
      keyId: string;
      keyKind: 'publishable' | 'secret';
      scopes: string[];
      tenantId: string;
    };

export interface AppEnv {
  Bindings: Record<string, unknown>;
  Variables: {
    deps: Deps;
    db: Database;
    tenant: Tenant;
    actor: Actor;
    requestId: string;
    locale: 'zh' | 'en';
    logger: Logger;
  };
}
