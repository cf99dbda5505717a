import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, webhookEndpoints } from '../../schema/index';
import { expectInvalid, expectProblem } from '../api/helpers';
import { Harness, type TestUser } from '../support/harness';

// The endpoint API: tenant admins manage their storefront's endpoints; the secret is shown once.

let h: Harness;
let admin: TestUser;
let buyer: TestUser;
let foreignAdmin: TestUser;
let other: { id: string; slug: string };
beforeAll(async () => {
  h = await Harness.start();
  admin = await h.user(['tenant_admin'], { org: false });
  buyer = await h.user(['buyer']);
  other = await h.createTenant();
  foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
});
afterAll(() => h.close());

const endpointCount = async () => Number((await h.db.select({ n: count() }).from(webhookEndpoints))[0]?.n);

describe('creating, listing, rotating and deleting endpoints', () => {
  it('a tenant admin adds an endpoint: 201 with the secret once, then only a hint', async () => {
    const api = h.client(admin.token);
    const res = await api.post('/v1/webhooks', {
      url: 'https://partner.example.com/hooks',
      description: '合作平台',
      eventTypes: ['listing.published'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.body).toMatchObject({
      url: 'https://partner.example.com/hooks',
      description: '合作平台',
      eventTypes: ['listing.published'],
      active: true,
    });
    expect(res.body.id).toMatch(/^whk_[0-9A-Z]{26}$/);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9_-]{32}$/);
    expect(res.body.secretHint).toBe(`${res.body.secret.slice(0, 10)}…`);

    const list = await api.get('/v1/webhooks');
    expect(list.status).toBe(200);
    const listed = list.body.items.find((e: { id: string }) => e.id === res.body.id);
    expect(listed).toMatchObject({
      url: 'https://partner.example.com/hooks',
      secretHint: res.body.secretHint,
    });
    expect(listed).not.toHaveProperty('secret');
    expect(JSON.stringify(list.body)).not.toContain(res.body.secret);
    const one = await api.get(`/v1/webhooks/${res.body.id}`);
    expect(one.body).not.toHaveProperty('secret');
    const audit = await h.db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(audit.map((a) => a.action)).toEqual(['webhook.create']);
  });

  it('rotating the secret answers a new secret once; the old one is gone', async () => {
    const api = h.client(admin.token);
    const created = (await api.post('/v1/webhooks', { url: 'https://partner.example.com/rotate' })).body;
    const rotated = await api.post(`/v1/webhooks/${created.id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
    const [row] = await h.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, created.id));
    expect(row?.secret).toBe(rotated.body.secret);
  });

  it('PATCH changes the URL, event types and active flag; DELETE removes it (then 404)', async () => {
    const api = h.client(admin.token);
    const created = (await api.post('/v1/webhooks', { url: 'https://partner.example.com/a' })).body;
    expect(created.eventTypes).toEqual([]);
    const patched = await api.patch(`/v1/webhooks/${created.id}`, {
      url: 'https://partner.example.com/b',
      eventTypes: ['demand.published', 'listing.archived'],
      active: false,
      description: null,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect(patched.body).toMatchObject({
      url: 'https://partner.example.com/b',
      eventTypes: ['demand.published', 'listing.archived'],
      active: false,
      description: null,
    });
    expect((await api.delete(`/v1/webhooks/${created.id}`)).status).toBe(204);
    expectProblem(await api.get(`/v1/webhooks/${created.id}`), 404, 'not-found');
    expectProblem(await api.delete(`/v1/webhooks/${created.id}`), 404, 'not-found');
  });
});

describe('who may manage endpoints', () => {
  it('a buyer gets 403 and an anonymous caller 401; nothing is written', async () => {
    const before = await endpointCount();
    expectProblem(
      await h.client(buyer.token).post('/v1/webhooks', { url: 'https://x.example.com/h' }),
      403,
      'forbidden',
    );
    expectProblem(await h.client(buyer.token).get('/v1/webhooks'), 403, 'forbidden');
    expectProblem(
      await h.client().post('/v1/webhooks', { url: 'https://x.example.com/h' }),
      401,
      'unauthenticated',
    );
    expect(await endpointCount()).toBe(before);
  });

  it("another tenant's admin gets 404 for every verb on this tenant's endpoint and never sees it listed", async () => {
    const mine = (
      await h.client(admin.token).post('/v1/webhooks', { url: 'https://partner.example.com/own' })
    ).body;
    const them = h.client(foreignAdmin.token, other.slug);
    expectProblem(await them.get(`/v1/webhooks/${mine.id}`), 404, 'not-found');
    expectProblem(await them.patch(`/v1/webhooks/${mine.id}`, { active: false }), 404, 'not-found');
    expectProblem(await them.delete(`/v1/webhooks/${mine.id}`), 404, 'not-found');
    expectProblem(await them.post(`/v1/webhooks/${mine.id}/rotate-secret`), 404, 'not-found');
    expectProblem(await them.post(`/v1/webhooks/${mine.id}/test`), 404, 'not-found');
    expectProblem(await them.get(`/v1/webhooks/${mine.id}/deliveries`), 404, 'not-found');
    const listed = await them.get('/v1/webhooks');
    expect(listed.body.items.map((e: { id: string }) => e.id)).not.toContain(mine.id);
    const [row] = await h.db.select().from(webhookEndpoints).where(eq(webhookEndpoints.id, mine.id));
    expect(row?.active).toBe(true);
  });
});

describe('bad input is a 422 problem and writes nothing', () => {
  const bad = [
    'not a url',
    'ftp://partner.example.com/h',
    'http://partner.example.com/h', // http only to localhost outside production
    'https://user:pass@partner.example.com/h',
    'javascript:alert(1)',
    '',
  ];
  it.each(bad)('url %j', async (url) => {
    const before = await endpointCount();
    expectInvalid(await h.client(admin.token).post('/v1/webhooks', { url }), 'url');
    expect(await endpointCount()).toBe(before);
  });

  it('unknown event types, repeated types, unknown fields and non-JSON bodies are refused', async () => {
    const api = h.client(admin.token);
    const before = await endpointCount();
    expectInvalid(
      await api.post('/v1/webhooks', { url: 'https://a.example.com', eventTypes: ['listing.created'] }),
    );
    expectInvalid(
      await api.post('/v1/webhooks', {
        url: 'https://a.example.com',
        eventTypes: ['listing.published', 'listing.published'],
      }),
    );
    expectInvalid(await api.post('/v1/webhooks', { url: 'https://a.example.com', secret: 'mine' }));
    expect((await api.post('/v1/webhooks', undefined, { raw: '{"url":' })).status).toBe(400);
    const created = (await api.post('/v1/webhooks', { url: 'https://a.example.com/ok' })).body;
    expectInvalid(await api.patch(`/v1/webhooks/${created.id}`, { url: 'http://10.0.0.1/h' }), 'url');
    expect(await endpointCount()).toBe(before + 1);
  });

  it('a malformed deliveries cursor is a 422', async () => {
    const created = (await h.client(admin.token).post('/v1/webhooks', { url: 'https://a.example.com/c' }))
      .body;
    expectInvalid(
      await h.client(admin.token).get(`/v1/webhooks/${created.id}/deliveries?cursor=lst_x`),
      'cursor',
    );
  });
});
