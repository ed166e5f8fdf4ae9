/**
 * Every way the official model departs from plain Swagger 2.0, or says less than a typed client
 * needs, handled here, one named function each (each has a test in test/Quirks.test.ts).
 *
 * @since 0.3.0
 */
import type * as Spec from "./Spec.js"

/**
 * Three string enums are typed `object` (`v1.StageType`, `v1.StageV2Type`,
 * `v1.skill.skillResourcesEnum`): a schema with `enum` is a string enum whatever its `type`.
 *
 * @since 0.3.0
 * @category quirks
 */
export const isStringEnum = (
  schema: Spec.JsonSchema
): schema is Spec.JsonSchema & { readonly enum: ReadonlyArray<string> } =>
  Array.isArray(schema.enum) && schema.enum.every((value) => typeof value === "string")

/**
 * Ten query parameters are arrays whose `items` `$ref` a definition (an enum), which Swagger 2.0
 * does not allow outside a body. The document is validated with those items inlined; the
 * generator reads the `$ref` as it reads any other.
 *
 * @since 0.3.0
 * @category quirks
 */
export const inlineParameterItemRefs = (spec: Spec.Spec): Spec.Spec => {
  const copy = structuredClone(spec) as { -readonly [K in keyof Spec.Spec]: Spec.Spec[K] }
  for (const operations of Object.values(copy.paths)) {
    for (const operation of Object.values(operations)) {
      for (const parameter of operation.parameters ?? []) {
        const ref = parameter.in === "body" ? undefined : parameter.items?.$ref
        if (ref === undefined) continue
        const target = copy.definitions[ref.slice("#/definitions/".length)]
        ;(parameter as { items?: Spec.JsonSchema }).items = {
          type: "string",
          ...(target?.enum ? { enum: target.enum } : {})
        }
      }
    }
  }
  return copy
}

/**
 * A definition with no properties at all, such as `v1.smartHomeEvaluation.SHCapabilityState` or
 * an inline `"type": "object", "properties": {}`: any JSON object, kept whole.
 *
 * @since 0.3.0
 * @category quirks
 */
export const isFreeFormObject = (schema: Spec.JsonSchema): boolean =>
  schema.$ref === undefined && schema.allOf === undefined && !isStringEnum(schema) &&
  schema.discriminator === undefined && (schema.type === "object" || schema.type === undefined) &&
  Object.keys(schema.properties ?? {}).length === 0 &&
  (schema.additionalProperties === undefined || typeof schema.additionalProperties === "boolean")

/**
 * A base type without a discriminator (`v1.catalog.upload.CatalogUploadBase`, marked
 * `x-baseType`): the union of the definitions that name it in `x-inheritsFrom`, those with more
 * required fields first, so that the loosest one cannot take a value meant for another.
 *
 * @since 0.3.0
 * @category quirks
 */
export const baseTypeMembers = (spec: Spec.Spec, base: string): ReadonlyArray<string> | undefined => {
  if (spec.definitions[base]?.["x-baseType"] !== true) return undefined
  const required = (name: string) =>
    (spec.definitions[name]?.allOf ?? []).reduce((n, part) => n + (part.required?.length ?? 0), 0)
  return Object.keys(spec.definitions)
    .filter((name) => spec.definitions[name]?.["x-inheritsFrom"] === base)
    .sort((a, b) => required(b) - required(a) || a.localeCompare(b))
}

/**
 * Secrets in bodies, by `definition.property`: decoded as `Redacted`, so that they never print.
 * Presigned upload URLs are not in the list: a caller passes them on as they are.
 *
 * @since 0.3.0
 * @category quirks
 */
export const secrets: ReadonlySet<string> = new Set([
  "v1.skill.SkillMessagingCredentials.clientSecret",
  "v1.skill.accountLinking.AccountLinkingRequestPayload.clientSecret",
  "v1.skill.AlexaHosted.HostedSkillRepositoryCredentials.password"
])

/**
 * Property names that look like a secret but hold none (continuation tokens, URLs, settings),
 * so that a newer model's secret cannot slip in unlisted: every property whose name matches
 * `looksSecret` is in `secrets` or here, or the generator stops.
 *
 * @since 0.3.0
 * @category quirks
 */
export const notSecrets: ReadonlySet<string> = new Set([
  "nextToken",
  "accessTokenUrl",
  "reciprocalAccessTokenUrl",
  "accessTokenScheme",
  "defaultTokenExpirationInSeconds",
  "multiTurnToken",
  "token",
  "keywords",
  "skillMessagingCredentials",
  "repositoryCredentials",
  "paginationContextToken"
])

/**
 * Names that may hold a secret.
 *
 * @since 0.3.0
 * @category quirks
 */
export const looksSecret = (property: string): boolean => /secret|password|token|credential|key/i.test(property)

/**
 * Where a page says how to get the next one: the model puts the token in five places
 * (`nextToken`, `paginationContext.nextToken`, `paginationContextToken.nextToken`,
 * `inSkillProductSummaryList.nextToken`, or only in `_links.next.href`), sometimes beside an
 * `isTruncated`. Each is a path from the page, found in the page's definition in this order.
 *
 * @since 0.3.0
 * @category quirks
 */
export const tokenPlaces: ReadonlyArray<
  { readonly path: ReadonlyArray<string>; readonly kind: "token" | "link" | "truncated" }
> = [
  { path: ["isTruncated"], kind: "truncated" },
  { path: ["nextToken"], kind: "token" },
  { path: ["paginationContext", "nextToken"], kind: "token" },
  { path: ["paginationContextToken", "nextToken"], kind: "token" },
  { path: ["inSkillProductSummaryList", "isTruncated"], kind: "truncated" },
  { path: ["inSkillProductSummaryList", "nextToken"], kind: "token" },
  { path: ["_links", "next", "href"], kind: "link" },
  { path: ["inSkillProductSummaryList", "_links", "next", "href"], kind: "link" }
]

/**
 * Five operations list a `default` response (an `Error`, for "internal server error"): the engine
 * maps every status it is not told about, so `default` adds nothing and is not a success.
 *
 * @since 0.3.0
 * @category quirks
 */
export const isStatus = (key: string): boolean => /^[1-5]\d\d$/.test(key)

/**
 * Two operations carry text both ways: `getAnnotationsForNLUAnnotationSetsV1` answers `text/csv`
 * when asked with `Accept`, `updateAnnotationsForNLUAnnotationSetsV1` takes a `text/csv` body
 * under `Content-Type`. Such an answer is JSON or text; such a body is its JSON value or a string.
 *
 * @since 0.3.0
 * @category quirks
 */
export const textMedia = (operation: Spec.Operation): { readonly answers: boolean; readonly takes: boolean } => ({
  answers: (operation.produces ?? []).some((type) => type.startsWith("text/")),
  takes: (operation.consumes ?? []).some((type) => type.startsWith("text/"))
})

/**
 * The response headers a caller gets with the success value (the model declares `ETag` and
 * `Location`; `Content-Type` and `Content-Language` say nothing the value does not).
 *
 * @since 0.3.0
 * @category quirks
 */
export const keptHeaders = ["ETag", "Location"] as const
