/**
 * The model's `v0.catalog.upload` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V0 from "./V0.js"
import * as V1 from "./V1.js"

/**
 * `v0.catalog.upload.PreSignedUrlItem` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PreSignedUrlItem {
  readonly eTag: string
  readonly partNumber: number
}

/**
 * The schema of `v0.catalog.upload.PreSignedUrlItem`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PreSignedUrlItem: Schema.Schema<PreSignedUrlItem> = /*#__PURE__*/ Open.struct({
  eTag: Schema.String,
  partNumber: /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 1000))
})

/**
 * `v0.catalog.upload.CompleteUploadRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CompleteUploadRequest {
  /**
   * List of (eTag, part number) pairs for each part of the file uploaded.
   */
  readonly partETags?: ReadonlyArray<PreSignedUrlItem> | undefined
}

/**
 * The schema of `v0.catalog.upload.CompleteUploadRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CompleteUploadRequest: Schema.Schema<CompleteUploadRequest> = /*#__PURE__*/ Open.struct({
  partETags: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(PreSignedUrlItem).pipe(
      /*#__PURE__*/ Schema.minItems(1),
      /*#__PURE__*/ Schema.maxItems(1000)
    )
  )
})

/**
 * Value of status depends on if file is available for download or not.
 *
 * @since 0.3.0
 * @category models
 */
export type FileUploadStatus = "PENDING" | "AVAILABLE" | "PURGED" | "UNAVAILABLE" | (string & {})

/**
 * The schema of `v0.catalog.upload.FileUploadStatus`.
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
 * `v0.catalog.upload.ContentUploadFileSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ContentUploadFileSummary {
  /**
   * If the file is available for download, presigned download URL can be used to download the file.
   */
  readonly presignedDownloadUrl?: string | undefined
  readonly status?: FileUploadStatus | undefined
}

/**
 * The schema of `v0.catalog.upload.ContentUploadFileSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ContentUploadFileSummary: Schema.Schema<ContentUploadFileSummary> = /*#__PURE__*/ Open.struct({
  presignedDownloadUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(FileUploadStatus)
})

/**
 * Status of the entire upload.
 *
 * @since 0.3.0
 * @category models
 */
export type UploadStatus = "PENDING" | "PROCESSING" | "FAILED" | "SUCCEEDED" | (string & {})

/**
 * The schema of `v0.catalog.upload.UploadStatus`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UploadStatus: Schema.Schema<UploadStatus> = /*#__PURE__*/ Open.literals(
  "PENDING",
  "PROCESSING",
  "FAILED",
  "SUCCEEDED"
)

/**
 * `v0.catalog.upload.ContentUploadSummary` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ContentUploadSummary {
  /**
   * Unique identifier of the upload.
   */
  readonly id?: string | undefined
  /**
   * Provides a unique identifier of the catalog.
   */
  readonly catalogId?: string | undefined
  readonly status?: UploadStatus | undefined
  readonly createdDate?: string | undefined
  readonly lastUpdatedDate?: string | undefined
}

/**
 * The schema of `v0.catalog.upload.ContentUploadSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ContentUploadSummary: Schema.Schema<ContentUploadSummary> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  catalogId: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(UploadStatus),
  createdDate: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdatedDate: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v0.catalog.upload.CreateContentUploadRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateContentUploadRequest {
  /**
   * Provides the number of parts the file will be split into. An equal number of presigned upload urls are generated in response to facilitate each part's upload.
   */
  readonly numberOfUploadParts?: number | undefined
}

