/**
 * A SMAPI operation as a description: its method, path template and parameters with their
 * constraints, query, headers and body, the decoder of each success status, the statuses it
 * declares and whether it is safe to retry. The engine (`SmapiClient`) runs any description;
 * adding an operation adds no pipeline code.
 *
 * @since 0.2.0
 */
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import * as HttpWire from "@smapi-effect/http-transport/HttpWire"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type { ParseOptions } from "effect/SchemaAST"
import * as SchemaAST from "effect/SchemaAST"
import type * as Types from "effect/Types"
import type * as SmapiError from "./SmapiError.js"

/**
 * Where a parameter goes on the wire.
 *
 * @since 0.2.0
 * @category models
 */
export type Location = "path" | "query" | "header" | "body"

/**
 * One input parameter: where it goes, its schema (a `Schema.Struct` field, so `Schema.optional`
 * works), and its name on the wire when that differs from its name in the input.
 *
 * @since 0.2.0
 * @category models
 */
export interface Parameter<F extends Schema.Struct.Field = Schema.Struct.Field> {
  readonly in: Location
  readonly field: F
  readonly wireName: string | undefined
}

/**
 * A path parameter: always sent as exactly one encoded path segment.
 *
 * @since 0.2.0
 * @category parameters
 */
export const path = <F extends Schema.Struct.Field>(field: F): Parameter<F> => ({
  in: "path",
  field,
  wireName: undefined
})

/**
 * A query parameter; an array is sent as the name repeated (Swagger's `collectionFormat: multi`).
 *
 * @since 0.2.0
 * @category parameters
 */
export const query = <F extends Schema.Struct.Field>(field: F, wireName?: string): Parameter<F> => ({
  in: "query",
  field,
  wireName
})

/**
 * A header parameter.
 *
 * @since 0.2.0
 * @category parameters
 */
export const header = <F extends Schema.Struct.Field>(field: F, wireName: string): Parameter<F> => ({
  in: "header",
  field,
  wireName: wireName.toLowerCase()
})

/**
 * The JSON body.
 *
 * @since 0.2.0
 * @category parameters
 */
export const body = <F extends Schema.Struct.Field>(field: F): Parameter<F> => ({
  in: "body",
  field,
  wireName: undefined
})

/**
 * The annotation that gives a constraint its error code, e.g. `INVALID_STRING_LENGTH`: input
 * failing it is a `BadRequest` with that code, raised before anything is sent.
 *
 * @since 0.2.0
 * @category annotations
 */
export const ErrorCode: unique symbol = Symbol.for("@smapi-effect/engine/Operation/ErrorCode")

/**
 * The annotation of an open enum: a string schema that takes any string (SMAPI may add values
 * after the model was published), annotated with the values the model knows. A client sends and
 * reads every string; an emulator can refuse the values the model does not know, as SMAPI would.
 *
 * @since 0.3.0
 * @category annotations
 */
export const KnownValues: unique symbol = Symbol.for("@smapi-effect/engine/Operation/KnownValues")

const codePoints = (s: string): number => {
  let n = 0
  for (const _ of s) n++
  return n
}

/**
 * A string of `minLength` to `maxLength` characters (Unicode code points, as the API counts them),
 * failing with the code `INVALID_STRING_LENGTH`. The message never holds the value.
 *
 * @since 0.2.0
 * @category schemas
 */
export const string = (options: { readonly minLength?: number; readonly maxLength?: number }) => {
  const min = options.minLength ?? 0
  const max = options.maxLength ?? Infinity
  const bounds = max === Infinity ? `at least ${min}` : `${min} to ${max}`
  return Schema.String.pipe(
    Schema.filter((s) => {
      // code points <= UTF-16 length <= 2 x code points: count them only when the bounds could fail
      if (s.length <= max && s.length >= 2 * min) return true
      const n = codePoints(s)
      return n >= min && n <= max || `must be ${bounds} characters long; it has ${n}`
    }, { [ErrorCode]: "INVALID_STRING_LENGTH" })
  )
}

/**
 * A secret: `value` on the wire, `Redacted` once decoded. It decodes and encodes the same values
 * as `Schema.Redacted(value)`, with the same errors from the wire side, and prints and compares
 * the same; but a decode makes one `Redacted` where `Schema.Redacted` makes two (its type side
 * decodes the value again and wraps it anew), and each is an entry in Effect's global registry of
 * secrets. A value refused on the type side (validating a `Redacted` that holds a bad value) is
 * reported as one `Type` issue that never shows the value; `Schema.Redacted` reports the value's
 * own issue.
 *
 * @since 0.2.0
 * @category schemas
 */
