// Per-document values kept in memory as typed arrays indexed by doc key: what filters,
// facets, visibility and sorting read for every match. Loaded once from search_documents
// and then patched with the rows whose seq is newer than the last one seen.
import type { Bitset } from './bitset';

/** Maps strings (tenant ids, sectors, regions…) to small integer codes. 0 means "none". */
export class Dictionary {
  private readonly codes = new Map<string, number>();
  readonly values: string[] = [''];

  code(value: string | null): number {
    if (value === null || value === '') return 0;
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      this.values.push(value);
      this.codes.set(value, code);
    }
    return code;
  }

  lookup(value: string): number | undefined {
    return this.codes.get(value);
  }
}

export interface ColumnRow {
  doc_key: number;
  deleted: boolean;
  tenant_id: string | null;
  sector: string | null;
  trl: number | null;
  modes_mask: number;
  price_min: number | null;
  price_max: number | null;
  ip_type: string | null;
  org_type: string | null;
  region: string | null;
  score: number | null;
  selected: boolean;
  created_ms: number | null;
  updated_ms: number | null;
  seq: number;
}

export class DocColumns {
  capacity = 0;
  /** One past the largest doc key seen. */
  size = 0;
  alive: Bitset = new Uint32Array(0);
  tenant = new Int32Array(0);
  sector = new Int32Array(0);
  trl = new Int8Array(0);
  modes = new Int32Array(0);
  priceMin = new Float64Array(0);
  priceMax = new Float64Array(0);
  ipType = new Int32Array(0);
  orgType = new Int32Array(0);
  region = new Int32Array(0);
  score = new Float64Array(0);
  selected = new Uint8Array(0);
  created = new Float64Array(0);
  readonly dict = {
    tenant: new Dictionary(),
    sector: new Dictionary(),
    ipType: new Dictionary(),
    orgType: new Dictionary(),
    region: new Dictionary(),
  };

  get words(): number {
    return Math.ceil(this.size / 32);
  }

  apply(row: ColumnRow): void {
    const key = row.doc_key;
    this.ensure(key + 1);
    this.size = Math.max(this.size, key + 1);
    const bit = 1 << (key & 31);
    if (row.deleted) {
      this.alive[key >>> 5]! &= ~bit;
      return;
    }
    this.alive[key >>> 5]! |= bit;
    this.tenant[key] = this.dict.tenant.code(row.tenant_id);
    this.sector[key] = this.dict.sector.code(row.sector);
    this.trl[key] = row.trl ?? 0;
    this.modes[key] = row.modes_mask;
    this.priceMin[key] = row.price_min ?? Number.NaN;
    this.priceMax[key] = row.price_max ?? Number.NaN;
    this.ipType[key] = this.dict.ipType.code(row.ip_type);
    this.orgType[key] = this.dict.orgType.code(row.org_type);
    this.region[key] = this.dict.region.code(row.region);
    this.score[key] = row.score ?? Number.NaN;
    this.selected[key] = row.selected ? 1 : 0;
    this.created[key] = row.created_ms ?? 0;
  }

  private ensure(needed: number): void {
    if (needed <= this.capacity) return;
    const capacity = Math.max(1024, needed, this.capacity * 2);
    const grow = <T extends Int32Array | Int8Array | Float64Array | Uint8Array | Uint32Array>(
      old: T,
      make: (n: number) => T,
    ) => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.alive = grow(this.alive, () => new Uint32Array(Math.ceil(capacity / 32)));
    this.tenant = grow(this.tenant, (n) => new Int32Array(n));
    this.sector = grow(this.sector, (n) => new Int32Array(n));
    this.trl = grow(this.trl, (n) => new Int8Array(n));
    this.modes = grow(this.modes, (n) => new Int32Array(n));
    this.priceMin = grow(this.priceMin, (n) => new Float64Array(n));
    this.priceMax = grow(this.priceMax, (n) => new Float64Array(n));
    this.ipType = grow(this.ipType, (n) => new Int32Array(n));
    this.orgType = grow(this.orgType, (n) => new Int32Array(n));
    this.region = grow(this.region, (n) => new Int32Array(n));
    this.score = grow(this.score, (n) => new Float64Array(n));
    this.selected = grow(this.selected, (n) => new Uint8Array(n));
    this.created = grow(this.created, (n) => new Float64Array(n));
    this.capacity = capacity;
  }
}
