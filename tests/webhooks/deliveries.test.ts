import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, webhookDeliveries } from '../../schema/index';
import { WEBHOOK_MAX_ATTEMPTS } from '../../worker/modules/webhooks/delivery';
import { verifySignature } from '../../worker/modules/webhooks/signature';
import { openDemand, publishedListing, submittedListing } from '../api/helpers';
import type { Harness, TestUser } from '../support/harness';
import { type Receiver, startManualHarness, startReceiver } from './support';

// Fan-out from the outbox and delivery over real HTTP to a receiver on 127.0.0.1.

let h: Harness;
let drain: () => Promise<unknown>;
let sent: string[];
let clock: { advance(ms: number): void; now(): Date };
let rx: Receiver;
let admin: TestUser;
let seller: TestUser;
let buyer: TestUser;
let other: { id: string; slug: string };
let otherAdmin: TestUser;
let otherSeller: TestUser;
beforeAll(async () => {
  ({ h, drain, clock, sent } = await startManualHarness());
  rx = await startReceiver();
  admin = await h.user(['tenant_admin'], { org: false });
  seller = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  other = await h.createTenant();
  otherAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
  otherSeller = await h.user(['seller'], { tenant: other });
  await drain();
});
afterAll(async () => {
  await rx?.close();
  await h?.close();
});

async function endpoint(path: string, eventTypes: string[] = [], as = admin, tenant = h.tenant.slug) {
  const res = await h.client(as.token, tenant).post('/v1/webhooks', { url: `${rx.url}${path}`, eventTypes });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; secret: string };
}

const deliveriesOf = (endpointId: string) =>
  h.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId));
const receivedAt = (path: string) => rx.received.filter((r) => r.path === path);

describe('a published listing reaches every subscribed endpoint once, signed', () => {
  it('one delivery per endpoint, received with a valid signature and the event envelope', async () => {
    const all = await endpoint('/all');
    const listingsOnly = await endpoint('/listings', ['listing.published']);
    const demandsOnly = await endpoint('/demands', ['demand.published']);
    const listing = await publishedListing(h, seller, admin);
    await drain();

    const [got] = receivedAt('/all').filter((r) => r.body.includes(listing.id));
    expect(got).toBeDefined();
    expect(got!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(got!.body);
    expect(body).toMatchObject({ type: 'listing.published', tenant: h.tenant.slug });
    expect(body.id).toMatch(/^evt_/);
    expect(got!.headers['techmarket-event-id']).toBe(body.id);
    expect(body.data).toMatchObject({ id: listing.id, status: 'published', titleZh: listing.titleZh });
    expect(body.data.confidential).toBeNull(); // the NDA part never leaves
    expect(new Date(body.created).toString()).not.toBe('Invalid Date');
    const signature = got!.headers['techmarket-signature'] as string;
    expect(await verifySignature(all.secret, signature, got!.body, clock.now())).toBe(true);
    expect(await verifySignature(listingsOnly.secret, signature, got!.body, clock.now())).toBe(false);

    const sigOfListings = receivedAt('/listings').find((r) => r.body.includes(listing.id));
    expect(
      await verifySignature(
        listingsOnly.secret,
        sigOfListings?.headers['techmarket-signature'] as string,
        sigOfListings!.body,
        clock.now(),
      ),
    ).toBe(true);
    expect(receivedAt('/demands')).toHaveLength(0);

    const rows = await deliveriesOf(all.id);
    const forListing = rows.filter((d) => (d.payload.data as { id: string }).id === listing.id);
    expect(forListing).toHaveLength(1);
    expect(forListing[0]).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 200,
      nextAttemptAt: null,
    });
    // Submitting was private: nothing was sent for it.
    expect(rows.map((d) => d.eventType)).not.toContain('listing.submitted');
    await h.client(admin.token).delete(`/v1/webhooks/${listingsOnly.id}`);
    await h.client(admin.token).delete(`/v1/webhooks/${demandsOnly.id}`);
    await h.client(admin.token).delete(`/v1/webhooks/${all.id}`);
  });

  it('repeated drains and a replayed outbox event make no second delivery', async () => {
    const ep = await endpoint('/idem');
    const listing = await publishedListing(h, seller, admin);
    await drain();
    await drain();
    // Replay: mark the events unprocessed, as a crash between send and commit would leave them.
    await h.db.update(outbox).set({ processedAt: null }).where(eq(outbox.aggregateId, listing.id));
    await drain();
    await drain();
    const rows = await deliveriesOf(ep.id);
    expect(rows.filter((d) => d.eventType === 'listing.published')).toHaveLength(1);
    expect(receivedAt('/idem').filter((r) => r.body.includes(listing.id))).toHaveLength(1);
    await h.client(admin.token).delete(`/v1/webhooks/${ep.id}`);
  });

  it("another tenant's events never reach this tenant's endpoints, and the other way round", async () => {
    const mine = await endpoint('/mine');
    const theirs = await endpoint('/theirs', [], otherAdmin, other.slug);
    const foreign = await publishedListing(h, otherSeller, otherAdmin, {}, other.slug);
    const own = await publishedListing(h, seller, admin);
    await drain();
    expect(receivedAt('/mine').some((r) => r.body.includes(foreign.id))).toBe(false);
    expect(receivedAt('/mine').some((r) => r.body.includes(own.id))).toBe(true);
    expect(receivedAt('/theirs').some((r) => r.body.includes(own.id))).toBe(false);
    expect(receivedAt('/theirs').some((r) => r.body.includes(foreign.id))).toBe(true);
    expect((await deliveriesOf(mine.id)).every((d) => d.tenantId === h.tenant.id)).toBe(true);
    expect((await deliveriesOf(theirs.id)).every((d) => d.tenantId === other.id)).toBe(true);
    await h.client(admin.token).delete(`/v1/webhooks/${mine.id}`);
    await h.client(otherAdmin.token, other.slug).delete(`/v1/webhooks/${theirs.id}`);
  });

  it('demand events are delivered; a draft or submitted listing is not', async () => {
    const ep = await endpoint('/mixed');
    const demand = await openDemand(h, buyer);
    const submitted = await submittedListing(h, seller);
    await drain();
    const types = receivedAt('/mixed').map((r) => JSON.parse(r.body).type);
    expect(types).toContain('demand.published');
    expect(receivedAt('/mixed').some((r) => r.body.includes(demand.id))).toBe(true);
    expect(receivedAt('/mixed').some((r) => r.body.includes(submitted.id))).toBe(false);
    await h.client(admin.token).delete(`/v1/webhooks/${ep.id}`);
  });
});

