import type { Demand } from '../../../schema/types';

export function demandView(d: Demand) {
  return {
    id: d.id,
    tenantId: d.tenantId,
    orgId: d.orgId,
    status: d.status,
    titleZh: d.titleZh,
    titleEn: d.titleEn,
    descriptionZh: d.descriptionZh,
    descriptionEn: d.descriptionEn,
    sector: d.sector,
    keywords: d.keywords,
    budgetMin: d.budgetMin,
    budgetMax: d.budgetMax,
    currency: d.currency,
    deadline: d.deadline,
    modes: d.modes,
    region: d.region,
    version: d.version,
    publishedAt: d.publishedAt?.toISOString() ?? null,
    createdAt: d.createdAt.toISOString(),
    updatedAt: d.updatedAt.toISOString(),
  };
}
