import { sql } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { EmbeddedSearchEngine } from '../../search/embedded/engine';
import { SearchInputError, type SearchVisibility } from '../../search/port';
import { doc } from './docs';
import { embeddedEngine, HUB, hubVisibility, PARTNER } from './harness';

type Setup = Awaited<ReturnType<typeof embeddedEngine>>;

const ids = (r: { hits: { id: string }[] }) => r.hits.map((h) => h.id);

describe('embedded search engine', () => {
  let s: Setup;
  // One database per file (PGlite start-up and migrations take seconds); emptied per test.
  beforeAll(async () => {
    s = await embeddedEngine();
  });
  beforeEach(async () => {
    await s.db.execute(sql`truncate search_documents, search_postings, search_terms`);
    s = { ...s, engine: new EmbeddedSearchEngine(s.db) };
  });

  it('keeps dictionary words whole: 海水淡化 does not match 海水 … 淡化 apart', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'scattered', titleZh: '海水养殖尾水处理', summaryZh: '出水可作淡化前预处理' }),
      doc({ id: 'phrase', titleZh: '反渗透海水淡化膜' }),
    ]);
    expect(ids(await s.engine.search('listings', { q: '海水淡化', visibility: hubVisibility }))).toEqual([
      'phrase',
    ]);
  });

  it('finds a Chinese sub-word inside a longer word (工具 → 测试工具箱) and marks it', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'a', titleZh: '软件测试工具箱' }),
      doc({ id: 'b', titleZh: '刀具涂层' }),
    ]);
    const r = await s.engine.search('listings', { q: '工具', visibility: hubVisibility });
    expect(ids(r)).toEqual(['a']);
    expect(r.hits[0]!.highlights.title).toBe('软件测试<mark>工具</mark>箱');
  });

  it('ranks the exact phrase above the same characters scattered, and title above body', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'scattered', titleZh: '深海探测与近岸养殖' }),
      doc({ id: 'body', titleZh: '抗风浪网箱', summaryZh: '用于深海养殖' }),
      doc({ id: 'title', titleZh: '深海养殖网箱' }),
    ]);
    const r = await s.engine.search('listings', { q: '深海养殖', visibility: hubVisibility });
    expect(ids(r)).toEqual(['title', 'body', 'scattered']);
  });

  it('matches English by stem, prefix and typo, and synonyms across languages', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'en', titleZh: '正极材料', titleEn: 'Cathode materials for lithium-ion batteries' }),
      doc({ id: 'zh', titleZh: '锂离子电池隔膜' }),
      doc({ id: 'other', titleZh: '光伏组件', titleEn: 'Solar modules' }),
    ]);
    const search = (q: string) => s.engine.search('listings', { q, visibility: hubVisibility }).then(ids);
    expect(await search('battery')).toEqual(['en']);
    expect(await search('cathod')).toEqual(['en']);
    expect(await search('lithum')).toEqual(['en']);
    expect((await search('锂电池')).sort()).toEqual(['en', 'zh']);
  });

  it('counts facets over the filtered matches and applies every filter', async () => {
    await s.engine.upsert('listings', [
      doc({
        id: 'a',
        titleZh: '电池A',
        sector: 'new-energy',
        trl: 3,
        modes: ['equity'],
        priceMin: 100,
        priceMax: 200,
      }),
      doc({
        id: 'b',
        titleZh: '电池B',
        sector: 'new-energy',
        trl: 7,
        evaluationScore: 88,
        orgType: 'enterprise',
      }),
      doc({
        id: 'c',
        titleZh: '电池C',
        sector: 'marine',
        trl: 8,
        region: '浙江',
        priceMin: null,
        priceMax: null,
      }),
    ]);
    const r = await s.engine.search('listings', { q: '电池', visibility: hubVisibility });
    expect(r.total).toBe(3);
    expect(r.facets.sector).toEqual({ 'new-energy': 2, marine: 1 });
    expect(r.facets.trl).toEqual({ '3': 1, '7': 1, '8': 1 });
    expect(r.facets.evaluated).toEqual({ true: 1, false: 2 });
    const f = (filters: object) =>
      s.engine
        .search('listings', { q: '电池', filters, visibility: hubVisibility })
        .then((x) => ids(x).sort());
    expect(await f({ sector: ['new-energy'] })).toEqual(['a', 'b']);
    expect(await f({ trlMin: 7 })).toEqual(['b', 'c']);
    expect(await f({ modes: ['equity'] })).toEqual(['a']);
    expect(await f({ priceMin: 150, priceMax: 500 })).toEqual(['a']);
    expect(await f({ evaluated: true })).toEqual(['b']);
    expect(await f({ orgType: ['enterprise'] })).toEqual(['b']);
    expect(await f({ region: ['浙江'] })).toEqual(['c']);
  });

  it('sorts by newest, price and score, and pages with a cursor', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'old', createdAt: 1, priceMin: 300, priceMax: 300, evaluationScore: 90 }),
      doc({ id: 'mid', createdAt: 2, priceMin: 100, priceMax: 100 }),
      doc({ id: 'new', createdAt: 3, priceMin: 200, priceMax: 200, evaluationScore: 70 }),
    ]);
    const by = (sort: 'newest' | 'price' | 'score') =>
      s.engine.search('listings', { sort, visibility: hubVisibility }).then(ids);
    expect(await by('newest')).toEqual(['new', 'mid', 'old']);
    expect(await by('price')).toEqual(['mid', 'new', 'old']);
    expect((await by('score')).slice(0, 2)).toEqual(['old', 'new']);
    const first = await s.engine.search('listings', { sort: 'newest', limit: 2, visibility: hubVisibility });
    expect(ids(first)).toEqual(['new', 'mid']);
    const second = await s.engine.search('listings', {
      sort: 'newest',
      limit: 2,
      cursor: first.nextCursor!,
      visibility: hubVisibility,
    });
    expect(ids(second)).toEqual(['old']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows a partner its own items plus the hub items its syndication rule admits', async () => {
    await s.engine.upsert('listings', [
      doc({ id: 'hub-ai', tenantId: HUB, sector: 'ai' }),
      doc({ id: 'hub-marine', tenantId: HUB, sector: 'marine' }),
      doc({ id: 'partner', tenantId: PARTNER, sector: 'it' }),
      doc({ id: 'stranger', tenantId: 'tnt_other', sector: 'ai' }),
    ]);
    const as = (syndication: SearchVisibility['syndication']) =>
      s.engine
        .search('listings', { visibility: { tenantId: PARTNER, hubTenantId: HUB, syndication } })
        .then((r) => ids(r).sort());
    expect(await as({ mode: 'all' })).toEqual(['hub-ai', 'hub-marine', 'partner']);
    expect(await as({ mode: 'sectors', sectors: ['ai'] })).toEqual(['hub-ai', 'partner']);
    expect(await as({ mode: 'own' })).toEqual(['partner']);
    const hub = await s.engine.search('listings', { visibility: hubVisibility });
    expect(ids(hub).sort()).toEqual(['hub-ai', 'hub-marine']);
  });

  it('reflects updates and removals, also in a second engine over the same database', async () => {
    // Another process's engine: its own caches, checking the database before every search.
    const other = new EmbeddedSearchEngine(s.db, { cache: { freshnessMs: 0 } });
    await s.engine.upsert('listings', [doc({ id: 'x', titleZh: '钙钛矿电池' })]);
    expect(ids(await other.search('listings', { q: '钙钛矿', visibility: hubVisibility }))).toEqual(['x']);
    await s.engine.upsert('listings', [doc({ id: 'x', titleZh: '有机光伏' })]);
    expect((await other.search('listings', { q: '钙钛矿', visibility: hubVisibility })).total).toBe(0);
    expect(ids(await other.search('listings', { q: '光伏', visibility: hubVisibility }))).toEqual(['x']);
    await s.engine.remove('listings', ['x']);
    expect((await other.search('listings', { q: '光伏', visibility: hubVisibility })).total).toBe(0);
    await s.engine.upsert('listings', [doc({ id: 'x', titleZh: '有机光伏' })]);
    expect((await other.search('listings', { q: '光伏', visibility: hubVisibility })).total).toBe(1);
  });

  it('keeps listings and demands apart', async () => {
    await s.engine.upsert('demands', [
      doc({ id: 'd', kind: 'demand', titleZh: '寻求海水淡化方案', trl: null }),
    ]);
    expect((await s.engine.search('listings', { q: '海水淡化', visibility: hubVisibility })).total).toBe(0);
    expect(ids(await s.engine.search('demands', { q: '海水淡化', visibility: hubVisibility }))).toEqual([
      'd',
    ]);
  });

  it('rejects bad input with SearchInputError', async () => {
    const bad = (request: object) =>
      s.engine.search('listings', { visibility: hubVisibility, ...request }).catch((e: unknown) => e);
    expect(await bad({ q: 'x'.repeat(201) })).toBeInstanceOf(SearchInputError);
    expect(await bad({ limit: 0 })).toBeInstanceOf(SearchInputError);
    expect(await bad({ cursor: 'nope' })).toBeInstanceOf(SearchInputError);
    expect(await bad({ filters: { trlMin: 10 } })).toBeInstanceOf(SearchInputError);
    expect(await bad({ filters: { modes: ['barter'] } })).toBeInstanceOf(SearchInputError);
    expect(await bad({ filters: { priceMin: 5, priceMax: 1 } })).toBeInstanceOf(SearchInputError);
  });

  it('escapes HTML in highlights', async () => {
    await s.engine.upsert('listings', [doc({ id: 'h', titleZh: '<b>电池</b> & 储能' })]);
    const r = await s.engine.search('listings', { q: '电池', visibility: hubVisibility });
    expect(r.hits[0]!.highlights.title).toBe('&lt;b&gt;<mark>电池</mark>&lt;/b&gt; &amp; 储能');
  });
});
