import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../schema/ids';
import { sessions } from '../../schema/index';
import { randomToken, sha256Hex } from '../../worker/lib/encoding';
import { Harness, listingInput, TEST_PASSWORD } from '../support/harness';
import { auditRows, expectInvalid, expectProblem, rowCounts } from './helpers';

let h: Harness;
beforeAll(async () => {
  h = await Harness.start();
});
afterAll(() => h.close());

let n = 0;
const email = () => `person-${Date.now()}-${++n}@example.test`;

describe('POST /v1/auth/signup', () => {
  it('creates an account and answers 201 {user, token}; the token signs in', async () => {
    const address = email();
    const res = await h
      .client()
      .post('/v1/auth/signup', { email: address, password: 'correct-horse-1', name: '李伟', locale: 'zh' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.user).toMatchObject({
      email: address,
      name: '李伟',
      locale: 'zh',
      isPlatformAdmin: false,
    });
    expect(res.body.user.id).toMatch(/^usr_/);
    expect(res.body.user).not.toHaveProperty('passwordHash');
    expect(res.body.token).toEqual(expect.any(String));
    const me = await h.client(res.body.token).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(res.body.user.id);
    expect(me.body.roles).toEqual(['buyer']);
    expect(await auditRows(h, res.body.user.id, 'user.signup')).toHaveLength(1);
  });

  it('stores the email lower-case and takes self-service roles', async () => {
    const address = email();
    const res = await h.client().post('/v1/auth/signup', {
      email: address.toUpperCase(),
      password: 'correct-horse-1',
      name: 'Seller',
      roles: ['seller'],
    });
    expect(res.status).toBe(201);
    expect(res.body.user.email).toBe(address);
    const me = await h.client(res.body.token).get('/v1/me');
    expect(me.body.roles).toEqual(['seller']);
  });

  it('refuses to grant tenant_admin (or any non-self-service role) at sign-up: 422, nothing written', async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client().post('/v1/auth/signup', {
        email: email(),
        password: 'correct-horse-1',
        name: 'X',
        roles: ['tenant_admin'],
      }),
      'roles.0',
    );
    expectInvalid(
      await h.client().post('/v1/auth/signup', {
        email: email(),
        password: 'correct-horse-1',
        name: 'X',
        roles: ['broker'],
      }),
      'roles.0',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('a duplicate email (in any case) is a 409 conflict and creates nothing', async () => {
    const address = email();
    expect(
      (await h.client().post('/v1/auth/signup', { email: address, password: 'correct-horse-1', name: 'A' }))
        .status,
    ).toBe(201);
    const before = await rowCounts(h);
    const again = await h
      .client()
      .post('/v1/auth/signup', { email: address.toUpperCase(), password: 'another-pass-2', name: 'B' });
    expectProblem(again, 409, 'conflict');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('a weak password or a bad email is a 422 naming the field, and nothing is written', async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client().post('/v1/auth/signup', { email: email(), password: 'short', name: 'A' }),
      'password',
    );
    expectInvalid(
      await h
        .client()
        .post('/v1/auth/signup', { email: 'not-an-email', password: 'correct-horse-1', name: 'A' }),
      'email',
    );
    expectInvalid(
      await h.client().post('/v1/auth/signup', { email: email(), password: 'correct-horse-1', name: '   ' }),
      'name',
    );
    expectInvalid(
      await h.client().post('/v1/auth/signup', { email: email(), password: 'correct-horse-1' }),
      'name',
    );
    expectInvalid(
      await h.client().post('/v1/auth/signup', { email: email(), password: 'x'.repeat(201), name: 'A' }),
      'password',
    );
    expectInvalid(
      await h
        .client()
        .post('/v1/auth/signup', { email: email(), password: 'correct-horse-1', name: 'A', locale: 'fr' }),
      'locale',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('signing up on an unknown tenant is a 404 problem and creates nothing', async () => {
    const before = await rowCounts(h);
    const res = await h
      .client(undefined, 'no-such-tenant')
      .post('/v1/auth/signup', { email: email(), password: 'correct-horse-1', name: 'A' });
    expectProblem(res, 404, 'tenant-not-found');
    expect(await rowCounts(h)).toEqual(before);
  });
});

describe('POST /v1/auth/login', () => {
  it('signs in with email and password: 200 {user, token}', async () => {
    const user = await h.user(['seller']);
    const res = await h
      .client()
      .post('/v1/auth/login', { email: user.email.toUpperCase(), password: TEST_PASSWORD });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.user.id).toBe(user.id);
    expect(res.body.token).not.toBe(user.token);
    const me = await h.client(res.body.token).get('/v1/me');
    expect(me.body.roles).toEqual(['seller']);
  });

  it('a wrong password and an unknown email are the same 401 with the same message', async () => {
    const user = await h.user(['buyer']);
    const wrong = await h
      .client()
      .post('/v1/auth/login', { email: user.email, password: 'not-the-password' });
    const unknown = await h.client().post('/v1/auth/login', { email: email(), password: 'not-the-password' });
    expectProblem(wrong, 401, 'unauthenticated');
    expectProblem(unknown, 401, 'unauthenticated');
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body.title).toBe(unknown.body.title);
  });

  it('a malformed login body is a 422 naming the field', async () => {
    expectInvalid(await h.client().post('/v1/auth/login', { email: 'nope', password: 'x' }), 'email');
    expectInvalid(await h.client().post('/v1/auth/login', { email: email() }), 'password');
    expectInvalid(await h.client().post('/v1/auth/login', { email: email(), password: 'x', remember: true }));
  });

  it('the bootstrapped platform admin can sign in', async () => {
    const res = await h.client(undefined, 'hub').post('/v1/auth/login', h.admin);
    expect(res.status).toBe(200);
    expect(res.body.user.isPlatformAdmin).toBe(true);
  });

  it("signing in on a second tenant gives only that tenant's roles there", async () => {
    const other = await h.createTenant();
    const seller = await h.user(['seller']);
    const res = await h
      .client(undefined, other.slug)
      .post('/v1/auth/login', { email: seller.email, password: TEST_PASSWORD });
    expect(res.status).toBe(200);
    // The credential's tenant is the second one: no header needed.
    const me = await h.client(res.body.token, '').get('/v1/me');
    expect(me.body.tenant.slug).toBe(other.slug);
    expect(me.body.roles).toEqual(['buyer']);
    expect(me.body.organizations).toEqual([]);
    // The first tenant still knows the seller as a seller.
    const home = await h.client(res.body.token, h.tenant.slug).get('/v1/me');
    expect(home.body.roles).toEqual(['seller']);
    expectProblem(
      await h.client(res.body.token, other.slug).post('/v1/listings', listingInput()),
      403,
      'forbidden',
    );
  });
});

describe('POST /v1/auth/logout', () => {
  it('ends the session: 204, then the token is rejected with 401', async () => {
    const user = await h.user(['buyer']);
    expect((await h.client(user.token).get('/v1/me')).status).toBe(200);
    const out = await h.client(user.token).post('/v1/auth/logout');
    expect(out.status).toBe(204);
    expectProblem(await h.client(user.token).get('/v1/me'), 401, 'unauthenticated');
    expectProblem(await h.client(user.token).post('/v1/auth/logout'), 401, 'unauthenticated');
  });

  it('ends only that session; another session of the same user stays valid', async () => {
    const user = await h.user(['buyer']);
    const second = await h.login(user.email, TEST_PASSWORD);
    expect((await h.client(user.token).post('/v1/auth/logout')).status).toBe(204);
    expect((await h.client(second.body.token).get('/v1/me')).status).toBe(200);
  });

  it('without credentials is a 401', async () => {
    expectProblem(await h.client().post('/v1/auth/logout'), 401, 'unauthenticated');
  });
});

describe('GET /v1/me', () => {
  it('answers the user, this tenant, the roles here and the organizations here', async () => {
    const seller = await h.user(['seller', 'buyer']);
    const other = await h.createTenant();
    await h.organization('enterprise', seller.id, other.id);
    const me = await h.client(seller.token).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: seller.id, email: seller.email });
    expect(me.body.tenant).toMatchObject({ id: h.tenant.id, slug: h.tenant.slug });
    expect(me.body.roles.sort()).toEqual(['buyer', 'seller']);
    expect(me.body.organizations).toHaveLength(1);
    expect(me.body.organizations[0]).toMatchObject({ id: seller.orgId, role: 'owner', type: 'university' });
  });

  it('accepts the session as a cookie too', async () => {
    const user = await h.user(['buyer']);
    const me = await h.client().get('/v1/me', { headers: { cookie: `tm_session=${user.token}` } });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
  });

  it('without credentials is a 401', async () => {
    expectProblem(await h.client().get('/v1/me'), 401, 'unauthenticated');
  });

  it('a garbage token is a 401, not anonymous access', async () => {
    expectProblem(await h.client('garbage-token').get('/v1/me'), 401, 'unauthenticated');
    expectProblem(await h.client('garbage-token').get('/v1/listings'), 401, 'unauthenticated');
    expectProblem(await h.client('tm_sk_garbage').get('/v1/listings'), 401, 'unauthenticated');
  });

  it('an expired session is a 401', async () => {
    const user = await h.user(['buyer']);
    const token = `tms_${randomToken(32)}`;
    await h.db.insert(sessions).values({
      id: newId('session'),
      tokenHash: await sha256Hex(token),
      userId: user.id,
      tenantId: h.tenant.id,
      expiresAt: new Date(Date.now() - 1000),
    });
    expectProblem(await h.client(token).get('/v1/me'), 401, 'unauthenticated');
  });

  it('a session used on another tenant carries the roles there (none), not its own', async () => {
    const other = await h.createTenant();
    const seller = await h.user(['seller']);
    const me = await h.client(seller.token, other.slug).get('/v1/me');
    expect(me.status).toBe(200);
    expect(me.body.tenant.slug).toBe(other.slug);
    expect(me.body.roles).toEqual([]);
    expect(me.body.organizations).toEqual([]);
  });
});
