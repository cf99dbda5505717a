// A minimal search document with sensible defaults, for engine tests.
import type { SearchDocument } from '../../search/port';

let counter = 0;

export function doc(overrides: Partial<SearchDocument> & { id?: string }): SearchDocument {
  counter++;
  return {
    id: `lst_t${counter}`,
    kind: 'listing',
    tenantId: 'tnt_hub',
    status: 'published',
    titleZh: '测试成果',
    titleEn: null,
    summaryZh: '摘要',
    summaryEn: null,
    descriptionZh: null,
    descriptionEn: null,
    sector: 'it',
    keywords: [],
    trl: 5,
    modes: ['transfer'],
    priceMin: 1_000_000,
    priceMax: 1_000_000,
    ipType: 'invention_patent',
    orgId: 'org_1',
    orgNameZh: '某大学',
    orgNameEn: null,
    orgType: 'university',
    region: '山东',
    evaluationScore: null,
    selected: false,
    createdAt: Date.UTC(2025, 0, 1) + counter * 1000,
    updatedAt: Date.UTC(2025, 0, 1) + counter * 1000,
    ...overrides,
  };
}
