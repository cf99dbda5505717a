// Filter validation shared by both engines (the API validates with zod first; this is the
// engine's own guard so a bad filter never reaches SQL or a Meilisearch filter string).
import { IP_TYPES, ORGANIZATION_TYPES, TRANSACTION_MODES } from '../schema/enums';
import { type SearchFilters, SearchInputError } from './port';

const SLUG = /^[a-z0-9][a-z0-9-]{0,39}$/;
const REGION = /^[\p{L}\p{N} ._-]{1,40}$/u;

function oneOf(values: readonly string[] | undefined, allowed: readonly string[], field: string) {
  for (const value of values ?? []) {
    if (!allowed.includes(value))
      throw new SearchInputError(`${field}: unknown value ${JSON.stringify(value)}`, field);
  }
}

function integerIn(value: number | undefined, min: number, max: number, field: string) {
  if (value === undefined) return;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new SearchInputError(`${field} must be an integer from ${min} to ${max}`, field);
  }
}

export function validateFilters(filters: SearchFilters | undefined): void {
  if (!filters) return;
  for (const sector of filters.sector ?? []) {
    if (!SLUG.test(sector))
      throw new SearchInputError(`sector: invalid slug ${JSON.stringify(sector)}`, 'sector');
  }
  for (const region of filters.region ?? []) {
    if (!REGION.test(region)) throw new SearchInputError('region: invalid value', 'region');
  }
  oneOf(filters.modes, TRANSACTION_MODES, 'mode');
  oneOf(filters.ipType, IP_TYPES, 'ipType');
  oneOf(filters.orgType, ORGANIZATION_TYPES, 'orgType');
  integerIn(filters.trlMin, 1, 9, 'trlMin');
  integerIn(filters.trlMax, 1, 9, 'trlMax');
  if (filters.trlMin !== undefined && filters.trlMax !== undefined && filters.trlMin > filters.trlMax) {
    throw new SearchInputError('trlMin must not exceed trlMax', 'trlMin');
  }
  integerIn(filters.priceMin, 0, Number.MAX_SAFE_INTEGER, 'priceMin');
  integerIn(filters.priceMax, 0, Number.MAX_SAFE_INTEGER, 'priceMax');
  if (
    filters.priceMin !== undefined &&
    filters.priceMax !== undefined &&
    filters.priceMin > filters.priceMax
  ) {
    throw new SearchInputError('priceMin must not exceed priceMax', 'priceMin');
  }
}
