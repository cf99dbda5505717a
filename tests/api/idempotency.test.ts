import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../schema/ids';
import { memberships } from '../../schema/index';
import { Harness, listingInput, type TestUser } from '../support/harness';
import { draftListing, expectInvalid, expectProblem, rowCounts } from './helpers';

let h: Harness;
let seller: TestUser;
let otherSeller: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  otherSeller = await h.user(['seller']);
});
afterAll(() => h.close());

let n = 0;
const key = () => `key-${Date.now()}-${++n}`;
const withKey = (k: string) => ({ headers: { 'idempotency-key': k } });

describe('Idempotency-Key on POST', () => {
  it('same key and same body: the same status and body again, marked idempotent-replayed, and only one row', async () => {
    const k = key();
    const before = await rowCounts(h);
    const first = await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    const second = await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k));
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.contentType).toMatch(/^application\/json/);
    const after = await rowCounts(h);
    expect(after.listings).toBe(before.listings + 1);
    expect(after.auditLog).toBe(before.auditLog + 1);
    expect(after.outbox).toBe(before.outbox + 1);
  });

  it('same key with a different body is a 422 idempotency-mismatch, and nothing is written', async () => {
    const k = key();
    expect((await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k))).status).toBe(201);
    const before = await rowCounts(h);
    const res = await h.client(seller.token).post('/v1/listings', listingInput({ trl: 9 }), withKey(k));
    expectProblem(res, 422, 'idempotency-mismatch');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('the same key on another route is a different request: 422 idempotency-mismatch', async () => {
    const k = key();
    const draft = await draftListing(h, seller);
    expect(
      (await h.client(seller.token).post(`/v1/listings/${draft.id}/submit`, undefined, withKey(k))).status,
    ).toBe(200);
    expectProblem(
      await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k)),
      422,
      'idempotency-mismatch',
    );
  });

  it('different users with the same key do not collide: each gets their own row', async () => {
    const k = key();
    const a = await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k));
    const b = await h.client(otherSeller.token).post('/v1/listings', listingInput(), withKey(k));
    expect(a.status).toBe(201);
    expect(b.status).toBe(201);
    expect(b.headers.get('idempotent-replayed')).toBeNull();
    expect(a.body.id).not.toBe(b.body.id);
    expect(b.body.ownerOrgId).toBe(otherSeller.orgId);
  });

  it('anonymous callers (sign-up) with the same key do not collide; a repeat of the same sign-up replays', async () => {
    const k = key();
    const body = (email: string) => ({ email, password: 'correct-horse-1', name: 'Anon' });
    const a = await h.client().post('/v1/auth/signup', body(`a-${k}@example.test`), withKey(k));
    const b = await h.client().post('/v1/auth/signup', body(`b-${k}@example.test`), withKey(k));
    expect(a.status, JSON.stringify(a.body)).toBe(201);
    expect(b.status, JSON.stringify(b.body)).toBe(201);
    expect(b.body.user.id).not.toBe(a.body.user.id);
    const again = await h.client().post('/v1/auth/signup', body(`a-${k}@example.test`), withKey(k));
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.user.id).toBe(a.body.user.id);
  });

  it('the same user with the same key in two tenants does not collide', async () => {
    const other = await h.createTenant();
    const both = await h.user(['seller']);
    await h.db.insert(memberships).values({
      id: newId('membership'),
      tenantId: other.id,
      userId: both.id,
      roles: ['seller'],
    });
    await h.organization('university', both.id, other.id);
    const k = key();
    const here = await h.client(both.token).post('/v1/listings', listingInput(), withKey(k));
    const there = await h.client(both.token, other.slug).post('/v1/listings', listingInput(), withKey(k));
    expect(here.status).toBe(201);
    expect(there.status, JSON.stringify(there.body)).toBe(201);
    expect(there.body.tenantId).toBe(other.id);
    expect(there.headers.get('idempotent-replayed')).toBeNull();
  });

  it('an invalid key format is a 422 naming the header, and nothing is written', async () => {
    const before = await rowCounts(h);
    for (const bad of ['has spaces', 'x'.repeat(256), 'semi;colon', '']) {
      const res = await h.client(seller.token).post('/v1/listings', listingInput(), withKey(bad));
      expectInvalid(res, 'Idempotency-Key');
    }
    expect(await rowCounts(h)).toEqual(before);
  });

  it('a failed request is not remembered: after a 422 the client may fix the body and retry with the same key', async () => {
    const k = key();
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ trl: 0 }), withKey(k)),
      'trl',
    );
    const retry = await h.client(seller.token).post('/v1/listings', listingInput(), withKey(k));
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBeNull();
  });

  it('a replayed transition answers the first 200 instead of a 409', async () => {
    const k = key();
    const draft = await draftListing(h, seller);
    const first = await h.client(seller.token).post(`/v1/listings/${draft.id}/submit`, {}, withKey(k));
    const again = await h.client(seller.token).post(`/v1/listings/${draft.id}/submit`, {}, withKey(k));
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expectProblem(
      await h.client(seller.token).post(`/v1/listings/${draft.id}/submit`, {}),
      409,
      'state-conflict',
    );
  });

  it('concurrent requests with one key create exactly one row; the others replay or are told to retry (409)', async () => {
    const k = key();
    const before = await rowCounts(h);
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        h.client(seller.token).post('/v1/listings', listingInput(), withKey(k)),
      ),
    );
    for (const r of results) expect([201, 409], JSON.stringify(r.body)).toContain(r.status);
    expect(results.filter((r) => r.status === 201).length).toBeGreaterThanOrEqual(1);
    const created = new Set(results.filter((r) => r.status === 201).map((r) => r.body.id));
    expect(created.size).toBe(1);
    expect((await rowCounts(h)).listings).toBe(before.listings + 1);
  });

  it('GET ignores the header', async () => {
    const res = await h.client().get('/v1/listings', withKey('has spaces'));
    expect(res.status).toBe(200);
  });
});
