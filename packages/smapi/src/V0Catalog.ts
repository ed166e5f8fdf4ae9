/**
 * The model's `v0.catalog` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * Type of catalog.
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogType =
  | "AMAZON.BroadcastChannel"
  | "AMAZON.Genre"
  | "AMAZON.MusicAlbum"
  | "AMAZON.MusicGroup"
  | "AMAZON.MusicPlaylist"
  | "AMAZON.MusicRecording"
  | "AMAZON.TerrestrialRadioChannel"
  | "AMAZON.AudioRecording"
  | (string & {})

/**
 * The schema of `v0.catalog.CatalogType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogType: Schema.Schema<CatalogType> = /*#__PURE__*/ Open.literals(
  "AMAZON.BroadcastChannel",
  "AMAZON.Genre",
  "AMAZON.MusicAlbum",
  "AMAZON.MusicGroup",
  "AMAZON.MusicPlaylist",
  "AMAZON.MusicRecording",
  "AMAZON.TerrestrialRadioChannel",
  "AMAZON.AudioRecording"
)

/**
 * Usage of the catalog.
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogUsage =
  | "AlexaMusic.Catalog.BroadcastChannel"
  | "AlexaMusic.Catalog.Genre"
  | "AlexaMusic.Catalog.MusicAlbum"
  | "AlexaMusic.Catalog.MusicGroup"
  | "AlexaMusic.Catalog.MusicPlaylist"
  | "AlexaMusic.Catalog.MusicRecording"
  | "AlexaMusic.Catalog.TerrestrialRadioChannel"
  | "AlexaTest.Catalog.AudioRecording"
  | (string & {})

/**
 * The schema of `v0.catalog.CatalogUsage`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogUsage: Schema.Schema<CatalogUsage> = /*#__PURE__*/ Open.literals(
  "AlexaMusic.Catalog.BroadcastChannel",
  "AlexaMusic.Catalog.Genre",
  "AlexaMusic.Catalog.MusicAlbum",
  "AlexaMusic.Catalog.MusicGroup",
  "AlexaMusic.Catalog.MusicPlaylist",
  "AlexaMusic.Catalog.MusicRecording",
  "AlexaMusic.Catalog.TerrestrialRadioChannel",
  "AlexaTest.Catalog.AudioRecording"
)

/**
 * `v0.catalog.CatalogDetails` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogDetails {
  /**
   * Unique identifier of the added catalog object.
   */
  readonly id?: string | undefined
  /**
   * Title of the catalog.
   */
  readonly title?: string | undefined
  readonly type?: CatalogType | undefined
  readonly usage?: CatalogUsage | undefined
  /**
   * The date time when the catalog was last updated.
   */
  readonly lastUpdatedDate?: string | undefined
  /**
   * The date time when the catalog was created.
   */
  readonly createdDate?: string | undefined
  /**
   * The list of skill Ids associated with the catalog.
   */
  readonly associatedSkillIds?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v0.catalog.CatalogDetails`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogDetails: Schema.Schema<CatalogDetails> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  title: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(CatalogType),
  usage: /*#__PURE__*/ Schema.optional(CatalogUsage),
  lastUpdatedDate: /*#__PURE__*/ Schema.optional(Schema.String),
  createdDate: /*#__PURE__*/ Schema.optional(Schema.String),
  associatedSkillIds: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * `v0.catalog.CatalogSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogSummary {
  /**
   * Unique identifier of the added catalog object.
   */
  readonly id?: string | undefined
  /**
   * Title of the catalog.
   */
  readonly title?: string | undefined
  readonly type?: CatalogType | undefined
  readonly usage?: CatalogUsage | undefined
  /**
   * The date time when the catalog was last updated.
   */
  readonly lastUpdatedDate?: string | undefined
  /**
   * The date time when the catalog was created.
   */
  readonly createdDate?: string | undefined
  /**
   * The list of skill Ids associated with the catalog.
   */
  readonly associatedSkillIds?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v0.catalog.CatalogSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogSummary: Schema.Schema<CatalogSummary> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  title: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(CatalogType),
  usage: /*#__PURE__*/ Schema.optional(CatalogUsage),
  lastUpdatedDate: /*#__PURE__*/ Schema.optional(Schema.String),
  createdDate: /*#__PURE__*/ Schema.optional(Schema.String),
  associatedSkillIds: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * `v0.catalog.CreateCatalogRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateCatalogRequest {
  /**
   * Title of the catalog.
   */
  readonly title: string
  readonly type: CatalogType
  readonly usage: CatalogUsage
  /**
   * ID of the vendor owning the catalog.
   */
  readonly vendorId: string
}

/**
 * The schema of `v0.catalog.CreateCatalogRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateCatalogRequest: Schema.Schema<CreateCatalogRequest> = /*#__PURE__*/ Open.struct({
  title: Schema.String,
  type: CatalogType,
  usage: CatalogUsage,
  vendorId: /*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })
})

/**
 * Information about catalogs.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListCatalogsResponse {
  readonly _links?: V1.Links | undefined
  /**
   * List of catalog summaries.
   */
  readonly catalogs?: ReadonlyArray<CatalogSummary> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v0.catalog.ListCatalogsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListCatalogsResponse: Schema.Schema<ListCatalogsResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  catalogs: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(CatalogSummary)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})
