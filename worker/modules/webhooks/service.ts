import { and, desc, eq, inArray, isNull, lt } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import { webhookDeliveries, webhookEndpoints } from '../../../schema/index';
import type { WebhookEndpoint } from '../../../schema/types';
import { requireTenantAdmin, requireUser } from '../../lib/access';
import { randomToken } from '../../lib/encoding';
import { Conflict, Invalid, NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import { assertCursorKind, pageOf } from '../../lib/pagination';
import type { ServiceContext } from '../../lib/service-context';
import { deliverNow, type WebhookFetch } from './delivery';
import { PING_EVENT_TYPE, tenantSlug, type WebhookEnvelope } from './events';
import { webhookUrlProblem } from './url-policy';

// Tenant admins manage their storefront's endpoints; every verb is scoped to ctx.tenant, so
// another tenant's endpoint is simply not found.

export const MAX_ENDPOINTS_PER_TENANT = 20;
const SECRET_PREFIX = 'whsec_';

/** What a verb that sends needs besides the context: the HTTP client and the URL policy. */
export interface WebhookRuntime {
  fetch: WebhookFetch;
  production: boolean;
}

export interface EndpointInput {
  url: string;
  description?: string | null;
  eventTypes: string[];
}

function checkUrl(url: string, production: boolean) {
  const problem = webhookUrlProblem(url, { production });
  if (problem) throw new Invalid('The webhook URL is not allowed.', [{ path: 'url', message: problem }]);
}

const newSecret = () => `${SECRET_PREFIX}${randomToken(24)}`;

export async function listEndpoints(ctx: ServiceContext) {
  requireTenantAdmin(ctx.actor);
  return ctx.db
    .select()
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.tenantId, ctx.tenant.id))
    .orderBy(desc(webhookEndpoints.id));
}

export async function getEndpoint(ctx: ServiceContext, id: string): Promise<WebhookEndpoint> {
  requireTenantAdmin(ctx.actor);
  const [row] = await ctx.db
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.tenantId, ctx.tenant.id)));
  if (!row) throw new NotFound('Webhook endpoint', id);
  return row;
}

/** The secret is returned once, here; afterwards only its first characters are shown. */
export async function createEndpoint(
  ctx: ServiceContext,
  input: EndpointInput,
  rt: Pick<WebhookRuntime, 'production'>,
) {
  requireTenantAdmin(ctx.actor);
  const user = requireUser(ctx.actor);
  checkUrl(input.url, rt.production);
  const secret = newSecret();
  return ctx.db.transaction(async (tx) => {
    const existing = await tx
      .select({ id: webhookEndpoints.id })
      .from(webhookEndpoints)
      .where(eq(webhookEndpoints.tenantId, ctx.tenant.id));
    if (existing.length >= MAX_ENDPOINTS_PER_TENANT)
      throw new Invalid(`A storefront may have at most ${MAX_ENDPOINTS_PER_TENANT} webhook endpoints.`, [
        { path: 'url', message: `at most ${MAX_ENDPOINTS_PER_TENANT} endpoints` },
      ]);
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        id: newId('webhookEndpoint'),
        tenantId: ctx.tenant.id,
        url: input.url,
        description: input.description || null,
        eventTypes: input.eventTypes,
        secret,
        createdBy: user.user.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, ctx, {
      action: 'webhook.create',
      entityType: 'webhook_endpoint',
      entityId: row.id,
      data: { url: row.url, eventTypes: row.eventTypes },
    });
    return { endpoint: row, secret };
  });
}

export async function updateEndpoint(
  ctx: ServiceContext,
  id: string,
  patch: Partial<EndpointInput> & { active?: boolean },
  rt: Pick<WebhookRuntime, 'production'>,
) {
  const current = await getEndpoint(ctx, id);
  if (patch.url !== undefined) checkUrl(patch.url, rt.production);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({
        url: patch.url,
        description: patch.description === undefined ? undefined : patch.description || null,
        eventTypes: patch.eventTypes,
        active: patch.active,
        updatedAt: now,
      })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.tenantId, ctx.tenant.id)))
      .returning();
    if (!row) throw new NotFound('Webhook endpoint', id);
    // Re-enabled: deliveries held while it was disabled are due again.
    if (!current.active && row.active)
      await tx
        .update(webhookDeliveries)
        .set({ nextAttemptAt: now })
        .where(
          and(
            eq(webhookDeliveries.endpointId, id),
            inArray(webhookDeliveries.status, ['pending', 'failed']),
            isNull(webhookDeliveries.nextAttemptAt),
          ),
        );
    await recordChange(tx, ctx, {
      action: 'webhook.update',
      entityType: 'webhook_endpoint',
      entityId: id,
      data: { changed: Object.keys(patch).filter((k) => patch[k as keyof typeof patch] !== undefined) },
    });
    return row;
  });
}

