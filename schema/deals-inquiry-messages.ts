import { index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { tenantColumn } from './columns';

export const INQUIRY_SIDES = ['buyer', 'seller', 'broker', 'admin'] as const;
export type InquirySide = (typeof INQUIRY_SIDES)[number];

/** One message of an inquiry thread; append-only. */
export const inquiryMessages = pgTable(
  'inquiry_messages',
  {
    id: text('id').primaryKey(),
    ...tenantColumn,
    inquiryId: text('inquiry_id').notNull(),
    authorUserId: text('author_user_id').notNull(),
    side: text('side').$type<InquirySide>().notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_messages_thread_idx').on(t.inquiryId, t.id)],
);
