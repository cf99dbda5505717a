import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Role } from '../../../schema/enums';
import { apiKeys, memberships, sessions, users } from '../../../schema/index';
import type { ApiKey, Session, User } from '../../../schema/types';
import type { Database } from '../../db';
import { sha256Hex } from '../../lib/encoding';

export const SESSION_COOKIE = 'tm_session';
export const SECRET_KEY_PREFIX = 'tm_sk_';
export const PUBLISHABLE_KEY_PREFIX = 'tm_pk_';

export type Credential =
  | { kind: 'session'; session: Session; user: User }
  | { kind: 'key'; key: ApiKey }
  | { kind: 'invalid' }
  | null;

/** Looks a presented token up by its hash; the token itself is never stored. */
export async function findCredential(
  db: Database,
  token: string | undefined,
  now: Date,
): Promise<Credential> {
  if (!token) return null;
  const hash = await sha256Hex(token);
  if (token.startsWith(SECRET_KEY_PREFIX) || token.startsWith(PUBLISHABLE_KEY_PREFIX)) {
    const [key] = await db
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.keyHash, hash), isNull(apiKeys.revokedAt)));
    return key ? { kind: 'key', key } : { kind: 'invalid' };
  }
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hash), gt(sessions.expiresAt, now)));
  return row ? { kind: 'session', ...row } : { kind: 'invalid' };
}

export async function rolesIn(db: Database, userId: string, tenantId: string): Promise<Role[]> {
  const [row] = await db
    .select({ roles: memberships.roles })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, tenantId)));
  return row?.roles ?? [];
}
