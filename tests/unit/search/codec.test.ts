import { describe, expect, it } from 'vitest';
import { cardinality, forEach } from '../../../search/embedded/bitset';
import {
  decodeBlockInto,
  decodeBlockOffsets,
  encodeBlock,
  fromBase64,
  toBase64,
} from '../../../search/embedded/codec';
import { editDistance } from '../../../search/embedded/expand';

describe('posting codec', () => {
  it('round-trips base64 of every length', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255);
      expect(fromBase64(toBase64(bytes))).toEqual(bytes);
    }
  });

  it('stores sparse blocks as arrays and dense blocks as bitmaps, decoding both', () => {
    const sparse = [0, 5, 31, 32, 65535];
    const dense = Array.from({ length: 5000 }, (_, i) => i * 13);
    expect(encodeBlock(sparse)[0]).toBe('a');
    expect(encodeBlock(dense)[0]).toBe('b');
    expect(decodeBlockOffsets(encodeBlock(sparse))).toEqual(sparse);
    expect(decodeBlockOffsets(encodeBlock(dense))).toEqual(dense);
    const target = new Uint32Array(4096);
    decodeBlockInto(encodeBlock(sparse), 1, target);
    const keys: number[] = [];
    forEach(target, (k) => keys.push(k));
    expect(keys).toEqual(sparse.map((o) => 65536 + o));
    expect(cardinality(target)).toBe(5);
  });

  it('measures typos with swaps counting once', () => {
    expect(editDistance('perovksite', 'perovskite', 2)).toBe(1);
    expect(editDistance('lithum', 'lithium', 1)).toBe(1);
    expect(editDistance('graphite', 'graphene', 1)).toBe(2);
  });
});
