import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestUser } from '../support/harness';
import {
  auditRows,
  draftListing,
  expectInvalid,
  expectProblem,
  outboxRows,
  publishedListing,
  submittedListing,
} from './helpers';

let h: Harness;
let seller: TestUser;
let colleague: TestUser; // another member of the seller's organization
let otherSeller: TestUser;
let buyer: TestUser;
let admin: TestUser;
let otherTenant: { id: string; slug: string };
let otherAdmin: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  colleague = await h.user(['seller'], { org: false });
  const added = await h
    .client(seller.token)
    .post(`/v1/organizations/${seller.orgId}/members`, { email: colleague.email });
  expect(added.status).toBe(201);
  otherSeller = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
  otherTenant = await h.createTenant();
  otherAdmin = await h.user(['tenant_admin'], { tenant: otherTenant, org: false });
});
afterAll(() => h.close());

type Action = 'submit' | 'publish' | 'reject' | 'archive';
const step = (token: string, id: string, action: Action, body?: unknown) =>
  h
    .client(token)
    .post(
      `/v1/listings/${id}/${action}`,
      body ?? (action === 'reject' ? { reason: '资料不全，请补充。' } : undefined),
    );

describe('submit', () => {
  it('the owner submits a draft: 200, status submitted, version +1, audited, outbox event', async () => {
    const draft = await draftListing(h, seller);
    const res = await step(seller.token, draft.id, 'submit');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', version: 2 });
    const audit = await auditRows(h, draft.id, 'listing.submit');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ fromState: 'draft', toState: 'submitted', actorUserId: seller.id });
    expect(await outboxRows(h, draft.id, 'listing.submitted')).toHaveLength(1);
  });

  it('any member of the owner organization may submit', async () => {
    const draft = await draftListing(h, seller);
    expect((await step(colleague.token, draft.id, 'submit')).status).toBe(200);
  });

  it('only the owner: an admin gets 403, another seller or a buyer 404 (the draft is invisible), anonymous 401', async () => {
    const draft = await draftListing(h, seller);
    expectProblem(await step(admin.token, draft.id, 'submit'), 403, 'forbidden');
    expectProblem(await step(otherSeller.token, draft.id, 'submit'), 404, 'not-found');
    expectProblem(await step(buyer.token, draft.id, 'submit'), 404, 'not-found');
    expectProblem(await h.client().post(`/v1/listings/${draft.id}/submit`), 401, 'unauthenticated');
    expect((await h.client(seller.token).get(`/v1/listings/${draft.id}`)).body.status).toBe('draft');
  });

  it('a version in the body must match: a stale one is a 409 version-conflict', async () => {
    const draft = await draftListing(h, seller);
    const stale = await step(seller.token, draft.id, 'submit', { version: 5 });
    expectProblem(stale, 409, 'version-conflict');
    expect(stale.body.currentVersion).toBe(1);
    expect((await step(seller.token, draft.id, 'submit', { version: 1 })).status).toBe(200);
  });

  it('a bad transition body is a 422', async () => {
    const draft = await draftListing(h, seller);
    expectInvalid(await step(seller.token, draft.id, 'submit', { version: 0 }), 'version');
    expectInvalid(await step(seller.token, draft.id, 'submit', { version: '1' }), 'version');
  });
});

describe('publish and reject (tenant admin)', () => {
  it('an admin publishes a submitted listing: published, publishedAt set, public, audited with an outbox event', async () => {
    const submitted = await submittedListing(h, seller);
    const res = await step(admin.token, submitted.id, 'publish');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('published');
    expect(res.body.publishedAt).toEqual(expect.any(String));
    expect((await h.client().get(`/v1/listings/${submitted.id}`)).status).toBe(200);
    expect(await auditRows(h, submitted.id, 'listing.publish')).toHaveLength(1);
    const events = await outboxRows(h, submitted.id, 'listing.published');
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toMatchObject({ id: submitted.id, status: 'published' });
  });

  it("the owner, a buyer or another tenant's admin cannot publish: 403/403/404", async () => {
    const submitted = await submittedListing(h, seller);
    expectProblem(await step(seller.token, submitted.id, 'publish'), 403, 'forbidden');
    expectProblem(await step(buyer.token, submitted.id, 'publish'), 404, 'not-found');
    expectProblem(
      await h.client(otherAdmin.token, otherTenant.slug).post(`/v1/listings/${submitted.id}/publish`),
      404,
      'not-found',
    );
    expectProblem(await h.client().post(`/v1/listings/${submitted.id}/publish`), 401, 'unauthenticated');
  });

  it('a platform admin may moderate in any tenant', async () => {
    const platform = await h.user([], { tenant: otherTenant, platformAdmin: true, org: false });
    const submitted = await submittedListing(h, seller);
    expect((await step(platform.token, submitted.id, 'publish')).status).toBe(200);
  });

  it('reject needs a reason (422 without one) and shows it as rejectionReason to the owner', async () => {
    const submitted = await submittedListing(h, seller);
    expectInvalid(await step(admin.token, submitted.id, 'reject', {}), 'reason');
    expectInvalid(await step(admin.token, submitted.id, 'reject', { reason: ' ' }), 'reason');
    expectInvalid(await h.client(admin.token).post(`/v1/listings/${submitted.id}/reject`), 'reason');
    const res = await step(admin.token, submitted.id, 'reject', { reason: '请补充专利证书编号。' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'rejected', rejectionReason: '请补充专利证书编号。' });
    const seen = await h.client(seller.token).get(`/v1/listings/${submitted.id}`);
    expect(seen.body.rejectionReason).toBe('请补充专利证书编号。');
    expect(await outboxRows(h, submitted.id, 'listing.rejected')).toHaveLength(1);
    expectProblem(await h.client().get(`/v1/listings/${submitted.id}`), 404);
  });

  it('the owner cannot reject: 403', async () => {
    const submitted = await submittedListing(h, seller);
    expectProblem(await step(seller.token, submitted.id, 'reject'), 403, 'forbidden');
  });

  it('editing a rejected listing takes it back to draft; it can then be submitted again and the reason clears', async () => {
    const submitted = await submittedListing(h, seller);
    await step(admin.token, submitted.id, 'reject');
    const edited = await h
      .client(seller.token)
      .patch(`/v1/listings/${submitted.id}`, { ipNumbers: ['ZL202310999999.1'] });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.status).toBe('draft');
    const again = await step(seller.token, submitted.id, 'submit');
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'submitted', rejectionReason: null });
  });
});

