// Requests for the fuzz suite, derived from the OpenAPI document the server serves: for each operation its
// path parameters, query parameters and JSON body, generated from their schemas (values drawn from the
// running program where a schema alone cannot say what is valid: ids, topics, time zones), then broken in
// one place with what an attacker or a careless client sends: control characters, lone surrogates, broken
// percent-encoding, huge and odd numbers, wrong types, deep nesting, prototype keys, junk bodies and
// content types, tokens of every kind.
import fc from 'fast-check';

/** The parts of an OpenAPI 3.1 document the generator reads. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }[];
  requestBody?: { required?: boolean; content?: Record<string, { schema?: JsonSchema }> };
  responses: Record<string, unknown>;
}

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
}

export interface Operation {
  method: string;
  /** As documented: `/mentorships/{id}/accept`. */
  path: string;
  id: string;
  spec: OpenApiOperation;
}

/** Every operation of the document. */
export function operationsOf(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, spec]) => ({ method: method.toUpperCase(), path, id: spec.operationId ?? `${method} ${path}`, spec })),
  );
}

/** What the running program holds, so that generated values reach past validation into the rules. */
export interface FuzzWorld {
  /** Realistic strings any string field may take: member, mentorship, topic and other ids, zones, URLs, words. */
  strings: string[];
  /** Path ids worth asking for: existing mentorships (the caller's and others'), members; the run adds those it creates. */
  ids: string[];
  /** Valid bodies by operationId, to break in one place. */
  examples: Record<string, unknown[]>;
  /** `authorization` / `cookie` / `origin` header sets: a member's (`member`), and every kind of bad token. */
  auth: { headers: Record<string, string>; weight: number; member: boolean }[];
}

export interface FuzzRequest {
  operation: string;
  method: string;
  /** The path and query string, percent-encoded as sent (possibly wrongly, on purpose). */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** Strings nothing should store or choke on. JSON carries every one of them; a URL carries them percent-encoded. */
export const HOSTILE_STRINGS: readonly string[] = [
  '\u0000', 'a\u0000b', '\u0001', '\u0007', '\u0008', '\u000b', '\u001b[31mred', '\u001f', '\u007f', '\u0085', '\u009f',
  '\ud800', '\udfff', 'x\ud83d', '\ude00x', '\udbff\udbff', '\ud83d\ude00', '\r', '\r\n', '\n\n\n', '\t', '', ' ', '   ',
  '\u00a0', '\u2028', '\u202e', '\ufeff', '\uffff', '\ufffe', 'Ａ', '١٢٣', '𝒜', 'e\u0301', '%', '%00', '%ED%A0%80', '%zz',
  '../../etc/passwd', '..', '.', '/', '\\', '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)',
  "'; DROP TABLE members; --", '$1', '{{7*7}}', '${7*7}', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty',
  'null', 'undefined', 'NaN', 'Infinity', '-1', '1e309', '0x10', '9'.repeat(40), 'true', '[]', '{}', 'a'.repeat(101),
];

/** Past every length limit; in a URL, past what Node reads (431). */
const HUGE_STRINGS: readonly string[] = ['x'.repeat(2_001), 'é'.repeat(4_001), '😀'.repeat(1_001), 'a'.repeat(20_000)];

/** Numbers at and past every edge JSON can carry (Infinity and NaN become null). */
const HOSTILE_NUMBERS: readonly number[] = [
  0, -0, -1, 1, 1.5, 0.1, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 1e21, -1e21, 1e308, -1e308, 5e-324,
];

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'];

/** A value of any JSON type, a wrong one wherever it lands. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constantFrom(...HOSTILE_NUMBERS),
  fc.constantFrom(...HOSTILE_STRINGS),
  fc.constant([]),
  fc.constant({}),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Nested `depth` deep, arrays or objects. */
const deep = (depth: number, kind: 'array' | 'object'): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
};

