import type * as Operation from "@smapi-effect/engine/Operation"

/** An operation the emulator answers, whatever its input, success and error types. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOperation = Operation.Operation<any, any>

/** What a request's method and path reached. */
export type Match =
  | { readonly _tag: "Operation"; readonly operation: AnyOperation; readonly params: Record<string, string> }
  /** The path is an operation's, the method is not. */
  | { readonly _tag: "Method"; readonly allowed: ReadonlyArray<string> }
  | { readonly _tag: "Unknown" }

interface Node {
  readonly literals: Map<string, Node>
  readonly params: Map<string, Node>
  readonly operations: Map<string, AnyOperation>
}

const node = (): Node => ({ literals: new Map(), params: new Map(), operations: new Map() })

const segmentsOf = (path: string): Array<string> => path.split("/").slice(1)

const placeholder = /^\{([^}]+)\}$/

/** A router over path templates: a literal segment wins over a parameter, a parameter takes one segment. */
export const make = (operations: Iterable<AnyOperation>) => {
  const root = node()
  for (const operation of operations) {
    let at = root
    for (const segment of segmentsOf(operation.path)) {
      const name = placeholder.exec(segment)?.[1]
      const children = name === undefined ? at.literals : at.params
      const key = name ?? segment
      let next = children.get(key)
      if (next === undefined) children.set(key, next = node())
      at = next
    }
    const clash = at.operations.get(operation.method)
    if (clash !== undefined && clash.id !== operation.id) {
      throw new Error(`${operation.id} and ${clash.id} share ${operation.method} ${operation.path}`)
    }
    at.operations.set(operation.method, operation)
  }

  // Depth first, literals before parameters: the first template that reaches the end with the
  // method wins; failing that, any template that reaches the end says which methods it has.
  const find = (
    at: Node,
    segments: ReadonlyArray<string>,
    index: number,
    params: Record<string, string>,
    method: string
  ): Match => {
    if (index === segments.length) {
      const operation = at.operations.get(method)
      if (operation !== undefined) return { _tag: "Operation", operation, params: { ...params } }
      return at.operations.size > 0 ? { _tag: "Method", allowed: [...at.operations.keys()] } : { _tag: "Unknown" }
    }
    const raw = segments[index]!
    let fallback: Match = { _tag: "Unknown" }
    const literal = at.literals.get(decode(raw))
    if (literal !== undefined) {
      const found = find(literal, segments, index + 1, params, method)
      if (found._tag === "Operation") return found
      if (found._tag === "Method") fallback = found
    }
    for (const [name, child] of at.params) {
      params[name] = decode(raw)
      const found = find(child, segments, index + 1, params, method)
      delete params[name]
      if (found._tag === "Operation") return found
      if (found._tag === "Method" && fallback._tag === "Unknown") fallback = found
    }
    return fallback
  }

  return (method: string, path: string): Match => find(root, segmentsOf(path), 0, {}, method.toUpperCase())
}

// A segment that is not well-formed percent-encoding is taken as it is.
const decode = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
