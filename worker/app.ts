import { OpenAPIHono } from '@hono/zod-openapi';
import { Scalar } from '@scalar/hono-api-reference';
import { bodyLimit } from 'hono/body-limit';
import { webRoutes } from '../web/app';
import type { AppEnv, Deps } from './env';
import { DomainError } from './lib/errors';
import { handleError, problemResponse } from './lib/problem';
import { contextMiddleware } from './middleware/context';
import { idempotency } from './middleware/idempotency';
import { identify } from './middleware/identify';
import { apiKeyRoutes } from './modules/api-keys/routes';
import { authRoutes } from './modules/auth/routes';
import { milestoneRoutes } from './modules/deals/milestone-routes';
import { dealRoutes } from './modules/deals/routes';
import { demandRoutes } from './modules/demands/routes';
import { healthRoutes } from './modules/health/routes';
import { inquiryListRoutes } from './modules/inquiries/list-routes';
import { inquiryRoutes } from './modules/inquiries/routes';
import { ledgerRoutes } from './modules/ledger/routes';
import { listingRoutes } from './modules/listings/routes';
import { meRoutes } from './modules/me/routes';
import { memberRoutes } from './modules/members/routes';
import { ndaRoutes } from './modules/nda/routes';
import { organizationRoutes } from './modules/organizations/routes';
import { paymentRoutes } from './modules/payments/routes';
import { savedSearchRoutes } from './modules/saved-searches/routes';
import { searchRoutes } from './modules/search/routes';
import { sectorRoutes } from './modules/sectors/routes';
import { statsRoutes } from './modules/stats/routes';
import { tenantRoutes } from './modules/tenants/routes';
import { webhookRoutes } from './modules/webhooks/routes';

const MAX_BODY_BYTES = 1024 * 1024;
const BODYLESS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Every module's routes, mounted in one place. */
const API_MODULES = [
  authRoutes,
  meRoutes,
  tenantRoutes,
  memberRoutes,
  apiKeyRoutes,
  organizationRoutes,
  listingRoutes,
  demandRoutes,
  searchRoutes,
  sectorRoutes,
  statsRoutes,
  inquiryRoutes,
  inquiryListRoutes,
  ndaRoutes,
  dealRoutes,
  milestoneRoutes,
  paymentRoutes,
  ledgerRoutes,
  webhookRoutes,
  savedSearchRoutes,
];

/** Builds the whole marketplace from its dependencies; both hosts call this and nothing else. */
export function createApp(deps: Deps) {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) => problemResponse(c, 'not-found', `No route for ${c.req.method} ${c.req.path}.`));

  app.use('*', contextMiddleware(deps));
  app.route('/', healthRoutes);
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new DomainError('payload-too-large', `Request bodies are limited to ${MAX_BODY_BYTES} bytes.`);
    },
  });
  // Reads without a body skip the limit: asking a Node request for its body builds a full
  // WHATWG Request, which costs more than the rest of a cached read.
  app.use('/v1/*', (c, next) => (BODYLESS.has(c.req.method) ? next() : limitBody(c, next)));
  app.use('/v1/*', identify());
  app.use('/v1/*', idempotency());
  for (const module of API_MODULES) app.route('/', module);

  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'TechMarket API',
      version: '1.0.0',
      description:
        'The technology-trading marketplace (科技成果交易大市场): achievements, demands, organizations, deals. ' +
        'Errors are application/problem+json (RFC 9457). Send `Authorization: Bearer <token>`; choose the tenant with ' +
        'the host or `X-Tenant: <slug>`.',
    },
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  app.get('/docs', Scalar({ url: '/openapi.json', pageTitle: 'TechMarket API' }));
  app.route('/', webRoutes(deps)); // the pages, last: API routes win, other HTML requests get the 404 page
  return app;
}

export type App = ReturnType<typeof createApp>;