export async function deleteEndpoint(ctx: ServiceContext, id: string) {
  await getEndpoint(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.tenantId, ctx.tenant.id)));
    await recordChange(tx, ctx, { action: 'webhook.delete', entityType: 'webhook_endpoint', entityId: id });
  });
}

/** A new secret at once; the old one stops signing immediately (receivers must be updated). */
export async function rotateSecret(ctx: ServiceContext, id: string) {
  await getEndpoint(ctx, id);
  const secret = newSecret();
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(webhookEndpoints)
      .set({ secret, updatedAt: ctx.clock.now() })
      .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.tenantId, ctx.tenant.id)))
      .returning();
    if (!row) throw new NotFound('Webhook endpoint', id);
    await recordChange(tx, ctx, {
      action: 'webhook.rotate_secret',
      entityType: 'webhook_endpoint',
      entityId: id,
    });
    return { endpoint: row, secret };
  });
}

/** Sends a `webhook.ping` now and answers with its delivery; a ping is tried once, never retried. */
export async function pingEndpoint(ctx: ServiceContext, id: string, rt: WebhookRuntime) {
  const endpoint = await getEndpoint(ctx, id);
  if (!endpoint.active)
    throw new Conflict('The endpoint is disabled; enable it before sending a test event.');
  const now = ctx.clock.now();
  const eventId = newId('outbox');
  const payload: WebhookEnvelope = {
    id: eventId,
    type: PING_EVENT_TYPE,
    created: now.toISOString(),
    tenant: await tenantSlug(ctx.db, ctx.tenant.id),
    data: { endpointId: endpoint.id, message: 'TechMarket webhook test' },
  };
  const [row] = await ctx.db
    .insert(webhookDeliveries)
    .values({
      id: newId('webhookDelivery'),
      tenantId: ctx.tenant.id,
      endpointId: endpoint.id,
      eventId,
      eventType: PING_EVENT_TYPE,
      payload: { ...payload },
      // Not due for the sweep: this request sends it.
      nextAttemptAt: null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  return (
    (await deliverNow(ctx.db, row.id, { ...rt, clock: ctx.clock, logger: ctx.logger, maxAttempts: 1 })) ?? row
  );
}

export async function listDeliveries(
  ctx: ServiceContext,
  id: string,
  page: { limit: number; cursor?: string },
) {
  await getEndpoint(ctx, id);
  assertCursorKind(page.cursor, 'whd_');
  const rows = await ctx.db
    .select()
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.endpointId, id),
        eq(webhookDeliveries.tenantId, ctx.tenant.id),
        page.cursor ? lt(webhookDeliveries.id, page.cursor) : undefined,
      ),
    )
    .orderBy(desc(webhookDeliveries.id))
    .limit(page.limit + 1);
  return pageOf(rows, page.limit);
}

/** Tries a delivery again now, whatever its state (a dead one gets one more attempt). */
export async function retryDelivery(ctx: ServiceContext, id: string, deliveryId: string, rt: WebhookRuntime) {
  const endpoint = await getEndpoint(ctx, id);
  const [delivery] = await ctx.db
    .select({ id: webhookDeliveries.id })
    .from(webhookDeliveries)
    .where(
      and(
        eq(webhookDeliveries.id, deliveryId),
        eq(webhookDeliveries.endpointId, id),
        eq(webhookDeliveries.tenantId, ctx.tenant.id),
      ),
    );
  if (!delivery) throw new NotFound('Webhook delivery', deliveryId);
  if (!endpoint.active) throw new Conflict('The endpoint is disabled; enable it before retrying.');
  await recordChange(ctx.db, ctx, {
    action: 'webhook.retry',
    entityType: 'webhook_delivery',
    entityId: deliveryId,
  });
  const sent = await deliverNow(ctx.db, deliveryId, { ...rt, clock: ctx.clock, logger: ctx.logger });
  if (!sent) throw new NotFound('Webhook delivery', deliveryId);
  return sent;
}

/** The newest delivery of each endpoint, for the admin page's status column. */
export async function latestDeliveries(ctx: ServiceContext, endpointIds: string[]) {
  requireTenantAdmin(ctx.actor);
  const out = new Map<string, typeof webhookDeliveries.$inferSelect>();
  for (const id of endpointIds) {
    const [row] = await ctx.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, id), eq(webhookDeliveries.tenantId, ctx.tenant.id)))
      .orderBy(desc(webhookDeliveries.id))
      .limit(1);
    if (row) out.set(id, row);
  }
  return out;
}
