// Loads the fixtures into an engine and scores the relevance queries: recall@10 (share of the
// expected ids found in the first ten, capped by ten) and MRR (1 / rank of the first
// expected hit). Used by the relevance test and printed by the benchmark.
import { listingDocument } from '../../search/documents';
import type { SearchEngine, SearchVisibility } from '../../search/port';
import { fixtureListings } from './fixtures';
import { FIXTURE_ORGS } from './fixtures-orgs';
import { RELEVANCE_QUERIES, type RelevanceQuery } from './queries';

export const RELEVANCE_TENANT = 'tnt_relevance_hub';

export const relevanceVisibility: SearchVisibility = {
  tenantId: RELEVANCE_TENANT,
  hubTenantId: RELEVANCE_TENANT,
  syndication: { mode: 'own' },
};

export async function loadFixtures(engine: SearchEngine): Promise<void> {
  const orgs = new Map(FIXTURE_ORGS.map((o) => [o.id, o]));
  const docs = fixtureListings(RELEVANCE_TENANT).map((l) => listingDocument(l, orgs.get(l.ownerOrgId)!));
  await engine.upsert('listings', docs);
}

export interface QueryScore {
  query: RelevanceQuery;
  recall: number;
  reciprocalRank: number;
  got: string[];
}

export interface RelevanceReport {
  recallAt10: number;
  mrr: number;
  queries: QueryScore[];
}

export async function evaluateRelevance(engine: SearchEngine): Promise<RelevanceReport> {
  const queries: QueryScore[] = [];
  for (const query of RELEVANCE_QUERIES) {
    const result = await engine.search('listings', {
      q: query.q,
      filters: query.filters,
      limit: 10,
      facets: [],
      visibility: relevanceVisibility,
    });
    const got = result.hits.map((h) => h.id.replace(/^lst_/, ''));
    const expected = new Set(query.expect);
    const found = got.filter((id) => expected.has(id)).length;
    const first = got.findIndex((id) => expected.has(id));
    queries.push({
      query,
      recall: found / Math.min(expected.size, 10),
      reciprocalRank: first < 0 ? 0 : 1 / (first + 1),
      got,
    });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return {
    recallAt10: mean(queries.map((q) => q.recall)),
    mrr: mean(queries.map((q) => q.reciprocalRank)),
    queries,
  };
}
