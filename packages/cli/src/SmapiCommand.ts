/**
 * One `smapi` command: its flags, as ask-cli's `ask smapi` has them, and how their values become
 * the input of its operation. The table itself is generated (src/commands, from
 * codegen/Commands.ts); this module reads a command line against one entry of it.
 *
 * @since 0.3.0
 */
import type * as Operation from "@smapi-effect/engine/Operation"
import * as Either from "effect/Either"
import { readFileSync } from "node:fs"
import { parseArgs } from "node:util"
import * as Args from "./Args.js"
import { UsageError } from "./CliError.js"

/**
 * How a flag's text becomes a value: as it is, a number, `true`/`false`, or JSON (inline or
 * `file:<path>`; text that is not JSON is taken as text, as ask-cli does).
 *
 * @since 0.3.0
 * @category models
 */
export type Kind = "string" | "number" | "boolean" | "json"

/**
 * One flag of a command, and where its value goes in the operation's input.
 *
 * @since 0.3.0
 * @category models
 */
export interface Flag {
  /** Kebab case, without the dashes: `skill-id`. */
  readonly name: string
  /** ask-cli's one-letter alias: `-s` for `--skill-id`. */
  readonly alias?: string
  readonly required: boolean
  readonly kind: Kind
  /** Comma-separated values, as ask-cli splits them. */
  readonly array?: true
  /** Each value of an array is wrapped as `{ [wrap]: value }` (ask-cli's testers' emails). */
  readonly wrap?: string
  readonly enum?: ReadonlyArray<string>
  readonly default?: string
  /** The path in the input: the SDK's argument name, then the body's property path. */
  readonly target: ReadonlyArray<string>
  readonly description: string
}

/**
 * One command of the generated table.
 *
 * @since 0.3.0
 * @category models
 */
