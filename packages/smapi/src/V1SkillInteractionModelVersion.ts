/**
 * The model's `v1.skill.interactionModel.version` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * `v1.skill.interactionModel.version.Links` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface Links {
  readonly self?: V1.Link | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.Links`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Links: Schema.Schema<Links> = /*#__PURE__*/ Open.struct({
  self: /*#__PURE__*/ Schema.optional(V1.Link)
})

/**
 * Version metadata about the catalog entity version.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogEntityVersion {
  readonly version?: string | undefined
  readonly creationTime?: string | undefined
  readonly description?: string | undefined
  readonly _links?: Links | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.CatalogEntityVersion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogEntityVersion: Schema.Schema<CatalogEntityVersion> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  creationTime: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(Links)
})

/**
 * `v1.skill.interactionModel.version.ValueSchemaName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValueSchemaName {
  readonly value?: string | undefined
  readonly synonyms?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.ValueSchemaName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValueSchemaName: Schema.Schema<ValueSchemaName> = /*#__PURE__*/ Open.struct({
  value: /*#__PURE__*/ Schema.optional(Schema.String),
  synonyms: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * The value schema in type object of interaction model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ValueSchema {
  readonly id?: string | undefined
  readonly name?: ValueSchemaName | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.ValueSchema`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ValueSchema: Schema.Schema<ValueSchema> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(ValueSchemaName)
})

/**
 * List of catalog values.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogValues {
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
  /**
   * Total number of catalog values.
   */
  readonly totalCount?: number | undefined
  readonly _links?: V1.Links | undefined
  readonly values?: ReadonlyArray<ValueSchema> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.CatalogValues`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogValues: Schema.Schema<CatalogValues> = /*#__PURE__*/ Open.struct({
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  totalCount: /*#__PURE__*/ Schema.optional(Schema.Int),
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  values: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ValueSchema))
})

/**
 * Definition for catalog version input data.
 *
 * @since 0.3.0
 * @category models
 */
export interface InputSource {
  /**
   * Type of catalog.
   */
  readonly type?: string | undefined
  /**
   * Url to the catalog reference.
   */
  readonly url?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.InputSource`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InputSource: Schema.Schema<InputSource> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  url: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Catalog version data with metadata.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogVersionData {
  readonly source?: InputSource | undefined
  /**
   * Description string for specific catalog version.
   */
  readonly description?: string | undefined
  /**
   * Specific catalog version.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.CatalogVersionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogVersionData: Schema.Schema<CatalogVersionData> = /*#__PURE__*/ Open.struct({
  source: /*#__PURE__*/ Schema.optional(InputSource),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * List of catalog versions of a catalog for the vendor in sortDirection order, descending as default.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListCatalogEntityVersionsResponse {
  readonly _links?: Links | undefined
  /**
   * List of catalog entity versions.
   */
  readonly catalogVersions?: ReadonlyArray<CatalogEntityVersion> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
  readonly totalCount?: number | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.ListCatalogEntityVersionsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListCatalogEntityVersionsResponse: Schema.Schema<ListCatalogEntityVersionsResponse> = /*#__PURE__*/ Open
  .struct({
    _links: /*#__PURE__*/ Schema.optional(Links),
    catalogVersions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(CatalogEntityVersion)),
    isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
    totalCount: /*#__PURE__*/ Schema.optional(Schema.Int)
  })

/**
 * Version metadata about the entity.
 *
 * @since 0.3.0
 * @category models
 */
export interface VersionItems {
  readonly version?: string | undefined
  readonly creationTime?: string | undefined
  readonly description?: string | undefined
  readonly _links?: Links | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.VersionItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionItems: Schema.Schema<VersionItems> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  creationTime: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(Links)
})

/**
 * List of interactionModel versions of a skill for the vendor
 *
 * @since 0.3.0
 * @category models
 */
export interface ListResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of interaction model versions.
   */
  readonly skillModelVersions?: ReadonlyArray<VersionItems> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.ListResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListResponse: Schema.Schema<ListResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  skillModelVersions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(VersionItems)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Catalog version specific data.
 *
 * @since 0.3.0
 * @category models
 */
export interface VersionData {
  readonly source: InputSource
  /**
   * Description string for specific catalog version.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.VersionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VersionData: Schema.Schema<VersionData> = /*#__PURE__*/ Open.struct({
  source: InputSource,
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Catalog update description object.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogUpdate {
  /**
   * The catalog description with a 255 character maximum.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.version.catalogUpdate`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogUpdate: Schema.Schema<CatalogUpdate> = /*#__PURE__*/ Open.struct({
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})
