import { createRoute, z } from '@hono/zod-openapi';
import { createRouter, errorResponses, jsonResponse } from '../../lib/openapi';
import { tenantStats } from './service';

export const statsRoutes = createRouter();

const StatsSchema = z
  .object({
    tenant: z.object({ slug: z.string(), nameZh: z.string(), nameEn: z.string() }),
    organizations: z.number().int(),
    listings: z.object({
      collected: z.number().int().openapi({ description: 'Achievements collected (submitted or beyond).' }),
      published: z.number().int(),
      selected: z.number().int(),
    }),
    demands: z.object({ total: z.number().int(), open: z.number().int() }),
    deals: z.object({
      signed: z.number().int().openapi({ description: 'Contracts signed (signed, in progress, completed).' }),
    }),
    contractTurnover: z
      .array(
        z.object({ currency: z.string(), amount: z.number().int().openapi({ description: 'Minor units.' }) }),
      )
      .openapi({ description: 'Signed contract value per currency (技术合同成交额).' }),
  })
  .openapi('Stats');

statsRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/stats',
    tags: ['stats'],
    summary: "Public headline counts of this tenant's market",
    responses: { 200: jsonResponse(StatsSchema, 'Counts'), ...errorResponses },
  }),
  async (c) => {
    const t = c.var.tenant;
    const stats = await tenantStats(c.var.db, t.id);
    c.header('cache-control', 'public, max-age=30');
    return c.json({ tenant: { slug: t.slug, nameZh: t.nameZh, nameEn: t.nameEn }, ...stats }, 200);
  },
);
