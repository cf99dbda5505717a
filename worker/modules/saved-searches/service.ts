import { and, count, desc, eq } from 'drizzle-orm';
import { newId } from '../../../schema/ids';
import { savedSearches } from '../../../schema/index';
import type { SavedSearchFilters } from '../../../schema/saved-searches';
import type { SavedSearch } from '../../../schema/types';
import { requireUser } from '../../lib/access';
import { Invalid, NotFound } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { cleanFilters } from './filters';

// A signed-in user's own saved searches in this storefront. Another user's search is "not
// found" (never "forbidden"), so ids reveal nothing.

export const MAX_SAVED_SEARCHES_PER_USER = 50;

export interface SavedSearchInput {
  name: string;
  filters: SavedSearchFilters;
  notify: boolean;
}

export async function listSavedSearches(ctx: ServiceContext): Promise<SavedSearch[]> {
  const user = requireUser(ctx.actor);
  return ctx.db
    .select()
    .from(savedSearches)
    .where(and(eq(savedSearches.tenantId, ctx.tenant.id), eq(savedSearches.userId, user.user.id)))
    .orderBy(desc(savedSearches.id))
    .limit(MAX_SAVED_SEARCHES_PER_USER);
}

export async function getSavedSearch(ctx: ServiceContext, id: string): Promise<SavedSearch> {
  const user = requireUser(ctx.actor);
  const [row] = await ctx.db
    .select()
    .from(savedSearches)
    .where(
      and(
        eq(savedSearches.id, id),
        eq(savedSearches.tenantId, ctx.tenant.id),
        eq(savedSearches.userId, user.user.id),
      ),
    );
  if (!row) throw new NotFound('Saved search', id);
  return row;
}

export async function createSavedSearch(ctx: ServiceContext, input: SavedSearchInput): Promise<SavedSearch> {
  const user = requireUser(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select({ n: count() })
      .from(savedSearches)
      .where(and(eq(savedSearches.tenantId, ctx.tenant.id), eq(savedSearches.userId, user.user.id)));
    if ((existing?.n ?? 0) >= MAX_SAVED_SEARCHES_PER_USER)
      throw new Invalid(
        `You can keep at most ${MAX_SAVED_SEARCHES_PER_USER} saved searches; delete one first.`,
        [
          {
            path: 'name',
            message: `at most ${MAX_SAVED_SEARCHES_PER_USER} saved searches`,
            code: 'too_many',
          },
        ],
      );
    const now = ctx.clock.now();
    const [row] = await tx
      .insert(savedSearches)
      .values({
        id: newId('savedSearch'),
        tenantId: ctx.tenant.id,
        userId: user.user.id,
        name: input.name,
        filters: cleanFilters(input.filters),
        notify: input.notify,
        // Only listings published from now on are news to this search.
        lastNotifiedAt: null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordChange(tx, ctx, {
      action: 'saved_search.create',
      entityType: 'saved_search',
      entityId: row.id,
    });
    return row;
  });
}

export async function updateSavedSearch(
  ctx: ServiceContext,
  id: string,
  patch: Partial<SavedSearchInput>,
): Promise<SavedSearch> {
  const current = await getSavedSearch(ctx, id);
  const [row] = await ctx.db
    .update(savedSearches)
    .set({
      name: patch.name,
      filters: patch.filters ? cleanFilters(patch.filters) : undefined,
      notify: patch.notify,
      updatedAt: ctx.clock.now(),
    })
    .where(and(eq(savedSearches.id, current.id), eq(savedSearches.userId, current.userId)))
    .returning();
  if (!row) throw new NotFound('Saved search', id);
  return row;
}

export async function deleteSavedSearch(ctx: ServiceContext, id: string): Promise<void> {
  const current = await getSavedSearch(ctx, id);
  await ctx.db.transaction(async (tx) => {
    await tx
      .delete(savedSearches)
      .where(and(eq(savedSearches.id, current.id), eq(savedSearches.userId, current.userId)));
    await recordChange(tx, ctx, { action: 'saved_search.delete', entityType: 'saved_search', entityId: id });
  });
}
