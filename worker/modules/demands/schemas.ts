import { z } from '@hono/zod-openapi';
import { CURRENCIES, DEMAND_STATES, TRANSACTION_MODES } from '../../../schema/enums';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';
import { paginationQuery } from '../../lib/pagination';

const minorUnits = z
  .number()
  .int('money is an integer number of minor units (fen)')
  .min(0)
  .max(1_000_000_000_000_000)
  .openapi({ example: 50_000_000, description: 'Integer minor units of `currency` (fen for CNY).' });

const fields = {
  titleZh: z.string().trim().min(2).max(120).openapi({ example: '高盐废水零排放处理技术需求' }),
  titleEn: z
    .string()
    .trim()
    .min(2)
    .max(240)
    .optional()
    .openapi({ example: 'Zero-discharge treatment of high-salinity wastewater' }),
  descriptionZh: z.string().trim().min(10).max(20_000),
  descriptionEn: z.string().trim().max(40_000).optional(),
  sector: z.enum(SECTOR_SLUGS).openapi({ example: 'green' }),
  keywords: z.array(z.string().trim().min(1).max(40)).max(20),
  budgetMin: minorUnits.optional(),
  budgetMax: minorUnits.optional(),
  currency: z.enum(CURRENCIES),
  deadline: z.iso
    .date()
    .optional()
    .openapi({ example: '2027-06-30', description: 'Last day for proposals.' }),
  modes: z
    .array(z.enum(TRANSACTION_MODES))
    .max(TRANSACTION_MODES.length)
    .refine((m) => new Set(m).size === m.length, 'modes must not repeat'),
  region: z.string().trim().max(60).optional(),
};

function checkBudget(v: { budgetMin?: number | null; budgetMax?: number | null }, ctx: z.RefinementCtx) {
  if (v.budgetMin != null && v.budgetMax != null && v.budgetMin > v.budgetMax) {
    ctx.addIssue({ code: 'custom', path: ['budgetMax'], message: 'budgetMax must not be below budgetMin' });
  }
}

export const CreateDemandBody = z
  .strictObject({
    ...fields,
    keywords: fields.keywords.default([]),
    currency: fields.currency.default('CNY'),
    modes: fields.modes.default([]),
    orgId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'Defaults to the first organization you belong to.' }),
  })
  .superRefine(checkBudget)
  .openapi('CreateDemand');

export const UpdateDemandBody = z
  .strictObject({
    titleZh: fields.titleZh.optional(),
    titleEn: fields.titleEn,
    descriptionZh: fields.descriptionZh.optional(),
    descriptionEn: fields.descriptionEn,
    sector: fields.sector.optional(),
    keywords: fields.keywords.optional(),
    budgetMin: minorUnits.nullable().optional(),
    budgetMax: minorUnits.nullable().optional(),
    currency: fields.currency.optional(),
    deadline: fields.deadline.nullable(),
    modes: fields.modes.optional(),
    region: fields.region,
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you read; a mismatch answers 409.' }),
  })
  .superRefine(checkBudget)
  .openapi('UpdateDemand');

export const DemandTransitionBody = z.strictObject({
  version: z.number().int().min(1).optional(),
});

export const DemandSchema = z
  .object({
    id: z.string().openapi({ example: 'dmd_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    tenantId: z.string(),
    orgId: z.string(),
    status: z.enum(DEMAND_STATES),
    titleZh: z.string(),
    titleEn: z.string().nullable(),
    descriptionZh: z.string(),
    descriptionEn: z.string().nullable(),
    sector: z.string(),
    keywords: z.array(z.string()),
    budgetMin: z.number().int().nullable(),
    budgetMax: z.number().int().nullable(),
    currency: z.enum(CURRENCIES),
    deadline: z.string().nullable(),
    modes: z.array(z.enum(TRANSACTION_MODES)),
    region: z.string().nullable(),
    version: z.number().int(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Demand');

export const ListDemandsQuery = z.object({
  ...paginationQuery,
  status: z.enum(DEMAND_STATES).optional(),
  sector: z.enum(SECTOR_SLUGS).optional(),
  mode: z.enum(TRANSACTION_MODES).optional(),
  orgId: z.string().max(64).optional(),
  mine: z.enum(['true', 'false']).optional(),
});

export const DemandIdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
