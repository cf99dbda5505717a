import { Hono } from 'hono';
import { every, except } from 'hono/combine';
import { HTTPException } from 'hono/http-exception';
import type { Deps } from '../worker/env';
import { DomainError } from '../worker/lib/errors';
import { handleError } from '../worker/lib/problem';
import type { WebContext, WebEnv } from './env';
import { translator } from './i18n/index';
import { layout } from './layout';
import { locale } from './middleware/locale';
import { pageHeaders, sameOriginPosts } from './middleware/security';
import { webIdentify } from './middleware/session';
import { adminBrandingRoutes } from './routes/admin-branding';
import { adminDealRoutes } from './routes/admin-deals';
import { adminKeyRoutes } from './routes/admin-keys';
import { adminMemberRoutes } from './routes/admin-members';
import { adminTenantRoutes } from './routes/admin-tenants';
import { adminWebhookDeliveryRoutes } from './routes/admin-webhook-deliveries';
import { adminWebhookRoutes } from './routes/admin-webhooks';
import { authRoutes } from './routes/auth';
import { dashboardRoutes } from './routes/dashboard';
import { dealRoutes } from './routes/deals';
import { demandRoutes } from './routes/demands';
import { embedRoutes } from './routes/embed';
import { homeRoutes } from './routes/home';
import { listingRoutes } from './routes/listings';
import { marketRoutes } from './routes/market';
import { orgProfileRoutes } from './routes/org-profile';
import { orgVerificationRoutes } from './routes/org-verification';
import { savedSearchRoutes } from './routes/saved-searches';
import { STATIC_FILES, serveStaticFile } from './static-files';

// Paths that belong to the API and the app shell, never to the pages.
const NOT_PAGES = ['/v1/*', '/health', '/health/*', '/openapi.json', '/docs', '/docs/*'];
// Partner embeds live in other sites' iframes: their own headers, no session, no layout.
const EMBEDS = ['/embed/*'];

/**
 * The marketplace in the browser: server-rendered pages on the same services as the API.
 * Mounted last by createApp, so an API route always wins; anything else that asks for HTML
 * and matches no page gets the friendly 404 page.
 */
export function webRoutes(_deps: Deps) {
  const web = new Hono<WebEnv>();
  for (const name of Object.keys(STATIC_FILES)) web.get(`/${name}`, serveStaticFile);
  web.route('/', embedRoutes);
  web.use(
    '*',
    except([...NOT_PAGES, ...EMBEDS], every(pageHeaders, sameOriginPosts, layout, webIdentify(), locale())),
  );
  web.route('/', homeRoutes);
  web.route('/', listingRoutes);
  web.route('/', demandRoutes);
  web.route('/', authRoutes);
  web.route('/', dashboardRoutes);
  web.route('/', dealRoutes);
  web.route('/', orgProfileRoutes);
  web.route('/', orgVerificationRoutes);
  web.route('/', marketRoutes);
  web.route('/', adminMemberRoutes);
  web.route('/', adminKeyRoutes);
  web.route('/', adminBrandingRoutes);
  web.route('/', adminTenantRoutes);
  web.route('/', adminWebhookRoutes);
  web.route('/', adminWebhookDeliveryRoutes);
  web.route('/', savedSearchRoutes);
  web.route('/', adminDealRoutes);
  web.get('*', async (c, next) => {
    if (isPagePath(c.req.path) && wantsHtml(c)) return notFoundPage(c);
    await next();
  });
  web.onError((error, c) => pageError(error, c));
  return web;
}

function isPagePath(path: string) {
  return (
    !path.startsWith('/v1/') &&
    path !== '/openapi.json' &&
    !path.startsWith('/docs') &&
    !path.startsWith('/health')
  );
}

function wantsHtml(c: WebContext) {
  return (c.req.header('accept') ?? '').includes('text/html');
}

function notFoundPage(c: WebContext) {
  const t = c.var.t;
  c.status(404);
  return c.render(
    <>
      <h1>{t('notfound.title')}</h1>
      <p>{t('notfound.body')}</p>
      <p>
        <a href="/">{t('notfound.home')}</a>
      </p>
    </>,
    { title: t('notfound.title') },
  );
}

/** Errors on a page become pages: sign in for 401, the 404 page, a short page for the rest. */
function pageError(error: Error, c: WebContext) {
  if (!c.var.tenant || !isPagePath(c.req.path)) return handleError(error, c);
  if (!c.var.t) c.set('t', translator(c.var.locale ?? 'zh'));
  const t = c.var.t;
  if (error instanceof DomainError) {
    if (error.code === 'unauthenticated')
      return c.redirect(`/signin?next=${encodeURIComponent(c.req.path)}`, 303);
    if (error.code === 'not-found' || error.code === 'tenant-not-found') return notFoundPage(c);
    if (error.code === 'forbidden') return errorPage(c, 403, t('err.forbidden'));
    if (error.code === 'state-conflict') return errorPage(c, 409, t('err.state'));
    if (error.code === 'version-conflict') return errorPage(c, 409, t('err.conflict'));
    if (error.code === 'validation') return errorPage(c, 422, t('err.invalid'));
  }
  if (error instanceof HTTPException && error.status === 403) return errorPage(c, 403, t('err.forbidden'));
  const response = handleError(error, c); // logs it with the request id
  return errorPage(c, response.status, `${t('error.title')} (${c.var.requestId})`);
}

function errorPage(c: WebContext, status: number, message: string) {
  const t = c.var.t;
  c.status(status as 403);
  return c.render(
    <>
      <h1>{t('error.title')}</h1>
      <p class="alert">{message}</p>
      <p>
        <a href="/">{t('notfound.home')}</a>
      </p>
    </>,
    { title: t('error.title'), privatePage: true },
  );
}
