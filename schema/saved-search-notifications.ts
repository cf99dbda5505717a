import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { savedSearches } from './saved-searches';

/** Which listings a saved search has already mailed about: at most one mail per pair. */
export const savedSearchNotifications = pgTable(
  'saved_search_notifications',
  {
    savedSearchId: text('saved_search_id')
      .notNull()
      .references(() => savedSearches.id, { onDelete: 'cascade' }),
    listingId: text('listing_id').notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.savedSearchId, t.listingId] })],
);
