import { z } from '@hono/zod-openapi';
import { DEAL_STATES } from '../../../schema/deals';
import { MILESTONE_STATES } from '../../../schema/deals-milestones';
import { DEAL_SIDES, OFFER_STATES } from '../../../schema/deals-offers';
import { REFUND_STATES } from '../../../schema/deals-refunds';
import { CURRENCIES, TRANSACTION_MODES } from '../../../schema/enums';
import { paginationQuery } from '../../lib/pagination';

const MAX_MINOR = 1_000_000_000_000_000;
const id = (example: string) =>
  z
    .string()
    .min(3)
    .max(64)
    .regex(/^[a-z]+_[0-9A-Z]{26}$/, 'not an id of this API')
    .openapi({ example });

export const minorUnits = z
  .number()
  .int('money is an integer number of minor units (fen)')
  .min(1)
  .max(MAX_MINOR)
  .openapi({ example: 150_000_000, description: 'Integer minor units of `currency` (fen for CNY).' });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .openapi({ example: '2026-09-30' });

export const MilestoneInput = z
  .strictObject({
    title: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .openapi({ example: '技术资料交付 / Technical package delivered' }),
    shareBps: z.number().int().min(1).max(10_000).optional().openapi({
      example: 3000,
      description: 'Share of the price in basis points; all milestones use shares or all use amounts.',
    }),
    amount: minorUnits.optional().openapi({ description: 'Fixed amount instead of a share.' }),
    dueDate: isoDate.optional(),
  })
  .refine(
    (m) => (m.shareBps === undefined) !== (m.amount === undefined),
    'give exactly one of shareBps or amount',
  )
  .openapi('MilestoneInput');

const termsFields = {
  mode: z.enum(TRANSACTION_MODES).openapi({ example: 'license_exclusive' }),
  amount: minorUnits,
  currency: z.enum(CURRENCIES).default('CNY'),
  milestones: z
    .array(MilestoneInput)
    .min(1)
    .max(20)
    .optional()
    .openapi({ description: 'Defaults to one milestone for the full price.' }),
  terms: z.string().trim().max(20_000).optional().openapi({ example: '许可期限五年，区域为中国大陆。' }),
  ipTerms: z.string().trim().max(20_000).optional().openapi({ example: '改进技术的知识产权归改进方所有。' }),
  expiresAt: z.iso
    .datetime({ offset: true })
    .optional()
    .openapi({ description: 'The offer lapses after this time.' }),
};

export const CreateDealBody = z
  .strictObject({
    listingId: id('lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA'),
    title: z.string().trim().min(2).max(200).optional(),
    scope: z
      .string()
      .trim()
      .max(20_000)
      .optional()
      .openapi({ example: '钙钛矿薄膜制备工艺的全部技术资料与培训。' }),
    buyerOrgId: id('org_01JDQ4Z5V3K8T9M2N6P7R8S9TA')
      .optional()
      .openapi({ description: 'Defaults to your first organization.' }),
    inquiryId: id('inq_01JDQ4Z5V3K8T9M2N6P7R8S9TA').optional(),
    brokerUserId: id('usr_01JDQ4Z5V3K8T9M2N6P7R8S9TA')
      .optional()
      .openapi({ description: 'A user with the broker role in this tenant.' }),
    mode: termsFields.mode,
    amount: minorUnits
      .optional()
      .openapi({ description: 'Omit to open the deal as an inquiry without an offer yet.' }),
    currency: termsFields.currency,
    milestones: termsFields.milestones,
    terms: termsFields.terms,
    ipTerms: termsFields.ipTerms,
    expiresAt: termsFields.expiresAt,
  })
  .openapi('CreateDeal');

export const OfferBody = z
  .strictObject({ ...termsFields, message: z.string().trim().max(4000).optional() })
  .openapi('OfferInput');

export const ReasonBody = z.strictObject({
  reason: z.string().trim().min(2).max(4000).openapi({ example: '交付资料缺少工艺参数表。' }),
});
export const OptionalReasonBody = z.strictObject({ reason: z.string().trim().min(2).max(4000).optional() });

export const SignBody = z
  .strictObject({
    contentHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'the contentHash of the contract you read')
      .openapi({ description: 'The contract you accept; a changed contract answers 409.' }),
  })
  .openapi('SignContract');

export const DeliverBody = z
  .strictObject({
    evidence: z
      .array(
        z.strictObject({
          title: z.string().trim().min(1).max(200),
          url: z.url().max(2000).optional(),
          sha256: z
            .string()
            .regex(/^[0-9a-f]{64}$/)
            .optional(),
          note: z.string().trim().max(4000).optional(),
        }),
      )
      .min(1)
      .max(50)
      .openapi({ example: [{ title: '工艺参数表 v2', url: 'https://files.example.com/params-v2.pdf' }] }),
  })
  .openapi('DeliverMilestone');

