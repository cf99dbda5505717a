import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as schema from '../../schema/index';
import { Harness, type Json } from '../support/harness';
import { type Cast, cast, dealBody, ok, raceAccepts, setFeePolicy, signedDeal } from './support';

// Robustness of the deal flow on the embedded engine (PGlite): races, idempotent replays,
// bad input everywhere, and invisibility to outsiders and other tenants. The real-Postgres
// race lives in postgres.test.ts.

let h: Harness;
let c: Cast;
beforeAll(async () => {
  h = await Harness.start();
  await setFeePolicy(h);
  c = await cast(h);
});
afterAll(() => h.close());

const FLOW_TABLES = [
  schema.deals,
  schema.dealOffers,
  schema.dealMilestones,
  schema.dealContracts,
  schema.contractSignatures,
  schema.inquiries,
  schema.inquiryMessages,
  schema.ndaAcceptances,
  schema.confidentialViews,
  schema.payments,
  schema.ledgerEntries,
  schema.webhookEvents,
  schema.auditLog,
  schema.outbox,
] as const;

async function rowCounts() {
  const out: number[] = [];
  for (const t of FLOW_TABLES) out.push((await h.db.select({ n: count() }).from(t))[0]?.n ?? 0);
  return out;
}

describe('races', () => {
  it('50 concurrent accepts of one offer → exactly one transition, the rest 409', async () => {
    const r = await raceAccepts(h, c, 50);
    console.info(`[deals] PGlite: 50 concurrent accepts → ${JSON.stringify(r.counts)}`);
    expect(r.counts).toEqual({ 200: 1, 409: 49 });
    expect(r.problems).toBe(true);
    expect(r.deal.status).toBe('agreed');
    expect(r.deal.milestones).toHaveLength(1);
    expect(r.audits).toBe(1);
    expect(r.events).toBe(1);
  });

  it('both parties signing at once still sign once', async () => {
    const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c)), 201);
    const counter = ok(
      await c.as(c.seller).post(`/v1/deals/${deal.id}/offers`, {
        mode: 'license_exclusive',
        amount: 90_000_000,
        currency: 'CNY',
      }),
      201,
    );
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${counter.id}/accept`));
    const contract = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}/contract`));
    const results = await Promise.all(
      [c.buyer, c.seller, c.buyer, c.seller].map((u) =>
        c.as(u).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash: contract.contentHash }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 200, 409, 409]);
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('signed');
  });
});

describe('Idempotency-Key', () => {
  it('a repeated key returns the first response and creates nothing new', async () => {
    const headers = { 'idempotency-key': 'deal-create-1' };
    const first = await c.as(c.buyer).post('/v1/deals', dealBody(c), { headers });
    expect(first.status).toBe(201);
    const before = await rowCounts();
    const second = await c.as(c.buyer).post('/v1/deals', dealBody(c), { headers });
    expect(second.status).toBe(201);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.body.id).toBe(first.body.id);
    expect(await rowCounts()).toEqual(before);
    const other = await c.as(c.buyer).post('/v1/deals', dealBody(c, { amount: 5_000_000 }), { headers });
    expect(other.status).toBe(422);
  });

  it('a repeated key on a bank-receipt confirmation does not confirm twice', async () => {
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const pay = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/pay`));
    const receipt = {
      amount: m1.amount,
      bankReference: 'ICBC-IDEM',
      receivedAt: '2026-03-12T10:20:00+08:00',
    };
    const headers = { 'idempotency-key': 'confirm-1' };
    const a = await c.as(c.admin).post(`/v1/payments/${pay.payment.id}/confirm`, receipt, { headers });
    const b = await c.as(c.admin).post(`/v1/payments/${pay.payment.id}/confirm`, receipt, { headers });
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(b.headers.get('idempotent-replayed')).toBe('true');
    const ledger = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}/ledger`));
    expect(ledger.entries.filter((e: Json) => e.movement.endsWith(':received'))).toHaveLength(2);
  });
});