describe('a failing receiver', () => {
  it('is retried with growing backoff, then the delivery is dead; a manual retry sends it again', async () => {
    rx.statusFor.set('/down', 503);
    const ep = await endpoint('/down', ['listing.published']);
    const listing = await publishedListing(h, seller, admin);
    await drain();
    let [row] = await deliveriesOf(ep.id);
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastStatusCode: 503, lastError: 'HTTP 503' });
    const firstWait = row!.nextAttemptAt!.getTime() - row!.lastAttemptAt!.getTime();
    expect(firstWait).toBeGreaterThanOrEqual(22_500);
    expect(firstWait).toBeLessThanOrEqual(37_500);

    // Not due yet: another drain does not send.
    await drain();
    expect(receivedAt('/down')).toHaveLength(1);

    const waits: number[] = [firstWait];
    for (let attempt = 2; attempt <= WEBHOOK_MAX_ATTEMPTS; attempt++) {
      clock.advance(80 * 60_000);
      await drain();
      [row] = await deliveriesOf(ep.id);
      expect(row!.attempts).toBe(attempt);
      if (row!.nextAttemptAt) waits.push(row!.nextAttemptAt.getTime() - row!.lastAttemptAt!.getTime());
    }
    expect(row).toMatchObject({ status: 'dead', attempts: WEBHOOK_MAX_ATTEMPTS, nextAttemptAt: null });
    expect(receivedAt('/down')).toHaveLength(WEBHOOK_MAX_ATTEMPTS);
    expect(waits[3]!).toBeGreaterThan(waits[0]!); // it backs off
    clock.advance(2 * 3_600_000);
    await drain();
    expect(receivedAt('/down')).toHaveLength(WEBHOOK_MAX_ATTEMPTS); // dead stays dead

    // The receiver is fixed; the admin retries by hand.
    rx.statusFor.delete('/down');
    const retried = await h.client(admin.token).post(`/v1/webhooks/${ep.id}/deliveries/${row!.id}/retry`);
    expect(retried.status, JSON.stringify(retried.body)).toBe(200);
    expect(retried.body).toMatchObject({
      status: 'succeeded',
      lastStatusCode: 200,
      attempts: WEBHOOK_MAX_ATTEMPTS + 1,
    });
    const last = receivedAt('/down').at(-1)!;
    expect(JSON.parse(last.body).data.id).toBe(listing.id);
    await h.client(admin.token).delete(`/v1/webhooks/${ep.id}`);
  });

  it('a disabled endpoint gets no new deliveries and holds pending retries until it is enabled', async () => {
    rx.statusFor.set('/paused', 503);
    const ep = await endpoint('/paused', ['listing.published']);
    const first = await publishedListing(h, seller, admin);
    await drain();
    expect((await deliveriesOf(ep.id))[0]).toMatchObject({ status: 'failed', attempts: 1 });

    await h.client(admin.token).patch(`/v1/webhooks/${ep.id}`, { active: false });
    const second = await publishedListing(h, seller, admin);
    clock.advance(80 * 60_000);
    await drain();
    const held = await deliveriesOf(ep.id);
    expect(held).toHaveLength(1); // nothing for the listing published while disabled
    expect(held[0]).toMatchObject({ status: 'failed', attempts: 1, nextAttemptAt: null });
    expect(receivedAt('/paused')).toHaveLength(1);

    rx.statusFor.delete('/paused');
    await h.client(admin.token).patch(`/v1/webhooks/${ep.id}`, { active: true });
    await drain();
    expect((await deliveriesOf(ep.id))[0]).toMatchObject({ status: 'succeeded', attempts: 2 });
    const bodies = receivedAt('/paused').map((r) => r.body);
    expect(bodies.filter((b) => b.includes(first.id))).toHaveLength(2);
    expect(bodies.some((b) => b.includes(second.id))).toBe(false);
    await h.client(admin.token).delete(`/v1/webhooks/${ep.id}`);
  });
});

