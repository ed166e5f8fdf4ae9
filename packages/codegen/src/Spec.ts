/**
 * The part of a Swagger 2.0 document the generator reads, typed, and how the pinned
 * `ask-smapi-model` is loaded: `spec.json` from `node_modules`, validated by
 * `@apidevtools/swagger-parser` before anything is generated from it.
 *
 * @since 0.3.0
 */
import SwaggerParser from "@apidevtools/swagger-parser"
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import type { OpenAPIV2 } from "openapi-types"
import * as Quirks from "./Quirks.js"

/**
 * A schema as the model writes it (JSON Schema draft 4 with Swagger's extensions).
 *
 * @since 0.3.0
 * @category models
 */
export interface JsonSchema {
  readonly $ref?: string
  readonly type?: "object" | "string" | "integer" | "number" | "boolean" | "array"
  readonly format?: string
  readonly description?: string
  readonly properties?: Readonly<Record<string, JsonSchema>>
  readonly required?: ReadonlyArray<string>
  readonly additionalProperties?: JsonSchema | boolean
  readonly items?: JsonSchema
  readonly allOf?: ReadonlyArray<JsonSchema>
  readonly enum?: ReadonlyArray<string>
  readonly discriminator?: string
  readonly minLength?: number
  readonly maxLength?: number
  readonly minimum?: number
  readonly maximum?: number
  readonly minItems?: number
  readonly maxItems?: number
  readonly minProperties?: number
  readonly maxProperties?: number
  readonly pattern?: string
  readonly "x-discriminator-value"?: string
  readonly "x-baseType"?: boolean
  readonly "x-inheritsFrom"?: string
}

/**
 * An operation's parameter: `body` has a `schema`, the others are described inline.
 *
 * @since 0.3.0
 * @category models
 */
export interface Parameter extends Omit<JsonSchema, "required"> {
  readonly name: string
  readonly in: "path" | "query" | "header" | "body"
  readonly required?: boolean
  readonly schema?: JsonSchema
  readonly collectionFormat?: string
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Response {
  readonly description?: string
  readonly schema?: JsonSchema
  readonly headers?: Readonly<Record<string, { readonly type?: string; readonly description?: string }>>
}

/**
 * @since 0.3.0
 * @category models
 */
export interface Operation {
  readonly "x-operation-name": string
  readonly summary?: string
  readonly description?: string
  readonly parameters?: ReadonlyArray<Parameter>
  readonly responses: Readonly<Record<string, Response>>
  readonly consumes?: ReadonlyArray<string>
  readonly produces?: ReadonlyArray<string>
}

/**
 * @since 0.3.0
 * @category models
 */
export type Method = "GET" | "PUT" | "POST" | "DELETE" | "PATCH" | "HEAD"

/**
 * @since 0.3.0
 * @category models
 */
export interface Spec {
  readonly swagger: "2.0"
  readonly info: { readonly version?: string }
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>
  readonly definitions: Readonly<Record<string, JsonSchema>>
}

/**
 * The definition a `$ref` names (`#/definitions/v1.skill.Manifest.Interface` ->
 * `v1.skill.Manifest.Interface`). The model only refers to its own definitions.
 *
 * @since 0.3.0
 * @category accessors
 */
export const refName = (ref: string): string => {
  const prefix = "#/definitions/"
  if (!ref.startsWith(prefix)) throw new Error(`unsupported $ref ${ref}`)
  return ref.slice(prefix.length)
}

/**
 * Where the pinned model lives: `ask-smapi-model`'s `spec.json` in `node_modules`.
 *
 * @since 0.3.0
 * @category constructors
 */
export const modelPath = (): string => createRequire(import.meta.url).resolve("ask-smapi-model/spec.json")

/**
 * The version of the pinned model, from its package.json.
 *
 * @since 0.3.0
 * @category constructors
 */
export const modelVersion = (): string =>
  (JSON.parse(readFileSync(createRequire(import.meta.url).resolve("ask-smapi-model/package.json"), "utf8")) as {
    readonly version: string
  }).version

/**
 * Reads the document and validates it against the Swagger 2.0 schema (swagger-parser, on a copy,
 * since it resolves `$ref`s in place and the generator needs their names; the copy has
 * `Quirks.inlineParameterItemRefs` applied).
 *
 * @since 0.3.0
 * @category constructors
 */
export const load = async (path: string = modelPath()): Promise<Spec> => {
  const spec = JSON.parse(readFileSync(path, "utf8")) as Spec
  await SwaggerParser.validate(Quirks.inlineParameterItemRefs(spec) as unknown as OpenAPIV2.Document)
  return spec
}
