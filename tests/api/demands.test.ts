import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demandInput, Harness, type TestUser } from '../support/harness';
import {
  auditRows,
  draftDemand,
  expectInvalid,
  expectProblem,
  openDemand,
  outboxRows,
  rowCounts,
} from './helpers';

let h: Harness;
let buyer: TestUser;
let otherBuyer: TestUser;
let seller: TestUser;
let admin: TestUser;
let otherTenant: { id: string; slug: string };
let stranger: TestUser; // a buyer of another tenant
beforeAll(async () => {
  h = await Harness.start();
  buyer = await h.user(['buyer']);
  otherBuyer = await h.user(['buyer']);
  seller = await h.user(['seller']);
  admin = await h.user(['tenant_admin'], { org: false });
  otherTenant = await h.createTenant();
  stranger = await h.user(['buyer'], { tenant: otherTenant });
});
afterAll(() => h.close());

const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((d) => d.id);

describe('POST /v1/demands', () => {
  it('a buyer posts a draft demand for their organization: 201, audited, outbox event', async () => {
    const res = await h.client(buyer.token).post('/v1/demands', demandInput());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      status: 'draft',
      version: 1,
      orgId: buyer.orgId,
      tenantId: h.tenant.id,
      sector: 'green',
      budgetMin: 50_000_000,
      budgetMax: 200_000_000,
      currency: 'CNY',
      deadline: '2027-06-30',
      modes: ['co_development'],
      publishedAt: null,
    });
    expect(res.body.id).toMatch(/^dmd_[0-9A-Z]{26}$/);
    expect(await auditRows(h, res.body.id, 'demand.create')).toHaveLength(1);
    expect(await outboxRows(h, res.body.id, 'demand.created')).toHaveLength(1);
  });

  it('a seller gets 403, anonymous 401, a buyer of another tenant 403 here; nothing is written', async () => {
    const before = await rowCounts(h);
    expectProblem(await h.client(seller.token).post('/v1/demands', demandInput()), 403, 'forbidden');
    expectProblem(await h.client().post('/v1/demands', demandInput()), 401, 'unauthenticated');
    expectProblem(
      await h.client(stranger.token, h.tenant.slug).post('/v1/demands', demandInput()),
      403,
      'forbidden',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it("orgId of someone else's organization is a 422; another tenant's is a 404", async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client(buyer.token).post('/v1/demands', demandInput({ orgId: otherBuyer.orgId })),
      'orgId',
    );
    expectProblem(
      await h.client(buyer.token).post('/v1/demands', demandInput({ orgId: stranger.orgId })),
      404,
      'not-found',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('budget rules: optional, integer minor units, min ≤ max; a budget-less demand is fine', async () => {
    const post = (o: Record<string, unknown>) => h.client(buyer.token).post('/v1/demands', demandInput(o));
    expect((await post({ budgetMin: undefined, budgetMax: undefined })).status).toBe(201);
    expect((await post({ budgetMin: 10, budgetMax: 10 })).status).toBe(201);
    const before = await rowCounts(h);
    expectInvalid(await post({ budgetMin: 300, budgetMax: 200 }), 'budgetMax');
    expectInvalid(await post({ budgetMin: 1.5 }), 'budgetMin');
    expectInvalid(await post({ budgetMax: -5 }), 'budgetMax');
    expectInvalid(await post({ budgetMax: '100' }), 'budgetMax');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('bad input is a 422 naming the field, and nothing is written', async () => {
    const before = await rowCounts(h);
    const post = (o: Record<string, unknown>) => h.client(buyer.token).post('/v1/demands', demandInput(o));
    expectInvalid(await post({ sector: 'foo' }), 'sector');
    expectInvalid(await post({ modes: ['barter'] }), 'modes.0');
    expectInvalid(await post({ deadline: '2027-13-45' }), 'deadline');
    expectInvalid(await post({ deadline: 'tomorrow' }), 'deadline');
    expectInvalid(await post({ descriptionZh: '太短' }), 'descriptionZh');
    expectInvalid(await post({ titleZh: 'x'.repeat(121) }), 'titleZh');
    expectInvalid(await post({ status: 'open' }));
    expect(await rowCounts(h)).toEqual(before);
  });
});

describe('GET /v1/demands/{id}', () => {
  it('a draft is visible to its owner and admins, 404 for everyone else', async () => {
    const draft = await draftDemand(h, buyer);
    expect((await h.client(buyer.token).get(`/v1/demands/${draft.id}`)).status).toBe(200);
    expect((await h.client(admin.token).get(`/v1/demands/${draft.id}`)).status).toBe(200);
    expectProblem(await h.client().get(`/v1/demands/${draft.id}`), 404, 'not-found');
    expectProblem(await h.client(otherBuyer.token).get(`/v1/demands/${draft.id}`), 404, 'not-found');
    expectProblem(await h.client(seller.token).get(`/v1/demands/${draft.id}`), 404, 'not-found');
  });

  it('an open demand is public in its tenant, and a 404 in another tenant', async () => {
    const open = await openDemand(h, buyer);
    expect((await h.client().get(`/v1/demands/${open.id}`)).status).toBe(200);
    expect((await h.client(seller.token).get(`/v1/demands/${open.id}`)).body.status).toBe('open');
    expectProblem(
      await h.client(undefined, otherTenant.slug).get(`/v1/demands/${open.id}`),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).get(`/v1/demands/${open.id}`),
      404,
      'not-found',
    );
  });

  it('an unknown id is a 404', async () => {
    expectProblem(await h.client().get('/v1/demands/dmd_01JDQ4Z5V3K8T9M2N6P7R8S9TA'), 404, 'not-found');
  });
});

describe('POST /v1/demands/{id}/publish', () => {
  it('the owner opens a draft: open, publishedAt set, version +1, audited, outbox demand.published', async () => {
    const draft = await draftDemand(h, buyer);
    const res = await h.client(buyer.token).post(`/v1/demands/${draft.id}/publish`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'open', version: 2 });
    expect(res.body.publishedAt).toEqual(expect.any(String));
    expect(await auditRows(h, draft.id, 'demand.publish')).toHaveLength(1);
    expect(await outboxRows(h, draft.id, 'demand.published')).toHaveLength(1);
  });

  it('only the owner: admin 403, another buyer 404, anonymous 401, another tenant 404', async () => {
    const draft = await draftDemand(h, buyer);
    expectProblem(await h.client(admin.token).post(`/v1/demands/${draft.id}/publish`), 403, 'forbidden');
    expectProblem(await h.client(otherBuyer.token).post(`/v1/demands/${draft.id}/publish`), 404, 'not-found');
    expectProblem(await h.client().post(`/v1/demands/${draft.id}/publish`), 401, 'unauthenticated');
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).post(`/v1/demands/${draft.id}/publish`),
      404,
      'not-found',
    );
    expect((await h.client(buyer.token).get(`/v1/demands/${draft.id}`)).body.status).toBe('draft');
  });

  it('publishing an open or closed demand is a 409 naming the state', async () => {
    const open = await openDemand(h, buyer);
    const again = await h.client(buyer.token).post(`/v1/demands/${open.id}/publish`);
    expectProblem(again, 409, 'state-conflict');
    expect(again.body.state).toBe('open');
    await h.client(buyer.token).post(`/v1/demands/${open.id}/close`);
    const closed = await h.client(buyer.token).post(`/v1/demands/${open.id}/publish`);
    expectProblem(closed, 409, 'state-conflict');
    expect(closed.body.state).toBe('closed');
  });

  it('a stale version is a 409 version-conflict', async () => {
    const draft = await draftDemand(h, buyer);
    expectProblem(
      await h.client(buyer.token).post(`/v1/demands/${draft.id}/publish`, { version: 3 }),
      409,
      'version-conflict',
    );
    expect((await h.client(buyer.token).post(`/v1/demands/${draft.id}/publish`, { version: 1 })).status).toBe(
      200,
    );
  });

  it('concurrent publishes: exactly one succeeds, one audit row, one outbox event', async () => {
    const draft = await draftDemand(h, buyer);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => h.client(buyer.token).post(`/v1/demands/${draft.id}/publish`)),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) {
      expectProblem(r, 409, 'state-conflict');
      expect(r.body.state).toBe('open');
    }
    expect(await auditRows(h, draft.id, 'demand.publish')).toHaveLength(1);
    expect(await outboxRows(h, draft.id, 'demand.published')).toHaveLength(1);
  });
});

