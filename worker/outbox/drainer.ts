import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import { outbox } from '../../schema/index';
import type { OutboxEvent } from '../../schema/types';
import type { Database } from '../db';
import type { Clock, Logger } from '../ports';

/** Something that consumes domain events: the search indexer, webhooks, notifications. */
export interface OutboxHandler {
  name: string;
  /** Topic prefixes it wants, e.g. `listing.`; an empty list means every topic. */
  topics: string[];
  /** Runs inside the drain's transaction: writes here commit with the events' processed marks. */
  handle(events: OutboxEvent[], db: Database, run: { now: Date }): Promise<void>;
  /**
   * Work of its own after each drain, outside any transaction (webhook sends): slow network
   * calls must not hold the outbox rows' locks. Both hosts' drains and sweeps run it.
   */
  sweep?(db: Database, run: { clock: Clock; logger: Logger }): Promise<void>;
}

export interface DrainResult {
  delivered: number;
  failed: number;
}

const MAX_BACKOFF_MS = 15 * 60_000;

/** 1 s, 2 s, 4 s … capped at 15 min: a search outage delays updates, never drops them. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));
}

function wants(handler: OutboxHandler, topic: string) {
  return handler.topics.length === 0 || handler.topics.some((prefix) => topic.startsWith(prefix));
}

/**
 * Delivers a batch of due events. Rows are claimed with FOR UPDATE SKIP LOCKED inside one
 * transaction, so two drainers (queue consumer and cron sweep) never deliver the same event
 * at once; an event is marked processed only after every interested handler succeeded.
 */
export async function drainOutbox(
  db: Database,
  handlers: OutboxHandler[],
  options: { clock: Clock; logger: Logger; batchSize?: number },
): Promise<DrainResult> {
  const now = options.clock.now();
  const dueNow = and(isNull(outbox.processedAt), lte(outbox.availableAt, now));
  // Most drains find nothing: ask without a transaction first, since a transaction's commit
  // costs a flush to disk on the embedded database and blocks its one thread meanwhile.
  const [anyDue] = await db.select({ id: outbox.id }).from(outbox).where(dueNow).limit(1);
  if (!anyDue) return { delivered: 0, failed: 0 };
  return db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outbox)
      .where(dueNow)
      .orderBy(asc(outbox.id))
      .limit(options.batchSize ?? 100)
      .for('update', { skipLocked: true });
    if (due.length === 0) return { delivered: 0, failed: 0 };

    const failedIds = new Map<string, string>();
    for (const handler of handlers) {
      const events = due.filter((e) => wants(handler, e.topic) && !failedIds.has(e.id));
      if (events.length === 0) continue;
      try {
        await handler.handle(events, tx, { now });
      } catch (error) {
        options.logger.warn('outbox handler failed; will retry', {
          handler: handler.name,
          error: String(error),
        });
        for (const e of events) failedIds.set(e.id, `${handler.name}: ${String(error).slice(0, 500)}`);
      }
    }
    for (const event of due) {
      const error = failedIds.get(event.id);
      if (error === undefined) {
        await tx
          .update(outbox)
          .set({ processedAt: now, attempts: event.attempts + 1, lastError: null })
          .where(eq(outbox.id, event.id));
      } else {
        await tx
          .update(outbox)
          .set({
            attempts: event.attempts + 1,
            lastError: error,
            availableAt: new Date(now.getTime() + backoffMs(event.attempts + 1)),
          })
          .where(eq(outbox.id, event.id));
      }
    }
    return { delivered: due.length - failedIds.size, failed: failedIds.size };
  });
}

/** Drains until nothing due is left (or a round delivers nothing), for sweeps and tests. */
export async function drainAll(
  db: Database,
  handlers: OutboxHandler[],
  options: { clock: Clock; logger: Logger; batchSize?: number; maxRounds?: number },
): Promise<DrainResult> {
  const total = { delivered: 0, failed: 0 };
  for (let round = 0; round < (options.maxRounds ?? 100); round++) {
    const result = await drainOutbox(db, handlers, options);
    total.delivered += result.delivered;
    total.failed += result.failed;
    if (result.delivered === 0) break;
  }
  await runSweeps(db, handlers, options);
  return total;
}

async function runSweeps(db: Database, handlers: OutboxHandler[], options: { clock: Clock; logger: Logger }) {
  for (const handler of handlers) {
    if (!handler.sweep) continue;
    try {
      await handler.sweep(db, options);
    } catch (error) {
      options.logger.warn('outbox sweep failed; the next drain retries', {
        handler: handler.name,
        error: String(error),
      });
    }
  }
}

export async function pendingOutboxCount(db: Database): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(outbox)
    .where(isNull(outbox.processedAt));
  return row?.n ?? 0;
}
