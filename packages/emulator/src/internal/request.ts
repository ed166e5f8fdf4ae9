import * as Operation from "@smapi-effect/engine/Operation"
import * as Either from "effect/Either"
import * as ParseResult from "effect/ParseResult"
import * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"
import type { AnyOperation } from "./router.js"

/** One thing wrong with a request, as the model's `BadRequestError` lists them. */
export interface Violation {
  readonly code: string
  readonly message: string
}

/** The body of a 400: the model's `BadRequestError` (`message`, `violations`), with the first code beside. */
export interface BadRequest {
  readonly code: string
  readonly message: string
  readonly violations: ReadonlyArray<Violation>
}

/** What a request carried, before it is read as an operation's input. */
export interface Wire {
  readonly params: Readonly<Record<string, string>>
  readonly query: URLSearchParams
  readonly headers: Readonly<Record<string, string | ReadonlyArray<string> | undefined>>
  readonly body: string
}

/** How an operation's input is read from the wire, compiled once per operation. */
export interface Reader {
  /** The decoded input, and the values as they came (a body as its JSON) before decoding. */
  readonly read: (wire: Wire) => Either.Either<
    { readonly input: Record<string, unknown>; readonly raw: Record<string, unknown> },
    BadRequest
  >
}

const badRequest = (violations: ReadonlyArray<Violation>): BadRequest => ({
  code: violations[0]?.code ?? "INVALID_REQUEST",
  message: `The request is not valid: ${violations.map((v) => v.message).join("; ")}`,
  violations
})

// Through refinements and suspensions to the schema a value has on the wire.
const unwrap = (ast: SchemaAST.AST): SchemaAST.AST =>
  SchemaAST.isRefinement(ast) ? unwrap(ast.from) : SchemaAST.isSuspend(ast) ? unwrap(ast.f()) : ast

const members = (ast: SchemaAST.AST): ReadonlyArray<SchemaAST.AST> => {
  const bare = unwrap(ast)
  return SchemaAST.isUnion(bare) ? bare.types.flatMap(members) : [bare]
}

const elementOf = (ast: SchemaAST.AST): SchemaAST.AST | undefined => {
  for (const member of members(ast)) {
    if (SchemaAST.isTupleType(member)) return member.rest[0]?.type ?? member.elements[0]?.type
  }
  return undefined
}

// A query, path or header value is text; the wire type of its parameter says what it was.
const coerce = (ast: SchemaAST.AST, text: string): unknown => {
  for (const member of members(ast)) {
    if (SchemaAST.isNumberKeyword(member) && text.trim() !== "" && Number.isFinite(Number(text))) return Number(text)
    if (SchemaAST.isBooleanKeyword(member) && (text === "true" || text === "false")) return text === "true"
    if (SchemaAST.isLiteral(member) && member.literal !== null && String(member.literal) === text) {
      return member.literal
    }
  }
  return text
}

const acceptsString = (ast: SchemaAST.AST): boolean =>
  members(ast).some((m) => SchemaAST.isStringKeyword(m) || SchemaAST.isTemplateLiteral(m))

const isText = (contentType: string | undefined) => contentType !== undefined && /^\s*text\//i.test(contentType)

const headerOf = (wire: Wire, name: string): string | undefined => {
  const value = wire.headers[name.toLowerCase()]
  return typeof value === "string" ? value : value?.[0]
}

/** The reader of `operation`'s input: each parameter from where the description puts it, then decoded by `input`. */
export const reader = (operation: AnyOperation): Reader => {
  const encoded = SchemaAST.encodedAST(operation.input.ast)
  const wireTypes = new Map<string, SchemaAST.AST>()
  for (const property of SchemaAST.getPropertySignatures(encoded)) {
    wireTypes.set(String(property.name), property.type)
  }
  const decode = Schema.decodeUnknownEither(operation.input, { errors: "all", onExcessProperty: "ignore" })
  return {
    read: (wire) => {
      const raw: Record<string, unknown> = {}
      for (const [name, parameter] of Object.entries(operation.parameters)) {
        const type = wireTypes.get(name) ?? SchemaAST.unknownKeyword
        switch (parameter.in) {
          case "path":
            if (wire.params[name] !== undefined) raw[name] = coerce(type, wire.params[name])
            break
          case "query": {
            const values = wire.query.getAll(parameter.wireName ?? name)
            const element = elementOf(type)
            if (element !== undefined) {
              if (values.length > 0) raw[name] = values.map((value) => coerce(element, value))
            } else if (values.length > 0) raw[name] = coerce(type, values[0]!)
            break
          }
          case "header": {
            const value = headerOf(wire, parameter.wireName ?? name)
            if (value !== undefined) raw[name] = coerce(type, value)
            break
          }
          case "body": {
            if (wire.body.trim() === "") break
            if (isText(headerOf(wire, "content-type")) && acceptsString(type)) {
              raw[name] = wire.body
              break
            }
            try {
              raw[name] = JSON.parse(wire.body)
            } catch {
              return Either.left(badRequest([{
                code: "MALFORMED_REQUEST_BODY",
                message: "the body is not valid JSON"
              }]))
            }
          }
        }
      }
      const decoded = decode(raw)
      if (Either.isLeft(decoded)) return Either.left(badRequest(violationsOf(decoded.left.issue)))
      // the client takes enum values and union members newer than the model; SMAPI, as the model
      // has it, does not
      const unknown = Object.keys(raw).flatMap((name) =>
        unknownValues(wireTypes.get(name) ?? SchemaAST.unknownKeyword, raw[name], [name])
      )
      if (unknown.length > 0) return Either.left(badRequest(unknown))
      return Either.right({ input: decoded.right as Record<string, unknown>, raw })
    }
  }
}

