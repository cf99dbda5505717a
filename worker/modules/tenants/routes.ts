import { createRoute, z } from '@hono/zod-openapi';
import { DEFAULT_FEE_POLICY } from '../../../schema/bootstrap';
import { LOCALES, SYNDICATION_MODES } from '../../../schema/enums';
import { SECTOR_SLUGS } from '../../../schema/sector-taxonomy';
import type { Tenant } from '../../../schema/types';
import { isTenantAdmin } from '../../lib/access';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { createTenant, listTenants, updateTenant } from './admin-service';

export const tenantRoutes = createRouter();
const tags = ['tenants'];

const Branding = z.strictObject({
  logoUrl: z.string().url().max(500).optional(),
  primaryColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional()
    .openapi({ example: '#0b5fff' }),
  accentColor: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  tagline: z
    .strictObject({ zh: z.string().max(120).optional(), en: z.string().max(240).optional() })
    .optional(),
});
const Syndication = z.strictObject({
  mode: z.enum(SYNDICATION_MODES),
  sectors: z.array(z.enum(SECTOR_SLUGS)).max(12).optional(),
});
const FeePolicy = z.strictObject({
  platformFeeBps: z.number().int().min(0).max(5000),
  platformFeeMin: z.number().int().min(0),
  tenantShareBps: z.number().int().min(0).max(5000),
  brokerCommissionBps: z.number().int().min(0).max(5000),
  brokerCommissionMin: z.number().int().min(0),
});
const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9.-]+(:\d+)?$/)
  .max(253);

const TenantSchema = z
  .object({
    id: z.string(),
    slug: z.string().openapi({ example: 'blue-valley' }),
    nameZh: z.string(),
    nameEn: z.string(),
    domains: z.array(z.string()),
    defaultLocale: z.enum(LOCALES),
    branding: z.object({
      logoUrl: z.string().optional(),
      primaryColor: z.string().optional(),
      accentColor: z.string().optional(),
      tagline: z.object({ zh: z.string().optional(), en: z.string().optional() }).optional(),
    }),
    syndication: z.object({ mode: z.enum(SYNDICATION_MODES), sectors: z.array(z.string()).optional() }),
    feePolicy: FeePolicy.optional(),
    allowedOrigins: z.array(z.string()).optional(),
  })
  .openapi('Tenant');

function view(t: Tenant, admin: boolean) {
  const base = {
    id: t.id,
    slug: t.slug,
    nameZh: t.nameZh,
    nameEn: t.nameEn,
    domains: t.domains,
    defaultLocale: t.defaultLocale,
    branding: t.branding,
    syndication: t.syndication,
  };
  return admin ? { ...base, feePolicy: t.feePolicy, allowedOrigins: t.allowedOrigins } : base;
}

tenantRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/tenant',
    tags,
    summary: 'The storefront serving this request (public)',
    responses: { 200: jsonResponse(TenantSchema, 'This tenant'), ...errorResponses },
  }),
  async (c) => c.json(view(c.var.tenant, isTenantAdmin(c.var.actor)), 200),
);

tenantRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/tenants',
    tags,
    summary: 'All storefronts (platform admin)',
    responses: {
      200: jsonResponse(z.object({ items: z.array(TenantSchema) }), 'Tenants'),
      ...errorResponses,
    },
  }),
  async (c) => c.json({ items: (await listTenants(serviceContext(c))).map((t) => view(t, true)) }, 200),
);

export const CreateTenantBody = z
  .strictObject({
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/)
      .openapi({ example: 'blue-valley' }),
    nameZh: z.string().trim().min(2).max(60),
    nameEn: z.string().trim().min(2).max(120),
    domains: z.array(domain).max(10).default([]),
    defaultLocale: z.enum(LOCALES).default('zh'),
    branding: Branding.default({}),
    syndication: Syndication.default({ mode: 'all' }),
    feePolicy: FeePolicy.default(DEFAULT_FEE_POLICY),
  })
  .openapi('CreateTenant');

tenantRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/tenants',
    tags,
    summary: 'Open a partner storefront (platform admin)',
    request: jsonBody(CreateTenantBody),
    responses: { 201: jsonResponse(TenantSchema, 'Created'), ...errorResponses },
  }),
  async (c) => c.json(view(await createTenant(serviceContext(c), c.req.valid('json')), true), 201),
);

export const UpdateTenantBody = z
  .strictObject({
    nameZh: z.string().trim().min(2).max(60).optional(),
    nameEn: z.string().trim().min(2).max(120).optional(),
    domains: z.array(domain).max(10).optional(),
    defaultLocale: z.enum(LOCALES).optional(),
    branding: Branding.optional(),
    syndication: Syndication.optional(),
    allowedOrigins: z.array(z.string().url().max(200)).max(20).optional(),
    feePolicy: FeePolicy.optional().openapi({ description: 'Platform admin only.' }),
  })
  .openapi('UpdateTenant');

tenantRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/tenants/{id}',
    tags,
    summary: 'Brand and configure a storefront (its tenant admin, or a platform admin)',
    request: {
      params: z.object({
        id: z
          .string()
          .max(64)
          .openapi({ param: { name: 'id', in: 'path' } }),
      }),
      ...jsonBody(UpdateTenantBody),
    },
    responses: { 200: jsonResponse(TenantSchema, 'Updated'), ...errorResponses },
  }),
  async (c) => {
    const { id } = c.req.valid('param');
    return c.json(view(await updateTenant(serviceContext(c), id, c.req.valid('json')), true), 200);
  },
);
