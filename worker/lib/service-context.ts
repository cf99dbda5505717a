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
  return {
    db: c.var.db,
    tenant: c.var.tenant,
    actor: c.var.actor,
    clock: c.var.deps.clock,
    logger: c.var.logger,
    queue: c.var.deps.queue,
    requestId: c.var.requestId,
  };
}
