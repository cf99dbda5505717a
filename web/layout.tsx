import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { Tenant } from '../schema/types';
import type { WebEnv } from './env';
import type { MessageKey, Translator } from './i18n/index';
import { ASSET_VERSION } from './static-files';

export interface PageProps {
  title: string;
  /** Mark the page noindex (forms, dashboards). */
  privatePage?: boolean;
}

declare module 'hono' {
  // An interface, not a type: it must merge with Hono's own ContextRenderer.
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

const NAV: { href: string; key: MessageKey }[] = [
  { href: '/', key: 'nav.home' },
  { href: '/listings', key: 'nav.listings' },
  { href: '/demands', key: 'nav.demands' },
  { href: '/stats', key: 'nav.stats' },
];

const COLOR = /^#[0-9a-f]{3,8}$/i;

/** The tenant's colours as CSS variables, only when they are plain hex colours. */
function brandStyle(tenant: Tenant): string | null {
  const { primaryColor, accentColor } = tenant.branding ?? {};
  const vars = [
    primaryColor && COLOR.test(primaryColor) ? `--brand:${primaryColor}` : '',
    accentColor && COLOR.test(accentColor) ? `--accent:${accentColor}` : '',
  ].filter(Boolean);
  return vars.length ? `:root{${vars.join(';')}}` : null;
}

function switchHref(c: Context<WebEnv>, to: 'zh' | 'en'): string {
  const url = new URL(c.req.url);
  url.searchParams.set('lang', to);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

function isCurrent(path: string, href: string) {
  return href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);
}

function Session({ c, t }: { c: Context<WebEnv>; t: Translator }) {
  const actor = c.var.actor;
  if (actor.kind !== 'user') {
    return (
      <>
        <a href={`/signin?next=${encodeURIComponent(c.req.path)}`}>{t('nav.signin')}</a>
        <a href="/signup">{t('nav.signup')}</a>
      </>
    );
  }
  return (
    <>
      <span>{t('nav.signedInAs', { name: actor.user.name })}</span>
      <a href="/dashboard">{t('nav.dashboard')}</a>
      <form method="post" action="/signout">
        <button class="linkish" type="submit">
          {t('nav.signout')}
        </button>
      </form>
    </>
  );
}

export const layout = jsxRenderer<WebEnv>(
  (
    { children, title, privatePage }: { children?: Child; title: string; privatePage?: boolean },
    c: Context<WebEnv>,
  ) => {
    const t = c.var.t;
    const tenant = c.var.tenant;
    const name = t.pick(tenant.nameZh, tenant.nameEn);
    const style = brandStyle(tenant);
    const logo = tenant.branding?.logoUrl?.startsWith('https://') ? tenant.branding.logoUrl : null;
    const other = t.locale === 'zh' ? 'en' : 'zh';
    const tagline = t.pick(tenant.branding?.tagline?.zh ?? t('site.tagline'), tenant.branding?.tagline?.en);
    return (
      <html lang={t.locale === 'zh' ? 'zh-CN' : 'en'}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${name}`}</title>
          {privatePage ? <meta name="robots" content="noindex" /> : null}
          <link rel="stylesheet" href={`/app.css?v=${ASSET_VERSION}`} />
          <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
          {style ? <style nonce={c.get('secureHeadersNonce')}>{style}</style> : null}
        </head>
        <body>
          <a class="skip" href="#main">
            {t('site.skip')}
          </a>
          <header class="site-header">
            <div class="wrap">
              <a class="brand" href="/">
                {logo ? <img src={logo} alt="" width="32" height="32" /> : null}
                <span>{name}</span>
              </a>
              <nav aria-label={t('nav.main')}>
                <ul>
                  {NAV.map((item) => (
                    <li>
                      <a
                        href={item.href}
                        aria-current={isCurrent(c.req.path, item.href) ? 'page' : undefined}
                      >
                        {t(item.key)}
                      </a>
                    </li>
                  ))}
                </ul>
              </nav>
              <div class="session">
                <a href={switchHref(c, other)} hreflang={other} lang={other === 'zh' ? 'zh-CN' : 'en'}>
                  {t('nav.switchTo')}
                </a>
                <Session c={c} t={t} />
              </div>
            </div>
          </header>
          <main id="main" tabindex={-1}>
            <div class="wrap">{children}</div>
          </main>
          <footer class="site-footer">
            <div class="wrap">
              <p>
                {name} · {tagline}
              </p>
              <p>
                {t('site.footer')} · <a href="/docs">{t('site.api')}</a>
              </p>
            </div>
          </footer>
        </body>
      </html>
    );
  },
  { docType: true },
);
