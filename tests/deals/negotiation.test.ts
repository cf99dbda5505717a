import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type Json } from '../support/harness';
import { type Cast, cast, dealBody, ok, signedDeal } from './support';

// Negotiation edges: withdraw and decline, deadlines, opening as an inquiry, cancellation,
// disputes resumed by an admin, and the API description of the flow.

let h: Harness;
let c: Cast;
beforeAll(async () => {
  h = await Harness.start();
  c = await cast(h);
});
afterAll(() => h.close());

describe('offers', () => {
  it('the proposer withdraws, the other side declines; neither may do the other’s step', async () => {
    const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c)), 201);
    const first = deal.offers[0].id;
    expect((await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${first}/decline`)).status).toBe(403);
    expect(
      ok(
        await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${first}/withdraw`, { reason: '重新评估预算' }),
      ).status,
    ).toBe('withdrawn');
    expect((await c.as(c.seller).post(`/v1/deals/${deal.id}/offers/${first}/accept`)).status).toBe(409);
    const counter = ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/offers`, { mode: 'transfer', amount: 200_000_000, currency: 'CNY' }),
      201,
    );
    expect((await c.as(c.seller).post(`/v1/deals/${deal.id}/offers/${counter.id}/withdraw`)).status).toBe(
      200,
    );
    const again = ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/offers`, { mode: 'transfer', amount: 190_000_000, currency: 'CNY' }),
      201,
    );
    expect(ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${again.id}/decline`)).status).toBe(
      'declined',
    );
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('negotiating');
  });

  it('an offer past its deadline cannot be accepted', async () => {
    const deal = ok(
      await c
        .as(c.buyer)
        .post('/v1/deals', dealBody(c, { expiresAt: new Date(Date.now() + 300).toISOString() })),
      201,
    );
    await new Promise((r) => setTimeout(r, 400));
    const res = await c.as(c.seller).post(`/v1/deals/${deal.id}/offers/${deal.offers[0].id}/accept`);
    expect(res.status).toBe(409);
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).offers[0].status).toBe('expired');
  });

  it('a deal opened without an amount is an inquiry until the first offer', async () => {
    const deal = ok(
      await c.as(c.buyer).post('/v1/deals', { listingId: c.listingId, mode: 'co_development' }),
      201,
    );
    expect(deal.status).toBe('inquiry');
    ok(
      await c
        .as(c.seller)
        .post(`/v1/deals/${deal.id}/offers`, { mode: 'co_development', amount: 80_000_000, currency: 'CNY' }),
      201,
    );
    expect(ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`)).status).toBe('negotiating');
  });

  it('the seller cannot open a deal on its own listing; a mode the listing lacks is refused', async () => {
    expect((await c.as(c.seller).post('/v1/deals', dealBody(c))).status).toBe(403);
    expect((await c.as(c.buyer).post('/v1/deals', dealBody(c, { mode: 'equity' }))).status).toBe(422);
  });
});

describe('cancel and dispute', () => {
  it('either party cancels before money moved; not after', async () => {
    const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c)), 201);
    expect(
      ok(await c.as(c.seller).post(`/v1/deals/${deal.id}/cancel`, { reason: '技术已许可他人' })).status,
    ).toBe('cancelled');
    expect(
      (
        await c
          .as(c.buyer)
          .post(`/v1/deals/${deal.id}/offers`, { mode: 'transfer', amount: 1, currency: 'CNY' })
      ).status,
    ).toBe(409);
  });

  it('a dispute freezes milestones until an admin resumes the deal', async () => {
    const deal = await signedDeal(c);
    const [m1] = deal.milestones as Json[];
    ok(await c.as(c.seller).post(`/v1/deals/${deal.id}/dispute`, { reason: '买方拒绝付款。' }));
    expect((await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/pay`)).status).toBe(409);
    const resumed = ok(
      await c.as(c.admin).post(`/v1/deals/${deal.id}/resolve`, { outcome: 'resume', reason: '双方和解。' }),
    );
    expect(resumed.status).toBe('signed');
    ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/milestones/${m1.id}/pay`));
  });
});

describe('contract of the API', () => {
  it('the OpenAPI document lists the deal routes', async () => {
    const doc = ok(await h.client().get('/openapi.json'));
    for (const path of [
      '/v1/listings/{id}/inquiries',
      '/v1/listings/{id}/nda',
      '/v1/listings/{id}/confidential',
      '/v1/listings/{id}/confidential/views',
      '/v1/deals',
      '/v1/deals/{id}',
      '/v1/deals/{id}/offers',
      '/v1/deals/{id}/offers/{offerId}/accept',
      '/v1/deals/{id}/contract',
      '/v1/deals/{id}/contract/sign',
      '/v1/deals/{id}/milestones/{mid}/pay',
      '/v1/deals/{id}/milestones/{mid}/deliver',
      '/v1/deals/{id}/milestones/{mid}/accept',
      '/v1/payments/{id}/confirm',
      '/v1/webhooks/stripe',
      '/v1/deals/{id}/ledger',
      '/v1/deals/{id}/registration',
      '/v1/registrations',
    ]) {
      expect(doc.paths[path], path).toBeDefined();
    }
  });
});
