import { createRoute, z } from '@hono/zod-openapi';
import type { SavedSearch } from '../../../schema/types';
import { createRouter, errorResponses, jsonBody, jsonResponse } from '../../lib/openapi';
import { serviceContext } from '../../lib/service-context';
import { browseUrl, SavedSearchFiltersSchema } from './filters';
import {
  createSavedSearch,
  deleteSavedSearch,
  listSavedSearches,
  MAX_SAVED_SEARCHES_PER_USER,
  updateSavedSearch,
} from './service';

export const savedSearchRoutes = createRouter();
const tags = ['saved-searches'];

const name = z.string().trim().min(1).max(80).openapi({ example: '新能源 · 钙钛矿' });
const notify = z
  .boolean()
  .openapi({ example: true, description: 'Mail me when a newly published listing matches.' });

export const CreateSavedSearchBody = z
  .strictObject({ name, filters: SavedSearchFiltersSchema, notify: notify.default(true) })
  .openapi('CreateSavedSearch');

export const UpdateSavedSearchBody = z
  .strictObject({
    name: name.optional(),
    filters: SavedSearchFiltersSchema.optional(),
    notify: notify.optional(),
  })
  .openapi('UpdateSavedSearch');

const SavedSearchSchema = z
  .object({
    id: z.string().openapi({ example: 'srch_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
    name: z.string().openapi({ example: '新能源 · 钙钛矿' }),
    filters: SavedSearchFiltersSchema,
    notify: z.boolean().openapi({ example: true }),
    url: z
      .string()
      .openapi({ example: '/listings?q=钙钛矿&sector=new-energy', description: 'Run it again.' }),
    lastNotifiedAt: z.string().nullable().openapi({ example: null }),
    createdAt: z.string().openapi({ example: '2026-05-01T08:00:00.000Z' }),
    updatedAt: z.string().openapi({ example: '2026-05-01T08:00:00.000Z' }),
  })
  .openapi('SavedSearch');

const IdParam = z.object({
  id: z
    .string()
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'srch_01JD8X3Q9Z1Y2X3W4V5T6S7R8Q' }),
});

const view = (s: SavedSearch) => ({
  id: s.id,
  name: s.name,
  filters: s.filters,
  notify: s.notify,
  url: browseUrl(s.filters),
  lastNotifiedAt: s.lastNotifiedAt?.toISOString() ?? null,
  createdAt: s.createdAt.toISOString(),
  updatedAt: s.updatedAt.toISOString(),
});

savedSearchRoutes.openapi(
  createRoute({
    method: 'get',
    path: '/v1/saved-searches',
    tags,
    summary: `My saved searches in this storefront, newest first (at most ${MAX_SAVED_SEARCHES_PER_USER})`,
    responses: {
      200: jsonResponse(z.object({ items: z.array(SavedSearchSchema) }), 'Saved searches'),
      ...errorResponses,
    },
  }),
  async (c) => c.json({ items: (await listSavedSearches(serviceContext(c))).map(view) }, 200),
);

savedSearchRoutes.openapi(
  createRoute({
    method: 'post',
    path: '/v1/saved-searches',
    tags,
    summary: `Save the browse page's filters (at most ${MAX_SAVED_SEARCHES_PER_USER} per user)`,
    request: jsonBody(CreateSavedSearchBody),
    responses: { 201: jsonResponse(SavedSearchSchema, 'Saved'), ...errorResponses },
  }),
  async (c) => c.json(view(await createSavedSearch(serviceContext(c), c.req.valid('json'))), 201),
);

savedSearchRoutes.openapi(
  createRoute({
    method: 'patch',
    path: '/v1/saved-searches/{id}',
    tags,
    summary: 'Rename, change the filters, or turn notifications on or off',
    request: { params: IdParam, ...jsonBody(UpdateSavedSearchBody) },
    responses: { 200: jsonResponse(SavedSearchSchema, 'Updated'), ...errorResponses },
  }),
  async (c) =>
    c.json(
      view(await updateSavedSearch(serviceContext(c), c.req.valid('param').id, c.req.valid('json'))),
      200,
    ),
);

savedSearchRoutes.openapi(
  createRoute({
    method: 'delete',
    path: '/v1/saved-searches/{id}',
    tags,
    summary: 'Delete a saved search',
    request: { params: IdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses },
  }),
  async (c) => {
    await deleteSavedSearch(serviceContext(c), c.req.valid('param').id);
    return c.body(null, 204);
  },
);
