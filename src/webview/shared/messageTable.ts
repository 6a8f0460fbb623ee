/**
 * Message tables for webviews: one object per direction maps each message type to the validators of
 * its fields. The TypeScript union of the messages and the runtime checker both come from that one
 * object, so a type added to the table and handled nowhere fails to compile (see {@link Handlers}), and
 * a message the table does not know is reported, never silently dropped.
 *
 * Plain TypeScript, no DOM, no Node, no vscode: the extension host and the webview bundle import it alike.
 */

/** What a validator returns for a value it refuses. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

/** Checks one field and returns the value to keep (possibly narrowed); `undefined` leaves the field out. */
export type Validator<T> = (value: unknown) => T | Invalid;

export type FieldValidators = Record<string, Validator<unknown>>;
/** Message type → its fields. A message without fields maps to `{}`. */
export type MessageTable = Record<string, FieldValidators>;

type Out<V> = V extends Validator<infer T> ? T : never;
type OptionalKeys<F extends FieldValidators> = { [K in keyof F]: undefined extends Out<F[K]> ? K : never }[keyof F];
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The object a record of validators accepts: fields whose validator may answer `undefined` are optional. */
export type Shape<F extends FieldValidators> = Simplify<
  { [K in Exclude<keyof F, OptionalKeys<F>>]: Out<F[K]> } & { [K in OptionalKeys<F>]?: Exclude<Out<F[K]>, undefined> }
>;

/** The discriminated union of every message in a table. */
export type MessageOf<T extends MessageTable> = { [K in keyof T & string]: Simplify<{ type: K } & Shape<T[K]>> }[keyof T & string];

/** One handler per message type: leaving a type out is a compile error. */
export type Handlers<M extends { type: string }, R = void> = { [K in M['type']]: (message: Extract<M, { type: K }>) => R };

/** Calls the handler of the message's type. */
export function dispatch<M extends { type: string }, R>(handlers: Handlers<M, R>, message: M): R {
  return (handlers[message.type as M['type']] as (message: M) => R)(message);
}

const MAX_TEXT = 8 * 1024;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

/** A string of at most 8 KiB (a webview is a browser page: its input is bounded, like any other). */
export const text: Validator<string> = (value) => (typeof value === 'string' && value.length <= MAX_TEXT ? value : INVALID);
export const integer: Validator<number> = (value) => (Number.isSafeInteger(value) ? (value as number) : INVALID);
export const boolean: Validator<boolean> = (value) => (typeof value === 'boolean' ? value : INVALID);
/** A string of any length: only for the host → webview direction, whose sender is trusted. */
export const anyText: Validator<string> = (value) => (typeof value === 'string' ? value : INVALID);

/** One of the listed strings. */
export function oneOf<const V extends string>(values: readonly V[]): Validator<V> {
  return (value) => (values.includes(value as V) ? (value as V) : INVALID);
}

/** Absent (or `undefined`) is fine and leaves the field out; present, it must pass. */
export function optional<T>(validator: Validator<T>): Validator<T | undefined> {
  return (value) => (value === undefined ? undefined : validator(value));
}

/** A value that is kept only when it is exactly `expected`; anything else leaves the field out, not refused. */
export function onlyIf<const V extends string | boolean>(expected: V): Validator<V | undefined> {
  return (value) => (value === expected ? expected : undefined);
}

/** A nested object: the listed fields are checked, any other field is left behind. */
export function record<F extends FieldValidators>(fields: F): Validator<Shape<F>> {
  return (value) => {
    if (!isRecord(value)) return INVALID;
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(fields)) {
      const checked = fields[key]!(own(value, key) ? value[key] : undefined);
      if (checked === INVALID) return INVALID;
      if (checked !== undefined) out[key] = checked;
    }
    return out as Shape<F>;
  };
}

/** A list of at most `max` items, each checked. */
export function list<T>(item: Validator<T>, max: number): Validator<T[]> {
  return (value) => {
    if (!Array.isArray(value) || value.length > max) return INVALID;
    const out: T[] = [];
    for (const entry of value) {
      const checked = item(entry);
      if (checked === INVALID) return INVALID;
      out.push(checked);
    }
    return out;
  };
}

/**
 * An object whose shape the sender vouches for (the extension host's own view state): only "is an
 * object" is checked at run time. Use it only for the host → webview direction.
 */
export function trusted<T extends object>(): Validator<T> {
  return (value) => (typeof value === 'object' && value !== null ? (value as T) : INVALID);
}

export type CheckResult<M> = { ok: true; message: M } | { ok: false; problem: string };

/** Checks one raw message against the table: its type must be listed and every field must pass. */
export function checkMessage<T extends MessageTable>(table: T, raw: unknown): CheckResult<MessageOf<T>> {
  if (!isRecord(raw) || typeof raw.type !== 'string') return { ok: false, problem: 'a message that is not an object with a string "type"' };
  const type = raw.type;
  const shown = JSON.stringify(type.length > 40 ? `${type.slice(0, 40)}…` : type);
  if (!own(table, type)) return { ok: false, problem: `a message of unknown type ${shown}` };
  const fields = table[type]!;
  const message: Record<string, unknown> = { type };
  for (const key of Object.keys(fields)) {
    const checked = fields[key]!(own(raw, key) ? raw[key] : undefined);
    if (checked === INVALID) return { ok: false, problem: `a malformed ${shown} message (field "${key}")` };
    if (checked !== undefined) message[key] = checked;
  }
  return { ok: true, message: message as MessageOf<T> };
}

/**
 * A checker that reports each distinct problem once (an unknown type, a malformed field) through
 * `report`, and returns the checked message or `undefined`. At most `maxReports` problems are reported,
 * so a flood of odd messages cannot flood the log.
 */
export function messageChecker<T extends MessageTable>(
  table: T,
  report: (problem: string) => void,
  maxReports = 20,
): (raw: unknown) => MessageOf<T> | undefined {
  const reported = new Set<string>();
  return (raw) => {
    const result = checkMessage(table, raw);
    if (result.ok) return result.message;
    if (!reported.has(result.problem) && reported.size < maxReports) {
      reported.add(result.problem);
      report(`ignored ${result.problem}`);
    }
    return undefined;
  };
}