export const redacted = <A, I>(value: Schema.Schema<A, I, never>): Schema.Schema<Redacted.Redacted<A>, I> => {
  // annotations built from the value's own, as Schema.Redacted's are: no fast-check in a browser bundle
  const check = (inner: Schema.Schema<A>) => {
    const isValue = ParseResult.is(inner)
    return (u: unknown, _: ParseOptions, ast: SchemaAST.AST) =>
      Redacted.isRedacted(u) && isValue(Redacted.value(u))
        ? ParseResult.succeed(u as Redacted.Redacted<A>)
        : ParseResult.fail(new ParseResult.Type(ast, u))
  }
  const self = Schema.declare([Schema.typeSchema(value)], { decode: check, encode: check }, {
    typeConstructor: { _tag: "effect/Redacted" },
    description: "Redacted(<redacted>)",
    pretty: () => () => "Redacted(<redacted>)",
    arbitrary: (inner) => (fc) => inner(fc).map((a) => Redacted.make(a)),
    equivalence: (inner) => Redacted.getEquivalence(inner)
  })
  return Schema.transform(value, self, {
    strict: true,
    decode: (a) => Redacted.make(a),
    encode: (secret) => Redacted.value(secret)
  })
}

/**
 * How one response status is read: its body decoded, or why it could not be (the reason names
 * where the body went wrong, never what it held).
 *
 * @since 0.2.0
 * @category models
 */
export interface Response<A> {
  readonly decode: (response: HttpTransport.HttpResponse) => Either.Either<A, string>
  /** The schema the body is decoded with (none for an empty or redirect answer): what an emulator answers from. */
  readonly body?: Schema.Schema.AnyNoContext | undefined
  /** How the body is read: JSON, or text (`text`; `jsonOrText` reads JSON unless the answer is `text/*`). */
  readonly contentType?: "json" | "text" | undefined
  /** The response headers the model declares and the success value carries, e.g. `["ETag"]`. */
  readonly headers?: ReadonlyArray<HeaderName> | undefined
}

/**
 * A JSON body decoded with `schema`; the decoder is compiled once. Extra fields are ignored.
 *
 * @since 0.2.0
 * @category responses
 */
export const json = <A, I>(schema: Schema.Schema<A, I, never>): Response<A> => {
  const decode = Schema.decodeUnknownEither(schema)
  return {
    body: schema,
    contentType: "json",
    decode: (response) => {
      const body = HttpWire.parseJson(response.body)
      if (Either.isLeft(body)) return Either.left(body.left)
      const decoded = decode(body.right)
      // the decoder's Right is the result: a success allocates nothing more
      return Either.isRight(decoded) ? decoded as Either.Either<A, never> : Either.left(describeMismatch(decoded.left))
    }
  }
}

// Names where the body went wrong, never what it held: a body may hold a secret.
const describeMismatch = (error: ParseResult.ParseError): string =>
  `unexpected or missing value at ${HttpWire.mismatchPaths(error).join(", ")}`

/**
 * A JSON body decoded with `schema`, or no body at all (`undefined`): an empty 201 or 202 is a
 * success, as SMAPI sends some with nothing in them.
 *
 * @since 0.3.0
 * @category responses
 */
export const jsonOrEmpty = <A, I>(schema: Schema.Schema<A, I, never>): Response<A | undefined> => {
  const body = json(schema)
  return {
    body: schema,
    contentType: "json",
    decode: (response) => isBlank(response.body) ? Either.right(undefined) : body.decode(response)
  }
}

const isBlank = (body: Uint8Array): boolean => {
  for (const byte of body) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return false
  return true
}

const utf8 = new TextDecoder("utf-8", { fatal: true })

/**
 * The body as UTF-8 text, e.g. `text/csv`. Invalid UTF-8 is refused rather than silently replaced.
 *
 * @since 0.3.0
 * @category responses
 */
export const text: Response<string> = {
  body: Schema.String,
  contentType: "text",
  decode: (response) => {
    try {
      return Either.right(utf8.decode(response.body))
    } catch {
      return Either.left("it is not valid UTF-8")
    }
  }
}

const textType = /^\s*text\//i

/**
 * Text when the answer's `content-type` is `text/*` (what an `Accept: text/csv` asks for), else
 * JSON decoded with `schema`.
 *
 * @since 0.3.0
 * @category responses
 */
export const jsonOrText = <A, I>(schema: Schema.Schema<A, I, never>): Response<A | string> => {
  const body = json(schema)
  return {
    body: schema,
    contentType: "json",
    decode: (response) => {
      const contentType = response.headers["content-type"]
      return contentType !== undefined && textType.test(contentType) ? text.decode(response) : body.decode(response)
    }
  }
}

/**
 * No body, or one that is ignored (`204 No Content`).
 *
 * @since 0.2.0
 * @category responses
 */
export const empty: Response<void> = { decode: () => Either.void }