const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: wrongType },
  { weight: 1, arbitrary: fc.constantFrom(deep(2_000, 'array'), deep(2_000, 'object'), deep(50, 'array')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

/** A value the schema describes (or nearly: `world.strings` are realistic, not always valid). */
export function fromSchema(schema: JsonSchema, doc: OpenApiDocument, world: FuzzWorld, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, doc);
  if (resolved.const !== undefined) return fc.constant(resolved.const);
  if (resolved.enum) return fc.constantFrom(...resolved.enum);
  const choices = resolved.anyOf ?? resolved.oneOf;
  if (choices) return fc.oneof(...choices.map((choice) => fromSchema(choice, doc, world, depth + 1)));
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number': {
      const min = resolved.minimum ?? -1000;
      const max = resolved.maximum ?? Math.max(min + 1000, 1000);
      const whole = fc.integer({ min: Math.ceil(min), max: Math.floor(max) });
      return type === 'integer' ? whole : fc.oneof(whole, fc.double({ min, max, noNaN: true, noDefaultInfinity: true }));
    }
    case 'string':
      return stringFor(resolved, world);
    case 'array': {
      const items = resolved.items ? fromSchema(resolved.items, doc, world, depth + 1) : fc.jsonValue({ maxDepth: 1 });
      return fc.array(items, { minLength: resolved.minItems ?? 0, maxLength: Math.min(resolved.maxItems ?? 4, 4) });
    }
    case 'object': {
      if (depth > 6) return fc.constant({});
      const properties = Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([key, property]) => [key, fromSchema(property, doc, world, depth + 1)]),
      );
      const required = resolved.required ?? [];
      return fc.record(properties, { requiredKeys: required.filter((key) => key in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

function stringFor(schema: JsonSchema, world: FuzzWorld): fc.Arbitrary<string> {
  const max = Math.min(schema.maxLength ?? 60, 60);
  const min = Math.min(schema.minLength ?? 0, max);
  const own: fc.Arbitrary<string> =
    schema.format === 'email'
      ? fc.emailAddress()
      : schema.format === 'date-time'
        ? fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString())
        : schema.format === 'date'
          ? fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
          : schema.pattern
            ? fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity))
            : fc.string({ minLength: min, maxLength: max, unit: 'grapheme' });
  return fc.oneof({ weight: 3, arbitrary: own }, { weight: 3, arbitrary: fc.constantFrom(...world.strings) });
}

function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.split('/').at(-1) ?? '';
  const found = doc.components?.schemas?.[name];
  if (!found) throw new Error(`Unresolved ${schema.$ref}`);
  return resolve(found, doc);
}

/** Where a value can be broken: the root, and every property and item below it. */
function pathsIn(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => pathsIn(item, [...at, i], out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...at, key], out);
  return out;
}

/** A copy with `mutate` applied to the container of `path` (the parent) at its last key. */
function breakAt(value: unknown, path: (string | number)[], mutate: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return copy;
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  mutate(parent, path.at(-1) as string | number);
  return copy;
}