// Whether `value` is one of `ast` (as it is on the wire), each compiled once.
const accepts = new WeakMap<SchemaAST.AST, (value: unknown) => boolean>()
const isOf = (ast: SchemaAST.AST, value: unknown): boolean => {
  let is = accepts.get(ast)
  if (is === undefined) {
    is = Schema.is(Schema.make(ast))
    accepts.set(ast, is)
  }
  return is(value)
}

const maxListed = 8

/**
 * Every string in `value` (a decoded request's value as it came, so valid for `ast`, its wire
 * type) that an open enum of the model does not list (`Operation.KnownValues`). A union's value
 * is checked against the member it is one of; a declaration's (an open struct, a discriminated
 * union) against its type parameter.
 */
export const unknownValues = (
  ast: SchemaAST.AST,
  value: unknown,
  path: ReadonlyArray<PropertyKey>
): Array<Violation> => {
  switch (ast._tag) {
    case "StringKeyword": {
      const known = ast.annotations[Operation.KnownValues] as ReadonlyArray<string> | undefined
      if (known === undefined || typeof value !== "string" || known.includes(value)) return []
      const listed = known.slice(0, maxListed).join(", ") + (known.length > maxListed ? ", …" : "")
      return [{
        code: "INVALID_ENUM_VALUE",
        message: `'${path.map(String).join(".")}': ${JSON.stringify(value)} is not one of the model's ${
          known.length === 1 ? "value" : `${known.length} values`
        } (${listed})`
      }]
    }
    case "Refinement":
    case "Transformation":
      return unknownValues(ast.from, value, path)
    case "Suspend":
      return unknownValues(ast.f(), value, path)
    case "Union": {
      const member = ast.types.find((type) => isOf(type, value))
      return member === undefined ? [] : unknownValues(member, value, path)
    }
    case "Declaration": {
      const [only, ...more] = ast.typeParameters
      const parameter = more.length === 0 ? only : ast.typeParameters.find((type) => isOf(type, value))
      return parameter === undefined ? [] : unknownValues(parameter, value, path)
    }
    case "TupleType": {
      if (!Array.isArray(value)) return []
      return value.flatMap((item, i) => {
        const type = ast.elements[i]?.type ?? ast.rest[0]?.type
        return type === undefined ? [] : unknownValues(type, item, [...path, i])
      })
    }
    case "TypeLiteral": {
      if (typeof value !== "object" || value === null) return []
      const record = value as Readonly<Record<string, unknown>>
      const named = new Set<PropertyKey>()
      const out: Array<Violation> = []
      for (const property of ast.propertySignatures) {
        named.add(property.name)
        if (typeof property.name === "string" && Object.hasOwn(record, property.name)) {
          out.push(...unknownValues(property.type, record[property.name], [...path, property.name]))
        }
      }
      for (const signature of ast.indexSignatures) {
        for (const key of Object.keys(record)) {
          if (!named.has(key)) out.push(...unknownValues(signature.type, record[key], [...path, key]))
        }
      }
      return out
    }
    default:
      return []
  }
}

const describe = (issue: ParseResult.ParseIssue): string => {
  try {
    return ParseResult.ArrayFormatter.formatIssueSync(issue)[0]?.message ?? "is not valid"
  } catch {
    return "is not valid"
  }
}

const codeOf = (issue: ParseResult.ParseIssue): string | undefined => {
  if (issue._tag === "Missing") return "MISSING_PARAMETER"
  if (issue._tag === "Type") {
    return members(issue.ast).every(SchemaAST.isLiteral) ? "INVALID_ENUM_VALUE" : "INVALID_DATA_TYPE"
  }
  return undefined
}

// Every leaf of the issue, with where it is and the code of the constraint it failed.
const violationsOf = (
  issue: ParseResult.ParseIssue,
  path: ReadonlyArray<PropertyKey> = [],
  code?: string
): Array<Violation> => {
  const where = path.length === 0 ? "the request" : `'${path.map(String).join(".")}'`
  switch (issue._tag) {
    case "Pointer":
      return violationsOf(issue.issue, [...path, ...(Array.isArray(issue.path) ? issue.path : [issue.path])], code)
    case "Composite": {
      const issues: ReadonlyArray<ParseResult.ParseIssue> = Array.isArray(issue.issues)
        ? issue.issues
        : [issue.issues as ParseResult.ParseIssue]
      return issues.flatMap((inner) => violationsOf(inner, path, code))
    }
    case "Refinement": {
      const annotated = issue.ast.annotations[Operation.ErrorCode]
      const own = typeof annotated === "string" ? annotated : code
      if (issue.kind === "Predicate") {
        return [{ code: own ?? "INVALID_PARAMETER_VALUE", message: `${where}: ${describe(issue)}` }]
      }
      return violationsOf(issue.issue, path, own)
    }
    case "Transformation":
      return violationsOf(issue.issue, path, code)
    case "Missing":
      return [{ code: "MISSING_PARAMETER", message: `${where} is required` }]
    case "Type":
      // an optional parameter's "or nothing": not a second violation beside the real one
      if (SchemaAST.isUndefinedKeyword(issue.ast)) return []
      return [{ code: code ?? codeOf(issue) ?? "INVALID_PARAMETER_VALUE", message: `${where}: ${describe(issue)}` }]
    default:
      return [{ code: code ?? codeOf(issue) ?? "INVALID_PARAMETER_VALUE", message: `${where}: ${describe(issue)}` }]
  }
}
