import type { Context } from 'hono';
import type { AppEnv } from '../../worker/env';
import { isTenantAdmin, type UserActor } from '../../worker/lib/access';
import { Forbidden } from '../../worker/lib/errors';
import { type ServiceContext, serviceContext } from '../../worker/lib/service-context';
import type { WebContext } from '../env';
import type { MessageKey, Translator } from '../i18n/index';

/** The same ServiceContext the API handlers build. */
export const ctxOf = (c: WebContext): ServiceContext => serviceContext(c as unknown as Context<AppEnv>);

/** The signed-in user, or a redirect to the sign-in page that comes back here. */
export function signedIn(c: WebContext): UserActor | Response {
  const actor = c.var.actor;
  if (actor.kind === 'user') return actor;
  const back = c.req.method === 'GET' ? c.req.path + (new URL(c.req.url).search || '') : c.req.path;
  return c.redirect(`/signin?next=${encodeURIComponent(back)}`, 303);
}

/** A tenant admin of this storefront (or a platform admin); anyone else signed in gets the 403 page. */
export function tenantAdmin(c: WebContext): UserActor | Response {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  if (!isTenantAdmin(user)) throw new Forbidden('This page needs a tenant admin.');
  return user;
}

/** The platform admin only. */
export function platformAdmin(c: WebContext): UserActor | Response {
  const user = signedIn(c);
  if (user instanceof Response) return user;
  if (!user.isPlatformAdmin) throw new Forbidden('This page needs the platform admin.');
  return user;
}

/** Only same-site paths may be a post-sign-in destination (no open redirect). */
export function safeNext(next: string | undefined): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard';
}

export const enumOptions = (t: Translator, prefix: string, values: readonly string[]) =>
  values.map((value) => ({ value, label: t(`${prefix}.${value}` as MessageKey) }));