describe('POST /v1/demands/{id}/close', () => {
  it('the owner closes an open demand; it stays publicly readable as closed', async () => {
    const open = await openDemand(h, buyer);
    const res = await h.client(buyer.token).post(`/v1/demands/${open.id}/close`);
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect((await h.client().get(`/v1/demands/${open.id}`)).body.status).toBe('closed');
    expect(await outboxRows(h, open.id, 'demand.closed')).toHaveLength(1);
  });

  it('an admin may close a demand; a draft can be closed too', async () => {
    const open = await openDemand(h, buyer);
    expect((await h.client(admin.token).post(`/v1/demands/${open.id}/close`)).status).toBe(200);
    const draft = await draftDemand(h, buyer);
    expect((await h.client(buyer.token).post(`/v1/demands/${draft.id}/close`)).body.status).toBe('closed');
  });

  it('a seller or another buyer gets 403 on an open demand; anonymous 401; another tenant 404', async () => {
    const open = await openDemand(h, buyer);
    expectProblem(await h.client(seller.token).post(`/v1/demands/${open.id}/close`), 403, 'forbidden');
    expectProblem(await h.client(otherBuyer.token).post(`/v1/demands/${open.id}/close`), 403, 'forbidden');
    expectProblem(await h.client().post(`/v1/demands/${open.id}/close`), 401, 'unauthenticated');
    const otherAdmin = await h.user(['tenant_admin'], { tenant: otherTenant, org: false });
    expectProblem(
      await h.client(otherAdmin.token, otherTenant.slug).post(`/v1/demands/${open.id}/close`),
      404,
      'not-found',
    );
  });

  it('closing a closed demand is a 409 naming the state', async () => {
    const open = await openDemand(h, buyer);
    await h.client(buyer.token).post(`/v1/demands/${open.id}/close`);
    const res = await h.client(buyer.token).post(`/v1/demands/${open.id}/close`);
    expectProblem(res, 409, 'state-conflict');
    expect(res.body.state).toBe('closed');
  });
});

