import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Tenant } from '../../schema/types';
import type { AppEnv } from '../env';
import { DomainError, Forbidden, Unauthenticated } from '../lib/errors';
import { type Credential, findCredential, rolesIn, SESSION_COOKIE } from '../modules/auth/credentials';
import { HUB_SLUG, tenantByHost, tenantById, tenantBySlug } from '../modules/tenants/service';

/**
 * Decides who is calling and for which tenant. The tenant comes from the request host, else
 * the X-Tenant header, else the credential's own tenant, else the hub. A session carries the
 * user's roles in that tenant only; an API key works only in its own tenant.
 */
export function identify(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const db = c.get('db');
    const now = c.get('deps').clock.now();
    const credential = await findCredential(
      db,
      bearerToken(c.req.header('authorization')) ?? getCookie(c, SESSION_COOKIE),
      now,
    );
    if (credential?.kind === 'invalid')
      throw new Unauthenticated('The session has expired or the key is not valid.');

    const tenant = await resolveTenant(db, c.req.header('host'), c.req.header('x-tenant'), credential);
    c.set('tenant', tenant);

    if (credential?.kind === 'key') {
      const { key } = credential;
      if (key.tenantId !== tenant.id) throw new Unauthenticated('This API key belongs to another tenant.');
      if (key.kind === 'publishable' && c.req.method !== 'GET') {
        throw new Forbidden('A publishable key may only read public data; use a secret key on your server.');
      }
      c.set('actor', {
        kind: 'key',
        keyId: key.id,
        keyKind: key.kind,
        scopes: key.scopes,
        tenantId: key.tenantId,
      });
    } else if (credential?.kind === 'session') {
      const roles = await rolesIn(db, credential.user.id, tenant.id);
      c.set('actor', {
        kind: 'user',
        user: credential.user,
        roles,
        isPlatformAdmin: credential.user.isPlatformAdmin,
        sessionId: credential.session.id,
      });
      if (!c.req.header('accept-language')) c.set('locale', credential.user.locale);
    }
    await next();
  };
}

function bearerToken(header: string | undefined): string | undefined {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1];
}

async function resolveTenant(
  db: AppEnv['Variables']['db'],
  host: string | undefined,
  slug: string | undefined,
  credential: Credential,
): Promise<Tenant> {
  const byHost = host ? await tenantByHost(db, host) : null;
  if (byHost) return byHost;
  if (slug) {
    const bySlug = await tenantBySlug(db, slug.trim().toLowerCase());
    if (!bySlug) throw new DomainError('tenant-not-found', `No tenant has the slug "${slug}".`);
    return bySlug;
  }
  const credentialTenant =
    credential?.kind === 'key'
      ? credential.key.tenantId
      : credential?.kind === 'session'
        ? credential.session.tenantId
        : null;
  const byCredential = credentialTenant ? await tenantById(db, credentialTenant) : null;
  if (byCredential) return byCredential;
  const hub = await tenantBySlug(db, HUB_SLUG);
  if (!hub)
    throw new DomainError(
      'unavailable',
      'The hub tenant does not exist yet; run the migrations and start once.',
    );
  return hub;
}
