import { z } from '@hono/zod-openapi';
import {
  CURRENCIES,
  IP_TYPES,
  LISTING_CLOSE_OUTCOMES,
  LISTING_STATES,
  PRICE_TYPES,
  TRANSACTION_MODES,
} from '../../../schema/enums';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';
import { paginationQuery } from '../../lib/pagination';

const MAX_MINOR = 1_000_000_000_000_000; // CNY 10 trillion: far above any contract, inside 2^53.
const minorUnits = z
  .number()
  .int('money is an integer number of minor units (fen)')
  .min(0)
  .max(MAX_MINOR)
  .openapi({ example: 150_000_000, description: 'Integer minor units of `currency` (fen for CNY).' });
const keyword = z.string().trim().min(1).max(40);

const editableFields = {
  titleZh: z.string().trim().min(2).max(120).openapi({ example: '高效钙钛矿太阳能电池制备技术' }),
  titleEn: z
    .string()
    .trim()
    .min(2)
    .max(240)
    .optional()
    .openapi({ example: 'High-efficiency perovskite solar cell fabrication' }),
  summaryZh: z
    .string()
    .trim()
    .min(10)
    .max(1000)
    .openapi({ example: '一种低温溶液法制备大面积钙钛矿薄膜的工艺，光电转换效率达 24.1%。' }),
  summaryEn: z.string().trim().max(2000).optional(),
  descriptionZh: z.string().trim().max(20_000).optional(),
  descriptionEn: z.string().trim().max(40_000).optional(),
  confidentialZh: z
    .string()
    .trim()
    .max(20_000)
    .optional()
    .openapi({ description: 'Shown only to the owner and admins (and, later, NDA signatories).' }),
  confidentialEn: z.string().trim().max(40_000).optional(),
  sector: z.enum(SECTOR_SLUGS).openapi({ example: 'new-energy' }),
  keywords: z
    .array(keyword)
    .max(20)
    .default([])
    .openapi({ example: ['钙钛矿', '光伏', '薄膜'] }),
  trl: z.number().int().min(1).max(9).openapi({ example: 5, description: 'Technology readiness level 1–9.' }),
  ipType: z.enum(IP_TYPES).openapi({ example: 'invention_patent' }),
  ipNumbers: z
    .array(z.string().trim().min(3).max(40))
    .max(50)
    .default([])
    .openapi({ example: ['ZL202310123456.7'] }),
  modes: z
    .array(z.enum(TRANSACTION_MODES))
    .min(1)
    .max(TRANSACTION_MODES.length)
    .refine((m) => new Set(m).size === m.length, 'modes must not repeat')
    .openapi({ example: ['transfer', 'license_exclusive'] }),
  priceType: z.enum(PRICE_TYPES).openapi({ example: 'range' }),
  priceMin: minorUnits.optional(),
  priceMax: minorUnits.optional(),
  currency: z.enum(CURRENCIES).default('CNY'),
  inventors: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  region: z.string().trim().max(60).optional().openapi({ example: '山东省青岛市' }),
};

type PriceFields = { priceType?: string; priceMin?: number; priceMax?: number };

/** Price rules: fixed needs priceMin only, range needs min ≤ max, negotiable needs neither. */
function checkPrice(value: PriceFields, ctx: z.RefinementCtx) {
  if (!value.priceType) return;
  const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (value.priceType === 'fixed') {
    if (value.priceMin === undefined) issue('priceMin', 'a fixed price needs priceMin');
    if (value.priceMax !== undefined) issue('priceMax', 'a fixed price has no priceMax');
  } else if (value.priceType === 'range') {
    if (value.priceMin === undefined) issue('priceMin', 'a price range needs priceMin');
    if (value.priceMax === undefined) issue('priceMax', 'a price range needs priceMax');
    if (value.priceMin !== undefined && value.priceMax !== undefined && value.priceMin > value.priceMax) {
      issue('priceMax', 'priceMax must not be below priceMin');
    }
  } else if (value.priceMin !== undefined || value.priceMax !== undefined) {
    issue('priceType', 'a negotiable price has no amounts');
  }
}

