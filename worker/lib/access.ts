import type { Role } from '../../schema/enums';
import type { User } from '../../schema/types';
import type { Actor } from '../env';
import { Forbidden, Unauthenticated } from './errors';

export type UserActor = Extract<Actor, { kind: 'user' }>;

export function requireUser(actor: Actor): UserActor {
  if (actor.kind === 'user') return actor;
  if (actor.kind === 'key') throw new Forbidden('This action needs a signed-in user, not an API key.');
  throw new Unauthenticated();
}

export function isTenantAdmin(actor: Actor): boolean {
  if (actor.kind === 'user') return actor.isPlatformAdmin || actor.roles.includes('tenant_admin');
  return actor.kind === 'key' && actor.keyKind === 'secret' && actor.scopes.includes('admin');
}

export function hasRole(actor: Actor, role: Role): boolean {
  return actor.kind === 'user' && (actor.roles.includes(role) || actor.isPlatformAdmin);
}

export function requireRole(actor: Actor, ...roles: Role[]): UserActor {
  const user = requireUser(actor);
  if (user.isPlatformAdmin || roles.some((r) => user.roles.includes(r))) return user;
  throw new Forbidden(`This action needs the role ${roles.join(' or ')} in this tenant.`);
}

export function requireTenantAdmin(actor: Actor, message = 'This action needs a tenant admin.'): void {
  if (actor.kind === 'anonymous') throw new Unauthenticated();
  if (!isTenantAdmin(actor)) throw new Forbidden(message);
}

export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.user.id : null;
}

export function publicUser(user: User) {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    createdAt: user.createdAt.toISOString(),
  };
}