describe('PATCH /v1/demands/{id}', () => {
  it('the audit row names only the fields whose values changed', async () => {
    const open = await openDemand(h, buyer);
    const res = await h
      .client(buyer.token)
      .patch(`/v1/demands/${open.id}`, { titleZh: open.titleZh, region: '浙江省宁波市' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [row] = await auditRows(h, open.id, 'demand.update');
    expect(row?.data).toEqual({ changed: ['region'] });
  });

  it('the owner edits a draft and an open demand; version increments', async () => {
    const draft = await draftDemand(h, buyer);
    const a = await h
      .client(buyer.token)
      .patch(`/v1/demands/${draft.id}`, { titleZh: '更新后的需求标题', version: 1 });
    expect(a.status, JSON.stringify(a.body)).toBe(200);
    expect(a.body).toMatchObject({ titleZh: '更新后的需求标题', version: 2 });
    const open = await openDemand(h, buyer);
    const b = await h
      .client(buyer.token)
      .patch(`/v1/demands/${open.id}`, { deadline: null, region: '山东省青岛市' });
    expect(b.status).toBe(200);
    expect(b.body).toMatchObject({ status: 'open', deadline: null, region: '山东省青岛市' });
  });

  it('an admin may edit; a closed demand may not be edited (409)', async () => {
    const open = await openDemand(h, buyer);
    expect((await h.client(admin.token).patch(`/v1/demands/${open.id}`, { keywords: ['废水'] })).status).toBe(
      200,
    );
    await h.client(buyer.token).post(`/v1/demands/${open.id}/close`);
    const res = await h.client(buyer.token).patch(`/v1/demands/${open.id}`, { keywords: ['x'] });
    expectProblem(res, 409, 'state-conflict');
    expect(res.body.state).toBe('closed');
  });

  it('budget edits are checked against the stored amounts: min above the stored max is a 422', async () => {
    const draft = await draftDemand(h, buyer);
    expectInvalid(
      await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { budgetMin: 300_000_000 }),
      'budgetMax',
    );
    expectInvalid(
      await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { budgetMin: 5, budgetMax: 4 }),
      'budgetMax',
    );
    expectInvalid(
      await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { budgetMax: 2.5 }),
      'budgetMax',
    );
    const ok = await h
      .client(buyer.token)
      .patch(`/v1/demands/${draft.id}`, { budgetMin: 300_000_000, budgetMax: null });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ budgetMin: 300_000_000, budgetMax: null });
  });

  it('concurrent edits with the same version: one wins, the rest are 409 version-conflict', async () => {
    const draft = await draftDemand(h, buyer);
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { region: `区域${i}`, version: 1 }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 200)) expectProblem(r, 409, 'version-conflict');
  });

  it('a stale version is a 409 version-conflict', async () => {
    const draft = await draftDemand(h, buyer);
    await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { region: '青岛' });
    expectProblem(
      await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { region: '济南', version: 1 }),
      409,
      'version-conflict',
    );
  });

  it('others may not edit: another buyer 403 on an open demand, 404 on a draft; anonymous 401; another tenant 404', async () => {
    const open = await openDemand(h, buyer);
    const draft = await draftDemand(h, buyer);
    expectProblem(
      await h.client(otherBuyer.token).patch(`/v1/demands/${open.id}`, { region: 'x' }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client(otherBuyer.token).patch(`/v1/demands/${draft.id}`, { region: 'x' }),
      404,
      'not-found',
    );
    expectProblem(await h.client().patch(`/v1/demands/${draft.id}`, { region: 'x' }), 401, 'unauthenticated');
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).patch(`/v1/demands/${open.id}`, { region: 'x' }),
      404,
      'not-found',
    );
  });

  it('bad input is a 422 and nothing changes', async () => {
    const draft = await draftDemand(h, buyer);
    const before = await rowCounts(h);
    expectInvalid(await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { sector: 'foo' }), 'sector');
    expectInvalid(await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { status: 'solved' }));
    expectInvalid(
      await h.client(buyer.token).patch(`/v1/demands/${draft.id}`, { deadline: 20270630 }),
      'deadline',
    );
    expect(await rowCounts(h)).toEqual(before);
    expect((await h.client(buyer.token).get(`/v1/demands/${draft.id}`)).body.version).toBe(1);
  });
});

