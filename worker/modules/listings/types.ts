import type { z } from '@hono/zod-openapi';
import type { CreateListingBody, ListListingsQuery, UpdateListingBody } from './schemas';

export type CreateListingInput = z.infer<typeof CreateListingBody>;
export type UpdateListingInput = z.infer<typeof UpdateListingBody>;
export type ListListingsInput = Omit<z.infer<typeof ListListingsQuery>, 'selected' | 'featured' | 'mine'> & {
  selected?: boolean;
  featured?: boolean;
  mine?: boolean;
};
