import { and, desc, eq, lt } from 'drizzle-orm';
import { confidentialViews, ndaAcceptances, ndaTexts, organizations, users } from '../../../schema/index';
import type { Listing, NdaText } from '../../../schema/types';
import { requireUser } from '../../lib/access';
import { sha256Hex } from '../../lib/encoding';
import { Forbidden, Invalid, NotFound, StateConflict } from '../../lib/errors';
import { recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { dealFlowId } from '../deals/ids';
import { getListing } from '../listings/service';
import { memberRole } from '../organizations/service';
import { defaultNdaText } from './template';

// NDA-gated disclosure: the confidential section of a listing is shown to the owner and the
// admins, and to anyone who accepted the listing's current NDA version; every view is logged.

const ndaHash = (zh: string, en: string) => sha256Hex(JSON.stringify({ zh, en }));

/** The current NDA version; the default text becomes version 1 the first time it is needed. */
export async function currentNda(ctx: ServiceContext, listing: Listing): Promise<NdaText> {
  const [latest] = await ctx.db
    .select()
    .from(ndaTexts)
    .where(eq(ndaTexts.listingId, listing.id))
    .orderBy(desc(ndaTexts.version))
    .limit(1);
  if (latest) return latest;
  const text = defaultNdaText(listing);
  await ctx.db
    .insert(ndaTexts)
    .values({
      id: dealFlowId('nda'),
      tenantId: listing.tenantId,
      listingId: listing.id,
      version: 1,
      textZh: text.zh,
      textEn: text.en,
      contentHash: await ndaHash(text.zh, text.en),
      createdAt: ctx.clock.now(),
    })
    .onConflictDoNothing();
  const [first] = await ctx.db
    .select()
    .from(ndaTexts)
    .where(and(eq(ndaTexts.listingId, listing.id), eq(ndaTexts.version, 1)));
  if (!first) throw new Error('NDA text vanished');
  return first;
}

export async function ndaOf(ctx: ServiceContext, listingId: string) {
  const { listing } = await getListing(ctx, listingId);
  const nda = await currentNda(ctx, listing);
  const accepted = ctx.actor.kind === 'user' ? await acceptanceOf(ctx, nda.id, ctx.actor.user.id) : null;
  return { nda, accepted };
}

async function acceptanceOf(ctx: ServiceContext, ndaTextId: string, userId: string) {
  const [row] = await ctx.db
    .select()
    .from(ndaAcceptances)
    .where(and(eq(ndaAcceptances.ndaTextId, ndaTextId), eq(ndaAcceptances.userId, userId)));
  return row ?? null;
}

/** The owner publishes a new NDA text; earlier acceptances no longer open the confidential section. */
export async function publishNda(
  ctx: ServiceContext,
  listingId: string,
  text: { textZh: string; textEn: string },
) {
  const user = requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, listingId);
  if (!access.isOwner && !access.isAdmin)
    throw new Forbidden('Only the owner organization or an admin sets the NDA.');
  const latest = await currentNda(ctx, listing);
  const hash = await ndaHash(text.textZh, text.textEn);
  if (hash === latest.contentHash) return latest;
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ndaTexts)
      .values({
        id: dealFlowId('nda'),
        tenantId: listing.tenantId,
        listingId,
        version: latest.version + 1,
        textZh: text.textZh,
        textEn: text.textEn,
        contentHash: hash,
        createdBy: user.user.id,
        createdAt: ctx.clock.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new StateConflict('NDA', 'changed meanwhile', 'publish a new version of');
    await recordChange(tx, ctx, {
      action: 'listing.nda.publish',
      entityType: 'listing',
      entityId: listingId,
      data: { version: row.version, contentHash: hash },
    });
    return row;
  });
}

