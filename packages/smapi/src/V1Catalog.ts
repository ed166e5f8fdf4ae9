/**
 * The model's `v1.catalog` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"

/**
 * `v1.catalog.CreateContentUploadUrlRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateContentUploadUrlRequest {
  /**
   * Provides the number of parts the file will be split into. An equal number of presigned upload urls are generated in response to facilitate each part's upload.
   */
  readonly numberOfUploadParts: number
}

/**
 * The schema of `v1.catalog.CreateContentUploadUrlRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateContentUploadUrlRequest: Schema.Schema<CreateContentUploadUrlRequest> = /*#__PURE__*/ Open.struct({
  numberOfUploadParts: /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 1000))
})

/**
 * `v1.catalog.PresignedUploadPartItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PresignedUploadPartItems {
  readonly url: string
  readonly partNumber: number
  readonly expiresAt: string
}

/**
 * The schema of `v1.catalog.PresignedUploadPartItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PresignedUploadPartItems: Schema.Schema<PresignedUploadPartItems> = /*#__PURE__*/ Open.struct({
  url: Schema.String,
  partNumber: Schema.Int,
  expiresAt: Schema.String
})

/**
 * `v1.catalog.CreateContentUploadUrlResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateContentUploadUrlResponse {
  /**
   * Unique identifier for collection of generated urls.
   */
  readonly urlId: string
  /**
   * Ordered list of presigned upload parts to perform a partitioned (multipart) file upload
   */
  readonly presignedUploadParts?: ReadonlyArray<PresignedUploadPartItems> | undefined
}

/**
 * The schema of `v1.catalog.CreateContentUploadUrlResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateContentUploadUrlResponse: Schema.Schema<CreateContentUploadUrlResponse> = /*#__PURE__*/ Open.struct({
  urlId: Schema.String,
  presignedUploadParts: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(PresignedUploadPartItems))
})
