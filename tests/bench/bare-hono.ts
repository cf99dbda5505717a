// The baseline: a bare Hono app on @hono/node-server, measured in the same run as the API.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ ok: true, id: 'lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }));
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8790), hostname: '127.0.0.1' });
