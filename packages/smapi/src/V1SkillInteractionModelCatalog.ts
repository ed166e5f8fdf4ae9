/**
 * The model's `v1.skill.interactionModel.catalog` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"
import * as V1Skill from "./V1Skill.js"

/**
 * Definition for catalog entity.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogEntity {
  /**
   * Name of the catalog.
   */
  readonly name?: string | undefined
  /**
   * Description string about the catalog.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogEntity`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogEntity: Schema.Schema<CatalogEntity> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Catalog request definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogDefinitionOutput {
  readonly catalog?: CatalogEntity | undefined
  /**
   * Time of the catalog definition creation.
   */
  readonly creationTime?: string | undefined
  /**
   * Total number of versions.
   */
  readonly totalVersions?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogDefinitionOutput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogDefinitionOutput: Schema.Schema<CatalogDefinitionOutput> = /*#__PURE__*/ Open.struct({
  catalog: /*#__PURE__*/ Schema.optional(CatalogEntity),
  creationTime: /*#__PURE__*/ Schema.optional(Schema.String),
  totalVersions: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Definition for catalog input.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogInput {
  /**
   * Name of the catalog.
   */
  readonly name: string
  /**
   * Description string about the catalog.
   */
  readonly description?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogInput`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogInput: Schema.Schema<CatalogInput> = /*#__PURE__*/ Open.struct({
  name: Schema.String,
  description: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Definition for catalog entity.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogItem {
  /**
   * Name of the catalog.
   */
  readonly name?: string | undefined
  /**
   * Description string about the catalog.
   */
  readonly description?: string | undefined
  /**
   * Identifier of the catalog, optional in get response as the request already has catalogId.
   */
  readonly catalogId?: string | undefined
  readonly _links?: V1.Links | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogItem: Schema.Schema<CatalogItem> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  catalogId: /*#__PURE__*/ Schema.optional(Schema.String),
  _links: /*#__PURE__*/ Schema.optional(V1.Links)
})

/**
 * CatalogId information.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogResponse {
  /**
   * ID of the catalog created.
   */
  readonly catalogId?: string | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogResponse: Schema.Schema<CatalogResponse> = /*#__PURE__*/ Open.struct({
  catalogId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Status of last modification request for a resource.
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogStatusType = "FAILED" | "IN_PROGRESS" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogStatusType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogStatusType: Schema.Schema<CatalogStatusType> = /*#__PURE__*/ Open.literals(
  "FAILED",
  "IN_PROGRESS",
  "SUCCEEDED"
)

/**
 * Contains attributes related to last modification request of a resource.
 *
 * @since 0.3.0
 * @category models
 */
export interface LastUpdateRequest {
  readonly status?: CatalogStatusType | undefined
  /**
   * The version id of the entity returned.
   */
  readonly version?: string | undefined
  readonly errors?: ReadonlyArray<V1Skill.StandardizedError> | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.LastUpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LastUpdateRequest: Schema.Schema<LastUpdateRequest> = /*#__PURE__*/ Open.struct({
  status: /*#__PURE__*/ Schema.optional(CatalogStatusType),
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  errors: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1Skill.StandardizedError))
})

/**
 * Defines the structure for catalog status response.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogStatus {
  readonly lastUpdateRequest?: LastUpdateRequest | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.CatalogStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogStatus: Schema.Schema<CatalogStatus> = /*#__PURE__*/ Open.struct({
  lastUpdateRequest: /*#__PURE__*/ Schema.optional(LastUpdateRequest)
})

/**
 * Catalog request definitions.
 *
 * @since 0.3.0
 * @category models
 */
export interface DefinitionData {
  readonly catalog: CatalogInput
  /**
   * The vendorId that the catalog should belong to.
   */
  readonly vendorId: string
}

/**
 * The schema of `v1.skill.interactionModel.catalog.DefinitionData`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DefinitionData: Schema.Schema<DefinitionData> = /*#__PURE__*/ Open.struct({
  catalog: CatalogInput,
  vendorId: Schema.String
})

/**
 * List of catalog versions of a skill for the vendor.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListCatalogResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of catalogs.
   */
  readonly catalogs?: ReadonlyArray<CatalogItem> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
  readonly totalCount?: number | undefined
}

/**
 * The schema of `v1.skill.interactionModel.catalog.ListCatalogResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListCatalogResponse: Schema.Schema<ListCatalogResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  catalogs: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(CatalogItem)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  totalCount: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Catalog update request object.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateRequest {
  /**
   * The catalog name.
   */
  readonly name: string
  /**
   * The catalog description with a 255 character maximum.
   */
  readonly description: string
}

/**
 * The schema of `v1.skill.interactionModel.catalog.UpdateRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateRequest: Schema.Schema<UpdateRequest> = /*#__PURE__*/ Open.struct({
  name: Schema.String,
  description: Schema.String
})