export const AcceptMilestoneBody = z.strictObject({
  decision: z.enum(['accept', 'request_changes']).default('accept'),
  reason: z.string().trim().min(2).max(4000).optional(),
});

export const ResolveBody = z.strictObject({
  outcome: z
    .enum(['resume', 'refund'])
    .openapi({ description: 'Resume the deal, or refund the buyer what is still held.' }),
  reason: z.string().trim().min(2).max(4000),
});

export const BrokerBody = z.strictObject({ brokerUserId: id('usr_01JDQ4Z5V3K8T9M2N6P7R8S9TA') });

export const DealIdParam = z.object({
  id: id('deal_01JDQ4Z5V3K8T9M2N6P7R8S9TA').openapi({ param: { name: 'id', in: 'path' } }),
});
export const OfferParam = DealIdParam.extend({
  offerId: id('ofr_01JDQ4Z5V3K8T9M2N6P7R8S9TA').openapi({ param: { name: 'offerId', in: 'path' } }),
});
export const MilestoneParam = DealIdParam.extend({
  mid: id('mst_01JDQ4Z5V3K8T9M2N6P7R8S9TA').openapi({ param: { name: 'mid', in: 'path' } }),
});

export const ListDealsQuery = z.object({ ...paginationQuery, status: z.enum(DEAL_STATES).optional() });

export const OfferSchema = z
  .object({
    id: z.string(),
    dealId: z.string(),
    side: z.enum(DEAL_SIDES),
    proposedBy: z.string(),
    status: z.enum(OFFER_STATES),
    mode: z.enum(TRANSACTION_MODES),
    amount: z.number().int(),
    currency: z.enum(CURRENCIES),
    milestones: z.array(
      z.object({
        title: z.string(),
        shareBps: z.number().nullable(),
        amount: z.number(),
        dueDate: z.string().nullable(),
      }),
    ),
    terms: z.string().nullable(),
    ipTerms: z.string().nullable(),
    message: z.string().nullable(),
    expiresAt: z.string().nullable(),
    respondedAt: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Offer');

export const MilestoneSchema = z
  .object({
    id: z.string(),
    seq: z.number().int(),
    title: z.string(),
    shareBps: z.number().nullable(),
    amount: z.number().int(),
    currency: z.enum(CURRENCIES),
    dueDate: z.string().nullable(),
    status: z.enum(MILESTONE_STATES),
    evidence: z.array(
      z.object({
        title: z.string(),
        url: z.string().optional(),
        sha256: z.string().optional(),
        note: z.string().optional(),
      }),
    ),
    changesRequested: z.string().nullable(),
    paidAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    acceptedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('Milestone');

export const RefundSchema = z
  .object({
    id: z.string().openapi({ example: 'rfd_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    paymentId: z.string(),
    amount: z.number().int().openapi({ description: 'Minor units refunded to the buyer.' }),
    currency: z.string(),
    status: z.enum(REFUND_STATES).openapi({
      description:
        'pending: booked, not confirmed by the rail yet; processing: being sent; succeeded; manual: a bank instruction for finance; failed: the rail refused it (see failureReason), an admin may retry.',
    }),
    cause: z.string().openapi({ description: 'dispute, cancellation, late_payment or provider.' }),
    providerRef: z.string().nullable(),
    attempts: z.number().int(),
    failureCode: z.string().nullable(),
    failureReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Refund');

export const DealSchema = z
  .object({
    id: z.string().openapi({ example: 'deal_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    tenantId: z.string(),
    listingId: z.string().nullable(),
    inquiryId: z.string().nullable(),
    title: z.string().nullable(),
    buyerOrgId: z.string(),
    sellerOrgId: z.string(),
    brokerUserId: z.string().nullable(),
    status: z.enum(DEAL_STATES),
    mode: z.enum(TRANSACTION_MODES),
    amount: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The agreed (or last proposed) price in minor units.' }),
    currency: z.enum(CURRENCIES),
    scope: z.string().nullable(),
    terms: z.string().nullable(),
    ipTerms: z.string().nullable(),
    agreedOfferId: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    signedAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    closeReason: z.string().nullable(),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
    yourSide: z
      .enum(DEAL_SIDES)
      .nullable()
      .openapi({ description: 'Your side in the deal, if you are a party.' }),
    offers: z.array(OfferSchema),
    milestones: z.array(MilestoneSchema),
    refunds: z.array(RefundSchema).openapi({
      description: 'Refunds to the buyer and how far each got at the rail; failed ones await an admin retry.',
    }),
  })
  .openapi('Deal');
