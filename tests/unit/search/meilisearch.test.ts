// The Meilisearch adapter's pure parts, offline: settings, filters, documents, token rules.
import { describe, expect, it } from 'vitest';
import { searchParams } from '../../../search/meilisearch/adapter';
import { toMeiliDocument } from '../../../search/meilisearch/documents';
import {
  filterExpression,
  quote,
  sortExpression,
  visibilityFilter,
} from '../../../search/meilisearch/filters';
import { markersToHtml, POST, PRE } from '../../../search/meilisearch/highlight';
import { indexSettings } from '../../../search/meilisearch/settings';
import {
  clampExpiry,
  MAX_TOKEN_TTL_MS,
  signTenantToken,
  tenantSearchRules,
} from '../../../search/meilisearch/token';
import type { SearchVisibility } from '../../../search/port';
import { doc } from '../../search/docs';

const partner: SearchVisibility = {
  tenantId: 'tnt_p',
  hubTenantId: 'tnt_hub',
  syndication: { mode: 'sectors', sectors: ['ai', 'marine'] },
};

describe('meilisearch settings', () => {
  it('keeps domain words whole, shares the synonyms and ranks title first', () => {
    const s = indexSettings();
    expect(s.dictionary).toEqual(expect.arrayContaining(['钙钛矿', '海水淡化', '水下滑翔机']));
    expect(s.synonyms?.锂电池).toContain('锂离子电池');
    expect(s.synonyms?.锂离子电池).toContain('锂电池');
    expect(s.searchableAttributes?.[0]).toBe('titleZh');
    expect(s.filterableAttributes).toEqual(
      expect.arrayContaining(['tenantId', 'sector', 'trl', 'priceMin', 'evaluated']),
    );
    expect(s.sortableAttributes).toEqual(
      expect.arrayContaining(['createdAt', 'priceMin', 'evaluationScore']),
    );
    expect(s.stopWords).toContain('的');
  });
});

describe('meilisearch filters', () => {
  it('expresses syndication as a filter', () => {
    expect(visibilityFilter(partner)).toBe(
      '(tenantId = "tnt_p" OR (tenantId = "tnt_hub" AND sector IN ["ai", "marine"]))',
    );
    expect(visibilityFilter({ ...partner, syndication: { mode: 'all' } })).toBe(
      '(tenantId = "tnt_p" OR tenantId = "tnt_hub")',
    );
    expect(visibilityFilter({ ...partner, syndication: { mode: 'own' } })).toBe('tenantId = "tnt_p"');
  });

  it('builds every filter and escapes values', () => {
    const f = filterExpression(
      {
        sector: ['ai'],
        trlMin: 4,
        modes: ['equity'],
        priceMin: 100,
        priceMax: 900,
        evaluated: true,
        region: ['山"东'],
      },
      { ...partner, syndication: { mode: 'own' } },
    );
    expect(f).toBe(
      'tenantId = "tnt_p" AND sector IN ["ai"] AND modes IN ["equity"] AND region IN ["山\\"东"] AND trl 4 TO 9 AND priceMax >= 100 AND priceMin <= 900 AND evaluated = true',
    );
    expect(quote('a\\b')).toBe('"a\\\\b"');
    expect(sortExpression('newest')).toEqual(['createdAt:desc']);
    expect(sortExpression('relevance')).toBeUndefined();
  });

  it('asks for facets and marker-tagged highlights, then escapes them', () => {
    const p = searchParams({ q: 'x', visibility: partner }, 20, 40);
    expect(p).toMatchObject({ limit: 20, offset: 40, highlightPreTag: PRE, highlightPostTag: POST });
    expect(p.facets).toContain('sector');
    expect(markersToHtml(`<b>${PRE}电池${POST}</b>`)).toBe('&lt;b&gt;<mark>电池</mark>&lt;/b&gt;');
  });

  it('adds the derived evaluated flag to documents', () => {
    expect(toMeiliDocument(doc({ evaluationScore: 80 })).evaluated).toBe(true);
    expect(toMeiliDocument(doc({ evaluationScore: null })).evaluated).toBe(false);
  });
});

describe('tenant tokens', () => {
  it('scope every index by the visibility filter and expire', async () => {
    expect(tenantSearchRules(partner, ['listings', 'demands'])).toEqual({
      listings: { filter: visibilityFilter(partner) },
      demands: { filter: visibilityFilter(partner) },
    });
    const now = new Date('2026-01-01T00:00:00Z');
    expect(clampExpiry(new Date('2027-01-01T00:00:00Z'), now).getTime()).toBe(
      now.getTime() + MAX_TOKEN_TTL_MS,
    );
    expect(() => clampExpiry(new Date('2025-01-01T00:00:00Z'), now)).toThrow(RangeError);
    const expiresAt = new Date(Date.now() + 3600_000);
    const token = await signTenantToken(
      { key: 'k'.repeat(32), uid: '00000000-0000-4000-8000-000000000000' },
      partner,
      ['listings'],
      expiresAt,
    );
    const payload = JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/')));
    expect(payload).toMatchObject({
      apiKeyUid: '00000000-0000-4000-8000-000000000000',
      searchRules: { listings: { filter: visibilityFilter(partner) } },
      exp: Math.floor(expiresAt.getTime() / 1000),
    });
  });
});
