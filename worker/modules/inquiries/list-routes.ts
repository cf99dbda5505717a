import { createRoute, z } from '@hono/zod-openapi';
import { and, count, desc, eq, inArray, lt, or, type SQL, sql } from 'drizzle-orm';
import { INQUIRY_SIDES } from '../../../schema/deals-inquiry-messages';
import { inquiries, inquiryMessages, organizationMembers } from '../../../schema/index';
import type { Inquiry, InquiryMessage } from '../../../schema/types';
import { isTenantAdmin, requireUser } from '../../lib/access';
import { createRouter, errorResponses, jsonResponse } from '../../lib/openapi';
import { assertCursorKind, pageOf, pageSchema, paginationQuery } from '../../lib/pagination';
import type { ServiceContext } from '../../lib/service-context';
import { serviceContext } from '../../lib/service-context';

// GET /v1/inquiries: the caller's inquiry inbox across listings — asked as a buyer, received by
// one of the caller's organizations as the seller, assigned as the broker, or (tenant admins)
// all of the tenant's — with each thread's last message, so a seller sees who awaits a reply.
// The verb is exported for the inbox page (web/routes/deals/inbox.tsx), which shows the same list.

export const INBOX_ROLES = ['buyer', 'seller', 'broker', 'all'] as const;
export type InboxRole = (typeof INBOX_ROLES)[number];

