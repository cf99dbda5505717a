import { and, asc, eq, inArray, isNotNull, lte } from 'drizzle-orm';
import { webhookDeliveries, webhookEndpoints } from '../../../schema/index';
import type { WebhookDelivery, WebhookEndpoint } from '../../../schema/types';
import type { Database } from '../../db';
import type { Clock, Logger } from '../../ports';
import { EVENT_ID_HEADER, SIGNATURE_HEADER, signatureHeader } from './signature';

// Sending deliveries. Due rows are claimed in a short transaction (FOR UPDATE SKIP LOCKED, then
// their next_attempt_at is pushed one lease ahead), and sent outside any transaction: a slow
// receiver never holds database locks, two sweeps never send the same row, and a crash mid-send
// only delays that row until the lease ends.

/** The HTTP client deliveries use; hosts pass global fetch, tests may pass their own. */
export type WebhookFetch = (url: string, init: RequestInit) => Promise<Response>;
export const defaultWebhookFetch: WebhookFetch = (url, init) => fetch(url, init);

export const WEBHOOK_TIMEOUT_MS = 10_000;
export const WEBHOOK_MAX_ATTEMPTS = 8;
const LEASE_MS = 60_000;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min … capped at 1 h, each ±25 % so failing receivers are not hit in lockstep. */
export function deliveryBackoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.75 + random() * 0.5));
}

export interface DeliveryOptions {
  fetch: WebhookFetch;
  clock: Clock;
  logger: Logger;
  maxAttempts?: number;
}

interface Outcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

async function send(
  delivery: WebhookDelivery,
  endpoint: WebhookEndpoint,
  o: DeliveryOptions,
): Promise<Outcome> {
  const body = JSON.stringify(delivery.payload);
  try {
    const response = await o.fetch(endpoint.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'TechMarket-Webhooks/1',
        [SIGNATURE_HEADER]: await signatureHeader(endpoint.secret, body, o.clock.now()),
        [EVENT_ID_HEADER]: delivery.eventId,
      },
      body,
      // A redirect could point anywhere, including the platform's own network: never follow.
      redirect: 'manual',
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    });
    await response.body?.cancel().catch(() => {});
    const ok = response.status >= 200 && response.status < 300;
    return { ok, statusCode: response.status, error: ok ? null : `HTTP ${response.status}` };
  } catch (error) {
    const name = (error as Error)?.name;
    const message =
      name === 'TimeoutError' ? `timed out after ${WEBHOOK_TIMEOUT_MS / 1000} s` : String(error);
    return { ok: false, statusCode: null, error: message.slice(0, 500) };
  }
}

async function record(db: Database, delivery: WebhookDelivery, outcome: Outcome, o: DeliveryOptions) {
  const now = o.clock.now();
  const attempts = delivery.attempts + 1;
  const giveUp = attempts >= (o.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS);
  const [row] = await db
    .update(webhookDeliveries)
    .set({
      attempts,
      status: outcome.ok ? 'succeeded' : giveUp ? 'dead' : 'failed',
      nextAttemptAt: outcome.ok || giveUp ? null : new Date(now.getTime() + deliveryBackoffMs(attempts)),
      lastAttemptAt: now,
      lastStatusCode: outcome.statusCode,
      lastError: outcome.error,
      updatedAt: now,
    })
    .where(eq(webhookDeliveries.id, delivery.id))
    .returning();
  if (!outcome.ok)
    o.logger.warn('webhook delivery failed', {
      delivery: delivery.id,
      attempts,
      error: outcome.error,
      dead: giveUp,
    });
  return row ?? delivery;
}

/** Sends claimed rows (with their endpoints) and records each outcome. */
async function sendAll(
  db: Database,
  claimed: WebhookDelivery[],
  o: DeliveryOptions,
): Promise<WebhookDelivery[]> {
  if (claimed.length === 0) return [];
  const endpoints = await db
    .select()
    .from(webhookEndpoints)
    .where(inArray(webhookEndpoints.id, [...new Set(claimed.map((d) => d.endpointId))]));
  const byId = new Map(endpoints.map((e) => [e.id, e]));
  return Promise.all(
    claimed.map(async (delivery) => {
      const endpoint = byId.get(delivery.endpointId);
      // Disabled (or deleted) since the event: hold the row; enabling the endpoint resumes it.
      if (!endpoint?.active) {
        await db
          .update(webhookDeliveries)
          .set({ nextAttemptAt: null })
          .where(eq(webhookDeliveries.id, delivery.id));
        return delivery;
      }
      return record(db, delivery, await send(delivery, endpoint, o), o);
    }),
  );
}

/** The sweep: claims up to `batchSize` due deliveries and sends them. Returns how many were tried. */
export async function deliverDueWebhooks(db: Database, o: DeliveryOptions & { batchSize?: number }) {
  const now = o.clock.now();
  const dueNow = and(
    isNotNull(webhookDeliveries.nextAttemptAt),
    lte(webhookDeliveries.nextAttemptAt, now),
    inArray(webhookDeliveries.status, ['pending', 'failed']),
  );
  // Usually nothing is due: look without a transaction (and its commit) first.
  const [anyDue] = await db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(dueNow)
    .limit(1);
  if (!anyDue) return 0;
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .where(dueNow)
      .orderBy(asc(webhookDeliveries.nextAttemptAt))
      .limit(o.batchSize ?? 25)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(webhookDeliveries)
      .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          webhookDeliveries.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
  return (await sendAll(db, claimed, o)).length;
}

/**
 * Sends one delivery now (a ping, a manual retry). A dead delivery gets one more try; a row a
 * sweep is sending at this very moment may be sent twice, which receivers absorb by event id.
 */
export async function deliverNow(
  db: Database,
  deliveryId: string,
  o: DeliveryOptions,
): Promise<WebhookDelivery | null> {
  const now = o.clock.now();
  const [claimed] = await db
    .update(webhookDeliveries)
    .set({ nextAttemptAt: new Date(now.getTime() + LEASE_MS), updatedAt: now })
    .where(eq(webhookDeliveries.id, deliveryId))
    .returning();
  if (!claimed) return null;
  const [sent] = await sendAll(db, [claimed], o);
  return sent ?? null;
}
