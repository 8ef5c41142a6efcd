/**
 * A small, seeded generator of values from the JSON Schemas in the OpenAPI
 * document (the subset TypeBox emits: type, enum, const, anyOf/oneOf/allOf,
 * $ref, format, pattern, lengths, bounds, items), and the mutations the fuzz
 * test sends. Deterministic: the same seed gives the same requests, so a
 * failure printed by the test reproduces.
 */
export type Schema = Record<string, unknown>;

/** mulberry32: tiny, fast and good enough to pick cases. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Fisher–Yates, on a copy. */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }
  uuid(): string {
    const hex = Array.from({ length: 32 }, () => Math.floor(this.next() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
}

/** Real ids and codes by collection ("plans", "members"…), so valid-shaped requests reach the use cases. */
export type Pools = Map<string, string[]>;

const kebab = (s: string) => s.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The collection a field names: planId → plans, memberCodes → members, focusAreaId → focus-areas. */
export function collectionOf(field: string): { pool: string; kind: 'id' | 'code' } | undefined {
  const m = /^(.*?)(Id|Code)s?$/.exec(field);
  if (!m || !m[1]) return undefined;
  const base = kebab(m[1]).replace(/^(raised-by|owner|lead|host|participant|source|target|parent)-/, '');
  const plural = base.endsWith('s') ? base : base.endsWith('y') ? `${base.slice(0, -1)}ies` : `${base}s`;
  return { pool: plural, kind: m[2] === 'Id' ? 'id' : 'code' };
}

/** Strings tried in turn against a `pattern` (the patterns in the document are few and simple). */
const PATTERN_CANDIDATES = ['320000', 'FUZZ_CODE', 'fuzz.user', '1.2', '2025-Q1', '2025-06', 'https://example.org/hook', 'region', '12', 'AB-1', 'x'];

export class Sampler {
  constructor(
    private readonly components: Record<string, Schema>,
    private readonly rng: Rng,
    private readonly pools: Pools,
  ) {}

  resolve(schema: Schema | undefined): Schema {
    let s = schema ?? {};
    for (let i = 0; typeof s.$ref === 'string' && i < 10; i++) s = this.components[String(s.$ref).split('/').pop()!] ?? {};
    return s;
  }

  private fromPool(field: string | undefined): string | undefined {
    const target = field ? collectionOf(field) : undefined;
    const values = target ? this.pools.get(`${target.pool}:${target.kind}`) : undefined;
    return values && values.length > 0 && this.rng.next() < 0.85 ? this.rng.pick(values) : undefined;
  }

  private text(s: Schema, field: string | undefined): string {
    const format = s.format as string | undefined;
    if (format === 'uuid') return this.fromPool(field) ?? this.rng.uuid();
    if (format === 'date') return this.rng.pick(['2025-06-30', '2024-01-01', '2026-12-31']);
    if (format === 'date-time') return this.rng.pick(['2026-09-05T08:00:00.000Z', '2027-01-20T01:30:00Z']);
    if (format === 'email') return `fuzz${this.rng.int(1, 9999)}@example.org`;
    if (format === 'uri') return 'https://example.org/fuzz';
    if (format === 'binary') return 'binary';
    const pooled = this.fromPool(field);
    if (typeof s.pattern === 'string') {
      const re = new RegExp(s.pattern, 'u');
      if (pooled && re.test(pooled)) return pooled;
      const suffix = String(this.rng.int(1, 999));
      for (const c of PATTERN_CANDIDATES) {
        for (const candidate of [c === 'FUZZ_CODE' || c === 'fuzz.user' ? `${c}${suffix}` : c, c]) if (re.test(candidate)) return candidate;
      }
      return 'x';
    }
    if (pooled) return pooled;
    const min = (s.minLength as number | undefined) ?? 1;
    const max = (s.maxLength as number | undefined) ?? 40;
    const base = this.rng.pick(['长三角 fuzz', 'Fuzz value', '测试', 'a']) + ` ${this.rng.int(1, 99999)}`;
    let out = base;
    while (out.length < min) out += base;
    return out.slice(0, Math.max(min, Math.min(max, out.length)));
  }

  private bounded(s: Schema, integer: boolean): number {
    const min = (s.minimum as number | undefined) ?? ((s.exclusiveMinimum as number | undefined) ?? 0) + (s.exclusiveMinimum !== undefined ? 1 : 0);
    const max = (s.maximum as number | undefined) ?? (s.exclusiveMaximum !== undefined ? (s.exclusiveMaximum as number) - 1 : min + 100);
    const value = min + this.rng.next() * Math.max(0, max - min);
    return integer ? Math.round(value) : Math.round(value * 100) / 100;
  }

  /** A value valid for the schema (as far as a sampler can tell); `full` also fills optional properties. */
  sample(schema: Schema | undefined, full: boolean, field?: string, depth = 0): unknown {
    const s = this.resolve(schema);
    if ('const' in s) return s.const;
    if (Array.isArray(s.enum)) return this.rng.pick(s.enum);
    const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
    if (branches) {
      const nonNull = branches.filter((b) => this.resolve(b).type !== 'null');
      return this.sample(this.rng.pick(nonNull.length > 0 ? nonNull : branches), full, field, depth);
    }
    if (Array.isArray(s.allOf)) {
      return Object.assign({}, ...(s.allOf as Schema[]).map((part) => this.sample(part, full, field, depth) as object));
    }
    const type = Array.isArray(s.type) ? (s.type as string[]).find((t) => t !== 'null') : (s.type as string | undefined);
    switch (type) {
      case 'string':
        return this.text(s, field);
      case 'integer':
        return this.bounded(s, true);
      case 'number':
        return this.bounded(s, false);
      case 'boolean':
        return this.rng.next() < 0.5;
      case 'null':
        return null;
      case 'array': {
        const itemField = field?.replace(/s$/, '');
        const min = (s.minItems as number | undefined) ?? 0;
        const max = Math.min((s.maxItems as number | undefined) ?? 3, Math.max(min, 3));
        const count = depth > 4 ? min : this.rng.int(Math.max(min, full ? 1 : 0), Math.max(min, max));
        const items = Array.from({ length: count }, () => this.sample(s.items as Schema, full, itemField, depth + 1));
        return s.uniqueItems ? [...new Map(items.map((item) => [JSON.stringify(item), item])).values()] : items;
      }
      case 'object':
      default: {
        const properties = (s.properties ?? {}) as Record<string, Schema>;
        if (type !== 'object' && Object.keys(properties).length === 0) return this.rng.pick(['text', 1, true]);
        const required = new Set((s.required ?? []) as string[]);
        const out: Record<string, unknown> = {};
        for (const [name, property] of Object.entries(properties)) {
          if (required.has(name) || (full && depth < 5) || this.rng.next() < 0.3) out[name] = this.sample(property, full, name, depth + 1);
        }
        return out;
      }
    }
  }
}

/** Nested arrays `depth` levels deep, built without recursion. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'deep';
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { a: value };
  return value;
}

/** Rewrites every leaf of `value` that `change` answers for (undefined keeps it). */
export function mapLeaves(value: unknown, change: (leaf: unknown, key: string | undefined) => unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((item) => mapLeaves(item, change, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapLeaves(v, change, k)]));
  }
  const changed = change(value, key);
  return changed === undefined ? value : changed;
}

