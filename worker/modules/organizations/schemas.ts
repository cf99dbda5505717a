import { z } from '@hono/zod-openapi';
import { ORG_MEMBER_ROLES, ORGANIZATION_TYPES, VERIFICATION_STATES } from '../../../schema/enums';
import { paginationQuery } from '../../lib/pagination';

export const OrganizationSchema = z
  .object({
    id: z.string().openapi({ example: 'org_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    tenantId: z.string(),
    type: z.enum(ORGANIZATION_TYPES).openapi({ example: 'university' }),
    nameZh: z.string().openapi({ example: '海滨理工大学' }),
    nameEn: z.string().nullable().openapi({ example: 'Haibin University of Technology' }),
    region: z.string().nullable().openapi({ example: '山东省青岛市' }),
    website: z.string().nullable(),
    descriptionZh: z.string().nullable(),
    descriptionEn: z.string().nullable(),
    verification: z.enum(VERIFICATION_STATES),
    version: z.number().int().openapi({ description: 'Send it back with PATCH to refuse a lost update.' }),
    createdAt: z.string(),
  })
  .openapi('Organization');

export const CreateOrganizationBody = z
  .strictObject({
    type: z
      .enum(ORGANIZATION_TYPES)
      .openapi({ description: 'university, institute, enterprise, investor or agency' }),
    nameZh: z.string().trim().min(2).max(100).openapi({ example: '海滨理工大学' }),
    nameEn: z
      .string()
      .trim()
      .min(2)
      .max(200)
      .optional()
      .openapi({ example: 'Haibin University of Technology' }),
    region: z.string().trim().max(60).optional().openapi({ example: '山东省青岛市' }),
    website: z.string().url().max(300).optional().openapi({ example: 'https://www.example.edu.cn' }),
    descriptionZh: z.string().trim().max(4000).optional(),
    descriptionEn: z.string().trim().max(8000).optional(),
  })
  .openapi('CreateOrganization');

/** The same fields, each optional; null clears an optional one. */
export const UpdateOrganizationBody = z
  .strictObject({
    type: CreateOrganizationBody.shape.type.optional(),
    nameZh: CreateOrganizationBody.shape.nameZh.optional(),
    nameEn: z.string().trim().min(2).max(200).nullable().optional(),
    region: z.string().trim().max(60).nullable().optional(),
    website: z.string().url().max(300).nullable().optional(),
    descriptionZh: z.string().trim().max(4000).nullable().optional(),
    descriptionEn: z.string().trim().max(8000).nullable().optional(),
    version: z
      .number()
      .int()
      .min(1)
      .optional()
      .openapi({ description: 'The version you read; another change since then makes this a 409.' }),
  })
  .refine((body) => Object.keys(body).some((key) => key !== 'version'), {
    message: 'Send at least one field to change.',
  })
  .openapi('UpdateOrganization');

export const AddMemberBody = z
  .strictObject({
    email: z.string().trim().toLowerCase().email().max(254).openapi({ example: 'zhang.min@example.cn' }),
    role: z.enum(ORG_MEMBER_ROLES).default('member').openapi({ example: 'member' }),
  })
  .openapi('AddOrganizationMember');

export const MemberSchema = z
  .object({
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ORG_MEMBER_ROLES),
  })
  .openapi('OrganizationMember');

export const VerificationRequestBody = z
  .strictObject({
    note: z.string().trim().max(2000).optional().openapi({
      description: 'What the reviewer should check, e.g. the unified social credit code (统一社会信用代码).',
    }),
  })
  .openapi('VerificationRequest');

export const VerificationDecisionBody = z
  .strictObject({
    decision: z.enum(['verified', 'rejected']),
    reason: z
      .string()
      .trim()
      .min(2)
      .max(2000)
      .optional()
      .openapi({ description: 'Required when rejecting.' }),
  })
  .refine((body) => body.decision !== 'rejected' || body.reason !== undefined, {
    message: 'Say why the verification is rejected.',
    path: ['reason'],
  })
  .openapi('VerificationDecision');

export const ListOrganizationsQuery = z.object({
  ...paginationQuery,
  type: z.enum(ORGANIZATION_TYPES).optional(),
  verification: z.enum(VERIFICATION_STATES).optional(),
  mine: z.enum(['true', 'false']).optional().openapi({ description: 'Only organizations I belong to.' }),
});

export const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
