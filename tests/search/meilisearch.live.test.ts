// Live tests against a real Meilisearch: they run only when MEILISEARCH_URL is set
// (MEILISEARCH_KEY for its admin key) and say so when they are skipped.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MeilisearchEngine } from '../../search/meilisearch/adapter';
import { doc } from './docs';

const url = process.env.MEILISEARCH_URL;

if (!url) {
  console.info(
    'meilisearch live tests skipped: MEILISEARCH_URL is not set (the offline tests cover settings, filters, tokens)',
  );
}

describe.skipIf(!url)('meilisearch adapter (live)', () => {
  const prefix = `test_${Date.now()}_`;
  let engine: MeilisearchEngine;
  const visibility = { tenantId: 'tnt_hub', hubTenantId: 'tnt_hub', syndication: { mode: 'own' as const } };

  beforeAll(async () => {
    engine = new MeilisearchEngine({
      url: url ?? '',
      apiKey: process.env.MEILISEARCH_KEY,
      indexPrefix: prefix,
    });
    await engine.ensureIndexes();
    await engine.upsert('listings', [
      doc({ id: 'pv', titleZh: '钙钛矿叠层太阳能电池', sector: 'new-energy' }),
      doc({ id: 'li', titleZh: '锂离子电池正极材料', sector: 'new-energy' }),
      doc({ id: 'kit', titleZh: '软件测试工具箱', sector: 'it' }),
      doc({ id: 'other', titleZh: '锂电池回收', tenantId: 'tnt_other' }),
    ]);
  }, 120_000);

  afterAll(async () => {
    const { Meilisearch } = await import('meilisearch');
    const client = new Meilisearch({ host: url ?? '', apiKey: process.env.MEILISEARCH_KEY });
    for (const index of ['listings', 'demands']) await client.deleteIndex(`${prefix}${index}`).waitTask();
  });

  it('finds a dictionary word and a synonym, within the tenant only', async () => {
    const pv = await engine.search('listings', { q: '钙钛矿', visibility });
    expect(pv.hits.map((h) => h.id)).toEqual(['pv']);
    expect(pv.hits[0]!.highlights.title).toContain('<mark>');
    const li = await engine.search('listings', { q: '锂电池', visibility });
    expect(li.hits.map((h) => h.id)).toEqual(['li']);
  });

  it('counts facets and filters by sector', async () => {
    const r = await engine.search('listings', { q: '', filters: { sector: ['it'] }, visibility });
    expect(r.hits.map((h) => h.id)).toEqual(['kit']);
    expect(r.facets.sector).toEqual({ it: 1 });
  });

  it('removes documents', async () => {
    await engine.remove('listings', ['kit']);
    expect((await engine.search('listings', { q: '工具箱', visibility })).total).toBe(0);
  });

  it('issues a tenant token scoped to the tenant', async () => {
    const t = await engine.tenantToken(visibility, { expiresAt: new Date(Date.now() + 600_000) });
    expect(t.token.split('.')).toHaveLength(3);
    expect(t.indexes).toEqual([`${prefix}listings`, `${prefix}demands`]);
  });
});