describe('archive', () => {
  it.each(['draft', 'submitted', 'rejected', 'published'] as const)(
    'the owner archives a %s listing',
    async (state) => {
      const listing = await inState(state);
      const res = await step(seller.token, listing.id, 'archive');
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.status).toBe('archived');
      expect(await outboxRows(h, listing.id, 'listing.archived')).toHaveLength(1);
    },
  );

  it('an admin archives a published listing; it leaves the public view', async () => {
    const listing = await publishedListing(h, seller, admin);
    expect((await step(admin.token, listing.id, 'archive')).status).toBe(200);
    expectProblem(await h.client().get(`/v1/listings/${listing.id}`), 404);
    expect((await h.client(seller.token).get(`/v1/listings/${listing.id}`)).body.status).toBe('archived');
  });

  it('a buyer or another seller cannot archive a published listing: 403; anonymous 401', async () => {
    const listing = await publishedListing(h, seller, admin);
    expectProblem(await step(buyer.token, listing.id, 'archive'), 403, 'forbidden');
    expectProblem(await step(otherSeller.token, listing.id, 'archive'), 403, 'forbidden');
    expectProblem(await h.client().post(`/v1/listings/${listing.id}/archive`), 401, 'unauthenticated');
  });
});

/** A listing of the seller's brought into a state through the API. */
async function inState(state: 'draft' | 'submitted' | 'rejected' | 'published' | 'archived') {
  if (state === 'draft') return draftListing(h, seller);
  if (state === 'submitted') return submittedListing(h, seller);
  if (state === 'published') return publishedListing(h, seller, admin);
  const submitted = await submittedListing(h, seller);
  if (state === 'rejected') return (await step(admin.token, submitted.id, 'reject')).body;
  return (await step(seller.token, submitted.id, 'archive')).body;
}

describe('every illegal transition is a 409 naming the state', () => {
  // Actions allowed from each state (design.md): everything else must be refused.
  const allowed: Record<string, Action[]> = {
    draft: ['submit', 'archive'],
    submitted: ['publish', 'reject', 'archive'],
    rejected: ['archive'],
    published: ['archive'],
    archived: [],
  };
  const actor = (action: Action) => (action === 'publish' || action === 'reject' ? admin : seller);
  for (const [state, ok] of Object.entries(allowed)) {
    for (const action of (['submit', 'publish', 'reject', 'archive'] as const).filter(
      (a) => !ok.includes(a),
    )) {
      it(`${action} from ${state} → 409 state-conflict with state ${state}`, async () => {
        const listing = await inState(state as 'draft');
        const res = await step(actor(action).token, listing.id, action);
        expectProblem(res, 409, 'state-conflict');
        expect(res.body.state).toBe(state);
        expect(res.body.allowedFrom).toEqual(expect.any(Array));
        const after = await h.client(seller.token).get(`/v1/listings/${listing.id}`);
        expect(after.body).toMatchObject({ status: state, version: listing.version });
      });
    }
  }
});

describe('concurrency', () => {
  it('20 concurrent publishes of one submitted listing: exactly one 200, the rest 409; one version bump, one audit row, one outbox event', async () => {
    const submitted = await submittedListing(h, seller);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.client(admin.token).post(`/v1/listings/${submitted.id}/publish`, {}),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    for (const r of results.filter((x) => x.status === 409)) {
      expectProblem(r, 409, 'state-conflict');
      expect(r.body.state).toBe('published');
    }
    const after = await h.client(admin.token).get(`/v1/listings/${submitted.id}`);
    expect(after.body).toMatchObject({ status: 'published', version: submitted.version + 1 });
    expect(await auditRows(h, submitted.id, 'listing.publish')).toHaveLength(1);
    expect(await outboxRows(h, submitted.id, 'listing.published')).toHaveLength(1);
  });

  it('concurrent edits with the same version: one wins, the others are 409 version-conflict', async () => {
    const draft = await draftListing(h, seller);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        h.client(seller.token).patch(`/v1/listings/${draft.id}`, { trl: (i % 9) + 1, version: 1 }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expectProblem(r, 409, 'version-conflict');
    expect((await h.client(seller.token).get(`/v1/listings/${draft.id}`)).body.version).toBe(2);
  });
});
