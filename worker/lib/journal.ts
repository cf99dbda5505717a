import { newId } from '../../schema/ids';
import { auditLog, outbox } from '../../schema/index';
import type { Database } from '../db';
import { forgetListing } from '../modules/listings/row-cache';
import type { ServiceContext } from './service-context';

// The audit row and the outbox event of a change are written in the change's own transaction,
// so a committed change always has both and a rolled-back one has neither.

export interface Change {
  action: string;
  entityType: string;
  entityId: string;
  fromState?: string | null;
  toState?: string | null;
  data?: Record<string, unknown>;
  /** Outbox topic, e.g. `listing.published`; omit for changes nobody outside needs to hear about. */
  topic?: string;
  payload?: Record<string, unknown>;
}

export async function recordChange(
  tx: Database,
  ctx: ServiceContext,
  change: Change,
): Promise<string | null> {
  const now = ctx.clock.now();
  if (change.entityType === 'listing') forgetListing(change.entityId);
  await tx.insert(auditLog).values({
    id: newId('audit'),
    tenantId: ctx.tenant.id,
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.user.id : null,
    actorKeyId: ctx.actor.kind === 'key' ? ctx.actor.keyId : null,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    fromState: change.fromState ?? null,
    toState: change.toState ?? null,
    data: change.data ?? null,
    requestId: ctx.requestId,
    at: now,
  });
  if (!change.topic) return null;
  const eventId = newId('outbox');
  await tx.insert(outbox).values({
    id: eventId,
    tenantId: ctx.tenant.id,
    topic: change.topic,
    aggregateType: change.entityType,
    aggregateId: change.entityId,
    payload: change.payload ?? { id: change.entityId },
    createdAt: now,
    availableAt: now,
  });
  return eventId;
}

/** After commit: wake the drainer. A lost wake-up only delays delivery; the sweep finds it. */
export async function notifyAfterCommit(ctx: ServiceContext, eventIds: (string | null)[]) {
  const ids = eventIds.filter((id): id is string => id !== null);
  if (ids.length === 0) return;
  try {
    await ctx.queue.notify(ids);
  } catch (error) {
    ctx.logger.warn('outbox notify failed; the sweep will deliver', { error: String(error) });
  }
}