/** An own property, even `__proto__` (an assignment would set the prototype instead). */
const define = (target: object, key: string | number, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/** One character no database stores or no member means, to slip into otherwise good text. */
const UNSTORABLE_CHARACTERS: readonly string[] = [
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u000e', '\u001b', '\u001f', '\u007f', '\u0080', '\u0085', '\u009f',
  '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\r',
];

/**
 * `value` broken in one place: a string slipped a character it must not hold, a field replaced, removed,
 * or joined by an unknown or prototype key.
 */
export function brokenOnce(value: unknown): fc.Arbitrary<unknown> {
  const paths = pathsIn(value);
  const at = (path: (string | number)[]) => path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
  const strings = paths.filter((path) => path.length > 0 && typeof at(path) === 'string');
  const containers = paths.filter((path) => {
    const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
    return target !== null && typeof target === 'object' && !Array.isArray(target);
  });
  const tainted = strings.length === 0 ? [] : [{
    weight: 6,
    arbitrary: fc.tuple(fc.constantFrom(...strings), fc.constantFrom(...UNSTORABLE_CHARACTERS), fc.nat()).map(([path, bad, where]) =>
      breakAt(value, path, (parent, key) => {
        const text = String(parent[key]);
        const i = where % (text.length + 1);
        parent[key] = `${text.slice(0, i)}${bad}${text.slice(i)}`;
      })),
  }];
  return fc.oneof(
    ...tainted,
    { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, hostile]) =>
      path.length === 0 ? hostile : breakAt(value, path, (parent, key) => define(parent, key, hostile))) },
    { weight: 2, arbitrary: fc.constantFrom(...paths.filter((path) => path.length > 0), [] as (string | number)[]).map((path) =>
      breakAt(value, path, (parent, key) => {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else delete parent[key];
      })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...(containers.length > 0 ? containers : [[]])), fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.constantFrom(...HOSTILE_STRINGS)), wrongType)
      .map(([path, key, extra]) => {
        const copy = structuredClone(value);
        const target = path.reduce<unknown>((node, k) => (node as Record<string | number, unknown>)[k], copy);
        if (target !== null && typeof target === 'object') define(target, key, extra);
        return copy;
      }) },
  );
}

/** JSON text that is not a body the schema takes: malformed, empty, huge, deeply nested, numbers JSON.parse turns into Infinity. */
const JUNK_BODIES: readonly string[] = [
  '', ' ', '{', '{"a":', '[', 'nul', 'undefined', '"string"', '42', 'true', 'null', '[]', '{}', '{"__proto__": {"admin": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}', '{"rating": 1e400, "comment": ""}', '{"version": 1e400}',
  '{"version": 123456789012345678901234567890}', '{"a":1,"a":2}', '\u0000', '\ufeff{}', `${'['.repeat(30_000)}${']'.repeat(30_000)}`,
  `{"reason": "${'x'.repeat(70 * 1024)}"}`, '{"reason": "\\ud800"}', '{"reason": "\\u0000"}', '{"memberId": "\\udfff"}',
];

const CONTENT_TYPES: readonly (string | null)[] = [
  'application/json', 'application/json', 'application/json', 'application/json; charset=utf-8', 'application/problem+json',
  'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=utf-16', null, '',
];

/**
 * A path or query value percent-encoded as a careless client might: every character but the unreserved ones
 * as its UTF-8 bytes, a lone surrogate as the three bytes UTF-8 would give it (which are not UTF-8).
 */
