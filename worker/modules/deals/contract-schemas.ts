import { z } from '@hono/zod-openapi';
import { DEAL_SIDES } from '../../../schema/deals-offers';
import { CONTRACT_TYPES } from './registration';
import { DealSchema } from './schemas';

export const ContractSchema = z
  .object({
    id: z.string().openapi({ example: 'ctr_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    dealId: z.string(),
    version: z
      .number()
      .int()
      .openapi({ description: 'Grows when the agreed terms change; signatures bind to one version.' }),
    offerId: z.string(),
    contentZh: z.string().openapi({ description: 'The contract text in Chinese (the binding text).' }),
    contentEn: z.string(),
    contentHash: z.string().openapi({ description: 'SHA-256 of the two texts; send it to sign.' }),
    createdAt: z.string(),
    signatures: z.array(
      z.object({
        side: z.enum(DEAL_SIDES),
        userId: z.string(),
        orgId: z.string(),
        contractVersion: z.number().int(),
        contentHash: z.string(),
        signedAt: z.string(),
      }),
    ),
    dealStatus: z.string(),
    registrationNumber: z.string().nullable(),
  })
  .openapi('Contract');

export const SignResultSchema = z
  .object({ deal: DealSchema, contract: ContractSchema })
  .openapi('SignResult');

export const RegistrationSchema = z
  .object({
    registrationNumber: z.string().openapi({ example: 'TM2026-8T9M2N6P7R8S' }),
    dealId: z.string(),
    contractType: z
      .enum(CONTRACT_TYPES)
      .openapi({ description: 'development / transfer / license / consulting / service' }),
    contractTypeZh: z.string().openapi({ example: '技术许可' }),
    technologyField: z.string().openapi({ example: 'new-energy' }),
    technologyFieldZh: z.string().openapi({ example: '新能源' }),
    ipType: z.string().nullable(),
    amount: z.number().int(),
    amountDecimal: z.string().openapi({ example: '1500000.00' }),
    currency: z.string(),
    buyerName: z.string(),
    sellerName: z.string(),
    sellerRegion: z.string().nullable(),
    signedAt: z.string(),
    status: z.string(),
  })
  .openapi('Registration');

export const FormatQuery = z.object({
  format: z
    .enum(['json', 'csv'])
    .default('json')
    .openapi({ description: '`csv` for the registration office spreadsheet.' }),
});
export const PeriodQuery = FormatQuery.extend({
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .openapi({ example: '2026-01-01' }),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
    .openapi({ example: '2026-04-01', description: 'Exclusive.' }),
});
