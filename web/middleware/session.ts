import type { MiddlewareHandler } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { DomainError } from '../../worker/lib/errors';
import { identify } from '../../worker/middleware/identify';
import { SESSION_COOKIE } from '../../worker/modules/auth/credentials';
import type { WebContext, WebEnv } from '../env';
import { isHttps } from './security';

/**
 * The API's identify middleware, made friendly for pages: a stale session cookie is dropped
 * and the page reloads signed out, instead of a 401 problem document.
 */
export function webIdentify(): MiddlewareHandler<WebEnv> {
  const inner = identify() as unknown as MiddlewareHandler<WebEnv>;
  return async (c, next) => {
    let reachedPage = false;
    try {
      await inner(c, async () => {
        reachedPage = true;
        await next();
      });
    } catch (error) {
      if (reachedPage || !(error instanceof DomainError) || error.code !== 'unauthenticated') throw error;
      deleteCookie(c, SESSION_COOKIE, { path: '/' });
      return c.redirect(c.req.method === 'GET' ? c.req.url : '/signin', 303);
    }
  };
}

export function startSessionCookie(c: WebContext, token: string, expiresAt: Date) {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    expires: expiresAt,
  });
}

export function endSessionCookie(c: WebContext) {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) });
}
