import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.close());

describe('tenants', () => {
  it('anyone reads the public profile of the serving tenant, without the fee policy', async () => {
    const res = await h.client().get('/v1/tenant');
    expect(res.status).toBe(200);
    expect(res.body.slug).toBe(h.tenant.slug);
    expect(res.body.feePolicy).toBeUndefined();
  });

  it('only the platform admin opens a storefront; a duplicate slug is 409', async () => {
    const root = await h.user([], { platformAdmin: true, org: false });
    const admin = await h.user(['tenant_admin'], { org: false });
    const body = {
      slug: 'ocean-park',
      nameZh: '海洋科技园',
      nameEn: 'Ocean Park',
      syndication: { mode: 'sectors', sectors: ['marine'] },
    };
    expect((await h.client(admin.token).post('/v1/tenants', body)).status).toBe(403);
    expect((await h.client().post('/v1/tenants', body)).status).toBe(401);
    const created = await h.client(root.token).post('/v1/tenants', body);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.feePolicy.platformFeeBps).toBeGreaterThan(0);
    expect((await h.client(root.token).post('/v1/tenants', body)).status).toBe(409);
    expect((await h.client().get('/v1/tenant', { tenant: 'ocean-park' })).body.nameZh).toBe('海洋科技园');
  });

  it('a tenant admin brands its own storefront but not another, and cannot set fees', async () => {
    const admin = await h.user(['tenant_admin'], { org: false });
    const other = await h.createTenant();
    const own = await h
      .client(admin.token)
      .patch(`/v1/tenants/${h.tenant.id}`, { branding: { primaryColor: '#0b5fff' } });
    expect(own.status, JSON.stringify(own.body)).toBe(200);
    expect(own.body.branding.primaryColor).toBe('#0b5fff');
    expect(
      (await h.client(admin.token).patch(`/v1/tenants/${other.id}`, { nameZh: '别人的平台' })).status,
    ).toBe(404);
    const fees = await h.client(admin.token).patch(`/v1/tenants/${h.tenant.id}`, {
      feePolicy: {
        platformFeeBps: 0,
        platformFeeMin: 0,
        tenantShareBps: 0,
        brokerCommissionBps: 0,
        brokerCommissionMin: 0,
      },
    });
    expect(fees.status).toBe(403);
    expect(
      (
        await h
          .client(admin.token)
          .patch(`/v1/tenants/${h.tenant.id}`, { branding: { primaryColor: 'blue' } })
      ).status,
    ).toBe(422);
  });
});

describe('members and roles', () => {
  it('a tenant admin grants the expert role; the user then has it; others may not', async () => {
    const admin = await h.user(['tenant_admin'], { org: false });
    const person = await h.user(['buyer']);
    const buyer = await h.user(['buyer']);
    expect(
      (await h.client(buyer.token).patch(`/v1/members/${person.id}`, { roles: ['expert'] })).status,
    ).toBe(403);
    const res = await h.client(admin.token).patch(`/v1/members/${person.id}`, { roles: ['buyer', 'expert'] });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await h.client(person.token).get('/v1/me')).body.roles).toEqual(['buyer', 'expert']);
    expect((await h.client(admin.token).patch('/v1/members/usr_nobody', { roles: [] })).status).toBe(404);
    const list = await h.client(admin.token).get('/v1/members?limit=100');
    expect(list.body.items.map((m: { userId: string }) => m.userId)).toContain(person.id);
  });

  it("another tenant's admin cannot change roles here", async () => {
    const other = await h.createTenant();
    const foreignAdmin = await h.user(['tenant_admin'], { tenant: other, org: false });
    const person = await h.user(['buyer']);
    const res = await h
      .client(foreignAdmin.token)
      .patch(`/v1/members/${person.id}`, { roles: ['tenant_admin'] });
    expect(res.status).toBe(403);
  });
});

describe('API keys', () => {
  it('a secret key is shown once, works in its tenant only, and stops working when revoked', async () => {
    const admin = await h.user(['tenant_admin'], { org: false });
    const created = await h
      .client(admin.token)
      .post('/v1/api-keys', { name: 'server', kind: 'secret', scopes: ['admin'] });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const secret: string = created.body.secret;
    expect(secret.startsWith('tm_sk_')).toBe(true);
    const listed = await h.client(admin.token).get('/v1/api-keys');
    expect(JSON.stringify(listed.body)).not.toContain(secret);
    expect((await h.client(secret).get('/v1/listings?status=submitted')).status).toBe(200);
    const other = await h.createTenant();
    expect((await h.client(secret, other.slug).get('/v1/listings')).status).toBe(401);
    expect((await h.client(admin.token).post(`/v1/api-keys/${created.body.id}/revoke`)).status).toBe(200);
    expect((await h.client(secret).get('/v1/listings')).status).toBe(401);
  });

  it('a publishable key reads public data but cannot write', async () => {
    const admin = await h.user(['tenant_admin'], { org: false });
    const created = await h.client(admin.token).post('/v1/api-keys', { name: 'embed', kind: 'publishable' });
    const key: string = created.body.secret;
    expect(key.startsWith('tm_pk_')).toBe(true);
    expect((await h.client(key).get('/v1/listings')).status).toBe(200);
    const write = await h.client(key).post('/v1/organizations', { type: 'enterprise', nameZh: '嵌入公司' });
    expect(write.status).toBe(403);
    expect(write.contentType).toContain('application/problem+json');
  });

  it('non-admins cannot create keys', async () => {
    const seller = await h.user(['seller']);
    expect((await h.client(seller.token).post('/v1/api-keys', { name: 'x', kind: 'secret' })).status).toBe(
      403,
    );
  });
});
