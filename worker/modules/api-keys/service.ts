import { and, desc, eq, isNull } from 'drizzle-orm';
import type { ApiKeyKind } from '../../../schema/enums';
import { newId } from '../../../schema/ids';
import { apiKeys } from '../../../schema/index';
import { requireTenantAdmin, requireUser } from '../../lib/access';
import { randomToken, sha256Hex } from '../../lib/encoding';
import { NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { PUBLISHABLE_KEY_PREFIX, SECRET_KEY_PREFIX } from '../auth/credentials';

/** Only the hash is stored; the key is returned once, at creation. */
export async function createApiKey(
  ctx: ServiceContext,
  input: { name: string; kind: ApiKeyKind; scopes: string[] },
) {
  requireTenantAdmin(ctx.actor);
  const user = requireUser(ctx.actor);
  const secret = `${input.kind === 'secret' ? SECRET_KEY_PREFIX : PUBLISHABLE_KEY_PREFIX}${randomToken(24)}`;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiKeys)
      .values({
        id: newId('apiKey'),
        tenantId: ctx.tenant.id,
        kind: input.kind,
        name: input.name,
        prefix: secret.slice(0, 10),
        keyHash: await sha256Hex(secret),
        // Publishable keys live in browsers: they never carry more than public reads.
        scopes: input.kind === 'publishable' ? [] : input.scopes,
        createdBy: user.user.id,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, ctx, {
      action: 'api_key.create',
      entityType: 'api_key',
      entityId: row.id,
      data: { kind: row.kind },
    });
    return { key: row, secret };
  });
}

export async function listApiKeys(ctx: ServiceContext) {
  requireTenantAdmin(ctx.actor);
  return ctx.db.select().from(apiKeys).where(eq(apiKeys.tenantId, ctx.tenant.id)).orderBy(desc(apiKeys.id));
}

export async function revokeApiKey(ctx: ServiceContext, id: string) {
  requireTenantAdmin(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiKeys)
      .set({ revokedAt: ctx.clock.now() })
      .where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, ctx.tenant.id), isNull(apiKeys.revokedAt)))
      .returning();
    if (!row) throw new NotFound('Active API key', id);
    await recordChange(tx, ctx, { action: 'api_key.revoke', entityType: 'api_key', entityId: id });
    return row;
  });
}
