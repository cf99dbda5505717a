import { createRoute, z } from '@hono/zod-openapi';
import { INQUIRY_SIDES } from '../../../schema/deals-inquiry-messages';
import type { Inquiry, InquiryMessage } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { pageOf, pageSchema, paginationQuery } from '../../lib/pagination';
import { serviceContext } from '../../lib/service-context';
import { assignInquiryBroker, createInquiry, getInquiry, listInquiries, postMessage } from './service';

export const inquiryRoutes = createRouter();
const tags = ['inquiries'];

const idParam = (name: string, prefix: string) =>
  z
    .string()
    .regex(new RegExp(`^${prefix}_[0-9A-Z]{26}$`), `not a ${name} id`)
    .openapi({ param: { name: 'id', in: 'path' }, example: `${prefix}_01JDQ4Z5V3K8T9M2N6P7R8S9TA` });
const ListingParam = z.object({ id: idParam('listing', 'lst') });
const InquiryParam = z.object({ id: idParam('inquiry', 'inq') });

const CreateInquiryBody = z
  .strictObject({
    subject: z.string().trim().min(2).max(200).openapi({ example: '能否提供中试数据？' }),
    message: z
      .string()
      .trim()
      .min(1)
      .max(8000)
      .openapi({ example: '我们希望了解该工艺在 1 平方米组件上的稳定性数据。' }),
    buyerOrgId: z.string().max(64).optional().openapi({ description: 'The organization you ask for.' }),
  })
  .openapi('CreateInquiry');
const MessageBody = z
  .strictObject({ body: z.string().trim().min(1).max(8000) })
  .openapi('InquiryMessageInput');

const MessageSchema = z
  .object({
    id: z.string(),
    authorUserId: z.string(),
    side: z.enum(INQUIRY_SIDES),
    body: z.string(),
    createdAt: z.string(),
  })
  .openapi('InquiryMessage');
const InquirySchema = z
  .object({
    id: z.string(),
    listingId: z.string(),
    sellerOrgId: z.string(),
    buyerOrgId: z.string().nullable(),
    buyerUserId: z.string(),
    brokerUserId: z.string().nullable(),
    subject: z.string(),
    status: z.enum(['open', 'closed']),
    createdAt: z.string(),
    updatedAt: z.string(),
    messages: z.array(MessageSchema).optional(),
  })
  .openapi('Inquiry');

const messageView = (m: InquiryMessage) => ({
  id: m.id,
  authorUserId: m.authorUserId,
  side: m.side,
  body: m.body,
  createdAt: m.createdAt.toISOString(),
});
const inquiryView = (i: Inquiry, messages?: InquiryMessage[]) => ({
  id: i.id,
  listingId: i.listingId,
  sellerOrgId: i.sellerOrgId,
  buyerOrgId: i.buyerOrgId,
  buyerUserId: i.buyerUserId,
  brokerUserId: i.brokerUserId,
  subject: i.subject,
  status: i.status,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
  ...(messages ? { messages: messages.map(messageView) } : {}),
});

inquiryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/listings/{id}/inquiries',
    tags,
    summary: 'Ask the seller about a listing (opens a thread)',
    request: { params: ListingParam, ...jsonBody(CreateInquiryBody) },
    responses: { 201: jsonResponse(InquirySchema, 'The inquiry with its first message'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const inquiry = await createInquiry(ctx, c.req.valid('param').id, c.req.valid('json'));
    const { messages } = await getInquiry(ctx, inquiry.id);
    return c.json(inquiryView(inquiry, messages), 201);
  },
);

inquiryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/listings/{id}/inquiries',
    tags,
    summary: 'Inquiries on a listing (owner and admins: all; others: their own)',
    request: { params: ListingParam, query: z.object(paginationQuery) },
    responses: { 200: jsonResponse(pageSchema(InquirySchema), 'A page of inquiries'), ...errorResponses },
  }),
  async (c) => {
    const q = c.req.valid('query');
    const page = pageOf(await listInquiries(serviceContext(c), c.req.valid('param').id, q), q.limit);
    return c.json({ items: page.items.map((i) => inquiryView(i)), nextCursor: page.nextCursor }, 200);
  },
);

inquiryRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/inquiries/{id}',
    tags,
    summary: 'The inquiry thread',
    request: { params: InquiryParam },
    responses: { 200: jsonResponse(InquirySchema, 'The thread'), ...errorResponses },
  }),
  async (c) => {
    const { inquiry, messages } = await getInquiry(serviceContext(c), c.req.valid('param').id);
    return c.json(inquiryView(inquiry, messages), 200);
  },
);

inquiryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/inquiries/{id}/messages',
    tags,
    summary: 'Reply in the thread (buyer, seller, broker or admin)',
    request: { params: InquiryParam, ...jsonBody(MessageBody) },
    responses: { 201: jsonResponse(MessageSchema, 'The message'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      messageView(
        (await postMessage(
          serviceContext(c),
          c.req.valid('param').id,
          c.req.valid('json').body,
        )) as InquiryMessage,
      ),
      201,
    ),
);

const BrokerBody = z
  .strictObject({
    brokerUserId: z
      .string()
      .regex(/^usr_[0-9A-Z]{26}$/, 'not a user id')
      .openapi({
        description: 'A user holding the broker role in this tenant.',
        example: 'usr_01JDQ4Z5V3K8T9M2N6P7R8S9TA',
      }),
  })
  .openapi('AssignInquiryBroker');

inquiryRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/inquiries/{id}/broker',
    tags,
    summary:
      'Assign the technology broker to an inquiry (tenant admin or the seller organization’s admins); the broker then reads and answers the thread, and a deal opened from it carries the broker',
    request: { params: InquiryParam, ...jsonBody(BrokerBody) },
    responses: { 200: jsonResponse(InquirySchema, 'The inquiry with its thread'), ...errorResponses },
  }),
  async (c) => {
    const ctx = serviceContext(c);
    const { id } = c.req.valid('param');
    await assignInquiryBroker(ctx, id, c.req.valid('json').brokerUserId);
    const { inquiry, messages } = await getInquiry(ctx, id);
    return c.json(inquiryView(inquiry, messages), 200);
  },
);
