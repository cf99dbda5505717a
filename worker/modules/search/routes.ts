import { createRoute, type z, z as zod } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { type SearchIndex, SearchInputError, type SearchVisibility } from '../../../search/port';
import type { AppEnv } from '../../env';
import { requireTenantAdmin } from '../../lib/access';
import { Conflict, DomainError } from '../../lib/errors';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { hubTenantId } from '../tenants/service';
import { SearchQuery, SearchResponse, TenantTokenBody } from './schemas';

// Search answers 400 (not 422) for bad filters: they are query parameters, as the contract says.
export const searchRoutes = createRouter({ invalidInput: 'bad-request' });

async function visibilityOf(c: Context<AppEnv>): Promise<SearchVisibility> {
  const tenant = c.var.tenant;
  return { tenantId: tenant.id, hubTenantId: await hubTenantId(c.var.db), syndication: tenant.syndication };
}

async function runSearch(c: Context<AppEnv>, index: SearchIndex, q: z.infer<typeof SearchQuery>) {
  const engine = c.var.deps.search(c.var.db);
  try {
    const result = await engine.search(index, {
      q: q.q,
      filters: {
        sector: q.sector,
        modes: q.mode,
        ipType: q.ipType,
        orgType: q.orgType,
        region: q.region,
        trlMin: q.trlMin,
        trlMax: q.trlMax,
        priceMin: q.priceMin,
        priceMax: q.priceMax,
        evaluated: q.evaluated === undefined ? undefined : q.evaluated === 'true',
      },
      sort: q.sort,
      limit: q.limit,
      cursor: q.cursor,
      visibility: await visibilityOf(c),
    });
    return {
      ...result,
      hits: result.hits.map((h) => ({ id: h.id, highlights: h.highlights, document: { ...h.document } })),
    };
  } catch (error) {
    if (error instanceof SearchInputError) {
      throw new DomainError('bad-request', error.message, {
        fields: [{ path: error.field, message: error.message }],
      });
    }
    throw error;
  }
}

for (const index of ['listings', 'demands'] as const) {
  searchRoutes.openapi(
    createRoute({
      method: 'get',
      path: `/v1/search/${index}`,
      tags: ['search'],
      summary: `Search published ${index} visible on this storefront (Chinese and English), with facets`,
      request: { query: SearchQuery },
      responses: { 200: jsonResponse(SearchResponse, 'Hits, total, facet counts'), ...errorResponses },
    }),
    async (c) => c.json(await runSearch(c, index, c.req.valid('query')), 200),
  );
}

searchRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/search/tenant-token',
    tags: ['search'],
    summary: "A Meilisearch tenant token limited to this storefront's visible items (partners' front-ends)",
    request: jsonBody(TenantTokenBody),
    responses: {
      201: jsonResponse(
        zod.object({
          token: zod.string(),
          host: zod.string(),
          indexes: zod.array(zod.string()),
          expiresAt: zod.string(),
        }),
        'A token',
      ),
      ...errorResponses,
    },
  }),
  async (c) => {
    requireTenantAdmin(c.var.actor);
    const engine = c.var.deps.search(c.var.db);
    if (!engine.tenantToken) {
      throw new Conflict(
        'Tenant tokens exist only with Meilisearch (set MEILISEARCH_URL); the embedded engine is queried through this API.',
      );
    }
    const expiresAt = new Date(
      c.var.deps.clock.now().getTime() + c.req.valid('json').expiresInSeconds * 1000,
    );
    const token = await engine.tenantToken(await visibilityOf(c), { expiresAt });
    return c.json({ ...token, expiresAt: expiresAt.toISOString() }, 201);
  },
);
