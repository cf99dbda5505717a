import type { BlobStore } from '../ports';

/** Blobs in memory: for tests. */
export function memoryBlobStore(): BlobStore {
  const items = new Map<string, { body: Uint8Array; contentType: string }>();
  return {
    async put(key, body, contentType) {
      const bytes =
        typeof body === 'string' ? new TextEncoder().encode(body) : new Uint8Array(body as ArrayBuffer);
      items.set(key, { body: bytes, contentType });
    },
    async get(key) {
      return items.get(key) ?? null;
    },
    async delete(key) {
      items.delete(key);
    },
  };
}