/**
 * The schema of `v0.catalog.upload.CreateContentUploadRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateContentUploadRequest: Schema.Schema<CreateContentUploadRequest> = /*#__PURE__*/ Open.struct({
  numberOfUploadParts: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * `v0.catalog.upload.IngestionStepName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type IngestionStepName = "UPLOAD" | "SCHEMA_VALIDATION" | (string & {})

/**
 * The schema of `v0.catalog.upload.IngestionStepName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IngestionStepName: Schema.Schema<IngestionStepName> = /*#__PURE__*/ Open.literals(
  "UPLOAD",
  "SCHEMA_VALIDATION"
)

/**
 * `v0.catalog.upload.IngestionStatus` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type IngestionStatus = "PENDING" | "IN_PROGRESS" | "FAILED" | "SUCCEEDED" | "CANCELLED" | (string & {})

/**
 * The schema of `v0.catalog.upload.IngestionStatus`.
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
 * Represents a single step in the ingestion process of a new upload.
 *
 * @since 0.3.0
 * @category models
 */
export interface UploadIngestionStep {
  readonly name: IngestionStepName
  readonly status: IngestionStatus
  /**
   * Represents the url for the file containing logs of ingestion step.
   */
  readonly logUrl?: string | undefined
  /**
   * This array will contain the errors occurred during the execution of step. Will be empty, if execution succeeded.
   */
  readonly errors: ReadonlyArray<V0.Error>
}

/**
 * The schema of `v0.catalog.upload.UploadIngestionStep`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UploadIngestionStep: Schema.Schema<UploadIngestionStep> = /*#__PURE__*/ Open.struct({
  name: IngestionStepName,
  status: IngestionStatus,
  logUrl: /*#__PURE__*/ Schema.optional(Schema.String),
  errors: /*#__PURE__*/ Schema.Array(V0.Error)
})

/**
 * Single upload part to perform a partitioned (multipart) file upload.
 *
 * @since 0.3.0
 * @category models
 */
export interface PresignedUploadPart {
  readonly url?: string | undefined
  readonly partNumber?: number | undefined
}

/**
 * The schema of `v0.catalog.upload.PresignedUploadPart`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PresignedUploadPart: Schema.Schema<PresignedUploadPart> = /*#__PURE__*/ Open.struct({
  url: /*#__PURE__*/ Schema.optional(Schema.String),
  partNumber: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Request body for self-hosted catalog uploads.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateContentUploadResponse {
  /**
   * Unique identifier of the upload.
   */
  readonly id?: string | undefined
  /**
   * Provides a unique identifier of the catalog.
   */
  readonly catalogId?: string | undefined
  readonly status?: UploadStatus | undefined
  readonly createdDate?: string | undefined
  readonly lastUpdatedDate?: string | undefined
  readonly ingestionSteps?: ReadonlyArray<UploadIngestionStep> | undefined
  /**
   * Ordered list of presigned upload parts to perform a partitioned (multipart) file upload.
   */
  readonly presignedUploadParts?: ReadonlyArray<PresignedUploadPart> | undefined
}

/**
 * The schema of `v0.catalog.upload.CreateContentUploadResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateContentUploadResponse: Schema.Schema<CreateContentUploadResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  catalogId: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(UploadStatus),
  createdDate: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdatedDate: /*#__PURE__*/ Schema.optional(Schema.String),
  ingestionSteps: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(UploadIngestionStep)),
  presignedUploadParts: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(PresignedUploadPart))
})

/**
 * Response object for get content upload request.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetContentUploadResponse {
  /**
   * Unique identifier of the upload.
   */
  readonly id?: string | undefined
  /**
   * Provides a unique identifier of the catalog.
   */
  readonly catalogId?: string | undefined
  readonly status?: UploadStatus | undefined
  readonly createdDate?: string | undefined
  readonly lastUpdatedDate?: string | undefined
  readonly file?: ContentUploadFileSummary | undefined
  readonly ingestionSteps?: ReadonlyArray<UploadIngestionStep> | undefined
}

/**
 * The schema of `v0.catalog.upload.GetContentUploadResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetContentUploadResponse: Schema.Schema<GetContentUploadResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String),
  catalogId: /*#__PURE__*/ Schema.optional(Schema.String),
  status: /*#__PURE__*/ Schema.optional(UploadStatus),
  createdDate: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdatedDate: /*#__PURE__*/ Schema.optional(Schema.String),
  file: /*#__PURE__*/ Schema.optional(ContentUploadFileSummary),
  ingestionSteps: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(UploadIngestionStep))
})

/**
 * `v0.catalog.upload.ListUploadsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListUploadsResponse {
  readonly _links?: V1.Links | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
  /**
   * List of upload summaries.
   */
  readonly uploads?: ReadonlyArray<ContentUploadSummary> | undefined
}

/**
 * The schema of `v0.catalog.upload.ListUploadsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListUploadsResponse: Schema.Schema<ListUploadsResponse> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String),
  uploads: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ContentUploadSummary))
})
