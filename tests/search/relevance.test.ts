import { beforeAll, describe, expect, it } from 'vitest';
import type { EmbeddedSearchEngine } from '../../search/embedded/engine';
import { embeddedEngine } from './harness';
import { RELEVANCE_QUERIES } from './queries';
import { evaluateRelevance, loadFixtures } from './relevance';

describe('relevance set (embedded engine)', () => {
  let engine: EmbeddedSearchEngine;

  beforeAll(async () => {
    ({ engine } = await embeddedEngine());
    await loadFixtures(engine);
  });

  it('has at least 60 queries in Chinese and English', () => {
    expect(RELEVANCE_QUERIES.length).toBeGreaterThanOrEqual(60);
    const kinds = new Set(RELEVANCE_QUERIES.map((q) => q.kind));
    for (const kind of ['zh-subword', 'synonym', 'en', 'typo', 'mixed', 'browse'])
      expect(kinds).toContain(kind);
  });

  it('keeps recall@10 at or above 0.9', async () => {
    const report = await evaluateRelevance(engine);
    const misses = report.queries
      .filter((q) => q.recall < 1)
      .map((q) => `${q.query.q}: missing ${q.query.expect.filter((e) => !q.got.includes(e)).join(', ')}`);
    console.info(
      `relevance: recall@10 ${report.recallAt10.toFixed(3)}, MRR ${report.mrr.toFixed(3)} over ${report.queries.length} queries`,
    );
    if (misses.length > 0) console.info(misses.join('\n'));
    expect(report.recallAt10).toBeGreaterThanOrEqual(0.9);
  });
});
