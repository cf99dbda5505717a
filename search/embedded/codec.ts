// Posting blocks on disk: 65,536 doc keys per block, stored like a roaring container —
// a sorted uint16 array while sparse, an 8 KiB bitmap once denser than 4,096 entries —
// as base64 text, since PGlite turns bytea into hex and parses it slowly (measured ~15x).

export const BLOCK_BITS = 16;
export const BLOCK_SIZE = 1 << BLOCK_BITS;
export const WORDS_PER_BLOCK = BLOCK_SIZE / 32;
const ARRAY_MAX = 4096;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function toBase64(bytes: Uint8Array): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += `${ALPHABET[n >>> 18]}${ALPHABET[(n >>> 12) & 63]}==`;
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += `${ALPHABET[n >>> 18]}${ALPHABET[(n >>> 12) & 63]}${ALPHABET[(n >>> 6) & 63]}=`;
  }
  return out;
}

export function fromBase64(text: string, from = 0): Uint8Array {
  let end = text.length;
  while (end > from && text.charCodeAt(end - 1) === 61) end--;
  const length = end - from;
  const out = new Uint8Array(Math.floor((length * 3) / 4));
  let o = 0;
  let i = from;
  for (; i + 3 < end; i += 4) {
    const n =
      (LOOKUP[text.charCodeAt(i)]! << 18) |
      (LOOKUP[text.charCodeAt(i + 1)]! << 12) |
      (LOOKUP[text.charCodeAt(i + 2)]! << 6) |
      LOOKUP[text.charCodeAt(i + 3)]!;
    out[o++] = n >>> 16;
    out[o++] = (n >>> 8) & 255;
    out[o++] = n & 255;
  }
  if (end - i >= 2) {
    const n = (LOOKUP[text.charCodeAt(i)]! << 18) | (LOOKUP[text.charCodeAt(i + 1)]! << 12);
    out[o++] = n >>> 16;
    if (end - i === 3) out[o++] = ((n | (LOOKUP[text.charCodeAt(i + 2)]! << 6)) >>> 8) & 255;
  }
  return out;
}

/** Encodes sorted, distinct offsets (0–65535) of one block; 'a' = array, 'b' = bitmap. */
export function encodeBlock(offsets: ArrayLike<number>): string {
  if (offsets.length <= ARRAY_MAX) {
    const bytes = new Uint8Array(offsets.length * 2);
    for (let i = 0; i < offsets.length; i++) {
      bytes[i * 2] = offsets[i]! & 255;
      bytes[i * 2 + 1] = offsets[i]! >>> 8;
    }
    return `a${toBase64(bytes)}`;
  }
  const words = new Uint32Array(WORDS_PER_BLOCK);
  for (let i = 0; i < offsets.length; i++) words[offsets[i]! >>> 5]! |= 1 << (offsets[i]! & 31);
  return `b${toBase64(new Uint8Array(words.buffer))}`;
}

/** ORs a stored block into `target` (a bitset over all doc keys) at the block's position. */
export function decodeBlockInto(data: string, block: number, target: Uint32Array): void {
  const bytes = fromBase64(data, 1);
  const base = block * WORDS_PER_BLOCK;
  if (data.charCodeAt(0) === 98) {
    const words = new Uint32Array(bytes.buffer, 0, WORDS_PER_BLOCK);
    for (let i = 0; i < WORDS_PER_BLOCK && base + i < target.length; i++) target[base + i]! |= words[i]!;
    return;
  }
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const offset = bytes[i]! | (bytes[i + 1]! << 8);
    const word = base + (offset >>> 5);
    if (word < target.length) target[word]! |= 1 << (offset & 31);
  }
}

/** The offsets of a stored block, sorted; used by the write path to merge changes. */
export function decodeBlockOffsets(data: string): number[] {
  const bytes = fromBase64(data, 1);
  const out: number[] = [];
  if (data.charCodeAt(0) === 98) {
    const words = new Uint32Array(bytes.buffer, 0, WORDS_PER_BLOCK);
    for (let w = 0; w < WORDS_PER_BLOCK; w++) {
      let bits = words[w]!;
      while (bits !== 0) {
        const low = bits & -bits;
        out.push(w * 32 + 31 - Math.clz32(low));
        bits ^= low;
      }
    }
    return out;
  }
  for (let i = 0; i + 1 < bytes.length; i += 2) out.push(bytes[i]! | (bytes[i + 1]! << 8));
  return out;
}
