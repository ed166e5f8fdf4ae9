/**
 * The model's `v1.skill.nlu.annotationSets` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * `v1.skill.nlu.annotationSets.AnnotationSet` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AnnotationSet {
  readonly locale?: string | undefined
  /**
   * Name of the NLU annotation set
   */
  readonly name?: string | undefined
  /**
   * Number of entries which represents number of utterances in each NLU annotation set content
   */
  readonly numberOfEntries?: number | undefined
  /**
   * The lastest updated timestamp for the NLU annotation set
   */
  readonly updatedTimestamp?: string | undefined
  /**
   * Identifier of the NLU annotation set.
   */
  readonly annotationId?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.AnnotationSet`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AnnotationSet: Schema.Schema<AnnotationSet> = /*#__PURE__*/ Open.struct({
  locale: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  numberOfEntries: /*#__PURE__*/ Schema.optional(Schema.Int),
  updatedTimestamp: /*#__PURE__*/ Schema.optional(Schema.String),
  annotationId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.annotationSets.AnnotationSetEntity` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AnnotationSetEntity {
  readonly locale?: string | undefined
  /**
   * Name of the NLU annotation set
   */
  readonly name?: string | undefined
  /**
   * Number of entries which represents number of utterances in each NLU annotation set content
   */
  readonly numberOfEntries?: number | undefined
  /**
   * The lastest updated timestamp for the NLU annotation set
   */
  readonly updatedTimestamp?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.AnnotationSetEntity`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AnnotationSetEntity: Schema.Schema<AnnotationSetEntity> = /*#__PURE__*/ Open.struct({
  locale: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  numberOfEntries: /*#__PURE__*/ Schema.optional(Schema.Int),
  updatedTimestamp: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.annotationSets.CreateNLUAnnotationSetRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateNLUAnnotationSetRequest {
  /**
   * The locale of the NLU annotation set
   */
  readonly locale: string
  /**
   * The name of NLU annotation set provided by customer
   */
  readonly name: string
}

/**
 * The schema of `v1.skill.nlu.annotationSets.CreateNLUAnnotationSetRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateNLUAnnotationSetRequest: Schema.Schema<CreateNLUAnnotationSetRequest> = /*#__PURE__*/ Open.struct({
  locale: Schema.String,
  name: Schema.String
})

/**
 * `v1.skill.nlu.annotationSets.CreateNLUAnnotationSetResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateNLUAnnotationSetResponse {
  /**
   * Id used to retrieve the NLU annotation set.
   */
  readonly id?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.CreateNLUAnnotationSetResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateNLUAnnotationSetResponse: Schema.Schema<CreateNLUAnnotationSetResponse> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.annotationSets.GetNLUAnnotationSetPropertiesResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GetNLUAnnotationSetPropertiesResponse {
  readonly locale?: string | undefined
  /**
   * Name of the NLU annotation set
   */
  readonly name?: string | undefined
  /**
   * Number of entries which represents number of utterances in each NLU annotation set content
   */
  readonly numberOfEntries?: number | undefined
  /**
   * The lastest updated timestamp for the NLU annotation set
   */
  readonly updatedTimestamp?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.GetNLUAnnotationSetPropertiesResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GetNLUAnnotationSetPropertiesResponse: Schema.Schema<GetNLUAnnotationSetPropertiesResponse> =
  /*#__PURE__*/ Open.struct({
    locale: /*#__PURE__*/ Schema.optional(Schema.String),
    name: /*#__PURE__*/ Schema.optional(Schema.String),
    numberOfEntries: /*#__PURE__*/ Schema.optional(Schema.Int),
    updatedTimestamp: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * Links for the API navigation.
 *
 * @since 0.3.0
 * @category models
 */
export interface Links {
  readonly self?: V1.Link | undefined
  readonly next?: V1.Link | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.Links`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Links: Schema.Schema<Links> = /*#__PURE__*/ Open.struct({
  self: /*#__PURE__*/ Schema.optional(V1.Link),
  next: /*#__PURE__*/ Schema.optional(V1.Link)
})

/**
 * `v1.skill.nlu.annotationSets.PaginationContext` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaginationContext {
  /**
   * Opaque token returned if there are more results for the given inputs than `maxResults` from the request.
   */
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.PaginationContext`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaginationContext: Schema.Schema<PaginationContext> = /*#__PURE__*/ Open.struct({
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.nlu.annotationSets.ListNLUAnnotationSetsResponse` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListNLUAnnotationSetsResponse {
  readonly annotationSets?: ReadonlyArray<AnnotationSet> | undefined
  readonly paginationContext?: PaginationContext | undefined
  readonly _links?: Links | undefined
}

/**
 * The schema of `v1.skill.nlu.annotationSets.ListNLUAnnotationSetsResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListNLUAnnotationSetsResponse: Schema.Schema<ListNLUAnnotationSetsResponse> = /*#__PURE__*/ Open.struct({
  annotationSets: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AnnotationSet)),
  paginationContext: /*#__PURE__*/ Schema.optional(PaginationContext),
  _links: /*#__PURE__*/ Schema.optional(Links)
})

/**
 * `v1.skill.nlu.annotationSets.UpdateNLUAnnotationSetAnnotationsRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type UpdateNLUAnnotationSetAnnotationsRequest = { readonly [key: string]: unknown }

/**
 * The schema of `v1.skill.nlu.annotationSets.UpdateNLUAnnotationSetAnnotationsRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateNLUAnnotationSetAnnotationsRequest: Schema.Schema<UpdateNLUAnnotationSetAnnotationsRequest> =
  /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown })

/**
 * `v1.skill.nlu.annotationSets.UpdateNLUAnnotationSetPropertiesRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateNLUAnnotationSetPropertiesRequest {
  /**
   * The name of NLU annotation set provided by customer
   */
  readonly name: string
}

/**
 * The schema of `v1.skill.nlu.annotationSets.UpdateNLUAnnotationSetPropertiesRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateNLUAnnotationSetPropertiesRequest: Schema.Schema<UpdateNLUAnnotationSetPropertiesRequest> =
  /*#__PURE__*/ Open.struct({
    name: Schema.String
  })