/** The buyer accepts the NDA version it read (named by version and content hash). */
export async function acceptNda(
  ctx: ServiceContext,
  listingId: string,
  input: { version: number; contentHash: string; orgId?: string },
) {
  const user = requireUser(ctx.actor);
  const { listing } = await getListing(ctx, listingId);
  const nda = await currentNda(ctx, listing);
  if (input.version !== nda.version || input.contentHash !== nda.contentHash) {
    throw new StateConflict(
      'NDA',
      `at version ${nda.version} with another content hash`,
      'accept this text of',
    );
  }
  if (input.orgId && !(await memberRole(ctx.db, input.orgId, user.user.id))) {
    throw new Invalid('You are not a member of that organization.', [
      { path: 'orgId', message: 'not your organization' },
    ]);
  }
  const existing = await acceptanceOf(ctx, nda.id, user.user.id);
  if (existing) return { acceptance: existing, created: false };
  const acceptance = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ndaAcceptances)
      .values({
        id: dealFlowId('ndaAcceptance'),
        tenantId: listing.tenantId,
        listingId,
        ndaTextId: nda.id,
        ndaVersion: nda.version,
        contentHash: nda.contentHash,
        userId: user.user.id,
        orgId: input.orgId ?? null,
        acceptedAt: ctx.clock.now(),
      })
      .onConflictDoNothing()
      .returning();
    if (row)
      await recordChange(tx, ctx, {
        action: 'listing.nda.accept',
        entityType: 'listing',
        entityId: listingId,
        data: { version: nda.version, contentHash: nda.contentHash, orgId: input.orgId ?? null },
        topic: 'listing.nda_accepted',
      });
    return row;
  });
  return {
    acceptance: acceptance ?? (await acceptanceOf(ctx, nda.id, user.user.id)),
    created: Boolean(acceptance),
  };
}

/** The confidential section, after the current NDA (owner and admins always); every view is logged. */
export async function viewConfidential(ctx: ServiceContext, listingId: string) {
  const user = requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, listingId);
  let acceptanceId: string | null = null;
  let orgId: string | null = null;
  if (!access.isOwner && !access.isAdmin) {
    const nda = await currentNda(ctx, listing);
    const acceptance = await acceptanceOf(ctx, nda.id, user.user.id);
    if (!acceptance)
      throw new Forbidden(
        `Accept the NDA (version ${nda.version}) of this listing first: POST /v1/listings/${listingId}/nda.`,
      );
    acceptanceId = acceptance.id;
    orgId = acceptance.orgId;
  }
  const [view] = await ctx.db
    .insert(confidentialViews)
    .values({
      id: dealFlowId('view'),
      tenantId: listing.tenantId,
      listingId,
      userId: user.user.id,
      orgId,
      ndaAcceptanceId: acceptanceId,
      requestId: ctx.requestId,
      viewedAt: ctx.clock.now(),
    })
    .returning();
  return { listing, viewId: view?.id ?? null };
}

/** Who viewed the confidential section (owner organization and admins). */
export async function confidentialViewLog(
  ctx: ServiceContext,
  listingId: string,
  q: { limit: number; cursor?: string },
) {
  const { listing, access } = await getListing(ctx, listingId);
  if (!access.isOwner && !access.isAdmin) throw new NotFound('Listing', listingId);
  const where = [
    eq(confidentialViews.listingId, listing.id),
    eq(confidentialViews.tenantId, listing.tenantId),
  ];
  if (q.cursor) where.push(lt(confidentialViews.id, q.cursor));
  return ctx.db
    .select({
      id: confidentialViews.id,
      userId: confidentialViews.userId,
      userName: users.name,
      userEmail: users.email,
      orgId: confidentialViews.orgId,
      orgName: organizations.nameZh,
      ndaAcceptanceId: confidentialViews.ndaAcceptanceId,
      viewedAt: confidentialViews.viewedAt,
    })
    .from(confidentialViews)
    .innerJoin(users, eq(users.id, confidentialViews.userId))
    .leftJoin(organizations, eq(organizations.id, confidentialViews.orgId))
    .where(and(...where))
    .orderBy(desc(confidentialViews.id))
    .limit(q.limit + 1);
}
