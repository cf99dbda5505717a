import { and, eq } from 'drizzle-orm';
import type { Locale, Role } from '../../../schema/enums';
import { newId } from '../../../schema/ids';
import { memberships, sessions, users } from '../../../schema/index';
import type { User } from '../../../schema/types';
import { randomToken, sha256Hex } from '../../lib/encoding';
import { Conflict, Unauthenticated } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import { hashPassword, verifyPassword } from '../../lib/password';
import type { ServiceContext } from '../../lib/service-context';

const DAY_MS = 86_400_000;
// Spent on unknown emails too, so a login's timing does not tell whether an account exists.
const DUMMY_HASH = 'pbkdf2-sha256$100000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export interface SignupInput {
  email: string;
  password: string;
  name: string;
  locale?: Locale;
  roles?: Role[];
}

export async function signup(ctx: ServiceContext, input: SignupInput, sessionTtlDays: number) {
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        id: newId('user'),
        email: input.email,
        name: input.name,
        passwordHash,
        locale: input.locale ?? ctx.tenant.defaultLocale,
      })
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!created)
      throw new Conflict('An account with this email already exists; sign in instead.', { field: 'email' });
    await tx.insert(memberships).values({
      id: newId('membership'),
      tenantId: ctx.tenant.id,
      userId: created.id,
      roles: input.roles ?? ['buyer'],
    });
    await recordChange(
      tx,
      { ...ctx, actor: { kind: 'anonymous' } },
      {
        action: 'user.signup',
        entityType: 'user',
        entityId: created.id,
        data: { roles: input.roles ?? ['buyer'] },
      },
    );
    return created;
  });
  return { user, ...(await startSession(ctx, user, sessionTtlDays)) };
}

export async function login(ctx: ServiceContext, email: string, password: string, sessionTtlDays: number) {
  const [user] = await ctx.db.select().from(users).where(eq(users.email, email));
  const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new Unauthenticated('The email or the password is wrong.');
  // Signing in on a storefront for the first time joins it as a buyer.
  await ctx.db
    .insert(memberships)
    .values({ id: newId('membership'), tenantId: ctx.tenant.id, userId: user.id, roles: ['buyer'] })
    .onConflictDoNothing();
  return { user, ...(await startSession(ctx, user, sessionTtlDays)) };
}

async function startSession(ctx: ServiceContext, user: User, ttlDays: number) {
  const token = `tms_${randomToken(32)}`;
  const expiresAt = new Date(ctx.clock.now().getTime() + ttlDays * DAY_MS);
  await ctx.db.insert(sessions).values({
    id: newId('session'),
    tokenHash: await sha256Hex(token),
    userId: user.id,
    tenantId: ctx.tenant.id,
    expiresAt,
  });
  return { token, expiresAt };
}

export async function logout(ctx: ServiceContext, sessionId: string) {
  await ctx.db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function membershipOf(ctx: ServiceContext, userId: string) {
  const [row] = await ctx.db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.tenantId, ctx.tenant.id)));
  return row ?? null;
}
