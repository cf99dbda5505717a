import { and, eq, inArray } from 'drizzle-orm';
import { demands, listings, tenants } from '../../../schema/index';
import type { OutboxEvent } from '../../../schema/types';
import type { Database } from '../../db';
import { PUBLIC_DEMAND_STATES } from '../demands/states';
import { demandView } from '../demands/view';
import { PUBLIC_LISTING_STATES } from '../listings/states';
import { listingView } from '../listings/view';

// What a tenant's webhooks may hear about: public changes of its listings and demands. Drafts,
// submissions, rejections and NDA steps stay private, so they are never sent.

export const WEBHOOK_EVENT_TYPES = [
  'listing.published',
  'listing.updated',
  'listing.archived',
  'demand.published',
  'demand.updated',
  'demand.closed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];
export const PING_EVENT_TYPE = 'webhook.ping';

/** The JSON body of every delivery. */
export interface WebhookEnvelope {
  id: string;
  type: string;
  created: string;
  tenant: string;
  data: Record<string, unknown>;
}

export const isWebhookEventType = (topic: string): topic is WebhookEventType =>
  (WEBHOOK_EVENT_TYPES as readonly string[]).includes(topic);

/** Whether an endpoint subscribed to `type` (an empty list means every type). */
export const subscribes = (eventTypes: string[], type: string) =>
  eventTypes.length === 0 || eventTypes.includes(type);

/**
 * The public snapshot of each event's listing or demand, read now (inside the drain), or nothing
 * when the record is gone or was never public (an archived draft is nobody's business).
 */
export async function publicData(
  db: Database,
  events: OutboxEvent[],
): Promise<Map<string, Record<string, unknown>>> {
  const ids = (type: string) => events.filter((e) => e.aggregateType === type).map((e) => e.aggregateId);
  const [listingRows, demandRows] = await Promise.all([
    ids('listing').length
      ? db
          .select()
          .from(listings)
          .where(inArray(listings.id, ids('listing')))
      : [],
    ids('demand').length
      ? db
          .select()
          .from(demands)
          .where(inArray(demands.id, ids('demand')))
      : [],
  ]);
  const out = new Map<string, Record<string, unknown>>();
  for (const event of events) {
    if (event.aggregateType === 'listing') {
      const l = listingRows.find((r) => r.id === event.aggregateId && r.tenantId === event.tenantId);
      const visible =
        l && (PUBLIC_LISTING_STATES.includes(l.status) || (l.status === 'archived' && l.publishedAt));
      if (l && visible) out.set(event.id, { ...listingView(l, false), rejectionReason: null });
    } else if (event.aggregateType === 'demand') {
      const d = demandRows.find((r) => r.id === event.aggregateId && r.tenantId === event.tenantId);
      if (d && (PUBLIC_DEMAND_STATES.includes(d.status) || d.publishedAt)) out.set(event.id, demandView(d));
    }
  }
  return out;
}

export async function tenantSlugs(db: Database, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: tenants.id, slug: tenants.slug })
    .from(tenants)
    .where(inArray(tenants.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, r.slug]));
}

export async function tenantSlug(db: Database, id: string): Promise<string> {
  const [row] = await db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(and(eq(tenants.id, id)));
  return row?.slug ?? id;
}
