import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog, outbox, tenants } from '../../schema/index';
import type { TenantFeePolicy } from '../../schema/tenants';
import { type Client, type Harness, type Json, listingInput, type TestUser } from '../support/harness';

// Shared set-up of the deal suites: a published listing, a buyer, a broker and an admin, and a
// helper that drives a deal to `signed`.

export const FEE_POLICY: TenantFeePolicy = {
  platformFeeBps: 300,
  platformFeeMin: 10_000,
  tenantShareBps: 100,
  brokerCommissionBps: 200,
  brokerCommissionMin: 0,
};

export interface Cast {
  seller: TestUser;
  buyer: TestUser;
  broker: TestUser;
  admin: TestUser;
  outsider: TestUser;
  listingId: string;
  as: (u: TestUser) => Client;
}

/** Call before the tenant's first request (tenants are cached for a while). */
export async function setFeePolicy(h: Harness, policy: TenantFeePolicy = FEE_POLICY) {
  await h.db.update(tenants).set({ feePolicy: policy }).where(eq(tenants.id, h.tenant.id));
}

export async function cast(h: Harness): Promise<Cast> {
  const seller = await h.user(['seller']);
  const buyer = await h.user(['buyer']);
  const broker = await h.user(['broker'], { org: false });
  const admin = await h.user(['tenant_admin'], { org: false });
  const outsider = await h.user(['buyer']);
  const as = (u: TestUser) => h.client(u.token);
  const c = { seller, buyer, broker, admin, outsider, listingId: '', as };
  c.listingId = await publishedListing(c);
  return c;
}

/** Another published listing of the cast's seller (a completed exclusive deal closes the first). */
export async function publishedListing(c: Pick<Cast, 'seller' | 'admin' | 'as'>): Promise<string> {
  const created = await c
    .as(c.seller)
    .post('/v1/listings', listingInput({ modes: ['transfer', 'license_exclusive', 'co_development'] }));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const listingId = created.body.id as string;
  expect((await c.as(c.seller).post(`/v1/listings/${listingId}/submit`)).status).toBe(200);
  expect((await c.as(c.admin).post(`/v1/listings/${listingId}/publish`, {})).status).toBe(200);
  return listingId;
}

export const ok = (res: { status: number; body: Json }, status = 200) => {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  return res.body;
};

export function dealBody(c: Cast, overrides: Record<string, unknown> = {}) {
  return {
    listingId: c.listingId,
    mode: 'license_exclusive',
    amount: 100_000_000,
    currency: 'CNY',
    milestones: [
      { title: '首付款 / Down payment', shareBps: 3000, dueDate: '2026-06-30' },
      { title: '验收款 / On acceptance', shareBps: 7000, dueDate: '2026-12-31' },
    ],
    terms: '许可期限五年。',
    brokerUserId: c.broker.id,
    ...overrides,
  };
}

/** Creates a deal, has the seller counter, the buyer accept, and both sign. */
export async function signedDeal(c: Cast, overrides: Record<string, unknown> = {}) {
  const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c, overrides)), 201);
  const counter = ok(
    await c.as(c.seller).post(`/v1/deals/${deal.id}/offers`, {
      mode: (overrides.mode as string | undefined) ?? 'license_exclusive',
      amount: 120_000_001,
      currency: 'CNY',
      milestones: [
        { title: '首付款', shareBps: 3333 },
        { title: '验收款', shareBps: 6667 },
      ],
    }),
    201,
  );
  ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${counter.id}/accept`));
  const contract = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}/contract`));
  ok(await c.as(c.buyer).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash: contract.contentHash }));
  const signed = ok(
    await c.as(c.seller).post(`/v1/deals/${deal.id}/contract/sign`, { contentHash: contract.contentHash }),
  );
  expect(signed.deal.status).toBe('signed');
  return signed.deal as Json;
}

export function balanceOf(ledger: Json, prefix: string): number {
  return ledger.balances
    .filter((b: Json) => b.account.startsWith(prefix))
    .reduce((s: number, b: Json) => s + b.balance, 0);
}

/** 50 concurrent accepts of one offer; returns the status counts and the deal's audit rows for `deal.agree`. */
export async function raceAccepts(h: Harness, c: Cast, n = 50) {
  const deal = ok(await c.as(c.buyer).post('/v1/deals', dealBody(c)), 201);
  const counter = ok(
    await c.as(c.seller).post(`/v1/deals/${deal.id}/offers`, {
      mode: 'license_exclusive',
      amount: 110_000_000,
      currency: 'CNY',
    }),
    201,
  );
  const results = await Promise.all(
    Array.from({ length: n }, () => c.as(c.buyer).post(`/v1/deals/${deal.id}/offers/${counter.id}/accept`)),
  );
  const counts: Record<number, number> = {};
  for (const r of results) counts[r.status] = (counts[r.status] ?? 0) + 1;
  const problems = results
    .filter((r) => r.status !== 200)
    .every((r) => r.contentType?.includes('application/problem+json'));
  const after = ok(await c.as(c.buyer).get(`/v1/deals/${deal.id}`));
  const audits = await h.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityId, deal.id), eq(auditLog.action, 'deal.agree')));
  const agreedEvents = await h.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.aggregateId, deal.id), eq(outbox.topic, 'deal.agreed')));
  return { counts, problems, deal: after, audits: audits.length, events: agreedEvents.length };
}