/**
 * A response header that `withHeaders` can put in the success value.
 *
 * @since 0.3.0
 * @category models
 */
export type HeaderName = "ETag" | "Location"

/**
 * A body and the headers named `N`, each under its lower-cased name (`etag`, `location`).
 *
 * @since 0.3.0
 * @category models
 */
export type WithHeaders<A, N extends HeaderName> = Types.Simplify<
  & { readonly body: A }
  & { readonly [K in N as Lowercase<K>]?: string | undefined }
>

/**
 * `response`'s body with the headers `names` beside it: `{ body, etag, location }`, a header the
 * answer lacks `undefined`. Values are made printable and bounded (they go back in `If-Match`,
 * or are followed).
 *
 * @since 0.3.0
 * @category responses
 */
export const withHeaders = <A, const N extends ReadonlyArray<HeaderName>>(
  response: Response<A>,
  names: N
): Response<WithHeaders<A, N[number]>> => {
  const keys = names.map((name) => name.toLowerCase())
  return {
    body: response.body,
    contentType: response.contentType,
    headers: names,
    decode: (answer) =>
      Either.map(response.decode(answer), (body) => {
        const value: Record<string, unknown> = { body }
        for (const key of keys) value[key] = headerValue(answer, key)
        return value as WithHeaders<A, N[number]>
      })
  }
}

/**
 * A `201` or `202` with a JSON body, or none, and the `Location` of the resource to poll:
 * `withHeaders(jsonOrEmpty(schema), ["Location"])`.
 *
 * @since 0.2.0
 * @category responses
 */
export const accepted = <A, I>(
  schema: Schema.Schema<A, I, never>
): Response<WithHeaders<A | undefined, "Location">> => withHeaders(jsonOrEmpty(schema), ["Location"])

/**
 * A redirect or an answer whose meaning is its `Location` header (`303 See Other`).
 *
 * @since 0.2.0
 * @category responses
 */
export const redirect: Response<{ readonly location: string | undefined }> = {
  headers: ["Location"],
  decode: (response) => Either.right({ location: headerValue(response, "location") })
}

const headerValue = (response: HttpTransport.HttpResponse, name: string): string | undefined => {
  const value = response.headers[name]
  return value === undefined ? undefined : HttpWire.printable(value, 2048)
}

/**
 * How a list is paged: the input field that takes the continuation token, and where a page says
 * the next one.
 *
 * @since 0.2.0
 * @category models
 */
export interface Pagination<A> {
  readonly inputToken: string
  readonly nextToken: (page: A) => string | undefined
}

/**
 * An operation: `I` its input, `A` its success, `E` the errors a call of it can fail with (the
 * seven, and `Conflict` or `PreconditionFailed` when it declares 409 or 412).
 *
 * @since 0.2.0
 * @category models
 */
export interface Operation<I, A, E = SmapiError.SmapiError> {
  /** The operation id of the official model, e.g. `getSkillCredentialsV1`. */
  readonly id: string
  /** The model's one-line summary, when it has one. */
  readonly summary?: string
  readonly method: HttpTransport.Method
  /** The path template, e.g. `/v1/skills/{skillId}/credentials`. */
  readonly path: string
  readonly parameters: Readonly<Record<string, Parameter>>
  /** The input: every parameter's field, with its constraints. */
  readonly input: Schema.Schema<I, unknown, never>
  /** Validates input and encodes it for the wire (compiled once). */
  readonly encode: (input: I) => Either.Either<Readonly<Record<string, unknown>>, ParseResult.ParseError>
  /** The decoder of each success status. A 2xx not listed is read by the first one. */
  readonly responses: Readonly<Record<number, Response<A>>>
  /**
   * The error statuses the operation declares. Every status maps to one error (see `Wire`); 409
   * and 412 map to `Conflict` and `PreconditionFailed` only when declared here.
   */
  readonly errors: ReadonlyArray<number>
  /** Whether sending it twice is harmless: then 5xx and timeouts are retried too. */
  readonly idempotent: boolean
  readonly pagination: Pagination<A> | undefined
  /** Type-level only: the errors of a call. */
  readonly "~error"?: (_: never) => E
}

/**
 * An operation that pages with a continuation token.
 *
 * @since 0.2.0
 * @category models
 */
export interface Paginated<I, A, E = SmapiError.SmapiError> extends Operation<I, A, E> {
  readonly pagination: Pagination<A>
}

/**
 * The errors of an operation that declares the error statuses `X` (e.g. `[400, 404, 409]`): the
 * seven, with `Conflict` when it declares 409 and `PreconditionFailed` when it declares 412.
 *
 * @since 0.3.0
 * @category models
 */