export function percentEncode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff;
    const point = pair ? value.codePointAt(i) ?? code : code;
    if (pair) i++;
    if (/[A-Za-z0-9\-._~]/.test(String.fromCharCode(point)) && point < 128) out += String.fromCharCode(point);
    else for (const byte of utf8Bytes(point)) out += `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function utf8Bytes(point: number): number[] {
  if (point < 0x80) return [point];
  if (point < 0x800) return [0xc0 | (point >> 6), 0x80 | (point & 63)];
  if (point < 0x10000) return [0xe0 | (point >> 12), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63)];
  return [0xf0 | (point >> 18), 0x80 | ((point >> 12) & 63), 0x80 | ((point >> 6) & 63), 0x80 | (point & 63)];
}

/** Raw, already "encoded" text a path or query may carry: broken escapes and separators. */
const RAW_URL_PARTS: readonly string[] = ['%', '%0', '%zz', '%00', '%ED%A0%80', '%C0%AF', '%FF', '%2F', '%2e%2e', '..', '.', '+', '&', '=', '?', ';', '%25'];

/** A hostile path segment or query value, encoded (or not) as it is sent. */
const hostileUrlPart: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.constantFrom(...HOSTILE_STRINGS).map(percentEncode) },
  { weight: 4, arbitrary: fc.constantFrom(...RAW_URL_PARTS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map(percentEncode) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS).map(percentEncode) },
);

/** A query value for a parameter's schema, as text (numbers as decimal strings, arrays repeated). */
function queryValues(schema: JsonSchema | undefined, doc: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<string[]> {
  const resolved = schema ? resolve(schema, doc) : undefined;
  const scalar = (s: JsonSchema | undefined) =>
    (s ? fromSchema(s, doc, world) : fc.string()).map((value) => (typeof value === 'string' ? value : JSON.stringify(value) ?? ''));
  return resolved?.type === 'array' ? fc.array(scalar(resolved.items), { maxLength: 3 }) : scalar(resolved).map((value) => [value]);
}

/** The documented parameters with values from their schemas, each optional one left out at times. */
function documentedQuery(operation: Operation, doc: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<[string, string][]> {
  const declared = (operation.spec.parameters ?? []).filter((p) => p.in === 'query');
  return fc
    .tuple(...declared.map((parameter) => fc.option(queryValues(parameter.schema, doc, world), { freq: parameter.required ? 20 : 2 })))
    .map((values) => declared.flatMap((parameter, i) => (values[i] ?? []).map((value) => [parameter.name, percentEncode(value)] as [string, string])));
}

/**
 * The query string broken in one place: a value replaced by a hostile or odd one (numbers past every edge,
 * broken escapes), a parameter repeated, or one nobody documented added (prototype keys among them).
 */
function brokenQuery(operation: Operation, doc: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<[string, string][]> {
  const odd = fc.constantFrom(...HOSTILE_NUMBERS.map(String), '1.5', '-1', '1e3', ' 1', '0x1', '', '9'.repeat(30)).map(percentEncode);
  const names = [...(operation.spec.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name), ...PROTOTYPE_KEYS, 'sort', 'admin'];
  return fc.tuple(documentedQuery(operation, doc, world), fc.nat(), fc.oneof(hostileUrlPart, odd), fc.constantFrom(...names), fc.constantFrom('replace', 'repeat', 'add', 'raw'))
    .map(([pairs, at, value, name, how]) => {
      const out = [...pairs];
      const i = out.length > 0 ? at % out.length : -1;
      if (how === 'replace' && i >= 0) out[i] = [out[i]?.[0] ?? name, value];
      else if (how === 'repeat' && i >= 0) out.push([out[i]?.[0] ?? name, value]);
      else if (how === 'raw') out.push([value, '']);
      else out.push([percentEncode(name), value]);
      return out;
    });
}

const queryString = (pairs: [string, string][]): string =>
  pairs.length === 0 ? '' : `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}`;

/** The parts of a request; a case breaks one of them (or, now and then, all) and keeps the rest valid. */
type Part = 'none' | 'path' | 'query' | 'body' | 'auth' | 'key' | 'all';

/** One request for `operation`: its path with ids, its query, its body, and who sends it. */
export function requestFor(operation: Operation, doc: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const pathParams = (operation.spec.parameters ?? []).filter((p) => p.in === 'path');
  const path = (broken: boolean) => {
    const ids = fc.oneof(
      // By index into the list as it is when the case is made: ids the run creates join it (see FuzzWorld.ids).
      { weight: broken ? 0 : 8, arbitrary: fc.nat().map((i) => percentEncode(world.ids[i % world.ids.length] ?? '')) },
      { weight: broken ? 1 : 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.:@-]{1,100}$/).map(percentEncode) },
      { weight: broken ? 6 : 0, arbitrary: hostileUrlPart },
    );
    return fc.tuple(...pathParams.map(() => ids)).map((values) => pathParams.reduce((at, p, i) => at.replace(`{${p.name}}`, values[i] ?? ''), operation.path));
  };
  const query = (broken: boolean) => (broken ? brokenQuery(operation, doc, world) : documentedQuery(operation, doc, world)).map(queryString);
  const content = operation.spec.requestBody?.content?.['application/json'];
  const body = (broken: boolean): fc.Arbitrary<{ body?: string; type: string | null }> =>
    operation.method === 'GET' || operation.method === 'HEAD' ? fc.constant({ type: null }) : bodyFor(operation, content?.schema, doc, world, broken);
  const members = world.auth.filter((a) => a.member);
  const auth = (broken: boolean) =>
    fc.oneof(...(broken ? world.auth : members).map(({ headers, weight }) => ({ weight, arbitrary: fc.constant(headers) })));
  const key = (broken: boolean) =>
    broken ? fc.option(fc.constantFrom('retry-1', 'x'.repeat(300), ' ', 'ä', '"quoted"', 'a7c1d8e2-0b5f-4e34-9c1d-2f6a7b8c9d0e'), { freq: 1 }) : fc.constant(null);
  const hasBody = operation.spec.requestBody !== undefined;
  const parts: { weight: number; arbitrary: fc.Arbitrary<Part> }[] = [
    { weight: 2, arbitrary: fc.constant('none') },
    { weight: pathParams.length > 0 ? 2 : 0, arbitrary: fc.constant('path') },
    { weight: 1, arbitrary: fc.constant('query') },
    { weight: hasBody ? 4 : 0, arbitrary: fc.constant('body') },
    { weight: 1, arbitrary: fc.constant('auth') },
    { weight: 1, arbitrary: fc.constant('key') },
    { weight: 1, arbitrary: fc.constant('all') },
  ];
  return fc.oneof(...parts.filter((part) => part.weight > 0)).chain((part) => {
    const breaks = (which: Part) => part === which || part === 'all';
    return fc.record({ path: path(breaks('path')), query: query(breaks('query')), body: body(breaks('body')), auth: auth(breaks('auth')), key: key(breaks('key')) });
  }).map(({ path: at, query: search, body: sent, auth: headers, key: idempotencyKey }) => ({
    [fc.toStringMethod]: shortly,
    operation: operation.id,
    method: operation.method,
    url: `${at}${search}`,
    headers: {
      ...headers,
      ...(sent.type !== null ? { 'content-type': sent.type } : {}),
      ...(idempotencyKey !== null ? { 'idempotency-key': idempotencyKey } : {}),
    },
    ...(sent.body !== undefined ? { body: sent.body } : {}),
  }));
}

/** A request as a failure prints it: long URLs, headers and bodies cut, so the report stays readable. */
function shortly(this: FuzzRequest): string {
  const cut = (text: string, max = 300) => (text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text);
  const headers = Object.fromEntries(Object.entries(this.headers).map(([name, value]) => [name, cut(value, 60)]));
  return JSON.stringify({ operation: this.operation, method: this.method, url: cut(this.url), headers, body: this.body === undefined ? undefined : cut(this.body) });
}

function bodyFor(
  operation: Operation,
  schema: JsonSchema | undefined,
  doc: OpenApiDocument,
  world: FuzzWorld,
  broken: boolean,
): fc.Arbitrary<{ body?: string; type: string | null }> {
  const examples = world.examples[operation.id] ?? [];
  const generated = schema ? fromSchema(schema, doc, world) : fc.jsonValue({ maxDepth: 2 });
  const json = (values: fc.Arbitrary<unknown>) => values.map((value) => ({ body: JSON.stringify(value) ?? 'null', type: 'application/json' }));
  if (!broken) {
    return examples.length > 0
      ? fc.oneof({ weight: 4, arbitrary: json(fc.constantFrom(...examples)) }, { weight: 1, arbitrary: json(generated) })
      : json(generated);
  }
  const valid = examples.length > 0 ? fc.oneof(fc.constantFrom(...examples), generated) : generated;
  return fc.oneof(
    { weight: 10, arbitrary: json(valid.chain(brokenOnce)) },
    { weight: 2, arbitrary: fc.tuple(valid, fc.constantFrom(...CONTENT_TYPES)).map(([value, type]) => ({ body: JSON.stringify(value) ?? 'null', type })) },
    { weight: 4, arbitrary: fc.tuple(fc.constantFrom(...JUNK_BODIES), fc.constantFrom(...CONTENT_TYPES)).map(([body, type]) => ({ body, type })) },
    { weight: 1, arbitrary: fc.constantFrom<{ body?: string; type: string | null }>({ type: null }, { type: 'application/json' }) },
  );
}