describe('GET /v1/demands', () => {
  let t: { id: string; slug: string };
  let b: TestUser;
  let a: TestUser;
  let green: { id: string };
  let marine: { id: string };
  let draft: { id: string };
  let closed: { id: string };
  beforeAll(async () => {
    t = await h.createTenant();
    b = await h.user(['buyer'], { tenant: t });
    a = await h.user(['tenant_admin'], { tenant: t, org: false });
    green = await openDemand(h, b, { sector: 'green', modes: ['co_development'] }, t.slug);
    marine = await openDemand(h, b, { sector: 'marine', modes: ['transfer', 'consulting'] }, t.slug);
    draft = await draftDemand(h, b, { sector: 'marine' }, t.slug);
    closed = await openDemand(h, b, { sector: 'ai' }, t.slug);
    await h.client(b.token, t.slug).post(`/v1/demands/${closed.id}/close`);
  });
  const list = (query: string, token?: string) => h.client(token, t.slug).get(`/v1/demands${query}`);

  it('anonymous callers see open demands of this tenant, newest first; drafts and closed are left out by default', async () => {
    const res = await list('');
    expect(res.status).toBe(200);
    expect(ids(res)).toEqual([marine.id, green.id]);
    expect(res.body.nextCursor).toBeNull();
  });

  it('filters by sector, mode, status and organization', async () => {
    expect(ids(await list('?sector=marine'))).toEqual([marine.id]);
    expect(ids(await list('?mode=consulting'))).toEqual([marine.id]);
    expect(ids(await list('?status=closed'))).toEqual([closed.id]);
    expect(ids(await list(`?orgId=${b.orgId}`))).toEqual([marine.id, green.id]);
  });

  it('mine=true shows my drafts too; anonymous mine=true is 401', async () => {
    expect(ids(await list('?mine=true', b.token)).sort()).toEqual(
      [green.id, marine.id, draft.id, closed.id].sort(),
    );
    expect(ids(await list('?mine=true&status=draft', b.token))).toEqual([draft.id]);
    expectProblem(await list('?mine=true'), 401, 'unauthenticated');
  });

  it('status=draft is for admins: admin sees drafts, a buyer 403, anonymous 401', async () => {
    expect(ids(await list('?status=draft', a.token))).toEqual([draft.id]);
    const other = await h.user(['buyer'], { tenant: t });
    expectProblem(await list('?status=draft', other.token), 403, 'forbidden');
    expectProblem(await list('?status=draft'), 401, 'unauthenticated');
  });

  it('another tenant sees none of them', async () => {
    const res = await h.client(undefined, otherTenant.slug).get('/v1/demands?limit=100');
    for (const id of [green.id, marine.id, draft.id, closed.id]) expect(ids(res)).not.toContain(id);
  });

  it('cursor pagination with limit=2 walks every demand once with no gaps', async () => {
    const t2 = await h.createTenant();
    const b2 = await h.user(['buyer'], { tenant: t2 });
    const made: string[] = [];
    for (let i = 0; i < 5; i++) made.push((await openDemand(h, b2, {}, t2.slug)).id);
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await h
        .client(undefined, t2.slug)
        .get(`/v1/demands?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...ids(res));
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect([...seen].sort()).toEqual([...made].sort());
    expect([...seen].sort().reverse()).toEqual(seen);
    expectInvalid(await h.client(undefined, t2.slug).get('/v1/demands?cursor=bad'), 'cursor');
  });
});
