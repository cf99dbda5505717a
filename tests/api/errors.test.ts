import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demandInput, Harness, listingInput, type TestUser } from '../support/harness';
import {
  draftDemand,
  draftListing,
  expectInvalid,
  expectProblem,
  malformedBodies,
  rowCounts,
} from './helpers';

let h: Harness;
let seller: TestUser;
let buyer: TestUser;
let admin: TestUser;
beforeAll(async () => {
  h = await Harness.start();
  seller = await h.user(['seller']);
  buyer = await h.user(['buyer']);
  admin = await h.user(['tenant_admin'], { org: false });
});
afterAll(() => h.close());

describe('problem details', () => {
  it('every error is application/problem+json with a stable type, status, detail and the request id', async () => {
    const res = await h.client().get('/v1/me');
    const body = expectProblem(res, 401, 'unauthenticated');
    expect(body.instance).toBe('/v1/me');
    expect(res.headers.get('x-request-id')).toBe(body.requestId);
  });

  it('echoes a caller-supplied X-Request-Id in the problem and the header', async () => {
    const res = await h.client().get('/v1/me', { headers: { 'x-request-id': 'req-from-client-1' } });
    expectProblem(res, 401);
    expect(res.body.requestId).toBe('req-from-client-1');
    expect(res.headers.get('x-request-id')).toBe('req-from-client-1');
  });

  it('localizes the title by Accept-Language: zh and en, same type', async () => {
    const zh = await h.client().get('/v1/me', { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    const en = await h.client().get('/v1/me', { headers: { 'accept-language': 'en-US,en;q=0.8' } });
    expectProblem(zh, 401);
    expectProblem(en, 401);
    expect(zh.body.type).toBe(en.body.type);
    expect(zh.body.title).toBe('请先登录');
    expect(en.body.title).toBe('Authentication required');
  });

  it('weighs Accept-Language q-values and defaults to Chinese', async () => {
    const weighted = await h
      .client()
      .get('/v1/nothing', { headers: { 'accept-language': 'zh;q=0.2, en;q=0.9' } });
    expect(weighted.body.title).toBe('Not found');
    const none = await h.client().get('/v1/nothing');
    expect(none.body.title).toBe('未找到');
  });

  it('an unknown route is a 404 problem, in and outside /v1', async () => {
    expectProblem(await h.client().get('/v1/no-such-thing'), 404, 'not-found');
    expectProblem(await h.client().get('/nope'), 404, 'not-found');
    expectProblem(await h.client().request('PUT', '/v1/listings'), 404, 'not-found');
  });

  it('a validation error lists the failing fields with path and message', async () => {
    const res = await h.client(seller.token).post('/v1/listings', listingInput({ trl: 12, sector: 'foo' }));
    const body = expectInvalid(res, 'trl');
    expect(body.fields.map((f: { path: string }) => f.path)).toContain('sector');
    for (const f of body.fields) expect(typeof f.message).toBe('string');
  });
});

describe('malformed input writes nothing', () => {
  it('malformed JSON is a 400 bad-request', async () => {
    const before = await rowCounts(h);
    const res = await h.client(seller.token).post('/v1/listings', undefined, { raw: '{"titleZh": "abc",' });
    expectProblem(res, 400, 'bad-request');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('wrong types are a 422 with fields, and nothing is written', async () => {
    const before = await rowCounts(h);
    expectInvalid(await h.client(seller.token).post('/v1/listings', listingInput({ trl: 'five' })), 'trl');
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ keywords: 'a,b' })),
      'keywords',
    );
    expectInvalid(
      await h.client(buyer.token).post('/v1/demands', demandInput({ budgetMin: '100' })),
      'budgetMin',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it("unknown enum values (sector 'foo', mode 'barter') are a 422 with fields, and nothing is written", async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ sector: 'foo' })),
      'sector',
    );
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ modes: ['barter'] })),
      'modes.0',
    );
    expectInvalid(
      await h.client(buyer.token).post('/v1/demands', demandInput({ modes: ['barter'] })),
      'modes.0',
    );
    expectInvalid(await h.client(buyer.token).post('/v1/demands', demandInput({ sector: 'foo' })), 'sector');
    expectInvalid(
      await h.client(seller.token).post('/v1/organizations', { type: 'club', nameZh: '某俱乐部' }),
      'type',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('oversize strings are a 422 with fields, and nothing is written', async () => {
    const before = await rowCounts(h);
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ titleZh: '长'.repeat(121) })),
      'titleZh',
    );
    expectInvalid(
      await h.client(seller.token).post('/v1/listings', listingInput({ keywords: ['k'.repeat(41)] })),
      'keywords.0',
    );
    expectInvalid(
      await h.client(buyer.token).post('/v1/demands', demandInput({ titleZh: '长'.repeat(121) })),
      'titleZh',
    );
    expectInvalid(
      await h
        .client(seller.token)
        .post('/v1/organizations', { type: 'enterprise', nameZh: '名'.repeat(101) }),
      'nameZh',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('unknown fields in a strict body are a 422 with fields, and nothing is written', async () => {
    const before = await rowCounts(h);
    expectInvalid(await h.client(seller.token).post('/v1/listings', listingInput({ status: 'published' })));
    expectInvalid(await h.client(seller.token).post('/v1/listings', listingInput({ tenantId: 'tnt_x' })));
    expectInvalid(await h.client(buyer.token).post('/v1/demands', demandInput({ isAdmin: true })));
    expectInvalid(
      await h.client().post('/v1/auth/signup', {
        email: 'x@example.test',
        password: 'long-enough-1',
        name: 'X',
        isPlatformAdmin: true,
      }),
    );
    expectInvalid(
      await h
        .client(seller.token)
        .post('/v1/organizations', { type: 'enterprise', nameZh: '某公司', verification: 'verified' }),
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('unknown fields in PATCH bodies and transition bodies are a 422', async () => {
    const listing = await draftListing(h, seller);
    const demand = await draftDemand(h, buyer);
    const before = await rowCounts(h);
    expectInvalid(await h.client(seller.token).patch(`/v1/listings/${listing.id}`, { status: 'published' }));
    expectInvalid(await h.client(seller.token).post(`/v1/listings/${listing.id}/submit`, { force: true }));
    expectInvalid(await h.client(buyer.token).patch(`/v1/demands/${demand.id}`, { orgId: 'org_x' }));
    expectInvalid(
      await h.client(buyer.token).post(`/v1/demands/${demand.id}/publish`, { version: 'one' }),
      'version',
    );
    expect(await rowCounts(h)).toEqual(before);
  });

  it('a body that is not JSON is a 415 unsupported-media-type, and nothing is written', async () => {
    const before = await rowCounts(h);
    const body = JSON.stringify(listingInput());
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
      const res = await h
        .client(seller.token)
        .post('/v1/listings', undefined, { raw: body, headers: { 'content-type': type } });
      expectProblem(res, 415, 'unsupported-media-type');
    }
    const draft = await draftListing(h, seller);
    await h.client(seller.token).post(`/v1/listings/${draft.id}/submit`);
    const reject = await h.client(admin.token).post(`/v1/listings/${draft.id}/reject`, undefined, {
      raw: '{"reason":"x"}',
      headers: { 'content-type': 'text/plain' },
    });
    expectProblem(reject, 415, 'unsupported-media-type');
    expect((await h.client(admin.token).get(`/v1/listings/${draft.id}`)).body.status).toBe('submitted');
    const after = await rowCounts(h);
    expect(after.listings).toBe(before.listings + 1);
  });

  it('a POST without a body on a route that needs one is a 422, not a 500', async () => {
    expectInvalid(await h.client(seller.token).post('/v1/listings'), 'titleZh');
    expectInvalid(await h.client().post('/v1/auth/signup'), 'email');
  });

  it('a body over 1 MiB is a 413 problem, and nothing is written', async () => {
    const before = await rowCounts(h);
    const huge = listingInput({ descriptionZh: 'x'.repeat(1024 * 1024 + 10) });
    expectProblem(await h.client(seller.token).post('/v1/listings', huge), 413, 'payload-too-large');
    expect(await rowCounts(h)).toEqual(before);
  });

  it('bad query strings are a 422, not a 500', async () => {
    expectInvalid(await h.client().get('/v1/listings?limit=0'), 'limit');
    expectInvalid(await h.client().get('/v1/listings?limit=abc'), 'limit');
    expectInvalid(await h.client().get('/v1/listings?limit=1000'), 'limit');
    expectInvalid(await h.client().get('/v1/listings?sector=foo'), 'sector');
    expectInvalid(await h.client().get('/v1/listings?mode=barter'), 'mode');
    expectInvalid(await h.client().get('/v1/listings?trlMin=x'), 'trlMin');
    expectInvalid(await h.client().get('/v1/listings?cursor=not-a-cursor'), 'cursor');
    expectInvalid(await h.client().get('/v1/demands?status=bogus'), 'status');
    expectInvalid(await h.client().get('/v1/organizations?type=club'), 'type');
    expectInvalid(await h.client().get(`/v1/listings/${'x'.repeat(65)}`), 'id');
  });

  it('odd characters in ids and queries answer 404/422/200, never 500', async () => {
    for (const path of [
      '/v1/listings/%00',
      '/v1/listings/lst_%00abc',
      '/v1/demands/%E2%80%AE',
      '/v1/organizations/%27%3B--',
      '/v1/listings?ownerOrgId=%00',
      '/v1/demands?orgId=%00',
    ]) {
      const res = await h.client(admin.token).get(path);
      expect([200, 404, 422], `${path}: ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
    }
  });
});

describe('fuzzing: never a 500 for bad input', () => {
  const routes: {
    name: string;
    path: () => Promise<string>;
    user: () => TestUser | undefined;
    valid: Record<string, unknown>;
    method?: 'POST' | 'PATCH';
  }[] = [
    {
      name: 'POST /v1/auth/signup',
      path: async () => '/v1/auth/signup',
      user: () => undefined,
      valid: { email: 'fuzz@example.test', password: 'long-enough-1', name: 'Fuzz', locale: 'zh' },
    },
    {
      name: 'POST /v1/auth/login',
      path: async () => '/v1/auth/login',
      user: () => undefined,
      valid: { email: 'fuzz@example.test', password: 'long-enough-1' },
    },
    {
      name: 'POST /v1/organizations',
      path: async () => '/v1/organizations',
      user: () => seller,
      valid: {
        type: 'enterprise',
        nameZh: '模糊测试公司',
        nameEn: 'Fuzz Co',
        website: 'https://fuzz.example',
      },
    },
    {
      name: 'POST /v1/organizations/{id}/members',
      path: async () => `/v1/organizations/${seller.orgId}/members`,
      user: () => seller,
      valid: { email: 'nobody@example.test', role: 'member' },
    },
    {
      name: 'POST /v1/listings',
      path: async () => '/v1/listings',
      user: () => seller,
      valid: listingInput(),
    },
    {
      name: 'PATCH /v1/listings/{id}',
      path: async () => `/v1/listings/${(await draftListing(h, seller)).id}`,
      user: () => seller,
      valid: {
        titleZh: '新的标题内容',
        trl: 6,
        priceType: 'negotiable',
        priceMin: null,
        priceMax: null,
        version: 1,
      },
      method: 'PATCH',
    },
    {
      name: 'POST /v1/listings/{id}/reject',
      path: async () => `/v1/listings/${(await draftListing(h, seller)).id}/reject`,
      user: () => admin,
      valid: { reason: '资料不全' },
    },
    {
      name: 'POST /v1/listings/{id}/submit',
      path: async () => `/v1/listings/${(await draftListing(h, seller)).id}/submit`,
      user: () => buyer,
      valid: { version: 1 },
    },
    { name: 'POST /v1/demands', path: async () => '/v1/demands', user: () => buyer, valid: demandInput() },
    {
      name: 'PATCH /v1/demands/{id}',
      path: async () => `/v1/demands/${(await draftDemand(h, buyer)).id}`,
      user: () => buyer,
      valid: { titleZh: '新的需求标题', budgetMin: 1, budgetMax: 2, deadline: '2028-01-01', version: 1 },
      method: 'PATCH',
    },
    {
      name: 'POST /v1/demands/{id}/close',
      path: async () => `/v1/demands/${(await draftDemand(h, buyer)).id}/close`,
      user: () => seller,
      valid: { version: 1 },
    },
  ];

  for (const route of routes) {
    it(`${route.name}: dozens of malformed bodies answer 400/401/403/404/409/413/422 problems, never 500`, async () => {
      const path = await route.path();
      const user = route.user();
      const bodies = malformedBodies(route.valid);
      expect(bodies.length).toBeGreaterThanOrEqual(20);
      const failures: string[] = [];
      for (const body of bodies) {
        const res = await h.client(user?.token).request(route.method ?? 'POST', path, body);
        if (
          res.status >= 500 ||
          (res.status >= 400 && !res.contentType?.startsWith('application/problem+json'))
        ) {
          failures.push(
            `${res.status} for ${JSON.stringify(body).slice(0, 120)}: ${JSON.stringify(res.body).slice(0, 200)}`,
          );
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('raw garbage bodies on every POST route answer 400, never 500', async () => {
    const listing = await draftListing(h, seller);
    const demand = await draftDemand(h, buyer);
    const paths = [
      '/v1/auth/signup',
      '/v1/auth/login',
      '/v1/organizations',
      `/v1/organizations/${seller.orgId}/members`,
      '/v1/listings',
      `/v1/listings/${listing.id}/submit`,
      `/v1/listings/${listing.id}/reject`,
      '/v1/demands',
      `/v1/demands/${demand.id}/publish`,
    ];
    for (const path of paths) {
      for (const raw of ['{', '{"a":}', 'nul', '\u0000', '[1,2', '"unterminated']) {
        const res = await h.client(seller.token).post(path, undefined, { raw });
        expect(res.status, `${path} ${JSON.stringify(raw)} → ${JSON.stringify(res.body)}`).toBe(400);
        expect(res.contentType).toMatch(/^application\/problem\+json/);
      }
    }
  });
});
