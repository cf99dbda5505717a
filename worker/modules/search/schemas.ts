import { z } from '@hono/zod-openapi';
import { IP_TYPES, ORGANIZATION_TYPES, TRANSACTION_MODES } from '../../../schema/enums';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';
import { SEARCH_LIMITS, SORTS } from '../../../search/port';

/** `a,b` or a single value → a list of enum values; anything else is a 400. */
const listOf = <T extends readonly [string, ...string[]]>(values: T, example: string) =>
  z
    .string()
    .max(500)
    .transform((s) =>
      s
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length))
    .optional()
    .openapi({ example, description: 'One value or several, comma-separated.' });

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max).optional();

export const SearchQuery = z
  .object({
    q: z
      .string()
      .max(SEARCH_LIMITS.maxQueryLength)
      .optional()
      .openapi({ example: '钙钛矿 电池', description: 'Chinese or English text.' }),
    sector: listOf(SECTOR_SLUGS, 'new-energy,marine'),
    mode: listOf(TRANSACTION_MODES, 'transfer'),
    ipType: listOf(IP_TYPES, 'invention_patent'),
    orgType: listOf(ORGANIZATION_TYPES, 'university'),
    region: z
      .string()
      .max(300)
      .transform((s) =>
        s
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean),
      )
      .optional()
      .openapi({ example: '山东省青岛市' }),
    trlMin: int(1, 9),
    trlMax: int(1, 9),
    priceMin: int(0, Number.MAX_SAFE_INTEGER).openapi({ description: 'CNY minor units (fen).' }),
    priceMax: int(0, Number.MAX_SAFE_INTEGER),
    evaluated: z.enum(['true', 'false']).optional(),
    sort: z.enum(SORTS).default('relevance'),
    limit: z.coerce.number().int().min(1).max(SEARCH_LIMITS.maxLimit).default(20),
    cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
  })
  .refine((q) => q.trlMin === undefined || q.trlMax === undefined || q.trlMin <= q.trlMax, {
    message: 'trlMin must not exceed trlMax',
    path: ['trlMax'],
  })
  .refine((q) => q.priceMin === undefined || q.priceMax === undefined || q.priceMin <= q.priceMax, {
    message: 'priceMin must not exceed priceMax',
    path: ['priceMax'],
  });

const Hit = z.object({
  id: z.string(),
  highlights: z.object({
    title: z.string().openapi({ description: 'HTML-escaped, matches in <mark>.' }),
    summary: z.string(),
  }),
  document: z.record(z.string(), z.unknown()).openapi({
    description: 'The indexed document (bilingual texts, sector, TRL, modes, price, organization).',
  }),
});

export const SearchResponse = z
  .object({
    hits: z.array(Hit),
    total: z.number().int(),
    approximate: z.boolean().openapi({ description: 'True when total and facet counts are estimates.' }),
    facets: z.record(z.string(), z.record(z.string(), z.number().int())),
    nextCursor: z.string().nullable(),
    tookMs: z.number(),
  })
  .openapi('SearchResult');

export const TenantTokenBody = z
  .strictObject({
    expiresInSeconds: z
      .number()
      .int()
      .min(60)
      .max(86_400)
      .default(3600)
      .openapi({ description: 'At most 24 h.' }),
  })
  .openapi('TenantTokenRequest');
