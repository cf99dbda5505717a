// One pass over the candidates, then tight loops over the matched keys: exact total, facet
// counts, scores and a bounded heap for the best K. Everything reads typed arrays — never a
// Postgres row — and every loop is monomorphic (no per-document closures), so a broad query
// matching every one of 100k documents costs a few milliseconds, not a few hundred.
import { TRANSACTION_MODES } from '../../schema/enums';
import type { FacetCounts, FacetName } from '../port';
import type { Bitset } from './bitset';
import type { DocColumns } from './columns';
import type { DocTest, VisibilityFlags } from './filter';

export interface ScanInput {
  cols: DocColumns;
  /** null = every live document (browsing without a query). */
  candidates: Bitset | null;
  visible: VisibilityFlags;
  filter: DocTest | null;
  facets: readonly FacetName[];
  /** Fills primary (larger is better) and secondary (tie-break) scores for the matched keys. */
  score: (keys: Int32Array, count: number, primary: Float64Array, secondary: Float64Array) => void;
  k: number;
}

export interface ScanResult {
  total: number;
  facets: FacetCounts;
  /** Best first. */
  top: { key: number; primary: number }[];
}

function collect(input: ScanInput): { keys: Int32Array; count: number } {
  const { cols, filter } = input;
  const { tenant: tflag, sector: sflag } = input.visible;
  const source = input.candidates ?? cols.alive;
  const words = Math.min(source.length, cols.alive.length);
  const keys = new Int32Array(Math.max(1, cols.size));
  let count = 0;
  for (let w = 0; w < words; w++) {
    let bits = source[w]! & cols.alive[w]!;
    while (bits !== 0) {
      const low = bits & -bits;
      bits ^= low;
      const key = w * 32 + 31 - Math.clz32(low);
      const flag = tflag[cols.tenant[key]!];
      if (flag === 0 || (flag === 1 && sflag[cols.sector[key]!] !== 1)) continue;
      if (filter !== null && !filter(key)) continue;
      keys[count++] = key;
    }
  }
  return { keys, count };
}

function topK(keys: Int32Array, count: number, a: Float64Array, b: Float64Array, k: number) {
  // Min-heap of indexes into keys/a/b; the root is the worst entry kept.
  const heap: number[] = [];
  const worse = (i: number, j: number) => a[i]! < a[j]! || (a[i] === a[j] && b[i]! < b[j]!);
  const down = (from: number) => {
    for (let i = from; ; ) {
      const l = 2 * i + 1;
      let m = i;
      if (l < heap.length && worse(heap[l]!, heap[m]!)) m = l;
      if (l + 1 < heap.length && worse(heap[l + 1]!, heap[m]!)) m = l + 1;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  };
  for (let i = 0; i < count && k > 0; i++) {
    if (heap.length < k) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0; ) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else if (worse(heap[0]!, i)) {
      heap[0] = i;
      down(0);
    }
  }
  heap.sort((i, j) => b[j]! - b[i]!).sort((i, j) => a[j]! - a[i]!);
  return heap.map((i) => ({ key: keys[i]!, primary: a[i]! }));
}

export function scan(input: ScanInput): ScanResult {
  const { keys, count } = collect(input);
  const facets = countFacets(input.cols, input.facets, keys, count);
  const a = new Float64Array(count);
  const b = new Float64Array(count);
  input.score(keys, count, a, b);
  return { total: count, facets, top: topK(keys, count, a, b, input.k) };
}

function tally(column: ArrayLike<number>, size: number, keys: Int32Array, count: number): Float64Array {
  const t = new Float64Array(size);
  for (let i = 0; i < count; i++) t[column[keys[i]!]!]!++;
  return t;
}

function named(values: string[], counts: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  for (let code = 1; code < counts.length; code++) if (counts[code]! > 0) out[values[code]!] = counts[code]!;
  return out;
}

function countFacets(
  cols: DocColumns,
  facets: readonly FacetName[],
  keys: Int32Array,
  count: number,
): FacetCounts {
  const out: FacetCounts = {};
  for (const facet of facets) {
    if (facet === 'trl') {
      out.trl = named(['', '1', '2', '3', '4', '5', '6', '7', '8', '9'], tally(cols.trl, 10, keys, count));
    } else if (facet === 'modes') {
      const t = new Float64Array(TRANSACTION_MODES.length);
      for (let i = 0; i < count; i++) {
        const mask = cols.modes[keys[i]!]!;
        for (let bit = 0; mask >> bit !== 0; bit++) if (mask & (1 << bit)) t[bit]!++;
      }
      out.modes = {};
      TRANSACTION_MODES.forEach((mode, bit) => {
        if (t[bit]! > 0) out.modes![mode] = t[bit]!;
      });
    } else if (facet === 'evaluated') {
      let evaluated = 0;
      for (let i = 0; i < count; i++) if (!Number.isNaN(cols.score[keys[i]!]!)) evaluated++;
      out.evaluated = {};
      if (evaluated > 0) out.evaluated.true = evaluated;
      if (count - evaluated > 0) out.evaluated.false = count - evaluated;
    } else {
      const dict = cols.dict[facet];
      out[facet] = named(dict.values, tally(cols[facet], dict.values.length, keys, count));
    }
  }
  return out;
}
