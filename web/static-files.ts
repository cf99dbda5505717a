import type { Handler } from 'hono';
import type { WebEnv } from './env';

// web/static/ is the Workers ASSETS directory (served at the site root); on Node the same
// files are read from disk here. Only the files listed are served: no path ever reaches the disk.
export const STATIC_FILES: Record<string, string> = {
  'app.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
  'embed.js': 'text/javascript; charset=utf-8',
  'checkout.js': 'text/javascript; charset=utf-8',
};
/** Bump when app.css changes, so browsers fetch the new one. */
export const ASSET_VERSION = '3';

// Kept out of the Workers bundle: on Workers the ASSETS binding answers before this runs.
const NODE_FS = 'node:fs/promises';
const cache = new Map<string, Uint8Array>();

async function readFromDisk(name: string): Promise<Uint8Array> {
  const hit = cache.get(name);
  if (hit) return hit;
  const fs = (await import(/* @vite-ignore */ NODE_FS)) as typeof import('node:fs/promises');
  const bytes = new Uint8Array(await fs.readFile(new URL(`./static/${name}`, import.meta.url)));
  cache.set(name, bytes);
  return bytes;
}

export const serveStaticFile: Handler<WebEnv> = async (c) => {
  const name = c.req.path.slice(1);
  const type = STATIC_FILES[name];
  if (!type) return c.notFound();
  if (c.env?.ASSETS) return c.env.ASSETS.fetch(c.req.raw);
  const body = await readFromDisk(name);
  return c.body(body as unknown as ArrayBuffer, 200, {
    'content-type': type,
    'cache-control': 'public, max-age=86400',
    'x-content-type-options': 'nosniff',
  });
};