export type ErrorOf<X extends ReadonlyArray<number>> =
  | SmapiError.SmapiError
  | (409 extends X[number] ? SmapiError.Conflict : never)
  | (412 extends X[number] ? SmapiError.PreconditionFailed : never)

/**
 * The input type of a record of parameters.
 *
 * @since 0.2.0
 * @category models
 */
export type Input<P extends Readonly<Record<string, Parameter>>> = Schema.Struct.Type<
  { readonly [K in keyof P]: P[K]["field"] }
>

/**
 * The success type of a record of responses.
 *
 * @since 0.2.0
 * @category models
 */
export type Success<R extends Readonly<Record<number, Response<unknown>>>> = R[keyof R] extends Response<infer A> ? A
  : never

/**
 * @since 0.2.0
 * @category models
 */
export interface Spec<
  P extends Readonly<Record<string, Parameter>>,
  R extends Readonly<Record<number, Response<unknown>>>,
  X extends ReadonlyArray<number> = ReadonlyArray<number>
> {
  readonly id: string
  readonly summary?: string | undefined
  readonly method: HttpTransport.Method
  readonly path: string
  readonly parameters: P
  readonly responses: R
  /** The error statuses the model declares, e.g. `[400, 401, 404, 409]`. */
  readonly errors?: X | undefined
  /** Default: true for GET, HEAD, PUT and DELETE, false for POST and PATCH. */
  readonly idempotent?: boolean | undefined
}

const placeholder = /\{([^}]+)\}/g

/**
 * Describes an operation. Every `{name}` in the path must be a required path parameter, and the
 * reverse: a mismatch, or an optional path parameter, is a mistake in the description and throws
 * here, once, not on a call. Its errors are the seven, with `Conflict` and `PreconditionFailed`
 * when `errors` lists 409 and 412.
 *
 * @since 0.2.0
 * @category constructors
 */
export const make = <
  const P extends Readonly<Record<string, Parameter>>,
  const R extends Readonly<Record<number, Response<unknown>>>,
  const X extends ReadonlyArray<number> = readonly []
>(spec: Spec<P, R, X>): Operation<Input<P>, Success<R>, ErrorOf<X>> => {
  const inPath = new Set(Array.from(spec.path.matchAll(placeholder), (m) => m[1]!))
  for (const name in spec.parameters) {
    if ((spec.parameters[name]!.in === "path") !== inPath.delete(name)) {
      throw new Error(`${spec.id}: path parameter "${name}" and the path template ${spec.path} disagree`)
    }
  }
  if (inPath.size > 0) throw new Error(`${spec.id}: ${[...inPath].join(", ")} in ${spec.path} are not parameters`)
  if (Object.keys(spec.responses).length === 0) throw new Error(`${spec.id}: no success response is described`)
  const fields: Record<string, Schema.Struct.Field> = {}
  for (const name in spec.parameters) fields[name] = spec.parameters[name]!.field
  const input = Schema.Struct(fields) as unknown as Schema.Schema<Input<P>, unknown, never>
  for (const property of SchemaAST.getPropertySignatures(SchemaAST.typeAST(input.ast))) {
    if (spec.parameters[property.name as string]?.in === "path" && mayBeAbsent(property)) {
      throw new Error(`${spec.id}: path parameter "${String(property.name)}" is optional: a path needs every segment`)
    }
  }
  const encode = Schema.encodeEither(input, { errors: "first" }) as (
    input: Input<P>
  ) => Either.Either<Readonly<Record<string, unknown>>, ParseResult.ParseError>
  return {
    id: spec.id,
    ...(spec.summary === undefined ? {} : { summary: spec.summary }),
    method: spec.method,
    path: spec.path,
    parameters: spec.parameters,
    input,
    encode,
    responses: spec.responses as Readonly<Record<number, Response<Success<R>>>>,
    errors: spec.errors ?? [],
    idempotent: spec.idempotent ?? (spec.method !== "POST" && spec.method !== "PATCH"),
    pagination: undefined
  }
}

const mayBeAbsent = (property: SchemaAST.PropertySignature): boolean =>
  property.isOptional || SchemaAST.isUndefinedKeyword(property.type) ||
  (SchemaAST.isUnion(property.type) && property.type.types.some(SchemaAST.isUndefinedKeyword))

/**
 * Marks an operation as paged: `inputToken` names its continuation-token parameter.
 *
 * @since 0.2.0
 * @category constructors
 */
export const paginated = <I, A, E>(
  operation: Operation<I, A, E>,
  pagination: { readonly inputToken: keyof I & string; readonly nextToken: (page: A) => string | undefined }
): Paginated<I, A, E> => {
  if (operation.parameters[pagination.inputToken]?.in !== "query") {
    throw new Error(`${operation.id}: "${pagination.inputToken}" is not a query parameter`)
  }
  return { ...operation, pagination }
}