describe('bad input on every route → problem+json, nothing written', () => {
  it('each bad request is a 4xx problem and leaves every table as it was', async () => {
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const inq = ok(
      await c.as(c.buyer).post(`/v1/listings/${c.listingId}/inquiries`, { subject: '问题', message: '内容' }),
      201,
    );
    const pay = ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/pay`));
    const L = c.listingId;
    const D = deal.id;
    const cases: [string, string, unknown, Cast['buyer']][] = [
      ['POST', `/v1/listings/${L}/inquiries`, { subject: '' }, c.buyer],
      ['POST', `/v1/listings/not-an-id/inquiries`, { subject: '问题', message: 'x' }, c.buyer],
      ['POST', `/v1/inquiries/${inq.id}/messages`, { body: '' }, c.seller],
      ['POST', `/v1/listings/${L}/nda`, { version: 0, contentHash: 'zz' }, c.buyer],
      ['POST', `/v1/listings/${L}/nda/versions`, { textZh: '短' }, c.seller],
      ['POST', '/v1/deals', { listingId: L, mode: 'teleport', amount: 1 }, c.buyer],
      ['POST', '/v1/deals', { listingId: L, mode: 'license_exclusive', amount: 1.5 }, c.buyer],
      [
        'POST',
        '/v1/deals',
        {
          listingId: L,
          mode: 'license_exclusive',
          amount: 100,
          milestones: [{ title: 'a', shareBps: 5000 }],
        },
        c.buyer,
      ],
      [
        'POST',
        '/v1/deals',
        {
          listingId: L,
          mode: 'license_exclusive',
          amount: 100,
          milestones: [{ title: 'a', shareBps: 5000, amount: 50 }],
        },
        c.buyer,
      ],
      ['POST', '/v1/deals', { listingId: L, mode: 'equity', amount: 100 }, c.buyer],
      ['POST', '/v1/deals', { listingId: L, mode: 'license_exclusive', amount: -5 }, c.buyer],
      ['POST', '/v1/deals', { listingId: L, mode: 'license_exclusive', amount: 100, extra: true }, c.buyer],
      ['POST', `/v1/deals/${D}/offers`, { mode: 'transfer', amount: '100' }, c.seller],
      ['POST', `/v1/deals/${D}/offers/ofr_bad/accept`, undefined, c.buyer],
      ['POST', `/v1/deals/${D}/contract/sign`, { contentHash: 'abc' }, c.buyer],
      ['POST', `/v1/deals/${D}/milestones/${m1.id}/deliver`, { evidence: [] }, c.seller],
      ['POST', `/v1/deals/${D}/milestones/${m1.id}/accept`, { decision: 'maybe' }, c.buyer],
      ['POST', `/v1/deals/${D}/dispute`, {}, c.buyer],
      ['POST', `/v1/deals/${D}/resolve`, { outcome: 'split' }, c.admin],
      ['POST', `/v1/payments/${pay.payment.id}/confirm`, { amount: 0 }, c.admin],
      [
        'POST',
        `/v1/payments/${pay.payment.id}/confirm`,
        { amount: m1.amount, bankReference: 'x1', receivedAt: 'yesterday' },
        c.admin,
      ],
      ['POST', '/v1/payments/connect/onboarding', { party: 'alien' }, c.seller],
      ['GET', `/v1/deals/${D}/registration?format=xml`, undefined, c.buyer],
      ['GET', '/v1/registrations?from=2026-13&to=x', undefined, c.admin],
      ['GET', '/v1/deals?limit=1000', undefined, c.buyer],
    ];
    const before = await rowCounts();
    for (const [method, path, body, who] of cases) {
      const res = await c.as(who).request(method, path, body);
      expect(res.status, `${method} ${path} → ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
      expect(res.status, `${method} ${path}`).toBeLessThan(500);
      expect(res.contentType, `${method} ${path}`).toContain('application/problem+json');
    }
    const malformed = await c.as(c.buyer).post('/v1/deals', undefined, { raw: '{"listingId":' });
    expect(malformed.status).toBe(400);
    expect(malformed.contentType).toContain('application/problem+json');
    const hook = await h.client().post('/v1/webhooks/stripe', undefined, { raw: '{}' });
    expect(hook.status).toBe(404); // Stripe is not configured on the embedded defaults
    expect(await rowCounts()).toEqual(before);
  });
});

describe('outsiders and other tenants', () => {
  it('see 404 on every deal route, and cannot act', async () => {
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    const other = await h.createTenant();
    const foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
    const foreignBuyer = await h.user(['buyer'], { tenant: other });
    const D = deal.id;
    const routes: [string, string, unknown?][] = [
      ['GET', `/v1/deals/${D}`],
      ['GET', `/v1/deals/${D}/contract`],
      ['GET', `/v1/deals/${D}/ledger`],
      ['GET', `/v1/deals/${D}/registration`],
      ['POST', `/v1/deals/${D}/offers`, { mode: 'transfer', amount: 100, currency: 'CNY' }],
      ['POST', `/v1/deals/${D}/contract/sign`, { contentHash: 'a'.repeat(64) }],
      ['POST', `/v1/deals/${D}/milestones/${m1.id}/pay`],
      ['POST', `/v1/deals/${D}/dispute`, { reason: '我不是当事方' }],
    ];
    const before = await rowCounts();
    for (const [method, path, body] of routes) {
      expect((await c.as(c.outsider).request(method, path, body)).status, `outsider ${method} ${path}`).toBe(
        404,
      );
      expect(
        (await h.client(foreignAdmin.token, other.slug).request(method, path, body)).status,
        `other tenant admin ${method} ${path}`,
      ).toBe(404);
      expect(
        (await h.client(foreignBuyer.token, other.slug).request(method, path, body)).status,
        `other tenant buyer ${method} ${path}`,
      ).toBe(404);
      // The party itself, asking through another tenant, does not see it either.
      expect(
        (await h.client(c.buyer.token, other.slug).request(method, path, body)).status,
        `party via other tenant ${method} ${path}`,
      ).toBe(404);
    }
    const list = ok(await c.as(c.outsider).get('/v1/deals'));
    expect(list.items.map((d: Json) => d.id)).not.toContain(D);
    expect(await rowCounts()).toEqual(before);
  });
});
