// The baseline: a bare Hono app on @hono/node-server, measured in the same run as the API.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const app = new Hono();
app.get('/', (c) => c.json({ ok: true, id: 'lst_01JDQ4Z5V3K8T9M2N6P7R8S9TA' }));

// The same route answering a JSON body of a given size (bytes), built once per size: the API's
// listing answers are ~2.5 KB, so this shows what the body alone costs bare Hono.
const bodies = new Map<number, string>();
app.get('/sized/:bytes{[0-9]{1,6}}', (c) => {
  const bytes = Number(c.req.param('bytes'));
  let body = bodies.get(bytes);
  if (body === undefined) {
    body = JSON.stringify({ text: 'x'.repeat(Math.max(0, bytes - 11)) });
    bodies.set(bytes, body);
  }
  return c.body(body, 200, { 'content-type': 'application/json' });
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8790), hostname: '127.0.0.1' });
