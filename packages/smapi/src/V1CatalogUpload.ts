/**
 * The model's `v1.catalog.upload` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * `v1.catalog.upload.PreSignedUrlItem` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PreSignedUrlItem {
  readonly eTag?: string | undefined
  readonly partNumber?: number | undefined
}

/**
 * The schema of `v1.catalog.upload.PreSignedUrlItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PreSignedUrlItem: Schema.Schema<PreSignedUrlItem> = /*#__PURE__*/ Open.struct({
  eTag: /*#__PURE__*/ Schema.optional(Schema.String),
  partNumber: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Request body for self-hosted catalog uploads
 *
 * @since 0.3.0
 * @category models
 */
export interface PreSignedUrl {
  /**
   * Unique identifier for urls
   */
  readonly urlId: string
  /**
   * List of (eTag, part number) pairs for each part of the file uploaded
   */
  readonly partETags?: ReadonlyArray<PreSignedUrlItem> | undefined
}

/**
 * The schema of `v1.catalog.upload.PreSignedUrl`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PreSignedUrl: Schema.Schema<PreSignedUrl> = /*#__PURE__*/ Open.struct({
  urlId: Schema.String,
  partETags: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(PreSignedUrlItem).pipe(
      /*#__PURE__*/ Schema.minItems(1),
      /*#__PURE__*/ Schema.maxItems(1000)
    )
  )
})

/**
 * Request body for self-hosted catalog uploads
 *
 * @since 0.3.0
 * @category models
 */
export interface Location {
  /**
   * self hosted url location.
   */
  readonly location?: string | undefined
}

/**
 * The schema of `v1.catalog.upload.Location`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Location: Schema.Schema<Location> = /*#__PURE__*/ Open.struct({
  location: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.catalog.upload.CatalogUploadBase` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogUploadBase = PreSignedUrl | Location

/**
 * The schema of `v1.catalog.upload.CatalogUploadBase`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogUploadBase: Schema.Schema<CatalogUploadBase> = /*#__PURE__*/ Schema.Union(PreSignedUrl, Location)

/**
 * Value of status depends on if file is available for download or not.
 *
 * @since 0.3.0
 * @category models
 */
export type FileUploadStatus = "PENDING" | "AVAILABLE" | "PURGED" | "UNAVAILABLE" | (string & {})

/**
 * The schema of `v1.catalog.upload.FileUploadStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FileUploadStatus: Schema.Schema<FileUploadStatus> = /*#__PURE__*/ Open.literals(
  "PENDING",
  "AVAILABLE",
  "PURGED",
  "UNAVAILABLE"
)

/**
 * `v1.catalog.upload.ContentUploadFileSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ContentUploadFileSummary {
  /**
   * If the file is available for download, downloadUrl can be used to download the file.
   */
  readonly downloadUrl: string
  readonly expiresAt: string
  readonly status: FileUploadStatus
}

/**
 * The schema of `v1.catalog.upload.ContentUploadFileSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ContentUploadFileSummary: Schema.Schema<ContentUploadFileSummary> = /*#__PURE__*/ Open.struct({
  downloadUrl: Schema.String,
  expiresAt: Schema.String,
  status: FileUploadStatus
})

/**
 * Status of the entire upload.
 *
 * @since 0.3.0
 * @category models
 */
export type UploadStatus = "PENDING" | "IN_PROGRESS" | "FAILED" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v1.catalog.upload.UploadStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UploadStatus: Schema.Schema<UploadStatus> = /*#__PURE__*/ Open.literals(
  "PENDING",
  "IN_PROGRESS",
  "FAILED",
  "SUCCEEDED"
)

/**
 * `v1.catalog.upload.IngestionStepName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type IngestionStepName = "UPLOAD" | "SCHEMA_VALIDATION" | (string & {})

/**
 * The schema of `v1.catalog.upload.IngestionStepName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IngestionStepName: Schema.Schema<IngestionStepName> = /*#__PURE__*/ Open.literals(
  "UPLOAD",
  "SCHEMA_VALIDATION"
)

/**
 * `v1.catalog.upload.IngestionStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type IngestionStatus = "PENDING" | "IN_PROGRESS" | "FAILED" | "SUCCEEDED" | "CANCELLED" | (string & {})

/**
 * The schema of `v1.catalog.upload.IngestionStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IngestionStatus: Schema.Schema<IngestionStatus> = /*#__PURE__*/ Open.literals(
  "PENDING",
  "IN_PROGRESS",
  "FAILED",
  "SUCCEEDED",
  "CANCELLED"
)

/**
 * Represents a single step in the multi-step ingestion process of a new upload.
 *
 * @since 0.3.0
 * @category models
 */
export interface UploadIngestionStep {
  readonly name: IngestionStepName
  readonly status: IngestionStatus
  /**
   * Url for the file containing logs of ingestion step.
   */
  readonly logUrl?: string | undefined
  /**
   * This array will contain the violations occurred during the execution of step. Will be empty, if execution succeeded.
   */
  readonly violations: ReadonlyArray<V1.Error>
}

/**
 * The schema of `v1.catalog.upload.UploadIngestionStep`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UploadIngestionStep: Schema.Schema<UploadIngestionStep> = /*#__PURE__*/ Open.struct({
  name: IngestionStepName,
  status: IngestionStatus,
  logUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  violations: /*#__PURE__*/ Schema.Array(V1.Error)
})

/**
 * `v1.catalog.upload.GetContentUploadResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetContentUploadResponse {
  /**
   * Unique identifier of the upload
   */
  readonly id: string
  /**
   * Unique identifier of the added catalog object
   */
  readonly catalogId: string
  readonly status: UploadStatus
  readonly createdDate: string
  readonly lastUpdatedDate: string
  readonly file: ContentUploadFileSummary
  /**
   * List of different steps performed on the upload.
   */
  readonly ingestionSteps: ReadonlyArray<UploadIngestionStep>
}

/**
 * The schema of `v1.catalog.upload.GetContentUploadResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetContentUploadResponse: Schema.Schema<GetContentUploadResponse> = /*#__PURE__*/ Open.struct({
  id: Schema.String,
  catalogId: Schema.String,
  status: UploadStatus,
  createdDate: Schema.String,
  lastUpdatedDate: Schema.String,
  file: ContentUploadFileSummary,
  ingestionSteps: /*#__PURE__*/ Schema.Array(UploadIngestionStep)
})
