import { z } from '@hono/zod-openapi';
import { Invalid } from './errors';

// Cursor pagination on time-sortable ids: the cursor is the last id seen, so pages are stable
// while new rows arrive, and the order (newest first) is total.

export const paginationQuery = {
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(100)
    .default(20)
    .openapi({ example: 20, description: 'Page size (1–100).' }),
  cursor: z
    .string()
    .max(64)
    .regex(/^[a-z]+_[0-9A-Z]{26}$/, 'not a cursor from this API')
    .optional()
    .openapi({ description: 'The `nextCursor` of the previous page.' }),
};

export function pageOf<T extends { id: string }>(rows: T[], limit: number) {
  const items = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? (items.at(-1)?.id ?? null) : null;
  return { items, nextCursor };
}

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    nextCursor: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `cursor` for the next page; null at the end.' }),
  });
}

export function assertCursorKind(cursor: string | undefined, prefix: string) {
  if (cursor && !cursor.startsWith(prefix))
    throw new Invalid('The cursor does not belong to this list.', [
      { path: 'cursor', message: 'wrong list' },
    ]);
}