export const InboxQuery = z.object({
  ...paginationQuery,
  role: z.enum(INBOX_ROLES).optional().openapi({
    description:
      'Only inquiries you asked (buyer), your organizations received (seller) or are assigned (broker); `all` (tenant admins): every inquiry of the tenant. Default: every inquiry you take part in (tenant admins: all).',
    example: 'seller',
  }),
  status: z.enum(['open', 'closed']).optional().openapi({ example: 'open' }),
  listingId: z
    .string()
    .regex(/^lst_[0-9A-Z]{26}$/, 'not a listing id')
    .optional()
    .openapi({ example: 'lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
  awaitingReply: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({
      description: 'true: only threads whose last message is the buyer’s (the seller side owes a reply).',
    }),
});
export type InboxFilter = z.infer<typeof InboxQuery>;

export interface InboxItem {
  inquiry: Inquiry;
  lastMessage: InquiryMessage | null;
  messageCount: number;
  /** The last word is the buyer's: the seller side (or its broker) owes a reply. */
  awaitingReply: boolean;
}

/** The side of a thread's newest message (a thread always has its first message). */
const lastSide = sql<string>`(select ${inquiryMessages.side} from ${inquiryMessages} where ${inquiryMessages.inquiryId} = ${inquiries.id} order by ${inquiryMessages.id} desc limit 1)`;

function scopeOf(ctx: ServiceContext, role: InboxRole | undefined): SQL | undefined {
  const user = requireUser(ctx.actor);
  const me = user.user.id;
  const admin = isTenantAdmin(ctx.actor);
  const myOrgs = ctx.db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(eq(organizationMembers.userId, me));
  const asBuyer = or(eq(inquiries.buyerUserId, me), inArray(inquiries.buyerOrgId, myOrgs));
  const asSeller = inArray(inquiries.sellerOrgId, myOrgs);
  const asBroker = eq(inquiries.brokerUserId, me);
  if (role === 'buyer') return asBuyer;
  if (role === 'seller') return asSeller;
  if (role === 'broker') return asBroker;
  if (admin) return undefined; // 'all', or no role: the whole tenant
  return or(asBuyer, asSeller, asBroker);
}

/** One page of the caller's inquiries, newest first (one more row than `limit` means more). */
export async function listInquiryInbox(ctx: ServiceContext, q: InboxFilter): Promise<InboxItem[]> {
  assertCursorKind(q.cursor, 'inq_');
  const where: (SQL | undefined)[] = [eq(inquiries.tenantId, ctx.tenant.id), scopeOf(ctx, q.role)];
  if (q.status) where.push(eq(inquiries.status, q.status));
  if (q.listingId) where.push(eq(inquiries.listingId, q.listingId));
  if (q.cursor) where.push(lt(inquiries.id, q.cursor));
  if (q.awaitingReply !== undefined) {
    const awaiting = and(eq(inquiries.status, 'open'), eq(lastSide, 'buyer'));
    where.push(q.awaitingReply ? awaiting : sql`not (${awaiting})`);
  }
  const rows = await ctx.db
    .select()
    .from(inquiries)
    .where(and(...where))
    .orderBy(desc(inquiries.id))
    .limit(q.limit + 1);
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [last, counts] = await Promise.all([
    ctx.db
      .selectDistinctOn([inquiryMessages.inquiryId])
      .from(inquiryMessages)
      .where(inArray(inquiryMessages.inquiryId, ids))
      .orderBy(inquiryMessages.inquiryId, desc(inquiryMessages.id)),
    ctx.db
      .select({ id: inquiryMessages.inquiryId, n: count() })
      .from(inquiryMessages)
      .where(inArray(inquiryMessages.inquiryId, ids))
      .groupBy(inquiryMessages.inquiryId),
  ]);
  const lastOf = new Map(last.map((m) => [m.inquiryId, m]));
  const countOf = new Map(counts.map((c) => [c.id, Number(c.n)]));
  return rows.map((inquiry) => {
    const lastMessage = lastOf.get(inquiry.id) ?? null;
    return {
      inquiry,
      lastMessage,
      messageCount: countOf.get(inquiry.id) ?? 0,
      awaitingReply: inquiry.status === 'open' && lastMessage?.side === 'buyer',
    };
  });
}

const InboxItemSchema = z
  .object({
    id: z.string().openapi({ example: 'inq_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }),
    listingId: z.string(),
    sellerOrgId: z.string(),
    buyerOrgId: z.string().nullable(),
    buyerUserId: z.string(),
    brokerUserId: z.string().nullable(),
    subject: z.string().openapi({ example: '能否提供中试数据？' }),
    status: z.enum(['open', 'closed']),
    createdAt: z.string(),
    updatedAt: z.string(),
    messageCount: z.number().int().openapi({ example: 3 }),
    awaitingReply: z
      .boolean()
      .openapi({ description: 'Open, and the last message is the buyer’s: the seller side owes a reply.' }),
    lastMessage: z
      .object({
        id: z.string(),
        authorUserId: z.string(),
        side: z.enum(INQUIRY_SIDES),
        body: z.string(),
        createdAt: z.string(),
      })
      .nullable(),
  })
  .openapi('InquiryInboxItem');

function inboxView(i: InboxItem): z.infer<typeof InboxItemSchema> {
  const { inquiry: q, lastMessage: m } = i;
  return {
    id: q.id,
    listingId: q.listingId,
    sellerOrgId: q.sellerOrgId,
    buyerOrgId: q.buyerOrgId,
    buyerUserId: q.buyerUserId,
    brokerUserId: q.brokerUserId,
    subject: q.subject,
    status: q.status,
    createdAt: q.createdAt.toISOString(),
    updatedAt: q.updatedAt.toISOString(),
    messageCount: i.messageCount,
    awaitingReply: i.awaitingReply,
    lastMessage: m
      ? {
          id: m.id,
          authorUserId: m.authorUserId,
          side: m.side,
          body: m.body,
          createdAt: m.createdAt.toISOString(),
        }
      : null,
  };
}

export const inquiryListRoutes = createRouter();

inquiryListRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/inquiries',
    tags: ['inquiries'],
    summary:
      'Your inquiries across listings (asked as buyer, received by your organizations as seller, assigned as broker; tenant admins: all), newest first, with the last message',
    request: { query: InboxQuery },
    responses: {
      200: jsonResponse(pageSchema(InboxItemSchema), 'A page of inquiries'),
      ...errorResponses,
    },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const rows = await listInquiryInbox(serviceContext(c), q);
    const page = pageOf(
      rows.map((r) => ({ ...r, id: r.inquiry.id })),
      q.limit,
    );
    return c.json({ items: page.items.map(inboxView), nextCursor: page.nextCursor }, 200);
  },
);