describe('test pings and the deliveries list', () => {
  it('a ping is sent at once and signed; a failed ping is not retried', async () => {
    const ep = await endpoint('/ping');
    const res = await h.client(admin.token).post(`/v1/webhooks/${ep.id}/test`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ eventType: 'webhook.ping', status: 'succeeded', lastStatusCode: 200 });
    expect(sent.at(-1)).toBe(`${rx.url}/ping`); // through the injected client
    const got = receivedAt('/ping').at(-1)!;
    expect(JSON.parse(got.body)).toMatchObject({ type: 'webhook.ping', tenant: h.tenant.slug });
    expect(
      await verifySignature(ep.secret, got.headers['techmarket-signature'] as string, got.body, clock.now()),
    ).toBe(true);

    rx.statusFor.set('/ping', 500);
    const failed = await h.client(admin.token).post(`/v1/webhooks/${ep.id}/test`);
    expect(failed.body).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastStatusCode: 500,
      nextAttemptAt: null,
    });
    rx.statusFor.delete('/ping');
    await h.client(admin.token).delete(`/v1/webhooks/${ep.id}`);
  });

  it('an unreachable receiver is a failed attempt with the error recorded, not a 500', async () => {
    const dead = await startReceiver();
    const url = `${dead.url}/gone`;
    await dead.close();
    const created = (await h.client(admin.token).post('/v1/webhooks', { url })).body;
    const res = await h.client(admin.token).post(`/v1/webhooks/${created.id}/test`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('dead');
    expect(res.body.lastStatusCode).toBeNull();
    expect(res.body.lastError).toMatch(/fetch failed|ECONNREFUSED/);
    await h.client(admin.token).delete(`/v1/webhooks/${created.id}`);
  });

  it('lists deliveries newest first with a cursor', async () => {
    const ep = await endpoint('/paged');
    for (let i = 0; i < 3; i++) await h.client(admin.token).post(`/v1/webhooks/${ep.id}/test`);
    const api = h.client(admin.token);
    const first = await api.get(`/v1/webhooks/${ep.id}/deliveries?limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(2);
    expect(first.body.nextCursor).toBe(first.body.items[1].id);
    const second = await api.get(`/v1/webhooks/${ep.id}/deliveries?limit=2&cursor=${first.body.nextCursor}`);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    const ids = [...first.body.items, ...second.body.items].map((d: { id: string }) => d.id);
    expect(ids).toEqual([...ids].sort().reverse());
    const [row] = await h.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.endpointId, ep.id)));
    // Retrying a delivery of another endpoint through this one is not found.
    const other = await endpoint('/other');
    const wrong = await api.post(`/v1/webhooks/${other.id}/deliveries/${row!.id}/retry`);
    expect(wrong.status).toBe(404);
  });
});
