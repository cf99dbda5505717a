import type { Context } from 'hono';
import type { Tenant } from '../../schema/types';
import type { Database } from '../db';
import type { Actor, AppEnv } from '../env';
import type { Clock, Logger, Queue } from '../ports';

/** What a service verb may touch: no HTTP, just the tenant, the caller and the ports. */
export interface ServiceContext {
  db: Database;
  tenant: Tenant;
  actor: Actor;
  clock: Clock;
  logger: Logger;
  queue: Queue;
  requestId: string;
}

export function serviceContext(c: Context<AppEnv>): ServiceContext {
  // c.get, not c.var: Hono builds a fresh object of all variables on every c.var access.
  const deps = c.get('deps');
  return {
    db: c.get('db'),
    tenant: c.get('tenant'),
    actor: c.get('actor'),
    clock: deps.clock,
    logger: c.get('logger'),
    queue: deps.queue,
    requestId: c.get('requestId'),
  };
}
