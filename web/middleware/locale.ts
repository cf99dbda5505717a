import type { MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import { languageDetector } from 'hono/language';
import type { Locale } from '../../schema/enums';
import type { WebEnv } from '../env';
import { translator, WEB_LOCALES } from '../i18n/index';
import { isHttps } from './security';

export const LANG_COOKIE = 'lang';
const YEAR_S = 365 * 86_400;

function detectorFor(fallback: Locale) {
  return languageDetector({
    supportedLanguages: [...WEB_LOCALES],
    fallbackLanguage: fallback,
    order: ['querystring', 'cookie', 'header'],
    lookupQueryString: 'lang',
    lookupCookie: LANG_COOKIE,
    caches: false,
  });
}
const detectors = { zh: detectorFor('zh'), en: detectorFor('en') };

/**
 * The reader's language: their choice (?lang= or the lang cookie), else Accept-Language, else
 * the tenant's default. A ?lang= choice is remembered in the cookie. Runs after identify.
 */
export function locale(): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const detect = detectors[c.var.tenant?.defaultLocale ?? 'zh'];
    await detect(c, async () => {});
    const chosen = (c.get('language' as never) as Locale | undefined) ?? 'zh';
    c.set('locale', chosen);
    c.set('t', translator(chosen));
    const asked = c.req.query('lang');
    if (asked && (WEB_LOCALES as readonly string[]).includes(asked)) {
      setCookie(c, LANG_COOKIE, asked, {
        path: '/',
        sameSite: 'Lax',
        httpOnly: true,
        secure: isHttps(c),
        maxAge: YEAR_S,
      });
    }
    await next();
  };
}
