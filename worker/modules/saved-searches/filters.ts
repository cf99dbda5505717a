import { z } from '@hono/zod-openapi';
import { IP_TYPES, TRANSACTION_MODES } from '../../../schema/enums';
import type { SavedSearchFilters } from '../../../schema/saved-searches';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';

// A saved search keeps the browse page's own query string (/listings?q=&sector=&mode=&ipType=
// &trlMin=&trlMax=), so "run it again" is a link and the page and the mail agree on what matches.

const trl = z.number().int().min(1).max(9);

export const SavedSearchFiltersSchema = z
  .strictObject({
    q: z.string().trim().max(200).optional().openapi({ example: '钙钛矿 电池' }),
    sector: z.enum(SECTOR_SLUGS).optional().openapi({ example: 'new-energy' }),
    mode: z.enum(TRANSACTION_MODES).optional().openapi({ example: 'transfer' }),
    ipType: z.enum(IP_TYPES).optional().openapi({ example: 'invention_patent' }),
    trlMin: trl.optional().openapi({ example: 4 }),
    trlMax: trl.optional().openapi({ example: 9 }),
  })
  .refine((f) => f.trlMin === undefined || f.trlMax === undefined || f.trlMin <= f.trlMax, {
    message: 'trlMin must not exceed trlMax',
    path: ['trlMax'],
  })
  .openapi('SavedSearchFilters', { description: 'The filters of the browse page (/listings).' });

const KEYS = ['q', 'sector', 'mode', 'ipType', 'trlMin', 'trlMax'] as const;

/** Drops empty values, so `{q: ''}` and `{}` are the same search. */
export function cleanFilters(filters: SavedSearchFilters): SavedSearchFilters {
  const out: Record<string, string | number> = {};
  for (const key of KEYS) {
    const v = filters[key];
    if (v !== undefined && v !== '') out[key] = v;
  }
  return out as SavedSearchFilters;
}

/** The browse page's query string for these filters ("" when there are none). */
export function filtersQueryString(filters: SavedSearchFilters): string {
  const p = new URLSearchParams();
  for (const key of KEYS) {
    const v = filters[key];
    if (v !== undefined && v !== '') p.set(key, String(v));
  }
  return p.toString();
}

export function browseUrl(filters: SavedSearchFilters): string {
  const qs = filtersQueryString(filters);
  return qs ? `/listings?${qs}` : '/listings';
}