export interface Command {
  readonly name: string
  /** The model's description of the operation. */
  readonly description: string
  readonly flags: ReadonlyArray<Flag>
  /** Where `ASK_VENDOR_ID` goes in the input, when the operation takes a vendor. */
  readonly vendor?: ReadonlyArray<string>
  /** The input key of a body given flag by flag: sent as an object even when no flag fills it. */
  readonly body?: string
  /** Any operation: its input is built from text here and checked by the engine before sending. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly operation: Operation.Operation<any, any, any>
}

/**
 * One line of the index: what `smapi --help` shows, and how to load the command.
 *
 * @since 0.3.0
 * @category models
 */
export interface Entry {
  readonly summary: string
  readonly load: () => Promise<{ readonly command: Command }>
}

/**
 * What a command line asks of a command, checked.
 *
 * @since 0.3.0
 * @category models
 */
export interface Invocation extends Args.ConnectionOptions {
  /** The operation's input, without the vendor (which comes from the environment). */
  readonly input: Readonly<Record<string, unknown>>
  readonly help: boolean
  readonly all: boolean
  readonly fullResponse: boolean
  readonly reveal: boolean
  /** Each request and its answer, one line each on stderr (method, URL, status, time, request id). */
  readonly debug: boolean
}

/**
 * The flags every command takes besides its own.
 *
 * @since 0.3.0
 * @category parsing
 */
export const commonFlags = {
  "full-response": { type: "boolean" },
  all: { type: "boolean" },
  reveal: { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  // read before the command loads (`Smapi.outputOf`), so that its failures are in the format asked for
  output: { type: "string" },
  ...Args.connectionFlags
} as const

const usage = (code: string, message: string) => Either.left(new UsageError({ code, message }))

// ask-cli's _loadValue: `file:<path>` reads the file; text that parses as JSON is JSON
const json = (flag: Flag, text: string): Either.Either<unknown, UsageError> => {
  let content = text
  if (text.startsWith("file:")) {
    const path = text.slice("file:".length)
    try {
      content = readFileSync(path, "utf8")
    } catch (error) {
      const why = (error as NodeJS.ErrnoException).code ?? "unreadable"
      return usage("INVALID_FLAG_VALUE", `--${flag.name}: cannot read ${path} (${why})`)
    }
  }
  try {
    return Either.right(JSON.parse(content))
  } catch (error) {
    // ask-cli's text that is not JSON is a string (a CSV body, say); text that opens as an object
    // or an array was meant as JSON, and is not sent as a string in its place. The parser's words
    // are not repeated: they can quote the text, which may hold a secret.
    if (/^\s*[[{]/.test(content)) {
      const at = /position (\d+)/.exec(String(error))?.[1]
      return usage(
        "INVALID_FLAG_VALUE",
        `--${flag.name} is not valid JSON${at === undefined ? "" : ` (from character ${Number(at) + 1})`}`
      )
    }
    return Either.right(content)
  }
}

const scalar = (flag: Flag, text: string): Either.Either<unknown, UsageError> => {
  switch (flag.kind) {
    case "string":
      return Either.right(flag.wrap === undefined ? text : { [flag.wrap]: text })
    case "number": {
      const value = Number(text)
      return text.trim() === "" || Number.isNaN(value)
        ? usage("INVALID_FLAG_VALUE", `--${flag.name} must be a number, not "${text}"`)
        : Either.right(value)
    }
    case "boolean":
      return text === "true" || text === "false"
        ? Either.right(text === "true")
        : usage("INVALID_FLAG_VALUE", `--${flag.name} must be true or false, not "${text}"`)
    case "json":
      return json(flag, text)
  }
}

const value = (flag: Flag, text: string): Either.Either<unknown, UsageError> =>
  flag.array === true ? Either.all(text.split(",").map((part) => scalar(flag, part))) : scalar(flag, text)

/**
 * Sets `value` at `path` in `into`, making the objects on the way. Tells whether it could: a value
 * on the way that is not an object (a JSON flag's string, say) is left as it is.
 *
 * @since 0.3.0
 * @category input
 */
export const setPath = (into: Record<string, unknown>, path: ReadonlyArray<string>, value: unknown): boolean => {
  let node = into
  for (const key of path.slice(0, -1)) {
    const next = node[key]
    if (next === undefined) node = (node[key] = {}) as Record<string, unknown>
    else if (typeof next === "object" && next !== null && !Array.isArray(next)) node = next as Record<string, unknown>
    // what is there already is kept: a JSON flag's value is never replaced behind its back
    else return false
  }
  node[path[path.length - 1]!] = value
  return true
}

/**
 * Reads `argv` (the words after the command's name) against `command`. Every error names its flag.
 *
 * @since 0.3.0
 * @category parsing
 */
export const parse = (command: Command, argv: ReadonlyArray<string>): Either.Either<Invocation, UsageError> => {
  const options: Record<string, { type: "string" | "boolean"; short?: string }> = { ...commonFlags }
  for (const flag of command.flags) {
    options[flag.name] = flag.alias === undefined ? { type: "string" } : { type: "string", short: flag.alias }
  }
  // Not strict: unknown flags and missing values are reported here, naming the flag.
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true })
  const values = new Map<string, string | true>()
  for (const token of tokens) {
    if (token.kind === "positional") {
      return usage("UNEXPECTED_ARGUMENT", `unexpected argument "${token.value}": ${command.name} takes flags only`)
    }
    if (token.kind !== "option") continue
    if (!(token.name in options)) return usage("UNKNOWN_FLAG", `unknown flag ${token.rawName} for ${command.name}`)
    if (options[token.name]!.type === "boolean") {
      if (token.inlineValue) return usage("INVALID_FLAG_VALUE", `${token.rawName} takes no value`)
      values.set(token.name, true)
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith("--"))) {
      return usage("MISSING_FLAG_VALUE", `${token.rawName} needs a value`)
    } else {
      // a flag given twice: the last one counts, as with ask-cli
      values.set(token.name, token.value)
    }
  }
  const string = (name: string) => {
    const found = values.get(name)
    return typeof found === "string" ? found : undefined
  }
  const help = values.get("help") === true
  const connection = Args.connectionOptions(string)
  if (Either.isLeft(connection)) return Either.left(connection.left)
  const common = {
    ...connection.right,
    help,
    all: values.get("all") === true,
    fullResponse: values.get("full-response") === true,
    reveal: values.get("reveal") === true,
    debug: values.get("debug") === true
  }
  if (help) return Either.right({ ...common, input: {} })
  const missing = command.flags.filter((flag) => flag.required && !values.has(flag.name))
  if (missing.length > 0) {
    return usage(
      "MISSING_FLAG",
      `${command.name} needs ${missing.map((flag) => `--${flag.name}`).join(", ")} (missing required flag${
        missing.length === 1 ? "" : "s"
      })`
    )
  }
  if (common.all && command.operation.pagination === undefined) {
    return usage("INVALID_FLAG_VALUE", `--all: ${command.name} is not paged`)
  }
  const input: Record<string, unknown> = command.body === undefined ? {} : { [command.body]: {} }
  for (const flag of command.flags) {
    const text = string(flag.name) ?? flag.default
    if (text === undefined) continue
    const parsed = value(flag, text)
    if (Either.isLeft(parsed)) return Either.left(parsed.left)
    if (!setPath(input, flag.target, parsed.right)) {
      return usage(
        "INVALID_FLAG_VALUE",
        `--${flag.name} belongs in an object, and another flag gave something else there`
      )
    }
  }
  return Either.right({ ...common, input })
}

const wrapText = (text: string, indent: string, width = 100): string =>
  text.split("\n").map((paragraph) => {
    const lines: Array<string> = []
    let line = ""
    for (const word of paragraph.split(/\s+/).filter((w) => w !== "")) {
      if (line !== "" && line.length + 1 + word.length > width - indent.length) {
        lines.push(line)
        line = word
      } else {
        line = line === "" ? word : `${line} ${word}`
      }
    }
    lines.push(line)
    return lines.map((l) => `${indent}${l}`).join("\n")
  }).join("\n")

/**
 * `smapi <command> --help`: the model's description, then each flag, required ones marked.
 *
 * @since 0.3.0
 * @category help
 */
export const help = (command: Command, heading: (text: string) => string): string => {
  const flag = (f: Flag) => {
    const names = `${f.alias === undefined ? "    " : `-${f.alias}, `}--${f.name} <${
      f.kind === "json" ? "json" : f.name
    }>`
    const notes = [
      f.required ? "[REQUIRED]" : "[OPTIONAL]",
      ...(f.array === true ? ["[MULTIPLE]: values separated by commas."] : []),
      ...(f.kind === "json" ? ["[JSON]: inline, or file:<path>."] : []),
      ...(f.enum === undefined ? [] : [`[ENUM]: ${f.enum.join(", ")}.`]),
      ...(f.default === undefined ? [] : [`Default: ${f.default}.`])
    ].join(" ")
    return `  ${names}\n${wrapText(`${notes} ${f.description}`.trim(), "      ")}`
  }
  return [
    `smapi ${command.name}: ${command.operation.id}`,
    ``,
    wrapText(command.description, "  "),
    ``,
    heading("Flags"),
    command.flags.length === 0 ? "  (none)" : command.flags.map(flag).join("\n"),
    ...(command.vendor === undefined ? [] : [``, `  The vendor id comes from ASK_VENDOR_ID, as with ask-cli.`]),
    ``,
    heading("Common flags"),
    `  --full-response        print {"statusCode", "headers", "body"} rather than the body`,
    ...(command.operation.pagination === undefined
      ? []
      : [`  --all                  follow nextToken to the last page, one page a line`]),
    `  --reveal               print secrets (a clientSecret, a password) in clear`,
    `  --output json|text     one line of JSON (the default when stdout is not a terminal), or indented`,
    `  --debug                each request and its answer on stderr, a line each (no headers or bodies)`,
    `  --api-endpoint URL, --lwa-endpoint URL, --max-attempts N, --timeout SECONDS, --proxy URL`,
    `                         as smapi-credentials (smapi --help)`,
    ``
  ].join("\n")
}
