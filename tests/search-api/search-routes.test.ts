import { eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../schema/index';
import type { SearchEngine } from '../../search/port';
import type { Database } from '../../worker/db';
import { drainAll } from '../../worker/outbox/drainer';
import { outboxHandlers } from '../../worker/outbox/handlers';
import { noopQueue } from '../../worker/ports';
import { type Harness as H, Harness, listingInput } from '../support/harness';

let h: H;
let seller: { token: string; orgId?: string };
let admin: { token: string };

function drain(search = h.host.deps.search) {
  const deps = h.host.deps;
  return drainAll(h.db, outboxHandlers({ config: deps.config, logger: deps.logger, search }), deps);
}

async function publish(overrides: Record<string, unknown>) {
  const created = await h.client(seller.token).post('/v1/listings', listingInput(overrides));
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  await h.client(seller.token).post(`/v1/listings/${created.body.id}/submit`);
  const published = await h.client(admin.token).post(`/v1/listings/${created.body.id}/publish`);
  expect(published.status).toBe(200);
  return created.body.id as string;
}

beforeAll(async () => {
  // The outbox is drained by hand here, to see what is pending and to make the engine fail.
  h = await Harness.start({ deps: { queue: noopQueue } });
  seller = await h.user(['seller']);
  admin = await h.user(['tenant_admin'], { org: false });
});
afterAll(() => h.close());

describe('GET /v1/search/listings', () => {
  it('finds a published listing by a Chinese sub-word once the outbox is drained, with facets and highlights', async () => {
    const id = await publish({
      titleZh: '全固态锂离子电池测试工具箱',
      titleEn: 'Solid-state lithium-ion battery test toolkit',
      sector: 'new-energy',
    });
    await drain();
    const res = await h.client().get(`/v1/search/listings?q=${encodeURIComponent('工具')}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.hits.map((x: { id: string }) => x.id)).toContain(id);
    expect(res.body.hits[0].highlights.title).toContain('<mark>');
    expect(res.body.facets.sector['new-energy']).toBeGreaterThanOrEqual(1);
    expect(typeof res.body.tookMs).toBe('number');
  });

  it('an organization renamed: its listings are found by the new name once the event is drained', async () => {
    const id = await publish({ titleZh: '深海耐压舱体轻量化设计', sector: 'new-energy' });
    await drain();
    const renamed = await h.client(seller.token).patch(`/v1/organizations/${seller.orgId}`, {
      nameZh: '蓝鲸深海装备研究院',
      nameEn: 'Blue Whale Deep Sea Institute',
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    const search = (q: string) => h.client().get(`/v1/search/listings?q=${encodeURIComponent(q)}`);
    expect((await search('蓝鲸深海')).body.hits.map((x: { id: string }) => x.id)).not.toContain(id);
    await drain();
    expect((await search('蓝鲸深海')).body.hits.map((x: { id: string }) => x.id)).toContain(id);
    expect((await search('Blue Whale')).body.hits.map((x: { id: string }) => x.id)).toContain(id);
  });

  it('finds English with a typo and filters by sector and TRL', async () => {
    const id = await publish({
      titleZh: '水下滑翔机自主导航系统',
      titleEn: 'Autonomous navigation for underwater gliders',
      sector: 'marine',
      trl: 7,
    });
    await drain();
    const typo = await h.client().get('/v1/search/listings?q=undrwater%20glider');
    expect(typo.body.hits.map((x: { id: string }) => x.id)).toContain(id);
    const filtered = await h.client().get('/v1/search/listings?sector=marine&trlMin=7&trlMax=9');
    expect(filtered.body.hits.map((x: { id: string }) => x.id)).toEqual([id]);
    const none = await h.client().get('/v1/search/listings?sector=marine&trlMax=6');
    expect(none.body.total).toBe(0);
  });

  it('shows drafts to nobody and archived listings disappear after the drain', async () => {
    const draft = await h
      .client(seller.token)
      .post('/v1/listings', listingInput({ titleZh: '海水淡化膜草稿技术' }));
    const id = await publish({
      titleZh: '反渗透海水淡化膜组件',
      titleEn: 'Reverse-osmosis desalination membrane',
    });
    await drain();
    let res = await h.client().get(`/v1/search/listings?q=${encodeURIComponent('海水淡化')}`);
    const ids = res.body.hits.map((x: { id: string }) => x.id);
    expect(ids).toContain(id);
    expect(ids).not.toContain(draft.body.id);
    await h.client(seller.token).post(`/v1/listings/${id}/archive`);
    await drain();
    res = await h.client().get(`/v1/search/listings?q=${encodeURIComponent('海水淡化')}`);
    expect(res.body.hits.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it("does not show one tenant's listings on another tenant's storefront", async () => {
    const id = await publish({
      titleZh: '石墨烯导热膜量产工艺',
      titleEn: 'Graphene thermal film production',
    });
    await drain();
    const other = await h.createTenant({ syndication: { mode: 'own' } });
    const res = await h
      .client(undefined, other.slug)
      .get(`/v1/search/listings?q=${encodeURIComponent('石墨烯')}`);
    expect(res.status).toBe(200);
    expect(res.body.hits.map((x: { id: string }) => x.id)).not.toContain(id);
  });

  it.each([
    ['an unknown sector', 'sector=foo'],
    ['an unknown mode', 'mode=barter'],
    ['an inverted TRL range', 'trlMin=8&trlMax=3'],
    ['a TRL out of range', 'trlMin=0'],
    ['an over-long query', `q=${'很'.repeat(201)}`],
    ['a bad sort', 'sort=random'],
    ['a bad limit', 'limit=1000'],
    ['a forged cursor', 'cursor=nonsense!!'],
  ])('answers 400 problem+json for %s', async (_name, query) => {
    const res = await h.client().get(`/v1/search/listings?${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.contentType).toContain('application/problem+json');
  });
});

describe('GET /v1/search/demands', () => {
  it('finds an open demand and not a draft one', async () => {
    const buyer = await h.user(['buyer']);
    const open = await h.client(buyer.token).post('/v1/demands', {
      titleZh: '高盐废水蒸发结晶技术需求',
      descriptionZh: '化工园区每日产生高盐废水，寻求低能耗的蒸发结晶与分盐技术。',
      sector: 'green',
    });
    await h.client(buyer.token).post(`/v1/demands/${open.body.id}/publish`);
    const draft = await h.client(buyer.token).post('/v1/demands', {
      titleZh: '高盐废水草稿需求',
      descriptionZh: '这是一条尚未发布的草稿需求，不应被检索到。',
      sector: 'green',
    });
    await drain();
    const res = await h.client().get(`/v1/search/demands?q=${encodeURIComponent('高盐废水')}`);
    const ids = res.body.hits.map((x: { id: string }) => x.id);
    expect(ids).toContain(open.body.id);
    expect(ids).not.toContain(draft.body.id);
  });
});

describe('indexing through the outbox', () => {
  it('keeps every update while the engine is down and delivers them when it is back', async () => {
    const broken = (db: Database): SearchEngine => {
      const real = h.host.deps.search(db);
      const fail = async (): Promise<never> => {
        throw new Error('search engine unreachable');
      };
      return {
        ...real,
        name: real.name,
        ensureIndexes: fail,
        upsert: fail,
        remove: fail,
        search: real.search.bind(real),
      };
    };
    await drain();
    const id = await publish({ titleZh: '深海钙钛矿传感器', titleEn: 'Deep-sea perovskite sensor' });
    const down = await drain(broken);
    expect(down.failed).toBeGreaterThan(0);
    const pending = await h.db.select().from(outbox).where(isNull(outbox.processedAt));
    expect(
      pending.some((e) => e.aggregateId === id && e.attempts >= 1 && e.lastError?.includes('unreachable')),
    ).toBe(true);
    // Retries wait for their backoff; make them due now, as time would.
    await h.db
      .update(outbox)
      .set({ availableAt: new Date(0) })
      .where(isNull(outbox.processedAt));
    await drain();
    const left = await h.db.select().from(outbox).where(eq(outbox.aggregateId, id));
    expect(left.every((e) => e.processedAt !== null)).toBe(true);
    const res = await h.client().get(`/v1/search/listings?q=${encodeURIComponent('钙钛矿传感器')}`);
    expect(res.body.hits.map((x: { id: string }) => x.id)).toContain(id);
  });
});

describe('POST /v1/search/tenant-token', () => {
  it('is 409 on the embedded engine, and needs a tenant admin', async () => {
    expect((await h.client().post('/v1/search/tenant-token', {})).status).toBe(401);
    expect((await h.client(seller.token).post('/v1/search/tenant-token', {})).status).toBe(403);
    const res = await h.client(admin.token).post('/v1/search/tenant-token', {});
    expect(res.status).toBe(409);
    expect(res.body.detail).toContain('Meilisearch');
  });
});
