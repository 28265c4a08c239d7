import { INPUT_LIMITS } from './limits';
import { isParsed } from './parsed';

/**
 * How the list items of a raw value are counted, read off a zod schema: `count` walks only the parts of the value
 * where the schema has lists (and records) and stops once the count passes `limit`; `most` is the largest count the
 * schema's own list limits allow (`Infinity` when a list or record is unbounded).
 */
interface Plan {
  readonly count: (value: unknown, limit: number) => number;
  readonly most: number;
}

/** The parts of a zod 4 schema's definition read here (the same in `zod` and `zod/mini`). */
interface Def {
  readonly type: string;
  readonly innerType?: Schema;
  readonly in?: Schema;
  readonly out?: Schema;
  readonly element?: Schema;
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly valueType?: Schema;
  readonly options?: readonly Schema[];
  readonly getter?: () => Schema;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly maximum?: number } } }[];
}

interface Schema {
  readonly _zod?: { readonly def: Def; readonly traits?: ReadonlySet<string> };
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'nonoptional', 'readonly', 'catch']);

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function maxLengthOf(def: Def): number {
  let most = Infinity;
  for (const check of def.checks ?? []) {
    const { check: kind, maximum } = check._zod.def;
    if (kind === 'max_length' && maximum !== undefined) most = Math.min(most, maximum);
  }
  return most;
}

function arrayPlan(element: Plan | undefined, most: number): Plan {
  return {
    most: most * (1 + (element?.most ?? 0)),
    count: (value, limit) => {
      if (!Array.isArray(value)) return 0;
      let items = value.length;
      if (element === undefined || items > limit) return items;
      for (let index = 0; index < value.length && items <= limit; index++) items += element.count(value[index], limit - items);
      return items;
    },
  };
}

function objectPlan(fields: readonly (readonly [string, Plan])[]): Plan | undefined {
  if (fields.length === 0) return undefined;
  return {
    most: fields.reduce((sum, [, plan]) => sum + plan.most, 0),
    count: (value, limit) => {
      if (!isObject(value)) return 0;
      let items = 0;
      for (const [key, plan] of fields) {
        items += plan.count(value[key], limit - items);
        if (items > limit) break;
      }
      return items;
    },
  };
}

function recordPlan(entry: Plan | undefined): Plan {
  return {
    most: Infinity,
    count: (value, limit) => {
      if (!isObject(value)) return 0;
      const keys = Object.keys(value);
      let items = keys.length;
      if (entry === undefined || items > limit) return items;
      for (let index = 0; index < keys.length && items <= limit; index++) items += entry.count(value[keys[index] as string], limit - items);
      return items;
    },
  };
}

function unionPlan(options: readonly Plan[]): Plan | undefined {
  if (options.length === 0) return undefined;
  return {
    most: Math.max(...options.map((plan) => plan.most)),
    count: (value, limit) => {
      let items = 0;
      for (const plan of options) items = Math.max(items, plan.count(value, limit));
      return items;
    },
  };
}

/** The deepest a value is walked where a schema refers to itself. */
const DEEPEST = 64;

/** A schema that refers to itself: every list item and object key of the value, to {@link DEEPEST} levels. */
const RECURSIVE: Plan = {
  most: Infinity,
  count: (value, limit) => {
    let items = 0;
    const walk = (part: unknown, depth: number): void => {
      if (typeof part !== 'object' || part === null || depth > DEEPEST) return;
      const parts: readonly unknown[] = Array.isArray(part) ? part : Object.values(part);
      items += parts.length;
      for (let index = 0; index < parts.length && items <= limit; index++) walk(parts[index], depth + 1);
    };
    walk(value, 0);
    return items;
  },
};

function planOf(schema: Schema | undefined, open: Set<Schema>): Plan | undefined {
  const def = schema?._zod?.def;
  if (schema === undefined || def === undefined) return undefined;
  if (open.has(schema)) return RECURSIVE;
  open.add(schema);
  try {
    return planOfDef(def, open);
  } finally {
    open.delete(schema);
  }
}

function planOfDef(def: Def, open: Set<Schema>): Plan | undefined {
  if (WRAPPERS.has(def.type)) return planOf(def.innerType, open);
  switch (def.type) {
    case 'pipe':
      return planOf(def.in?._zod?.traits?.has('$ZodTransform') === true ? def.out : def.in, open);
    case 'lazy':
      return planOf(def.getter?.(), open);
    case 'array':
      return arrayPlan(planOf(def.element, open), maxLengthOf(def));
    case 'record':
      return recordPlan(planOf(def.valueType, open));
    case 'object':
      return objectPlan(
        Object.entries(def.shape ?? {}).flatMap(([key, field]) => {
          const plan = planOf(field, open);
          return plan === undefined ? [] : [[key, plan] as const];
        }),
      );
    case 'union':
      return unionPlan((def.options ?? []).flatMap((option) => planOf(option, open) ?? []));
    default:
      return undefined;
  }
}

/** The plan of each schema asked about, `null` for a schema with no lists. */
const plans = new WeakMap<object, Plan | null>();

function planFor(schema: object): Plan | null {
  let plan = plans.get(schema);
  if (plan === undefined) {
    plan = planOf(schema, new Set()) ?? null;
    plans.set(schema, plan);
  }
  return plan;
}

/**
 * The list items of a raw value as a schema reads it (internal): the items of all its lists, at every depth, and
 * the keys of its records. The value is not parsed; only its lists are walked, and the walk stops once the count
 * passes `limit`.
 *
 * @param schema - A zod 4 schema (`zod` or `zod/mini`).
 * @param value - The raw value.
 * @param limit - Where counting may stop.
 * @returns The items counted: exact up to `limit`, some number over it beyond.
 */
export function listItemsIn(schema: object, value: unknown, limit: number): number {
  return planFor(schema)?.count(value, limit) ?? 0;
}

/**
 * Whether a raw value holds more list items than {@link INPUT_LIMITS}`.total` as the schema reads it (internal).
 * `false` at once, without a walk, for a schema whose own list limits keep every value within the total.
 *
 * @param schema - A zod 4 schema (`zod` or `zod/mini`).
 * @param value - The raw value.
 * @returns `true` when the value holds too many.
 */
export function holdsTooManyItems(schema: object, value: unknown): boolean {
  const plan = planFor(schema);
  return plan !== null && plan.most > INPUT_LIMITS.total && plan.count(value, INPUT_LIMITS.total) > INPUT_LIMITS.total;
}

/**
 * The list items of the values of a list a call still has to parse one by one, added to `items` (internal): they
 * are one input, counted together. A value the library parsed as `kind` was counted by its parse and adds nothing
 * (with no `kind`, every value is counted). Stops once the count passes `INPUT_LIMITS.total`.
 *
 * @param list - The values as given.
 * @param schema - The schema of one value.
 * @param kind - The kind a parsed value is recorded as.
 * @param items - What the call has counted so far.
 * @returns `items` and the values' list items: exact up to the total, some number over it beyond.
 */
export function itemsStillToParse(list: readonly unknown[], schema: object, kind: string | undefined, items: number): number {
  let counted = items;
  for (let index = 0; index < list.length && counted <= INPUT_LIMITS.total; index++) {
    const value = list[index];
    if (kind === undefined || !isParsed(value, kind)) counted += listItemsIn(schema, value, INPUT_LIMITS.total - counted);
  }
  return counted;
}
