/**
 * `Smapi.ts`: the `Smapi` service, one method per operation (and a `...Pages` stream per paged
 * one), with its constructor and layers built as `SkillCredentials`' are; and the package's
 * `index.ts`.
 *
 * @since 0.3.0
 */
import * as Code from "./Code.js"
import type * as Model from "./Model.js"

const firstSentence = (operation: Model.Operation): string => {
  const text = (operation.summary ?? operation.description ?? operation.name).replaceAll("\n", " ")
  const end = text.search(/\.(\s|$)/)
  return end === -1 ? text : text.slice(0, end + 1)
}

/**
 * The `Smapi` module.
 *
 * @since 0.3.0
 * @category emit
 */
export const emit = (model: Model.Model): string => {
  const operations = [...model.operations].sort((a, b) => a.name.localeCompare(b.name))
  const members = operations.flatMap((o) => [
    `${
      Code.docLine(`${firstSentence(o)} (\`${o.method} ${o.path}\`)`, "  ")
    }  readonly ${o.name}: Method<typeof Operations.${o.name}>`,
    ...(o.pagination === undefined
      ? []
      : [
        `${
          Code.docLine(`Every page of \`${o.name}\`, as a \`Stream\`.`, "  ")
        }  readonly ${o.name}Pages: PagesMethod<typeof Operations.${o.name}>`
      ])
  ])
  const optional = (o: Model.Operation) => o.parameters.every((p) => !p.required)
  const implementations = operations.flatMap((o) => [
    `      ${o.name}: (input${
      optional(o) ? " = {}" : ""
    }, options) => client.call(Operations.${o.name}, input, options)`,
    ...(o.pagination === undefined
      ? []
      : [
        `      ${o.name}Pages: (input${
          optional(o) ? " = {}" : ""
        }, options) => client.pages(Operations.${o.name}, input, options)`
      ])
  ])
  return `${
    Code.doc([
      "`Smapi`: every operation of the Skill Management API as a method of one service, named as the " +
      "official model names it, taking one input object keyed by the official SDK's argument names; " +
      "a paged list also as a `Stream` of its pages (`...Pages`). Each method runs the description " +
      "of the same name in `Operations` on the engine (`SmapiClient`).",
      Code.generatedNote(model.version)
    ], [`@since ${Code.since}`])
  }import type * as Operation from "@smapi-effect/engine/Operation"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import type * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import * as Operations from "./Operations.js"

${
    Code.doc(
      ["A method running the operation `O`; its input may be left out when every field of it is optional."],
      Code.tags("models")
    )
  }export type Method<O> = O extends Operation.Operation<infer I, infer A, infer E> ? Partial<I> extends I ? (
      input?: I,
      options?: SmapiClient.CallOptions
    ) => Effect.Effect<A, E>
  : (input: I, options?: SmapiClient.CallOptions) => Effect.Effect<A, E>
  : never

${
    Code.doc(["Every page of the paged operation `O`, as a `Stream`."], Code.tags("models"))
  }export type PagesMethod<O> = O extends Operation.Paginated<infer I, infer A, infer E> ? Partial<I> extends I ? (
      input?: I,
      options?: SmapiClient.CallOptions
    ) => Stream.Stream<A, E>
  : (input: I, options?: SmapiClient.CallOptions) => Stream.Stream<A, E>
  : never

${
    Code.doc(["One method per operation of the model, and a `...Pages` stream per paged one."], Code.tags("models"))
  }export interface Service {
${members.join("\n")}
}

${
    Code.doc([], Code.tags("tags"))
  }export class Smapi extends Context.Tag("@smapi-effect/smapi/Smapi")<Smapi, Service>() {}

${Code.doc([], Code.tags("models"))}export type Options = SmapiClient.Options

${
    Code.doc([
      "Builds the service over the `LwaAuth` and `HttpTransport` in context. An endpoint that may not " +
      "receive a token (plain http to another host, userinfo, not a URL) fails here, before any call."
    ], Code.tags("constructors"))
  }export const make = (
  options: Options = {}
): Effect.Effect<Service, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Effect.map(SmapiClient.make(options), (client) =>
    Smapi.of({
${implementations.join(",\n")}
    }))

${
    Code.doc([
      "`Smapi` over the `LwaAuth` and `HttpTransport` layers you provide.",
      [
        "@example",
        "```ts",
        `import { HttpTransport } from "@smapi-effect/http-transport"`,
        `import { LwaAuth } from "@smapi-effect/lwa-auth"`,
        `import { Smapi } from "@smapi-effect/smapi"`,
        `import { Effect, Layer, Redacted, Stream } from "effect"`,
        "",
        "const MainLayer = Smapi.layer().pipe(",
        "  Layer.provide(LwaAuth.layerRefreshToken({",
        `    clientId: "amzn1.application-oa2-client.0123456789abcdef",`,
        "    clientSecret: Redacted.make(process.env.LWA_CLIENT_SECRET!),",
        "    refreshToken: Redacted.make(process.env.LWA_REFRESH_TOKEN!)",
        "  })),",
        "  Layer.provide(HttpTransport.layerFetch())",
        ")",
        "",
        "// every skill of a vendor, page after page",
        "const skills = Effect.gen(function*() {",
        "  const smapi = yield* Smapi.Smapi",
        `  return yield* smapi.listSkillsForVendorV1Pages({ vendorId: "M1EXAMPLE" }).pipe(`,
        "    Stream.flatMap((page) => Stream.fromIterable(page.skills ?? [])),",
        "    Stream.runCollect",
        "  )",
        "}).pipe(Effect.provide(MainLayer))",
        "```"
      ].join("\n")
    ], Code.tags("layers"))
  }export const layer = (
  options: Options = {}
): Layer.Layer<Smapi, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Layer.effect(Smapi, make(options))

${
    Code.doc([
      "The whole stack from the environment: the endpoint from `ASK_SMAPI_SERVER_BASE_URL`, LWA " +
      "credentials from the ASK CLI's names (see `LwaAuth.config`), one transport shared by both (the " +
      "portable fetch transport unless you give another)."
    ], Code.tags("layers"))
  }export const layerConfig: (
  options?: SmapiClient.ConfigOptions
) => Layer.Layer<Smapi, ConfigError.ConfigError> = SmapiClient.layerConfigWith(layer)
`
}

/**
 * The package's `index.ts`: a namespace per module.
 *
 * @since 0.3.0
 * @category emit
 */
export const index = (model: Model.Model, schemaFiles: ReadonlyArray<string>): string => {
  const modules = ["Operations", "Smapi", ...schemaFiles.map((file) => file.replace(/\.ts$/, ""))]
  return `${
    Code.doc([
      "The whole Skill Management API: `Operations` (one description per operation), `Smapi` (the " +
      "service), and a module of schemas per namespace of the official model.",
      Code.generatedNote(model.version)
    ], [`@since ${Code.since}`])
  }${modules.map((m) => `${Code.doc([], [`@since ${Code.since}`])}export * as ${m} from "./${m}.js"\n`).join("\n")}`
}
