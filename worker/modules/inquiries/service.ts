import { and, asc, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import type { InquirySide } from '../../../schema/deals-inquiry-messages';
import { inquiries, inquiryMessages } from '../../../schema/index';
import type { Inquiry } from '../../../schema/types';
import { isTenantAdmin, requireUser } from '../../lib/access';
import { Forbidden, Invalid, NotFound, StateConflict, Unauthenticated } from '../../lib/errors';
import { notifyAfterCommit, recordChange } from '../../lib/journal';
import type { ServiceContext } from '../../lib/service-context';
import { dealFlowId } from '../deals/ids';
import { assertBroker } from '../deals/service';
import { getListing } from '../listings/service';
import { memberRole } from '../organizations/service';

// Inquiries (咨询): a buyer asks the seller about a listing; the thread is visible to the asker
// (and the asking organization), the seller organization, the assigned broker and the admins.

async function sideOf(ctx: ServiceContext, inq: Inquiry): Promise<InquirySide | null> {
  if (ctx.actor.kind !== 'user') return isTenantAdmin(ctx.actor) ? 'admin' : null;
  const userId = ctx.actor.user.id;
  if (inq.buyerUserId === userId || (inq.buyerOrgId && (await memberRole(ctx.db, inq.buyerOrgId, userId))))
    return 'buyer';
  if (await memberRole(ctx.db, inq.sellerOrgId, userId)) return 'seller';
  if (inq.brokerUserId === userId) return 'broker';
  return isTenantAdmin(ctx.actor) ? 'admin' : null;
}

export async function createInquiry(
  ctx: ServiceContext,
  listingId: string,
  input: { subject: string; message: string; buyerOrgId?: string },
) {
  const user = requireUser(ctx.actor);
  const { listing, access } = await getListing(ctx, listingId);
  if (access.isOwner)
    throw new Invalid('The owner does not inquire about its own listing.', [
      { path: 'listingId', message: 'your own listing' },
    ]);
  if (!['published', 'under_negotiation'].includes(listing.status))
    throw new StateConflict('listing', listing.status, 'inquire about', ['published', 'under_negotiation']);
  if (input.buyerOrgId && !(await memberRole(ctx.db, input.buyerOrgId, user.user.id))) {
    throw new Invalid('You are not a member of that organization.', [
      { path: 'buyerOrgId', message: 'not your organization' },
    ]);
  }
  const now = ctx.clock.now();
  const id = dealFlowId('inquiry');
  const { inquiry, eventId } = await ctx.db.transaction(async (tx) => {
    const [inquiry] = await tx
      .insert(inquiries)
      .values({
        id,
        tenantId: ctx.tenant.id,
        listingId,
        sellerOrgId: listing.ownerOrgId,
        buyerOrgId: input.buyerOrgId ?? null,
        buyerUserId: user.user.id,
        subject: input.subject,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await tx.insert(inquiryMessages).values({
      id: dealFlowId('message'),
      tenantId: ctx.tenant.id,
      inquiryId: id,
      authorUserId: user.user.id,
      side: 'buyer',
      body: input.message,
      createdAt: now,
    });
    const eventId = await recordChange(tx, ctx, {
      action: 'inquiry.create',
      entityType: 'inquiry',
      entityId: id,
      toState: 'open',
      topic: 'inquiry.created',
      payload: { id, listingId, sellerOrgId: listing.ownerOrgId },
    });
    return { inquiry: inquiry as Inquiry, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return inquiry;
}

export async function getInquiry(ctx: ServiceContext, id: string) {
  const [inq] = await ctx.db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.id, id), eq(inquiries.tenantId, ctx.tenant.id)));
  if (!inq) throw new NotFound('Inquiry', id);
  const side = await sideOf(ctx, inq);
  if (!side) throw new NotFound('Inquiry', id);
  const messages = await ctx.db
    .select()
    .from(inquiryMessages)
    .where(eq(inquiryMessages.inquiryId, id))
    .orderBy(asc(inquiryMessages.id));
  return { inquiry: inq, side, messages };
}

export async function postMessage(ctx: ServiceContext, id: string, body: string) {
  const user = requireUser(ctx.actor);
  const { inquiry, side } = await getInquiry(ctx, id);
  if (inquiry.status !== 'open') throw new StateConflict('inquiry', inquiry.status, 'reply to', ['open']);
  const now = ctx.clock.now();
  return ctx.db.transaction(async (tx) => {
    const [msg] = await tx
      .insert(inquiryMessages)
      .values({
        id: dealFlowId('message'),
        tenantId: ctx.tenant.id,
        inquiryId: id,
        authorUserId: user.user.id,
        side,
        body,
        createdAt: now,
      })
      .returning();
    await tx.update(inquiries).set({ updatedAt: now }).where(eq(inquiries.id, id));
    await recordChange(tx, ctx, {
      action: 'inquiry.message',
      entityType: 'inquiry',
      entityId: id,
      data: { side },
      topic: 'inquiry.message',
    });
    return msg;
  });
}

/** The listing's inquiries: all of them for the owner and admins, one's own for a buyer. */
export async function listInquiries(
  ctx: ServiceContext,
  listingId: string,
  q: { limit: number; cursor?: string },
) {
  const user = requireUser(ctx.actor);
  const { access } = await getListing(ctx, listingId);
  const where: SQL[] = [eq(inquiries.tenantId, ctx.tenant.id), eq(inquiries.listingId, listingId)];
  if (!access.isOwner && !access.isAdmin) {
    const mine = or(eq(inquiries.buyerUserId, user.user.id), eq(inquiries.brokerUserId, user.user.id));
    if (mine) where.push(mine);
  }
  if (q.cursor) where.push(lt(inquiries.id, q.cursor));
  return ctx.db
    .select()
    .from(inquiries)
    .where(and(...where))
    .orderBy(desc(inquiries.id))
    .limit(q.limit + 1);
}

/**
 * The seller organization's owners and admins, or a tenant admin, assign the technology broker
 * who then reads and answers the thread, and who a deal opened from it carries. Callers who
 * cannot see the inquiry get 404; the other participants 403. Guarded on the version read.
 */
export async function assignInquiryBroker(ctx: ServiceContext, id: string, brokerUserId: string) {
  if (ctx.actor.kind === 'anonymous') throw new Unauthenticated();
  const [inq] = await ctx.db
    .select()
    .from(inquiries)
    .where(and(eq(inquiries.id, id), eq(inquiries.tenantId, ctx.tenant.id)));
  if (!inq) throw new NotFound('Inquiry', id);
  const role =
    ctx.actor.kind === 'user' ? await memberRole(ctx.db, inq.sellerOrgId, ctx.actor.user.id) : null;
  if (!isTenantAdmin(ctx.actor) && role !== 'owner' && role !== 'admin') {
    if (!(await sideOf(ctx, inq))) throw new NotFound('Inquiry', id);
    throw new Forbidden('Only the seller organization’s admins or a tenant admin assign the broker.');
  }
  if (inq.status !== 'open') throw new StateConflict('inquiry', inq.status, 'assign a broker to', ['open']);
  await assertBroker(ctx, brokerUserId);
  if (inq.brokerUserId === brokerUserId) return inq;
  const now = ctx.clock.now();
  const { row, eventId } = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .update(inquiries)
      .set({ brokerUserId, version: inq.version + 1, updatedAt: now })
      .where(and(eq(inquiries.id, id), eq(inquiries.version, inq.version), eq(inquiries.status, 'open')))
      .returning();
    if (!row) throw new StateConflict('inquiry', 'changed meanwhile', 'assign a broker to', ['open']);
    const eventId = await recordChange(tx, ctx, {
      action: 'inquiry.broker',
      entityType: 'inquiry',
      entityId: id,
      data: { from: inq.brokerUserId, to: brokerUserId },
      topic: 'inquiry.broker_assigned',
      payload: { id, listingId: inq.listingId, brokerUserId },
    });
    return { row: row as Inquiry, eventId };
  });
  await notifyAfterCommit(ctx, [eventId]);
  return row;
}
