import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, type TestUser } from '../support/harness';
import { auditRows, expectInvalid, expectProblem, outboxRows, rowCounts } from './helpers';

let h: Harness;
let owner: TestUser;
let outsider: TestUser;
let admin: TestUser;
let otherTenant: { id: string; slug: string };
let stranger: TestUser; // of another tenant
beforeAll(async () => {
  h = await Harness.start();
  owner = await h.user(['seller']);
  outsider = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
  otherTenant = await h.createTenant();
  stranger = await h.user(['seller'], { tenant: otherTenant });
});
afterAll(() => h.close());

const orgBody = (o: Record<string, unknown> = {}) => ({
  type: 'institute',
  nameZh: '海洋材料研究所',
  nameEn: 'Institute of Marine Materials',
  region: '山东省青岛市',
  website: 'https://imm.example.cn',
  ...o,
});

describe('POST /v1/organizations', () => {
  it('registers an organization in this tenant; the caller becomes its owner; audited', async () => {
    const user = await h.user(['buyer'], { org: false });
    const res = await h.client(user.token).post('/v1/organizations', orgBody());
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      type: 'institute',
      nameZh: '海洋材料研究所',
      tenantId: h.tenant.id,
      verification: 'unverified',
    });
    expect(res.body.id).toMatch(/^org_[0-9A-Z]{26}$/);
    const me = await h.client(user.token).get('/v1/me');
    expect(me.body.organizations).toEqual([expect.objectContaining({ id: res.body.id, role: 'owner' })]);
    expect(await auditRows(h, res.body.id, 'organization.create')).toHaveLength(1);
    expect(await outboxRows(h, res.body.id, 'organization.created')).toHaveLength(1);
  });

  it('anonymous is a 401 and writes nothing', async () => {
    const before = await rowCounts(h);
    expectProblem(await h.client().post('/v1/organizations', orgBody()), 401, 'unauthenticated');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('bad input is a 422 naming the field, and nothing is written', async () => {
    const before = await rowCounts(h);
    const post = (o: Record<string, unknown>) => h.client(owner.token).post('/v1/organizations', orgBody(o));
    expectInvalid(await post({ type: 'club' }), 'type');
    expectInvalid(await post({ nameZh: 'x' }), 'nameZh');
    expectInvalid(await post({ nameZh: undefined }), 'nameZh');
    expectInvalid(await post({ website: 'not a url' }), 'website');
    expectInvalid(await post({ verification: 'verified' }));
    expectInvalid(await post({ descriptionZh: 'x'.repeat(4001) }), 'descriptionZh');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('an organization made with X-Tenant of another tenant belongs to that tenant only', async () => {
    const res = await h
      .client(owner.token, otherTenant.slug)
      .post('/v1/organizations', orgBody({ nameZh: '跨平台机构' }));
    expect(res.status).toBe(201);
    expect(res.body.tenantId).toBe(otherTenant.id);
    expectProblem(await h.client(owner.token).get(`/v1/organizations/${res.body.id}`), 404, 'not-found');
  });
});

describe('GET /v1/organizations', () => {
  it("lists this tenant's organizations, newest first, never another tenant's", async () => {
    const res = await h.client().get('/v1/organizations?limit=100');
    expect(res.status).toBe(200);
    const ids = res.body.items.map((o: { id: string }) => o.id);
    expect(ids).toContain(owner.orgId);
    expect(ids).not.toContain(stranger.orgId);
    for (const o of res.body.items) expect(o.tenantId).toBe(h.tenant.id);
    expect([...ids].sort().reverse()).toEqual(ids);
  });

  it('mine=true lists only my organizations; anonymous mine=true is 401', async () => {
    const mine = await h.client(owner.token).get('/v1/organizations?mine=true');
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([owner.orgId]);
    const none = await h.client(admin.token).get('/v1/organizations?mine=true');
    expect(none.body.items).toEqual([]);
    expectProblem(await h.client().get('/v1/organizations?mine=true'), 401, 'unauthenticated');
  });

  it('filters by type and pages with a cursor without duplicates', async () => {
    const t = await h.createTenant();
    const u = await h.user(['buyer'], { tenant: t, org: false });
    const made: string[] = [];
    for (const type of ['university', 'enterprise', 'enterprise', 'investor', 'enterprise']) {
      made.push((await h.client(u.token, t.slug).post('/v1/organizations', orgBody({ type }))).body.id);
    }
    const enterprises = await h.client(undefined, t.slug).get('/v1/organizations?type=enterprise');
    expect(enterprises.body.items).toHaveLength(3);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await h
        .client(undefined, t.slug)
        .get(`/v1/organizations?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...res.body.items.map((o: { id: string }) => o.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...made].sort());
    expect(new Set(seen).size).toBe(made.length);
  });

  it('bad query is a 422', async () => {
    expectInvalid(await h.client().get('/v1/organizations?type=club'), 'type');
    expectInvalid(await h.client().get('/v1/organizations?limit=-1'), 'limit');
  });
});

describe('GET /v1/organizations/{id}', () => {
  it('answers an organization of this tenant to anyone', async () => {
    const res = await h.client().get(`/v1/organizations/${owner.orgId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: owner.orgId, tenantId: h.tenant.id, type: 'university' });
  });

  it("another tenant's organization is a 404, even for its own member", async () => {
    expectProblem(await h.client().get(`/v1/organizations/${stranger.orgId}`), 404, 'not-found');
    expectProblem(
      await h.client(stranger.token, h.tenant.slug).get(`/v1/organizations/${stranger.orgId}`),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(owner.token, otherTenant.slug).get(`/v1/organizations/${owner.orgId}`),
      404,
      'not-found',
    );
  });

  it('an unknown id is a 404', async () => {
    expectProblem(await h.client().get('/v1/organizations/org_01JDQ4Z5V3K8T9M2N6P7R8S9TA'), 404, 'not-found');
  });
});

describe('PATCH /v1/organizations/{id}', () => {
  // An organization of its own: the member list of the owner's is checked further down.
  let editor: TestUser;
  beforeAll(async () => {
    editor = await h.user(['seller']);
  });
  const org = (token: string, id: string) => h.client(token).get(`/v1/organizations/${id}`);

  it('the owner edits the profile: 200, version incremented, audited with what changed, event written', async () => {
    const id = editor.orgId as string;
    const before = (await org(editor.token, id)).body;
    const res = await h.client(editor.token).patch(`/v1/organizations/${id}`, {
      nameZh: '海滨新材料研究院',
      region: before.region,
      website: null,
      version: before.version,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      nameZh: '海滨新材料研究院',
      website: null,
      version: before.version + 1,
    });
    expect((await org(outsider.token, id)).body.nameZh).toBe('海滨新材料研究院');
    const [audit] = await auditRows(h, id, 'organization.update');
    expect(audit?.data).toEqual({ changed: before.website === null ? ['nameZh'] : ['nameZh', 'website'] });
    expect(await outboxRows(h, id, 'organization.updated')).toHaveLength(1);
  });

  it('an organization admin and a tenant admin may edit; a plain member and an outsider get 403', async () => {
    const id = editor.orgId as string;
    const member = await h.user(['seller'], { org: false });
    const orgAdmin = await h.user(['seller'], { org: false });
    for (const [user, role] of [
      [member, 'member'],
      [orgAdmin, 'admin'],
    ] as const) {
      const added = await h
        .client(editor.token)
        .post(`/v1/organizations/${id}/members`, { email: user.email, role });
      expect(added.status, JSON.stringify(added.body)).toBe(201);
    }
    expect(
      (await h.client(orgAdmin.token).patch(`/v1/organizations/${id}`, { region: '浙江省宁波市' })).status,
    ).toBe(200);
    expect(
      (await h.client(admin.token).patch(`/v1/organizations/${id}`, { region: '山东省烟台市' })).status,
    ).toBe(200);
    const before = (await org(editor.token, id)).body;
    expectProblem(
      await h.client(member.token).patch(`/v1/organizations/${id}`, { region: 'x' }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client(outsider.token).patch(`/v1/organizations/${id}`, { region: 'x' }),
      403,
      'forbidden',
    );
    expect((await org(editor.token, id)).body).toEqual(before);
  });

  it('anonymous is a 401; another tenant’s organization is a 404; nothing changes', async () => {
    const id = editor.orgId as string;
    const before = (await org(editor.token, id)).body;
    expectProblem(await h.client().patch(`/v1/organizations/${id}`, { region: 'x' }), 401, 'unauthenticated');
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).patch(`/v1/organizations/${id}`, { region: 'x' }),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(editor.token).patch(`/v1/organizations/${stranger.orgId}`, { region: 'x' }),
      404,
      'not-found',
    );
    expect((await org(editor.token, id)).body).toEqual(before);
  });

  it('bad input is a 422 naming the field; an empty body and unknown fields are refused; nothing changes', async () => {
    const id = editor.orgId as string;
    const before = (await org(editor.token, id)).body;
    const patch = (body: Record<string, unknown>) =>
      h.client(editor.token).patch(`/v1/organizations/${id}`, body);
    expectInvalid(await patch({ type: 'club' }), 'type');
    expectInvalid(await patch({ nameZh: 'x' }), 'nameZh');
    expectInvalid(await patch({ nameZh: null }), 'nameZh');
    expectInvalid(await patch({ website: 'not a url' }), 'website');
    expectInvalid(await patch({ descriptionZh: '长'.repeat(4001) }));
    expectInvalid(await patch({ verification: 'verified' }));
    expectInvalid(await patch({}));
    expectInvalid(await patch({ version: 1 }));
    expect((await org(editor.token, id)).body).toEqual(before);
  });

  it('a stale version is a 409 naming the current one, and nothing changes', async () => {
    const id = editor.orgId as string;
    const before = (await org(editor.token, id)).body;
    const res = await h
      .client(editor.token)
      .patch(`/v1/organizations/${id}`, { region: '江苏省苏州市', version: before.version - 1 });
    expectProblem(res, 409, 'version-conflict');
    expect((await org(editor.token, id)).body).toEqual(before);
  });
});

describe('organization verification', () => {
  let applicant: TestUser;
  let colleague: TestUser;
  beforeAll(async () => {
    applicant = await h.user(['seller']);
    colleague = await h.user(['seller'], { org: false });
    const added = await h
      .client(applicant.token)
      .post(`/v1/organizations/${applicant.orgId}/members`, { email: colleague.email, role: 'member' });
    expect(added.status).toBe(201);
  });
  const get = async () => (await h.client(applicant.token).get(`/v1/organizations/${applicant.orgId}`)).body;
  const ask = (token: string, body: Record<string, unknown> = {}) =>
    h.client(token).post(`/v1/organizations/${applicant.orgId}/verification-request`, body);
  const decide = (token: string, body: Record<string, unknown>) =>
    h.client(token).post(`/v1/organizations/${applicant.orgId}/verification`, body);

  it('the owner asks, the tenant admin rejects with a reason, the owner asks again and it is verified; all audited', async () => {
    // Harness organizations may start verified; begin from unverified as a new one would.
    await h.db.execute(
      sql`update organizations set verification = 'unverified' where id = ${applicant.orgId}`,
    );
    expect(
      (await ask(applicant.token, { note: '统一社会信用代码 91370200MA3C123456' })).body.verification,
    ).toBe('pending');
    expect(
      (await h.client(admin.token).get('/v1/organizations?verification=pending')).body.items.map(
        (o: { id: string }) => o.id,
      ),
    ).toContain(applicant.orgId);
    const rejected = await decide(admin.token, { decision: 'rejected', reason: '营业执照不清晰' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    expect(rejected.body.verification).toBe('rejected');
    expect((await ask(applicant.token)).body.verification).toBe('pending');
    expect((await decide(admin.token, { decision: 'verified' })).body.verification).toBe('verified');
    const actions = (await auditRows(h, applicant.orgId as string)).map((r) => r.action);
    expect(actions.filter((a) => a.startsWith('organization.verification'))).toEqual([
      'organization.verification.request',
      'organization.verification.rejected',
      'organization.verification.request',
      'organization.verification.verified',
    ]);
    expect(await outboxRows(h, applicant.orgId as string, 'organization.verification_changed')).toHaveLength(
      4,
    );
  });

  it('renaming a verified organization sends it back to pending; editing its description does not', async () => {
    expect((await get()).verification).toBe('verified');
    await h
      .client(applicant.token)
      .patch(`/v1/organizations/${applicant.orgId}`, { descriptionZh: '新的简介' });
    expect((await get()).verification).toBe('verified');
    const renamed = await h
      .client(applicant.token)
      .patch(`/v1/organizations/${applicant.orgId}`, { nameZh: '更名后的研究院' });
    expect(renamed.body.verification).toBe('pending');
    const [audit] = (await auditRows(h, applicant.orgId as string, 'organization.update')).slice(-1);
    expect(audit?.data).toEqual({ changed: ['nameZh', 'verification'] });
  });

  it('steps out of turn are 409s; the wrong people get 403/401; bad input 422; nothing changes', async () => {
    const before = await get();
    expect(before.verification).toBe('pending');
    expectProblem(await ask(applicant.token), 409, 'state-conflict');
    expectProblem(await ask(colleague.token), 403, 'forbidden');
    expectProblem(await ask(outsider.token), 403, 'forbidden');
    expectProblem(
      await h.client().post(`/v1/organizations/${applicant.orgId}/verification-request`, {}),
      401,
    );
    expectProblem(await decide(applicant.token, { decision: 'verified' }), 403, 'forbidden');
    expectInvalid(await decide(admin.token, { decision: 'rejected' }), 'reason');
    expectInvalid(await decide(admin.token, { decision: 'approved' }), 'decision');
    expectInvalid(await decide(admin.token, { decision: 'verified', extra: 1 }));
    expectInvalid(await ask(applicant.token, { note: 'x'.repeat(2001) }), 'note');
    expectProblem(
      await h
        .client(stranger.token, otherTenant.slug)
        .post(`/v1/organizations/${applicant.orgId}/verification`, { decision: 'verified' }),
      404,
      'not-found',
    );
    expect(await get()).toEqual(before);
    expect((await decide(admin.token, { decision: 'verified' })).body.verification).toBe('verified');
    expectProblem(
      await decide(admin.token, { decision: 'rejected', reason: '重复操作' }),
      409,
      'state-conflict',
    );
  });

  it('two admins deciding at once: one decision lands, the other is a 409', async () => {
    await h.db.execute(sql`update organizations set verification = 'pending' where id = ${applicant.orgId}`);
    const second = await h.user(['tenant_admin'], { org: false });
    const results = await Promise.all([
      decide(admin.token, { decision: 'verified' }),
      decide(second.token, { decision: 'rejected', reason: '材料不全' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

describe('GET /v1/organizations/{id}/members', () => {
  it('members and tenant admins see the member list', async () => {
    const own = await h.client(owner.token).get(`/v1/organizations/${owner.orgId}/members`);
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([
      expect.objectContaining({ userId: owner.id, email: owner.email, role: 'owner' }),
    ]);
    expect((await h.client(admin.token).get(`/v1/organizations/${owner.orgId}/members`)).status).toBe(200);
  });

  it('a non-member is 403, anonymous 401, another tenant 404', async () => {
    expectProblem(
      await h.client(outsider.token).get(`/v1/organizations/${owner.orgId}/members`),
      403,
      'forbidden',
    );
    expectProblem(await h.client().get(`/v1/organizations/${owner.orgId}/members`), 401, 'unauthenticated');
    expectProblem(
      await h.client(undefined, otherTenant.slug).get(`/v1/organizations/${owner.orgId}/members`),
      401,
      'unauthenticated',
    );
    expectProblem(
      await h.client(stranger.token, otherTenant.slug).get(`/v1/organizations/${owner.orgId}/members`),
      404,
      'not-found',
    );
    const otherAdmin = await h.user(['tenant_admin'], { tenant: otherTenant, org: false });
    expectProblem(
      await h.client(otherAdmin.token, otherTenant.slug).get(`/v1/organizations/${owner.orgId}/members`),
      404,
      'not-found',
    );
  });
});

describe('POST /v1/organizations/{id}/members', () => {
  it('the owner adds a registered user by email: 201, they see the org in /v1/me and can act for it', async () => {
    const org = await h.user(['seller']);
    const newcomer = await h.user(['seller'], { org: false });
    const res = await h
      .client(org.token)
      .post(`/v1/organizations/${org.orgId}/members`, { email: newcomer.email.toUpperCase() });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ userId: newcomer.id, email: newcomer.email, role: 'member' });
    const me = await h.client(newcomer.token).get('/v1/me');
    expect(me.body.organizations).toEqual([expect.objectContaining({ id: org.orgId, role: 'member' })]);
    expect(
      (await h.client(newcomer.token).get(`/v1/organizations/${org.orgId}/members`)).body.items,
    ).toHaveLength(2);
    expect((await auditRows(h, org.orgId as string, 'organization.member.add')).length).toBe(1);
  });

  it('an org admin may add members; a plain member may not (403); a tenant admin may', async () => {
    const org = await h.user(['seller']);
    const orgAdmin = await h.user(['seller'], { org: false });
    const plain = await h.user(['seller'], { org: false });
    expect(
      (
        await h
          .client(org.token)
          .post(`/v1/organizations/${org.orgId}/members`, { email: orgAdmin.email, role: 'admin' })
      ).status,
    ).toBe(201);
    expect(
      (await h.client(orgAdmin.token).post(`/v1/organizations/${org.orgId}/members`, { email: plain.email }))
        .status,
    ).toBe(201);
    const later = await h.user(['buyer'], { org: false });
    expectProblem(
      await h.client(plain.token).post(`/v1/organizations/${org.orgId}/members`, { email: later.email }),
      403,
      'forbidden',
    );
    expectProblem(
      await h
        .client(orgAdmin.token)
        .post(`/v1/organizations/${org.orgId}/members`, { email: later.email, role: 'owner' }),
      403,
      'forbidden',
    );
    expect(
      (await h.client(admin.token).post(`/v1/organizations/${org.orgId}/members`, { email: later.email }))
        .status,
    ).toBe(201);
  });

  it('an unknown email is a 404; an existing member is a 409; nothing is written', async () => {
    const before = await rowCounts(h);
    expectProblem(
      await h
        .client(owner.token)
        .post(`/v1/organizations/${owner.orgId}/members`, { email: 'nobody@example.test' }),
      404,
      'not-found',
    );
    expectProblem(
      await h.client(owner.token).post(`/v1/organizations/${owner.orgId}/members`, { email: owner.email }),
      409,
      'conflict',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('a non-member is 403, anonymous 401, another tenant 404; bad input 422', async () => {
    const target = await h.user(['buyer'], { org: false });
    expectProblem(
      await h
        .client(outsider.token)
        .post(`/v1/organizations/${owner.orgId}/members`, { email: target.email }),
      403,
      'forbidden',
    );
    expectProblem(
      await h.client().post(`/v1/organizations/${owner.orgId}/members`, { email: target.email }),
      401,
      'unauthenticated',
    );
    expectProblem(
      await h
        .client(stranger.token, otherTenant.slug)
        .post(`/v1/organizations/${owner.orgId}/members`, { email: target.email }),
      404,
      'not-found',
    );
    expectInvalid(
      await h.client(owner.token).post(`/v1/organizations/${owner.orgId}/members`, { email: 'nope' }),
      'email',
    );
    expectInvalid(
      await h
        .client(owner.token)
        .post(`/v1/organizations/${owner.orgId}/members`, { email: target.email, role: 'king' }),
      'role',
    );
  });
});
