import { createRoute, z } from '@hono/zod-openapi';
import { asc } from 'drizzle-orm';
import { sectors } from '../../../schema/index';
import { createRouter, errorResponses, jsonResponse } from '../../lib/openapi';

export const sectorRoutes = createRouter();

const SectorSchema = z
  .object({
    slug: z.string().openapi({ example: 'marine' }),
    nameZh: z.string().openapi({ example: '现代海洋' }),
    nameEn: z.string().openapi({ example: 'Marine science and technology' }),
  })
  .openapi('Sector');

sectorRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/sectors',
    tags: ['sectors'],
    summary: "The market's sector taxonomy (industry sub-centres)",
    responses: {
      200: jsonResponse(z.object({ items: z.array(SectorSchema) }), 'All sectors'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const rows = await c.var.db
      .select({ slug: sectors.slug, nameZh: sectors.nameZh, nameEn: sectors.nameEn })
      .from(sectors)
      .orderBy(asc(sectors.position));
    c.header('cache-control', 'public, max-age=300');
    return c.json({ items: rows }, 200);
  },
);
