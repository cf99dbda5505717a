import { Hono } from 'hono';
import { raw } from 'hono/html';
import { SECTOR_SLUGS } from '../../schema/sector-taxonomy';
import type { Listing, Tenant } from '../../schema/types';
import { randomToken } from '../../worker/lib/encoding';
import { listListings } from '../../worker/modules/listings/service';
import { HUB_SLUG, tenantByHost, tenantBySlug } from '../../worker/modules/tenants/service';
import { listingPrice } from '../components/cards';
import type { WebContext, WebEnv } from '../env';
import { type Translator, translator, WEB_LOCALES } from '../i18n/index';
import { isHttps } from '../middleware/security';
import { EMBED_CSS } from './embed-style';
import { ctxOf } from './helpers';

// Partner embeds: a compact, tenant-themed list of published listings, made to live in an
// iframe on the partner's own site (see web/static/embed.js). Public data only: the session is
// ignored. Framing is allowed for the tenant's allowedOrigins alone.

export const embedRoutes = new Hono<WebEnv>();
const HEX = /^#[0-9a-f]{6}$/i;

/** ?tenant=slug (the partner's explicit choice), else the host, else X-Tenant, else the hub. */
async function embedTenant(c: WebContext): Promise<Tenant | null> {
  const db = c.var.db;
  const slug = c.req.query('tenant')?.trim().toLowerCase();
  if (slug) return tenantBySlug(db, slug);
  const host = c.req.header('host');
  const byHost = host ? await tenantByHost(db, host) : null;
  return byHost ?? (await tenantBySlug(db, c.req.header('x-tenant')?.trim().toLowerCase() || HUB_SLUG));
}

/** 'self' plus each allowed origin that is a plain http(s) origin; nothing else reaches the header. */
export function frameAncestors(tenant: Tenant): string {
  const origins = new Set<string>();
  for (const o of tenant.allowedOrigins) {
    try {
      const url = new URL(o);
      if (url.protocol === 'https:' || url.protocol === 'http:') origins.add(url.origin);
    } catch {
      // Not a URL: never allowed to frame.
    }
  }
  return ["'self'", ...origins].join(' ');
}

function setEmbedHeaders(c: WebContext, tenant: Tenant, nonce: string) {
  c.header(
    'content-security-policy',
    [
      "default-src 'none'",
      "script-src 'self'",
      `style-src 'nonce-${nonce}'`,
      "img-src 'self' data: https:",
      "base-uri 'none'",
      "form-action 'none'",
      `frame-ancestors ${frameAncestors(tenant)}`,
    ].join('; '),
  );
  c.header('x-content-type-options', 'nosniff');
  c.header('referrer-policy', 'strict-origin-when-cross-origin');
  c.header('cache-control', 'public, max-age=60');
  c.header('vary', 'Host, X-Tenant');
}

/** Where a listing opens: this host when it serves the tenant, else the tenant's own domain. */
function storefront(c: WebContext, tenant: Tenant): string {
  const host = c.req.header('host')?.toLowerCase().replace(/:\d+$/, '');
  const domain = tenant.domains[0];
  if (!domain || (host && tenant.domains.includes(host))) return '';
  return `${isHttps(c) ? 'https' : 'http'}://${domain}`;
}

function themeCss(tenant: Tenant): string {
  const { primaryColor, accentColor } = tenant.branding ?? {};
  const vars = [
    primaryColor && HEX.test(primaryColor) ? `--brand:${primaryColor}` : '',
    accentColor && HEX.test(accentColor) ? `--accent:${accentColor}` : '',
  ].filter(Boolean);
  return vars.length ? `:root{${vars.join(';')}}` : '';
}

function Item({ t, l, base }: { t: Translator; l: Listing; base: string }) {
  return (
    <li>
      <a href={`${base}/listings/${l.id}?lang=${t.locale}`} target="_blank" rel="noopener">
        {t.pick(l.titleZh, l.titleEn)}
      </a>
      <p class="meta">
        <span class="tag">{t.sector(l.sector)}</span>
        <span class="tag">TRL {l.trl}</span>
        <span class="price">{listingPrice(t, l)}</span>
      </p>
    </li>
  );
}

embedRoutes.get('/embed/listings', async (c) => {
  const tenant = await embedTenant(c);
  if (!tenant) return c.text('Unknown storefront', 404);
  const lang = c.req.query('lang');
  const t = translator(
    (WEB_LOCALES as readonly string[]).includes(lang ?? '') ? (lang as 'zh') : tenant.defaultLocale,
  );
  const sector = SECTOR_SLUGS.find((s) => s === c.req.query('sector'));
  const limit = Math.min(Math.max(Number(c.req.query('limit')) || 6, 1), 20);
  const ctx = { ...ctxOf(c), tenant, actor: { kind: 'anonymous' as const } };
  const items = (await listListings(ctx, { limit, sector })).slice(0, limit);
  const nonce = randomToken(16);
  const base = storefront(c, tenant);
  const name = t.pick(tenant.nameZh, tenant.nameEn);
  const logo = tenant.branding?.logoUrl?.startsWith('https://') ? tenant.branding.logoUrl : null;
  const more = `${base}/listings?lang=${t.locale}${sector ? `&sector=${sector}` : ''}`;
  setEmbedHeaders(c, tenant, nonce);
  const page = (
    <html lang={t.locale === 'zh' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t('embed.title', { name })}</title>
        <style nonce={nonce}>{raw(EMBED_CSS + themeCss(tenant))}</style>
      </head>
      <body>
        <header class="bar">
          {logo ? <img src={logo} alt="" width="20" height="20" /> : null}
          <strong>{name}</strong>
          {sector ? <span>{t.sector(sector)}</span> : null}
        </header>
        {items.length === 0 ? <p class="empty">{t('embed.empty')}</p> : null}
        <ul aria-label={t('embed.list')}>
          {items.map((l) => (
            <Item t={t} l={l} base={base} />
          ))}
        </ul>
        <p class="more">
          <a href={more} target="_blank" rel="noopener">
            {t('embed.more')} →
          </a>
        </p>
        <script src="/embed.js" data-role="frame" async />
      </body>
    </html>
  );
  return c.html(`<!DOCTYPE html>${page}`);
});