/** Like mapLeaves, but changes only one of the leaves `change` answers for, chosen by `rng` (the others stay valid). */
export function mapOneLeaf(value: unknown, change: (leaf: unknown, key: string | undefined) => unknown, rng: Rng): unknown {
  let eligible = 0;
  mapLeaves(value, (leaf, key) => {
    if (change(leaf, key) !== undefined) eligible += 1;
    return undefined;
  });
  if (eligible === 0) return value;
  const target = rng.int(0, eligible - 1);
  let seen = -1;
  return mapLeaves(value, (leaf, key) => {
    const changed = change(leaf, key);
    if (changed === undefined) return undefined;
    seen += 1;
    return seen === target ? changed : undefined;
  });
}

const DATE_FIELD = /^\d{4}-\d{2}-\d{2}(T.*)?$/;

/**
 * The mutated bodies sent besides the valid ones: wrong types, missing required,
 * extra fields, huge and negative numbers, very long strings, NUL and lone
 * surrogates, deep nesting, dates at the edge of the calendar, not an object.
 */
export function mutations(valid: unknown, schema: Schema, rng: Rng): { name: string; body: unknown }[] {
  const isObject = valid !== null && typeof valid === 'object' && !Array.isArray(valid);
  const keys = isObject ? Object.keys(valid as object) : [];
  const properties = Object.keys((schema.properties ?? {}) as object);
  const maxLengthOf = (key: string | undefined) => ((schema.properties as Record<string, Schema> | undefined)?.[key ?? '']?.maxLength as number | undefined);
  return [
    {
      name: 'wrong types',
      body: mapLeaves(valid, (leaf) => (typeof leaf === 'string' ? rng.pick([123, true, { s: 1 }]) : typeof leaf === 'number' ? rng.pick(['12', '1e5x', [1]]) : typeof leaf === 'boolean' ? 'true' : 0)),
    },
    { name: 'missing required', body: isObject && keys.length > 1 ? Object.fromEntries(Object.entries(valid as object).slice(1)) : {} },
    { name: 'extra fields', body: isObject ? { ...(valid as object), fuzzExtra: 1, id: rng.uuid(), version: 99, createdAt: '2020-01-01T00:00:00Z', constructor: { prototype: { polluted: true } } } : { fuzzExtra: 1 } },
    // One field at a time, so the others stay valid and the value can reach the database.
    { name: 'a huge number', body: mapOneLeaf(valid, (leaf) => (typeof leaf === 'number' ? rng.pick([1e308, 2 ** 31, 2 ** 53 + 2, 1e20]) : undefined), rng) },
    { name: 'a negative number', body: mapOneLeaf(valid, (leaf) => (typeof leaf === 'number' ? rng.pick([-1, -1e308, 0.5, 0]) : undefined), rng) },
    {
      name: 'a long string',
      // Up to the schema's limit when it has one (the longest accepted value must still fit the database), else past an index's row size.
      body: mapOneLeaf(valid, (leaf, key) => (typeof leaf === 'string' && !DATE_FIELD.test(leaf) && !/^[0-9a-f-]{36}$/.test(leaf) ? '长'.repeat(maxLengthOf(key) ?? rng.pick([1000, 3000, 20_000])) : undefined), rng),
    },
    { name: 'NUL and lone surrogates', body: mapLeaves(valid, (leaf) => (typeof leaf === 'string' ? rng.pick(['a\u0000b', 'a\ud800b', '\udfff', '\u0001']) : undefined)) },
    {
      name: 'deep nesting',
      body: isObject ? Object.fromEntries(Object.entries(valid as object).map(([k, v]) => [k, v !== null && typeof v === 'object' ? deeplyNested(3000) : v]).concat(properties.length === 0 ? [['nested', deeplyNested(3000)]] : [])) : deeplyNested(3000),
    },
    {
      name: 'calendar edges',
      body: mapOneLeaf(valid, (leaf) => (typeof leaf === 'string' && DATE_FIELD.test(leaf) ? (leaf.includes('T') ? rng.pick(['0000-01-01T00:00:00Z', '9999-12-31T23:59:59.999Z']) : rng.pick(['0000-01-01', '9999-12-31', '2025-02-29'])) : undefined), rng),
    },
    { name: 'not an object', body: rng.pick([null, [], 'text', 42, [valid]]) },
  ];
}
