import { Hono } from 'hono';
import type { UserActor } from '../../worker/lib/access';
import { updateTenant } from '../../worker/modules/tenants/admin-service';
import { AdminNav } from '../components/admin-nav';
import type { WebContext, WebEnv } from '../env';
import { brandingToForm, parseBrandingForm } from '../forms/tenant';
import { type FieldErrors, type FormValues, one, readForm, serviceErrors } from '../forms/values';
import { isHttps } from '../middleware/security';
import { BrandingForm, BrandPreview, previewStyle } from '../pages/branding-form';
import { ctxOf, tenantAdmin } from './helpers';

// Branding and syndication of this storefront, and the embed code for partner sites.

export const adminBrandingRoutes = new Hono<WebEnv>();

function siteOrigin(c: WebContext): string {
  const host = c.req.header('x-forwarded-host') ?? c.req.header('host') ?? new URL(c.req.url).host;
  return `${isHttps(c) ? 'https' : 'http'}://${host}`;
}

function EmbedCode({ c }: { c: WebContext }) {
  const t = c.var.t;
  const slug = c.var.tenant.slug;
  const snippet = `<script src="${siteOrigin(c)}/embed.js" data-tenant="${slug}" data-lang="${t.locale}" async></script>`;
  return (
    <section class="panel" aria-labelledby="h-embed">
      <h2 id="h-embed">{t('branding.embed')}</h2>
      <p class="secret-label" id="embed-code-label">
        {t('branding.snippet')}
      </p>
      <code class="secret" tabindex={0}>
        {snippet}
      </code>
      <p>
        <a href={`/embed/listings?tenant=${slug}&lang=${t.locale}`}>{t('branding.embedPreview')}</a>
      </p>
    </section>
  );
}

function renderBranding(c: WebContext, user: UserActor, v: FormValues, errors: FieldErrors, unsaved = false) {
  const t = c.var.t;
  const style = previewStyle(v);
  if (Object.keys(errors).length) c.status(422);
  return c.render(
    <>
      <AdminNav t={t} current="/admin/branding" platform={user.isPlatformAdmin} />
      <h1>{t('admin.branding')}</h1>
      {c.req.query('saved') && !unsaved ? (
        <p class="notice" role="status">
          {t('branding.saved')}
        </p>
      ) : null}
      {style ? <style nonce={c.get('secureHeadersNonce')}>{style}</style> : null}
      <div class="grid main-side">
        <BrandingForm t={t} v={v} errors={errors} />
        <div>
          <BrandPreview t={t} v={v} unsaved={unsaved} />
          <EmbedCode c={c} />
        </div>
      </div>
    </>,
    { title: t('admin.branding'), privatePage: true },
  );
}

adminBrandingRoutes.get('/admin/branding', (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  return renderBranding(c, user, brandingToForm(c.var.tenant), {});
});

adminBrandingRoutes.post('/admin/branding', async (c) => {
  const user = tenantAdmin(c);
  if (user instanceof Response) return user;
  const v = await readForm(c.req);
  const parsed = parseBrandingForm(v, c.var.t);
  if (!parsed.ok) return renderBranding(c, user, v, parsed.errors, one(v, 'intent') === 'preview');
  if (one(v, 'intent') === 'preview') return renderBranding(c, user, v, {}, true);
  try {
    await updateTenant(ctxOf(c), c.var.tenant.id, parsed.data);
  } catch (error) {
    const errors = serviceErrors(error, c.var.t);
    if (!errors) throw error;
    return renderBranding(c, user, v, errors);
  }
  return c.redirect('/admin/branding?saved=1', 303);
});