export const CreateListingBody = z
  .strictObject({
    ...editableFields,
    ownerOrgId: z
      .string()
      .max(64)
      .optional()
      .openapi({ description: 'Defaults to the first organization you belong to.' }),
  })
  .superRefine(checkPrice)
  .openapi('CreateListing');

export const UpdateListingBody = z
  .strictObject({
    titleZh: editableFields.titleZh.optional(),
    titleEn: editableFields.titleEn,
    summaryZh: editableFields.summaryZh.optional(),
    summaryEn: editableFields.summaryEn,
    descriptionZh: editableFields.descriptionZh,
    descriptionEn: editableFields.descriptionEn,
    confidentialZh: editableFields.confidentialZh,
    confidentialEn: editableFields.confidentialEn,
    sector: editableFields.sector.optional(),
    keywords: z.array(keyword).max(20).optional(),
    trl: editableFields.trl.optional(),
    ipType: editableFields.ipType.optional(),
    ipNumbers: z.array(z.string().trim().min(3).max(40)).max(50).optional(),
    modes: editableFields.modes.optional(),
    priceType: editableFields.priceType.optional(),
    priceMin: minorUnits.nullable().optional(),
    priceMax: minorUnits.nullable().optional(),
    currency: z.enum(CURRENCIES).optional(),
    inventors: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
    region: editableFields.region,
    selected: z.boolean().optional().openapi({ description: 'Screening result (admins only).' }),
    featured: z.boolean().optional().openapi({ description: 'Shown on the home page (admins only).' }),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you read; a mismatch answers 409.' }),
  })
  .openapi('UpdateListing');

export const RejectBody = z.strictObject({
  reason: z.string().trim().min(2).max(2000).openapi({ example: '请补充专利证书编号。' }),
});

export const TransitionBody = z.strictObject({
  version: z
    .number()
    .int()
    .min(1)
    .optional()
    .openapi({ description: 'The version you read; a mismatch answers 409.' }),
});

export const ListingSchema = z
  .object({
    id: z.string().openapi({ example: 'lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    tenantId: z.string(),
    ownerOrgId: z.string(),
    status: z.enum(LISTING_STATES),
    closedAs: z.enum(LISTING_CLOSE_OUTCOMES).nullable(),
    titleZh: z.string(),
    titleEn: z.string().nullable(),
    summaryZh: z.string(),
    summaryEn: z.string().nullable(),
    descriptionZh: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    confidential: z
      .object({ zh: z.string().nullable(), en: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Present only for the owner and admins.' }),
    sector: z.string(),
    keywords: z.array(z.string()),
    trl: z.number().int(),
    ipType: z.enum(IP_TYPES),
    ipNumbers: z.array(z.string()),
    modes: z.array(z.enum(TRANSACTION_MODES)),
    priceType: z.enum(PRICE_TYPES),
    priceMin: z.number().int().nullable(),
    priceMax: z.number().int().nullable(),
    currency: z.enum(CURRENCIES),
    inventors: z.array(z.string()),
    region: z.string().nullable(),
    selected: z.boolean(),
    featured: z.boolean(),
    evaluationScore: z.number().nullable(),
    rejectionReason: z.string().nullable(),
    version: z.number().int(),
    publishedAt: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Listing');

const boolString = z.enum(['true', 'false']).optional();

export const ListListingsQuery = z.object({
  ...paginationQuery,
  status: z
    .enum(LISTING_STATES)
    .optional()
    .openapi({ description: 'Non-public states: admins, or with mine=true.' }),
  sector: z.enum(SECTOR_SLUGS).optional(),
  mode: z.enum(TRANSACTION_MODES).optional(),
  ipType: z.enum(IP_TYPES).optional(),
  trlMin: z.coerce.number().int().min(1).max(9).optional(),
  trlMax: z.coerce.number().int().min(1).max(9).optional(),
  ownerOrgId: z.string().max(64).optional(),
  selected: boolString,
  featured: boolString,
  mine: boolString.openapi({ description: "Only my organizations' listings, in any state." }),
});

export const ListingIdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
