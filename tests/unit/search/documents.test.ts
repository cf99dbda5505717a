import { describe, expect, it } from 'vitest';
import { isDemandSearchable, isListingSearchable, listingDocument } from '../../../search/documents';
import { fixtureListings } from '../../search/fixtures';
import { FIXTURE_ORGS } from '../../search/fixtures-orgs';

describe('search documents', () => {
  const listing = fixtureListings('tnt_hub')[0]!;
  const org = FIXTURE_ORGS[0]!;

  it('maps a listing and its owner organization, leaving the confidential part out', () => {
    const doc = listingDocument({ ...listing, confidentialZh: '保密工艺参数' }, org);
    expect(doc).toMatchObject({
      id: listing.id,
      tenantId: 'tnt_hub',
      kind: 'listing',
      orgType: 'university',
      region: '山东',
      priceMin: listing.priceMin,
    });
    expect(JSON.stringify(doc)).not.toContain('保密工艺参数');
  });

  it('converts foreign prices to CNY minor units and leaves negotiable prices empty', () => {
    expect(listingDocument({ ...listing, currency: 'USD', priceMin: 100, priceMax: 200 }, org)).toMatchObject(
      {
        priceMin: 720,
        priceMax: 1440,
      },
    );
    expect(listingDocument({ ...listing, priceType: 'negotiable' }, org).priceMin).toBeNull();
  });

  it('indexes only published listings and open or in-talks demands', () => {
    expect(isListingSearchable({ status: 'published' })).toBe(true);
    expect(isListingSearchable({ status: 'under_negotiation' })).toBe(false);
    expect(isDemandSearchable({ status: 'in_talks' })).toBe(true);
    expect(isDemandSearchable({ status: 'solved' })).toBe(false);
  });
});
