/**
 * Every operation of the Skill Management API, as a description the engine runs (`SmapiClient.call(operation, input)`, or `SmapiClient.pages` for a paged one), exported under the name the official model gives it. The input is one object keyed by the official SDK's argument names; every constraint of the model is checked before anything is sent.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Operation from "@smapi-effect/engine/Operation"
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as Paging from "./internal/Paging.js"
import * as V0Catalog from "./V0Catalog.js"
import * as V0CatalogUpload from "./V0CatalogUpload.js"
import * as V0DevelopmentEventsSubscriber from "./V0DevelopmentEventsSubscriber.js"
import * as V0DevelopmentEventsSubscription from "./V0DevelopmentEventsSubscription.js"
import * as V1AuditLogs from "./V1AuditLogs.js"
import * as V1Catalog from "./V1Catalog.js"
import * as V1CatalogUpload from "./V1CatalogUpload.js"
import * as V1Isp from "./V1Isp.js"
import * as V1Skill from "./V1Skill.js"
import * as V1SkillAccountLinking from "./V1SkillAccountLinking.js"
import * as V1SkillAlexaHosted from "./V1SkillAlexaHosted.js"
import * as V1SkillBetaTest from "./V1SkillBetaTest.js"
import * as V1SkillBetaTestTesters from "./V1SkillBetaTestTesters.js"
import * as V1SkillCertification from "./V1SkillCertification.js"
import * as V1SkillEvaluations from "./V1SkillEvaluations.js"
import * as V1SkillExperiment from "./V1SkillExperiment.js"
import * as V1SkillHistory from "./V1SkillHistory.js"
import * as V1SkillInteractionModel from "./V1SkillInteractionModel.js"
import * as V1SkillInteractionModelCatalog from "./V1SkillInteractionModelCatalog.js"
import * as V1SkillInteractionModelJobs from "./V1SkillInteractionModelJobs.js"
import * as V1SkillInteractionModelType from "./V1SkillInteractionModelType.js"
import * as V1SkillInteractionModelTypeVersion from "./V1SkillInteractionModelTypeVersion.js"
import * as V1SkillInteractionModelVersion from "./V1SkillInteractionModelVersion.js"
import * as V1SkillInvocations from "./V1SkillInvocations.js"
import * as V1SkillManifest from "./V1SkillManifest.js"
import * as V1SkillMetrics from "./V1SkillMetrics.js"
import * as V1SkillNluAnnotationSets from "./V1SkillNluAnnotationSets.js"
import * as V1SkillNluEvaluations from "./V1SkillNluEvaluations.js"
import * as V1SkillPrivate from "./V1SkillPrivate.js"
import * as V1SkillPublication from "./V1SkillPublication.js"
import * as V1SkillResourceSchema from "./V1SkillResourceSchema.js"
import * as V1SkillSimulations from "./V1SkillSimulations.js"
import * as V1SkillValidations from "./V1SkillValidations.js"
import * as V1SmartHomeEvaluation from "./V1SmartHomeEvaluation.js"
import * as V1VendorManagement from "./V1VendorManagement.js"
import * as V2SkillInvocations from "./V2SkillInvocations.js"
import * as V2SkillSimulations from "./V2SkillSimulations.js"

/**
 * Add testers to an existing beta test.
 *
 * Add testers to a beta test for the given Alexa skill.  System will send invitation email to each tester and add entitlement on the acceptance.
 *
 * `POST /v1/skills/{skillId}/betaTest/testers/add`
 *
 * - `skillId`: The skill ID.
 * - `testersRequest`, the body: JSON object containing the email address of beta testers.
 *
 * @since 0.3.0
 * @category operations
 */
export const addTestersToBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "addTestersToBetaTestV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/testers/add",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    testersRequest: /*#__PURE__*/ Operation.body(V1SkillBetaTestTesters.TestersList)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Associate skill with catalog.
 *
 * `PUT /v0/skills/{skillId}/catalogs/{catalogId}`
 *
 * - `skillId`: The skill ID.
 * - `catalogId`: Provides a unique identifier of the catalog.
 *
 * @since 0.3.0
 * @category operations
 */
export const associateCatalogWithSkillV0 = /*#__PURE__*/ Operation.make({
  id: "associateCatalogWithSkillV0",
  method: "PUT",
  path: "/v0/skills/{skillId}/catalogs/{catalogId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    201: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Associates an in-skill product with a skill.
 *
 * `PUT /v1/inSkillProducts/{productId}/skills/{skillId}`
 *
 * - `productId`: The in-skill product ID.
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const associateIspWithSkillV1 = /*#__PURE__*/ Operation.make({
  id: "associateIspWithSkillV1",
  method: "PUT",
  path: "/v1/inSkillProducts/{productId}/skills/{skillId}",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Cancel the next execution for the given job.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/jobs/{jobId}/executions/{executionId}`
 *
 * - `jobId`: The identifier for dynamic jobs.
 * - `executionId`: The identifier for dynamic job executions. Currently only allowed for scheduled executions.
 *
 * @since 0.3.0
 * @category operations
 */
export const cancelNextJobExecutionForInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "cancelNextJobExecutionForInteractionModelV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/jobs/{jobId}/executions/{executionId}",
  parameters: {
    jobId: /*#__PURE__*/ Operation.path(Schema.String),
    executionId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new clone locale workflow for a skill with given skillId, source locale, and target locales. In a single workflow, a locale can be cloned to multiple target locales. However, only one such workflow can be started at any time.
 *
 * `POST /v1/skills/{skillId}/stages/{stageV2}/cloneLocale`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill on which locales can be cloned. Currently only `development` stage is supported. * `development` - skills which are currently in development corresponds to this stage.
 * - `cloneLocaleRequest`, the body: Defines the request body for the cloneLocale API.
 *
 * @since 0.3.0
 * @category operations
 */
export const cloneLocaleV1 = /*#__PURE__*/ Operation.make({
  id: "cloneLocaleV1",
  method: "POST",
  path: "/v1/skills/{skillId}/stages/{stageV2}/cloneLocale",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    cloneLocaleRequest: /*#__PURE__*/ Operation.body(V1Skill.CloneLocaleRequest)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Completes an upload. To be called after the file is uploaded to the backend data store using presigned url(s).
 *
 * `POST /v0/catalogs/{catalogId}/uploads/{uploadId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `uploadId`: Unique identifier of the upload.
 * - `completeUploadRequestPayload`, the body: Request payload to complete an upload.
 *
 * @since 0.3.0
 * @category operations
 */
export const completeCatalogUploadV0 = /*#__PURE__*/ Operation.make({
  id: "completeCatalogUploadV0",
  method: "POST",
  path: "/v0/catalogs/{catalogId}/uploads/{uploadId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    uploadId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    completeUploadRequestPayload: /*#__PURE__*/ Operation.body(V0CatalogUpload.CompleteUploadRequest)
  },
  responses: {
    202: Operation.empty
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Create beta test.
 *
 * Create a beta test for a given Alexa skill.
 *
 * `POST /v1/skills/{skillId}/betaTest`
 *
 * - `skillId`: The skill ID.
 * - `createTestBody` (optional), the body: JSON object containing the details of a beta test used to create the test.
 *
 * @since 0.3.0
 * @category operations
 */
export const createBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "createBetaTestV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createTestBody: /*#__PURE__*/ Operation.body(/*#__PURE__*/ Schema.optional(V1SkillBetaTest.TestBody))
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Create new upload
 *
 * Creates a new upload for a catalog and returns location to track the upload process.
 *
 * `POST /v1/catalogs/{catalogId}/uploads`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `catalogUploadRequestBody`, the body: Provides the request body for create content upload
 *
 * @since 0.3.0
 * @category operations
 */
export const createCatalogUploadV1 = /*#__PURE__*/ Operation.make({
  id: "createCatalogUploadV1",
  method: "POST",
  path: "/v1/catalogs/{catalogId}/uploads",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    catalogUploadRequestBody: /*#__PURE__*/ Operation.body(V1CatalogUpload.CatalogUploadBase)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new catalog based on information provided in the request.
 *
 * `POST /v0/catalogs`
 *
 * - `createCatalogRequest`, the body: Defines the request body for createCatalog API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createCatalogV0 = /*#__PURE__*/ Operation.make({
  id: "createCatalogV0",
  method: "POST",
  path: "/v0/catalogs",
  parameters: {
    createCatalogRequest: /*#__PURE__*/ Operation.body(V0Catalog.CreateCatalogRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V0Catalog.CatalogDetails)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new upload for a catalog and returns presigned upload parts for uploading the file.
 *
 * `POST /v0/catalogs/{catalogId}/uploads`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `createContentUploadRequest`, the body: Defines the request body for updateCatalog API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createContentUploadV0 = /*#__PURE__*/ Operation.make({
  id: "createContentUploadV0",
  method: "POST",
  path: "/v0/catalogs/{catalogId}/uploads",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createContentUploadRequest: /*#__PURE__*/ Operation.body(V0CatalogUpload.CreateContentUploadRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V0CatalogUpload.CreateContentUploadResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Create a new experiment for a skill.
 *
 * `POST /v1/skills/{skillId}/experiments`
 *
 * - `skillId`: The skill ID.
 * - `createExperimentRequest`, the body: Defines the request body for creating an experiment.
 *
 * @since 0.3.0
 * @category operations
 */
export const createExperimentV1 = /*#__PURE__*/ Operation.make({
  id: "createExperimentV1",
  method: "POST",
  path: "/v1/skills/{skillId}/experiments",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createExperimentRequest: /*#__PURE__*/ Operation.body(V1SkillExperiment.CreateExperimentRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new export for a skill with given skillId and stage.
 *
 * `POST /v1/skills/{skillId}/stages/{stage}/exports`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const createExportRequestForSkillV1 = /*#__PURE__*/ Operation.make({
  id: "createExportRequestForSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/stages/{stage}/exports",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 404, 409, 429, 500, 503]
})

/**
 * Create a new version of catalog within the given catalogId.
 *
 * `POST /v1/skills/api/custom/interactionModel/catalogs`
 *
 * - `catalog`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const createInteractionModelCatalogV1 = /*#__PURE__*/ Operation.make({
  id: "createInteractionModelCatalogV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/catalogs",
  parameters: {
    catalog: /*#__PURE__*/ Operation.body(V1SkillInteractionModelCatalog.DefinitionData)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelCatalog.CatalogResponse)
  },
  errors: [400, 401, 403, 412, 429, 500, 503]
})

/**
 * Create a new version of catalog entity for the given catalogId.
 *
 * `POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `catalog`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const createInteractionModelCatalogVersionV1 = /*#__PURE__*/ Operation.make({
  id: "createInteractionModelCatalogVersionV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    catalog: /*#__PURE__*/ Operation.body(V1SkillInteractionModelVersion.VersionData)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Create a new version of slot type within the given slotTypeId.
 *
 * `POST /v1/skills/api/custom/interactionModel/slotTypes`
 *
 * - `slotType`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const createInteractionModelSlotTypeV1 = /*#__PURE__*/ Operation.make({
  id: "createInteractionModelSlotTypeV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/slotTypes",
  parameters: {
    slotType: /*#__PURE__*/ Operation.body(V1SkillInteractionModelType.DefinitionData)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelType.SlotTypeResponse)
  },
  errors: [400, 401, 429, 500, 503]
})

/**
 * Create a new version of slot type entity for the given slotTypeId.
 *
 * `POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `slotType`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const createInteractionModelSlotTypeVersionV1 = /*#__PURE__*/ Operation.make({
  id: "createInteractionModelSlotTypeVersionV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    slotType: /*#__PURE__*/ Operation.body(V1SkillInteractionModelTypeVersion.VersionData)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new in-skill product for given vendorId.
 *
 * `POST /v1/inSkillProducts`
 *
 * - `createInSkillProductRequest`, the body: defines the request body for createInSkillProduct API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createIspForVendorV1 = /*#__PURE__*/ Operation.make({
  id: "createIspForVendorV1",
  method: "POST",
  path: "/v1/inSkillProducts",
  parameters: {
    createInSkillProductRequest: /*#__PURE__*/ Operation.body(V1Isp.CreateInSkillProductRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V1Isp.ProductResponse)
  },
  errors: [400, 401, 429, 500]
})

/**
 * Creates a new Job Definition from the Job Definition request provided. This can be either a CatalogAutoRefresh, which supports time-based configurations for catalogs, or a ReferencedResourceVersionUpdate, which is used for slotTypes and Interaction models to be automatically updated on the dynamic update of their referenced catalog.
 *
 * `POST /v1/skills/api/custom/interactionModel/jobs`
 *
 * - `createJobDefinitionRequest`, the body: Request to create a new Job Definition.
 *
 * @since 0.3.0
 * @category operations
 */
export const createJobDefinitionForInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "createJobDefinitionForInteractionModelV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/jobs",
  parameters: {
    createJobDefinitionRequest: /*#__PURE__*/ Operation.body(V1SkillInteractionModelJobs.CreateJobDefinitionRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V1SkillInteractionModelJobs.CreateJobDefinitionResponse)
  },
  errors: [400, 401, 403, 429, 500, 503]
})

/**
 * Create a new NLU annotation set for a skill which will generate a new annotationId.
 *
 * This is an API that creates a new NLU annotation set with properties and returns the annotationId.
 *
 * `POST /v1/skills/{skillId}/nluAnnotationSets`
 *
 * - `skillId`: The skill ID.
 * - `createNLUAnnotationSetRequest`, the body: Payload sent to the create NLU annotation set API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createNLUAnnotationSetV1 = /*#__PURE__*/ Operation.make({
  id: "createNLUAnnotationSetV1",
  method: "POST",
  path: "/v1/skills/{skillId}/nluAnnotationSets",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createNLUAnnotationSetRequest: /*#__PURE__*/ Operation.body(V1SkillNluAnnotationSets.CreateNLUAnnotationSetRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.jsonOrEmpty(V1SkillNluAnnotationSets.CreateNLUAnnotationSetResponse),
      ["Location"]
    )
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Start an evaluation against the NLU model built by the skill's interaction model.
 *
 * This is an asynchronous API that starts an evaluation against the NLU model built by the skill's interaction model.
 * The operation outputs an evaluationId which allows the retrieval of the current status of the operation and the results upon completion. This operation is unified, meaning both internal and external skill developers may use it evaluate NLU models.
 *
 * `POST /v1/skills/{skillId}/nluEvaluations`
 *
 * - `evaluateNLURequest`, the body: Payload sent to the evaluate NLU API.
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const createNLUEvaluationsV1 = /*#__PURE__*/ Operation.make({
  id: "createNLUEvaluationsV1",
  method: "POST",
  path: "/v1/skills/{skillId}/nluEvaluations",
  parameters: {
    evaluateNLURequest: /*#__PURE__*/ Operation.body(V1SkillNluEvaluations.EvaluateNLURequest),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V1SkillNluEvaluations.EvaluateResponse), [
      "Location"
    ])
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Creates a new skill for given vendorId.
 *
 * `POST /v1/skills`
 *
 * - `createSkillRequest`, the body: Defines the request body for createSkill API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createSkillForVendorV1 = /*#__PURE__*/ Operation.make({
  id: "createSkillForVendorV1",
  method: "POST",
  path: "/v1/skills",
  parameters: {
    createSkillRequest: /*#__PURE__*/ Operation.body(V1Skill.CreateSkillRequest)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.jsonOrEmpty(V1Skill.CreateSkillResponse), [
      "Location"
    ])
  },
  errors: [400, 401, 403, 429, 500, 503]
})

/**
 * Creates a new import for a skill.
 *
 * `POST /v1/skills/imports`
 *
 * - `createSkillWithPackageRequest`, the body: Defines the request body for createPackage API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createSkillPackageV1 = /*#__PURE__*/ Operation.make({
  id: "createSkillPackageV1",
  method: "POST",
  path: "/v1/skills/imports",
  parameters: {
    createSkillWithPackageRequest: /*#__PURE__*/ Operation.body(V1Skill.CreateSkillWithPackageRequest)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 409, 413, 429, 500, 503]
})

/**
 * Start a capability evaluation against a Smart Home skill.
 *
 * `POST /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations`
 *
 * - `skillId`: The skill ID.
 * - `evaluateSHCapabilityPayload` (optional), the body: Payload sent to start a capability evaluation against a Smart Home skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const createSmarthomeCapabilityEvaluationV1 = /*#__PURE__*/ Operation.make({
  id: "createSmarthomeCapabilityEvaluationV1",
  method: "POST",
  path: "/v1/skills/{skillId}/smartHome/testing/capabilityEvaluations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    evaluateSHCapabilityPayload: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V1SmartHomeEvaluation.EvaluateSHCapabilityRequest)
    )
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.json(V1SmartHomeEvaluation.EvaluateSHCapabilityResponse),
      ["Location"]
    )
  },
  errors: [400, 401, 403, 404, 409, 429]
})

/**
 * Creates a new subscriber resource for a vendor.
 *
 * `POST /v0/developmentEvents/subscribers`
 *
 * - `createSubscriberRequest`, the body: Defines the request body for createSubscriber API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createSubscriberForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "createSubscriberForDevelopmentEventsV0",
  method: "POST",
  path: "/v0/developmentEvents/subscribers",
  parameters: {
    createSubscriberRequest: /*#__PURE__*/ Operation.body(V0DevelopmentEventsSubscriber.CreateSubscriberRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 429, 500, 503]
})

/**
 * Creates a new subscription for a subscriber. This needs to be authorized by the client/vendor who created the subscriber and the vendor who publishes the event.
 *
 * `POST /v0/developmentEvents/subscriptions`
 *
 * - `createSubscriptionRequest` (optional), the body: Request body for createSubscription API.
 *
 * @since 0.3.0
 * @category operations
 */
export const createSubscriptionForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "createSubscriptionForDevelopmentEventsV0",
  method: "POST",
  path: "/v0/developmentEvents/subscriptions",
  parameters: {
    createSubscriptionRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V0DevelopmentEventsSubscription.CreateSubscriptionRequest)
    )
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates a new uploadUrl.
 *
 * `POST /v1/skills/uploads`
 *
 * @since 0.3.0
 * @category operations
 */
export const createUploadUrlV1 = /*#__PURE__*/ Operation.make({
  id: "createUploadUrlV1",
  method: "POST",
  path: "/v1/skills/uploads",
  parameters: {},
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V1Skill.UploadResponse)
  },
  errors: [401, 429, 500, 503]
})

/**
 * Delete AccountLinking information of a skill for the given stage.
 *
 * `DELETE /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteAccountLinkingInfoV1 = /*#__PURE__*/ Operation.make({
  id: "deleteAccountLinkingInfoV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Deletes an existing experiment for a skill.
 *
 * `DELETE /v1/skills/{skillId}/experiments/{experimentId}`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteExperimentV1 = /*#__PURE__*/ Operation.make({
  id: "deleteExperimentV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}/experiments/{experimentId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [401, 403, 404, 409, 429, 500, 503]
})

/**
 * Delete the catalog.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/catalogs/{catalogId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteInteractionModelCatalogV1 = /*#__PURE__*/ Operation.make({
  id: "deleteInteractionModelCatalogV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Delete catalog version.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `version`: Version for interaction model.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteInteractionModelCatalogVersionV1 = /*#__PURE__*/ Operation.make({
  id: "deleteInteractionModelCatalogVersionV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Delete the slot type.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}`
 *
 * - `slotTypeId`: The identifier for a slot type.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteInteractionModelSlotTypeV1 = /*#__PURE__*/ Operation.make({
  id: "deleteInteractionModelSlotTypeV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Delete slot type version.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `version`: Version for interaction model.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteInteractionModelSlotTypeVersionV1 = /*#__PURE__*/ Operation.make({
  id: "deleteInteractionModelSlotTypeVersionV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Deletes the in-skill product for given productId. Only development stage supported. Live in-skill products or in-skill products associated with a skill cannot be deleted by this API.
 *
 * `DELETE /v1/inSkillProducts/{productId}/stages/{stage}`
 *
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteIspForProductV1 = /*#__PURE__*/ Operation.make({
  id: "deleteIspForProductV1",
  method: "DELETE",
  path: "/v1/inSkillProducts/{productId}/stages/{stage}",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match")
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 412, 429, 500]
})

/**
 * Delete the job definition for a given jobId.
 *
 * `DELETE /v1/skills/api/custom/interactionModel/jobs/{jobId}`
 *
 * - `jobId`: The identifier for dynamic jobs.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteJobDefinitionForInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "deleteJobDefinitionForInteractionModelV1",
  method: "DELETE",
  path: "/v1/skills/api/custom/interactionModel/jobs/{jobId}",
  parameters: {
    jobId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Remove an id from the private distribution accounts.
 *
 * `DELETE /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `id`: ARN that a skill can be privately distributed to.
 *
 * @since 0.3.0
 * @category operations
 */
export const deletePrivateDistributionAccountIdV1 = /*#__PURE__*/ Operation.make({
  id: "deletePrivateDistributionAccountIdV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    id: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Delete the NLU annotation set
 *
 * API which deletes the NLU annotation set. Developers cannot get/list the deleted annotation set.
 *
 * `DELETE /v1/skills/{skillId}/nluAnnotationSets/{annotationId}`
 *
 * - `skillId`: The skill ID.
 * - `annotationId`: Identifier of the NLU annotation set.
 *
 * @since 0.3.0
 * @category operations
 */
export const deletePropertiesForNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.make({
  id: "deletePropertiesForNLUAnnotationSetsV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    annotationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Deletes the enablement for given skillId/stage and customerId (retrieved from Auth token).
 *
 * `DELETE /v1/skills/{skillId}/stages/{stage}/enablement`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteSkillEnablementV1 = /*#__PURE__*/ Operation.make({
  id: "deleteSkillEnablementV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}/stages/{stage}/enablement",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Delete the skill and model for given skillId.
 *
 * `DELETE /v1/skills/{skillId}`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteSkillV1 = /*#__PURE__*/ Operation.make({
  id: "deleteSkillV1",
  method: "DELETE",
  path: "/v1/skills/{skillId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Deletes a specified subscriber.
 *
 * `DELETE /v0/developmentEvents/subscribers/{subscriberId}`
 *
 * - `subscriberId`: Unique identifier of the subscriber.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteSubscriberForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "deleteSubscriberForDevelopmentEventsV0",
  method: "DELETE",
  path: "/v0/developmentEvents/subscribers/{subscriberId}",
  parameters: {
    subscriberId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Deletes a particular subscription. Both, the vendor who created the subscriber and the vendor who publishes the event can delete this resource with appropriate authorization.
 *
 * `DELETE /v0/developmentEvents/subscriptions/{subscriptionId}`
 *
 * - `subscriptionId`: Unique identifier of the subscription.
 *
 * @since 0.3.0
 * @category operations
 */
export const deleteSubscriptionForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "deleteSubscriptionForDevelopmentEventsV0",
  method: "DELETE",
  path: "/v0/developmentEvents/subscriptions/{subscriptionId}",
  parameters: {
    subscriptionId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Disassociates an in-skill product from a skill.
 *
 * `DELETE /v1/inSkillProducts/{productId}/skills/{skillId}`
 *
 * - `productId`: The in-skill product ID.
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const disassociateIspWithSkillV1 = /*#__PURE__*/ Operation.make({
  id: "disassociateIspWithSkillV1",
  method: "DELETE",
  path: "/v1/inSkillProducts/{productId}/skills/{skillId}",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * End beta test.
 *
 * End a beta test for a given Alexa skill. System will revoke the entitlement of each tester and send access-end notification email to them.
 *
 * `POST /v1/skills/{skillId}/betaTest/end`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const endBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "endBetaTestV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/end",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Generates preSigned urls to upload data
 *
 * `POST /v1/catalogs/{catalogId}/urls`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `generateCatalogUploadUrlRequestBody`, the body: Request body to generate catalog upload url
 *
 * @since 0.3.0
 * @category operations
 */
export const generateCatalogUploadUrlV1 = /*#__PURE__*/ Operation.make({
  id: "generateCatalogUploadUrlV1",
  method: "POST",
  path: "/v1/catalogs/{catalogId}/urls",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    generateCatalogUploadUrlRequestBody: /*#__PURE__*/ Operation.body(V1Catalog.CreateContentUploadUrlRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.jsonOrEmpty(V1Catalog.CreateContentUploadUrlResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Generates hosted skill repository credentials to access the hosted skill repository.
 *
 * `POST /v1/skills/{skillId}/alexaHosted/repository/credentials/generate`
 *
 * - `skillId`: The skill ID.
 * - `hostedSkillRepositoryCredentialsRequest`, the body: defines the request body for hosted skill repository credentials
 *
 * @since 0.3.0
 * @category operations
 */
export const generateCredentialsForAlexaHostedSkillV1 = /*#__PURE__*/ Operation.make({
  id: "generateCredentialsForAlexaHostedSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/alexaHosted/repository/credentials/generate",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    hostedSkillRepositoryCredentialsRequest: /*#__PURE__*/ Operation.body(
      V1SkillAlexaHosted.HostedSkillRepositoryCredentialsRequest
    )
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillAlexaHosted.HostedSkillRepositoryCredentialsList)
  },
  errors: [400, 401, 404, 429, 500, 503]
})

/**
 * Get AccountLinking information for the skill.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 *
 * @since 0.3.0
 * @category operations
 */
export const getAccountLinkingInfoV1 = /*#__PURE__*/ Operation.make({
  id: "getAccountLinkingInfoV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.json(V1SkillAccountLinking.AccountLinkingResponse),
      ["ETag"]
    )
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Get Alexa hosted skill's metadata
 *
 * `GET /v1/skills/{skillId}/alexaHosted`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getAlexaHostedSkillMetadataV1 = /*#__PURE__*/ Operation.make({
  id: "getAlexaHostedSkillMetadataV1",
  method: "GET",
  path: "/v1/skills/{skillId}/alexaHosted",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillAlexaHosted.HostedSkillMetadata)
  },
  errors: [400, 401, 404, 429, 500, 503]
})

/**
 * Get the current user permissions about Alexa hosted skill features.
 *
 * `GET /v1/vendors/{vendorId}/alexaHosted/permissions/{hostedSkillPermissionType}`
 *
 * - `vendorId`: vendorId
 * - `hostedSkillPermissionType`: The permission of a hosted skill feature that customer needs to check.
 *
 * @since 0.3.0
 * @category operations
 */
export const getAlexaHostedSkillUserPermissionsV1 = /*#__PURE__*/ Operation.make({
  id: "getAlexaHostedSkillUserPermissionsV1",
  method: "GET",
  path: "/v1/vendors/{vendorId}/alexaHosted/permissions/{hostedSkillPermissionType}",
  parameters: {
    vendorId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    hostedSkillPermissionType: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillAlexaHosted.HostedSkillPermission)
  },
  errors: [400, 401, 429, 500, 503]
})

/**
 * Get the annotations of an NLU annotation set
 *
 * `GET /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations`
 *
 * - `skillId`: The skill ID.
 * - `annotationId`: Identifier of the NLU annotation set.
 * - `accept`, `Accept`: Standard HTTP. Pass `application/json` or `test/csv` for GET calls.
 *
 * @since 0.3.0
 * @category operations
 */
export const getAnnotationsForNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.make({
  id: "getAnnotationsForNLUAnnotationSetsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    annotationId: /*#__PURE__*/ Operation.path(Schema.String),
    accept: /*#__PURE__*/ Operation.header(Schema.String, "Accept")
  },
  responses: {
    200: /*#__PURE__*/ Operation.jsonOrText(Schema.Unknown)
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Get beta test.
 *
 * Get beta test for a given Alexa skill.
 *
 * `GET /v1/skills/{skillId}/betaTest`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "getBetaTestV1",
  method: "GET",
  path: "/v1/skills/{skillId}/betaTest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillBetaTest.BetaTest)
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Returns information about a particular catalog.
 *
 * `GET /v0/catalogs/{catalogId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 *
 * @since 0.3.0
 * @category operations
 */
export const getCatalogV0 = /*#__PURE__*/ Operation.make({
  id: "getCatalogV0",
  method: "GET",
  path: "/v0/catalogs/{catalogId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V0Catalog.CatalogDetails)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Gets a specific certification resource. The response contains the review tracking information for a skill to show how much time the skill is expected to remain under review by Amazon. Once the review is complete, the response also contains the outcome of the review. Old certifications may not be available, however any ongoing certification would always give a response. If the certification is unavailable the result will return a 404 HTTP status code.
 *
 * `GET /v1/skills/{skillId}/certifications/{certificationId}`
 *
 * - `acceptLanguage` (optional), `Accept-Language`: User's locale/language in context.
 * - `skillId`: The skill ID.
 * - `certificationId`: Id of the certification. Reserved word identifier of mostRecent can be used to get the most recent certification for the skill. Note that the behavior of the API in this case would be the same as when the actual certification id of the most recent certification is used in the request.
 *
 * @since 0.3.0
 * @category operations
 */
export const getCertificationReviewV1 = /*#__PURE__*/ Operation.make({
  id: "getCertificationReviewV1",
  method: "GET",
  path: "/v1/skills/{skillId}/certifications/{certificationId}",
  parameters: {
    acceptLanguage: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "Accept-Language"),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    certificationId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillCertification.CertificationResponse)
  },
  errors: [400, 401, 404, 429, 500]
})

/**
 * Get list of all certifications available for a skill, including information about past certifications and any ongoing certification. The default sort order is descending on skillSubmissionTimestamp for Certifications.
 *
 * `GET /v1/skills/{skillId}/certifications`, paged
 *
 * - `skillId`: The skill ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const getCertificationsListV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getCertificationsListV1",
    method: "GET",
    path: "/v1/skills/{skillId}/certifications",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillCertification.ListCertificationsResponse)
    },
    errors: [400, 401, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Returns the status of a clone locale workflow associated with the unique identifier of cloneLocaleRequestId.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/cloneLocaleRequests/{cloneLocaleRequestId}`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill on which locales can be cloned. Currently only `development` stage is supported. * `development` - skills which are currently in development corresponds to this stage.
 * - `cloneLocaleRequestId`: Defines the identifier for a clone locale workflow. If set to ~latest, request returns the status of the latest clone locale workflow.
 *
 * @since 0.3.0
 * @category operations
 */
export const getCloneLocaleStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getCloneLocaleStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/cloneLocaleRequests/{cloneLocaleRequestId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    cloneLocaleRequestId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.CloneLocaleStatusResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Gets detailed information about an upload which was created for a specific catalog. Includes the upload's ingestion steps and a presigned url for downloading the file.
 *
 * `GET /v0/catalogs/{catalogId}/uploads/{uploadId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `uploadId`: Unique identifier of the upload.
 *
 * @since 0.3.0
 * @category operations
 */
export const getContentUploadByIdV0 = /*#__PURE__*/ Operation.make({
  id: "getContentUploadByIdV0",
  method: "GET",
  path: "/v0/catalogs/{catalogId}/uploads/{uploadId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    uploadId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V0CatalogUpload.GetContentUploadResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get upload
 *
 * Gets detailed information about an upload which was created for a specific catalog. Includes the upload's ingestion steps and a url for downloading the file.
 *
 * `GET /v1/catalogs/{catalogId}/uploads/{uploadId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `uploadId`: Unique identifier of the upload.
 *
 * @since 0.3.0
 * @category operations
 */
export const getContentUploadByIdV1 = /*#__PURE__*/ Operation.make({
  id: "getContentUploadByIdV1",
  method: "GET",
  path: "/v1/catalogs/{catalogId}/uploads/{uploadId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    uploadId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1CatalogUpload.GetContentUploadResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Retrieves the current user's customer treatment override for an existing A/B Test experiment.
 * The current user must be under the same skill vendor of the requested skill id to have access to the resource.
 *
 * `GET /v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getCustomerTreatmentOverrideV1 = /*#__PURE__*/ Operation.make({
  id: "getCustomerTreatmentOverrideV1",
  method: "GET",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillExperiment.GetCustomerTreatmentOverrideResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Gets a list of all metric data associated with this experiment's metric snapshot.
 *
 * `GET /v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots/{metricSnapshotId}`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `metricSnapshotId`: Identifies the experiment metric snapshot in a skill experiment. The metric snapshot represents metric data for a date range.
 *
 * @since 0.3.0
 * @category operations
 */
export const getExperimentMetricSnapshotV1 = /*#__PURE__*/ Operation.make({
  id: "getExperimentMetricSnapshotV1",
  method: "GET",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots/{metricSnapshotId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    metricSnapshotId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillExperiment.GetExperimentMetricSnapshotResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Retrieves the current state of the experiment.
 *
 * `GET /v1/skills/{skillId}/experiments/{experimentId}/state`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getExperimentStateV1 = /*#__PURE__*/ Operation.make({
  id: "getExperimentStateV1",
  method: "GET",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/state",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillExperiment.GetExperimentStateResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Retrieves an existing experiment for a skill.
 *
 * `GET /v1/skills/{skillId}/experiments/{experimentId}`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getExperimentV1 = /*#__PURE__*/ Operation.make({
  id: "getExperimentV1",
  method: "GET",
  path: "/v1/skills/{skillId}/experiments/{experimentId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillExperiment.GetExperimentResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Get status for given importId.
 *
 * `GET /v1/skills/imports/{importId}`
 *
 * - `importId`: The Import ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getImportStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getImportStatusV1",
  method: "GET",
  path: "/v1/skills/imports/{importId}",
  parameters: {
    importId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.ImportResponse)
  },
  errors: [401, 404, 429, 500, 503]
})

/**
 * get the catalog definition
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelCatalogDefinitionV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelCatalogDefinitionV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelCatalog.CatalogDefinitionOutput)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the status of catalog resource and its sub-resources for a given catalogId.
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/updateRequest/{updateRequestId}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `updateRequestId`: The identifier for slotType version creation process
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelCatalogUpdateStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelCatalogUpdateStatusV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/updateRequest/{updateRequestId}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    updateRequestId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelCatalog.CatalogStatus)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get catalog values from the given catalogId & version.
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/values`, paged
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `version`: Version for interaction model.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelCatalogValuesV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getInteractionModelCatalogValuesV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/values",
    parameters: {
      catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelVersion.CatalogValues)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Get catalog version data of given catalog version.
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `version`: Version for interaction model.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelCatalogVersionV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelCatalogVersionV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelVersion.CatalogVersionData)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the latest metadata for the interaction model resource for the given stage.
 *
 * `HEAD /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelMetadataV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelMetadataV1",
  method: "HEAD",
  path: "/v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    locale: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["ETag"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the status of slot type resource and its sub-resources for a given slotTypeId.
 *
 * `GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/updateRequest/{updateRequestId}`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `updateRequestId`: The identifier for slotType version creation process
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelSlotTypeBuildStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelSlotTypeBuildStatusV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/updateRequest/{updateRequestId}",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    updateRequestId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelType.SlotTypeStatus)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the slot type definition.
 *
 * `GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}`
 *
 * - `slotTypeId`: The identifier for a slot type.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelSlotTypeDefinitionV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelSlotTypeDefinitionV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelType.SlotTypeDefinitionOutput)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get slot type version data of given slot type version.
 *
 * `GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `version`: Version for interaction model.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelSlotTypeVersionV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelSlotTypeVersionV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelTypeVersion.SlotTypeVersionData)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Gets the `InteractionModel` for the skill in the given stage.
 * The path params **skillId**, **stage** and **locale** are required.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    locale: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.json(V1SkillInteractionModel.InteractionModelData),
      ["ETag"]
    )
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Gets the specified version `InteractionModel` of a skill for the vendor. Use `~current` as version parameter to get the current version model.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions/{version}`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 * - `version`: Version for interaction model.
 *
 * @since 0.3.0
 * @category operations
 */
export const getInteractionModelVersionV1 = /*#__PURE__*/ Operation.make({
  id: "getInteractionModelVersionV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions/{version}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    locale: /*#__PURE__*/ Operation.path(Schema.String),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.json(V1SkillInteractionModel.InteractionModelData),
      ["ETag"]
    )
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the associated skills for the in-skill product.
 *
 * `GET /v1/inSkillProducts/{productId}/stages/{stage}/skills`, paged
 *
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const getIspAssociatedSkillsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getIspAssociatedSkillsV1",
    method: "GET",
    path: "/v1/inSkillProducts/{productId}/stages/{stage}/skills",
    parameters: {
      productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 100)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1Isp.AssociatedSkillResponse)
    },
    errors: [400, 401, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Returns the in-skill product definition for given productId.
 *
 * `GET /v1/inSkillProducts/{productId}/stages/{stage}`
 *
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getIspDefinitionV1 = /*#__PURE__*/ Operation.make({
  id: "getIspDefinitionV1",
  method: "GET",
  path: "/v1/inSkillProducts/{productId}/stages/{stage}",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V1Isp.InSkillProductDefinitionResponse), [
      "ETag"
    ])
  },
  errors: [400, 401, 404, 429, 500]
})

/**
 * Get the list of in-skill products for the skillId.
 *
 * `GET /v1/skills/{skillId}/stages/{stage}/inSkillProducts`, paged
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const getIspListForSkillIdV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getIspListForSkillIdV1",
    method: "GET",
    path: "/v1/skills/{skillId}/stages/{stage}/inSkillProducts",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 100)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1Isp.ListInSkillProductResponse)
    },
    errors: [400, 401, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) =>
      Paging.next(
        page.inSkillProductSummaryList?.isTruncated,
        page.inSkillProductSummaryList?.nextToken,
        page.inSkillProductSummaryList?._links?.next?.href
      )
  }
)

/**
 * Get the list of in-skill products for the vendor.
 *
 * `GET /v1/inSkillProducts`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `productId` (optional): The list of in-skill product IDs that you wish to get the summary for. A maximum of 50 in-skill product IDs can be specified in a single listInSkillProducts call. Please note that this parameter must not be used with 'nextToken' and/or 'maxResults' parameter.
 * - `stage` (optional): Filter in-skill products by specified stage.
 * - `type` (optional): Type of in-skill product to filter on.
 * - `referenceName` (optional): Filter in-skill products by reference name.
 * - `status` (optional): Status of in-skill product.
 * - `isAssociatedWithSkill` (optional): Filter in-skill products by whether or not they are associated to a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getIspListForVendorV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getIspListForVendorV1",
    method: "GET",
    path: "/v1/inSkillProducts",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 100)))
      ),
      productId: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
      ),
      stage: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
      ),
      type: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literal("SUBSCRIPTION", "ENTITLEMENT", "CONSUMABLE"))
      ),
      referenceName: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
      ),
      status: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(
          /*#__PURE__*/ Schema.Literal("INCOMPLETE", "COMPLETE", "CERTIFICATION", "PUBLISHED", "SUPPRESSED")
        )
      ),
      isAssociatedWithSkill: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(
          /*#__PURE__*/ Schema.Literal("ASSOCIATED_WITH_SKILL", "NO_SKILL_ASSOCIATIONS", "NOT_ASSOCIATED_WITH_SKILL")
        )
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1Isp.ListInSkillProductResponse)
    },
    errors: [400, 401, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) =>
      Paging.next(
        page.inSkillProductSummaryList?.isTruncated,
        page.inSkillProductSummaryList?.nextToken,
        page.inSkillProductSummaryList?._links?.next?.href
      )
  }
)

/**
 * Get the summary information for an in-skill product.
 *
 * `GET /v1/inSkillProducts/{productId}/stages/{stage}/summary`
 *
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getIspSummaryV1 = /*#__PURE__*/ Operation.make({
  id: "getIspSummaryV1",
  method: "GET",
  path: "/v1/inSkillProducts/{productId}/stages/{stage}/summary",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V1Isp.InSkillProductSummaryResponse), [
      "ETag"
    ])
  },
  errors: [401, 404, 429, 500]
})

/**
 * Get the job definition for a given jobId.
 *
 * `GET /v1/skills/api/custom/interactionModel/jobs/{jobId}`
 *
 * - `jobId`: The identifier for dynamic jobs.
 *
 * @since 0.3.0
 * @category operations
 */
export const getJobDefinitionForInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "getJobDefinitionForInteractionModelV1",
  method: "GET",
  path: "/v1/skills/api/custom/interactionModel/jobs/{jobId}",
  parameters: {
    jobId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelJobs.JobDefinition)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * List testers.
 *
 * List all testers in a beta test for the given Alexa skill.
 *
 * `GET /v1/skills/{skillId}/betaTest/testers`, paged
 *
 * - `skillId`: The skill ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 500 results, you can add this parameter to your request. The response might contain fewer results than maxResults, but it will never contain more.
 *
 * @since 0.3.0
 * @category operations
 */
export const getListOfTestersV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getListOfTestersV1",
    method: "GET",
    path: "/v1/skills/{skillId}/betaTest/testers",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 500)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillBetaTestTesters.ListTestersResponse)
    },
    errors: [400, 401, 404, 409, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, undefined)
  }
)

/**
 * Get top level information and status of a nlu evaluation.
 *
 * API which requests top level information about the evaluation like the current state of the job, status of the evaluation (if complete). Also returns data used to start the job, like the number of test cases, stage, locale, and start time. This should be considered the 'cheap' operation while getResultForNLUEvaluations is 'expensive'.
 *
 * `GET /v1/skills/{skillId}/nluEvaluations/{evaluationId}`
 *
 * - `skillId`: The skill ID.
 * - `evaluationId`: Identifier of the evaluation.
 *
 * @since 0.3.0
 * @category operations
 */
export const getNLUEvaluationV1 = /*#__PURE__*/ Operation.make({
  id: "getNLUEvaluationV1",
  method: "GET",
  path: "/v1/skills/{skillId}/nluEvaluations/{evaluationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    evaluationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillNluEvaluations.GetNLUEvaluationResponse)
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Get the properties of an NLU annotation set
 *
 * Return the properties for an NLU annotation set.
 *
 * `GET /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties`
 *
 * - `skillId`: The skill ID.
 * - `annotationId`: Identifier of the NLU annotation set.
 *
 * @since 0.3.0
 * @category operations
 */
export const getPropertiesForNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.make({
  id: "getPropertiesForNLUAnnotationSetsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    annotationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillNluAnnotationSets.GetNLUAnnotationSetPropertiesResponse)
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * GetResourceSchema API provides schema for skill related resources. The schema returned by this API will be specific to vendor because it considers public beta features allowed for the vendor.
 *
 * `GET /v1/skills/resourceSchema/{resource}`
 *
 * - `resource`: Name of the ASK resource for which schema is requested.
 * - `vendorId`: The vendor ID.
 * - `operation` (optional): This parameter is required when resource is manifest because skill manifest schema differs based on operation. For example, submit for certification schema has more validations than create skill schema.
 *
 * @since 0.3.0
 * @category operations
 */
export const getResourceSchemaV1 = /*#__PURE__*/ Operation.make({
  id: "getResourceSchemaV1",
  method: "GET",
  path: "/v1/skills/resourceSchema/{resource}",
  parameters: {
    resource: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Schema.Literal("manifest", "skillPackageStructure")),
    vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    operation: /*#__PURE__*/ Operation.query(
      /*#__PURE__*/ Schema.optional(
        /*#__PURE__*/ Schema.Literal("CREATE_SKILL", "UPDATE_SKILL", "SUBMIT_SKILL", "ENABLE_SKILL")
      )
    )
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillResourceSchema.GetResourceSchemaResponse)
  },
  errors: [400, 401, 403, 429, 500, 503]
})

/**
 * Get test case results for a completed Evaluation.
 *
 * Paginated API which returns the test case results of an evaluation. This should be considered the 'expensive' operation while getNluEvaluation is 'cheap'.
 *
 * `GET /v1/skills/{skillId}/nluEvaluations/{evaluationId}/results`, paged
 *
 * - `skillId`: The skill ID.
 * - `evaluationId`: Identifier of the evaluation.
 * - `sortField` (optional), `sort.field`
 * - `testCaseStatus` (optional): only returns test cases with this status
 * - `actualIntentName` (optional): only returns test cases with intents which resolve to this intent
 * - `expectedIntentName` (optional): only returns test cases with intents which are expected to be this intent
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. Defaults to 1000. If more results are present, the response will contain a nextToken and a _link.next href.
 *
 * @since 0.3.0
 * @category operations
 */
export const getResultForNLUEvaluationsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getResultForNLUEvaluationsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/nluEvaluations/{evaluationId}/results",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      evaluationId: /*#__PURE__*/ Operation.path(Schema.String),
      sortField: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literal("STATUS", "ACTUAL_INTENT", "EXPECTED_INTENT")),
        "sort.field"
      ),
      testCaseStatus: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Literal("PASSED", "FAILED"))
      ),
      actualIntentName: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      expectedIntentName: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Finite.pipe(/*#__PURE__*/ Schema.between(1, 1000)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillNluEvaluations.GetNLUEvaluationResultsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, page._links?.next?.href)
  }
)

/**
 * Get the rollback status of a skill given an associated rollbackRequestId. Use ~latest in place of rollbackRequestId to get the latest rollback status.
 *
 * `GET /v1/skills/{skillId}/rollbacks/{rollbackRequestId}`
 *
 * - `skillId`: The skill ID.
 * - `rollbackRequestId`: Defines the identifier for a rollback request. If set to ~latest, request returns the status of the latest rollback request.
 *
 * @since 0.3.0
 * @category operations
 */
export const getRollbackForSkillV1 = /*#__PURE__*/ Operation.make({
  id: "getRollbackForSkillV1",
  method: "GET",
  path: "/v1/skills/{skillId}/rollbacks/{rollbackRequestId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    rollbackRequestId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.RollbackRequestStatus)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the client credentials for the skill.
 *
 * `GET /v1/skills/{skillId}/credentials`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillCredentialsV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillCredentialsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/credentials",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.SkillCredentials)
  },
  errors: [401, 404, 429, 500, 503]
})

/**
 * Checks whether an enablement exist for given skillId/stage and customerId (retrieved from Auth token)
 *
 * `GET /v1/skills/{skillId}/stages/{stage}/enablement`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillEnablementStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillEnablementStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stage}/enablement",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Returns the skill manifest for given skillId and stage.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/manifest`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillManifestV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillManifestV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stageV2}/manifest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V1SkillManifest.SkillManifestEnvelope), [
      "ETag"
    ]),
    303: Operation.redirect
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get analytic metrics report of skill usage.
 *
 * `GET /v1/skills/{skillId}/metrics`, paged
 *
 * - `skillId`: The skill ID.
 * - `startTime`: The start time of query.
 * - `endTime`: The end time of query (The maximum time duration is 1 week)
 * - `period`: The aggregation period to use when retrieving the metric, follows ISO_8601#Durations format.
 * - `metric`: A distinct set of logic which predictably returns a set of data.
 * - `stage`: The stage of the skill (live, development).
 * - `skillType`: The type of the skill (custom, smartHome and flashBriefing).
 * - `intent` (optional): The intent of the skill.
 * - `locale` (optional): The locale for the skill. e.g. en-GB, en-US, de-DE and etc.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillMetricsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getSkillMetricsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/metrics",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      startTime: /*#__PURE__*/ Operation.query(Schema.String),
      endTime: /*#__PURE__*/ Operation.query(Schema.String),
      period: /*#__PURE__*/ Operation.query(Schema.String),
      metric: /*#__PURE__*/ Operation.query(Schema.String),
      stage: /*#__PURE__*/ Operation.query(Schema.String),
      skillType: /*#__PURE__*/ Operation.query(Schema.String),
      intent: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      locale: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillMetrics.GetMetricDataResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, undefined)
  }
)

/**
 * Retrieves the latest skill publishing details of the certified stage of the skill. The publishesAtDate and
 * status of skill publishing.
 *
 * `GET /v1/skills/{skillId}/publications/~latest`
 *
 * - `skillId`: The skill ID.
 * - `acceptLanguage`, `Accept-Language`: User's locale/language in context.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillPublicationsV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillPublicationsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/publications/~latest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    acceptLanguage: /*#__PURE__*/ Operation.header(Schema.String, "Accept-Language")
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillPublication.SkillPublicationResponse)
  },
  errors: [400, 401, 404, 429, 500, 503]
})

/**
 * Get the result of a previously executed simulation.
 *
 * This API gets the result of a previously executed simulation. A successful response will contain the status of the executed simulation. If the simulation successfully completed, the response will also contain information related to skill invocation. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. In cases where the simulation failed, the response will contain a status attribute indicating that a failure occurred and details about what was sent to the skill endpoint. Note that simulation results are stored for 10 minutes. A request for an expired simulation result will return a 404 HTTP status code.
 *
 * `GET /v1/skills/{skillId}/simulations/{simulationId}`
 *
 * - `skillId`: The skill ID.
 * - `simulationId`: Id of the simulation.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillSimulationV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillSimulationV1",
  method: "GET",
  path: "/v1/skills/{skillId}/simulations/{simulationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    simulationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillSimulations.SimulationsApiResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Get the result of a previously executed simulation.
 *
 * This API gets the result of a previously executed simulation. A successful response will contain the status of the executed simulation. If the simulation successfully completed, the response will also contain information related to skill invocation. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. In cases where the simulation failed, the response will contain a status attribute indicating that a failure occurred and details about what was sent to the skill endpoint. Note that simulation results are stored for 10 minutes. A request for an expired simulation result will return a 404 HTTP status code.
 *
 * `GET /v2/skills/{skillId}/stages/{stage}/simulations/{simulationId}`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `simulationId`: Id of the simulation.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillSimulationV2 = /*#__PURE__*/ Operation.make({
  id: "getSkillSimulationV2",
  method: "GET",
  path: "/v2/skills/{skillId}/stages/{stage}/simulations/{simulationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    simulationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V2SkillSimulations.SimulationsApiResponse)
  },
  errors: [401, 403, 404, 429, 500, 503]
})

/**
 * Get the status of skill resource and its sub-resources for a given skillId.
 *
 * `GET /v1/skills/{skillId}/status`
 *
 * - `skillId`: The skill ID.
 * - `resource` (optional): Resource name for which status information is desired. It is an optional, filtering parameter and can be used more than once, to retrieve status for all the desired (sub)resources only, in single API call. If this parameter is not specified, status for all the resources/sub-resources will be returned.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillStatusV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillStatusV1",
  method: "GET",
  path: "/v1/skills/{skillId}/status",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    resource: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.SkillStatus)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Get the result of a previously executed validation.
 *
 * This API gets the result of a previously executed validation. A successful response will contain the status of the executed validation. If the validation successfully completed, the response will also contain information related to executed validations. In cases where requests to this API results in an error, the response will contain a description of the problem. In cases where the validation failed, the response will contain a status attribute indicating that a failure occurred. Note that validation results are stored for 60 minutes. A request for an expired validation result will return a 404 HTTP status code.
 *
 * `GET /v1/skills/{skillId}/stages/{stage}/validations/{validationId}`
 *
 * - `skillId`: The skill ID.
 * - `validationId`: Id of the validation. Reserved word identifier of mostRecent can be used to get the most recent validation for the skill and stage. Note that the behavior of the API in this case would be the same as when the actual validation id of the most recent validation is used in the request.
 * - `stage`: Stage for skill.
 * - `acceptLanguage` (optional), `Accept-Language`: User's locale/language in context.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSkillValidationsV1 = /*#__PURE__*/ Operation.make({
  id: "getSkillValidationsV1",
  method: "GET",
  path: "/v1/skills/{skillId}/stages/{stage}/validations/{validationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    validationId: /*#__PURE__*/ Operation.path(Schema.String),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    acceptLanguage: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "Accept-Language")
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillValidations.ValidationsApiResponse)
  },
  errors: [403, 404, 409, 429, 500]
})

/**
 * Get top level information and status of a Smart Home capability evaluation.
 *
 * `GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}`
 *
 * - `skillId`: The skill ID.
 * - `evaluationId`: A unique ID to identify each Smart Home capability evaluation.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSmartHomeCapabilityEvaluationV1 = /*#__PURE__*/ Operation.make({
  id: "getSmartHomeCapabilityEvaluationV1",
  method: "GET",
  path: "/v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    evaluationId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SmartHomeEvaluation.GetSHCapabilityEvaluationResponse)
  },
  errors: [400, 401, 403, 404, 429]
})

/**
 * Get test case results for an evaluation run.
 *
 * `GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}/results`, paged
 *
 * - `skillId`: The skill ID.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `evaluationId`: A unique ID to identify each Smart Home capability evaluation.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSmarthomeCapablityEvaluationResultsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getSmarthomeCapablityEvaluationResultsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}/results",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      evaluationId: /*#__PURE__*/ Operation.path(Schema.String)
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SmartHomeEvaluation.GetSHCapabilityEvaluationResultsResponse)
    },
    errors: [400, 401, 403, 404, 429]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, undefined)
  }
)

/**
 * Returns the ssl certificate sets currently associated with this skill. Sets consist of one ssl certificate blob associated with a region as well as the default certificate for the skill.
 *
 * `GET /v1/skills/{skillId}/sslCertificateSets/~latest`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSSLCertificatesV1 = /*#__PURE__*/ Operation.make({
  id: "getSSLCertificatesV1",
  method: "GET",
  path: "/v1/skills/{skillId}/sslCertificateSets/~latest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.SSLCertificatePayload)
  },
  errors: [401, 404, 429, 500, 503]
})

/**
 * Get status for given exportId
 *
 * `GET /v1/skills/exports/{exportId}`
 *
 * - `exportId`: The Export ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const getStatusOfExportRequestV1 = /*#__PURE__*/ Operation.make({
  id: "getStatusOfExportRequestV1",
  method: "GET",
  path: "/v1/skills/exports/{exportId}",
  parameters: {
    exportId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1Skill.ExportResponse)
  },
  errors: [400, 401, 404, 429, 500, 503]
})

/**
 * Returns information about specified subscriber.
 *
 * `GET /v0/developmentEvents/subscribers/{subscriberId}`
 *
 * - `subscriberId`: Unique identifier of the subscriber.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSubscriberForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "getSubscriberForDevelopmentEventsV0",
  method: "GET",
  path: "/v0/developmentEvents/subscribers/{subscriberId}",
  parameters: {
    subscriberId: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V0DevelopmentEventsSubscriber.SubscriberInfo)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Returns information about a particular subscription. Both, the vendor who created the subscriber and the vendor who publishes the event can retrieve this resource with appropriate authorization.
 *
 * `GET /v0/developmentEvents/subscriptions/{subscriptionId}`
 *
 * - `subscriptionId`: Unique identifier of the subscription.
 *
 * @since 0.3.0
 * @category operations
 */
export const getSubscriptionForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "getSubscriptionForDevelopmentEventsV0",
  method: "GET",
  path: "/v0/developmentEvents/subscriptions/{subscriptionId}",
  parameters: {
    subscriptionId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V0DevelopmentEventsSubscription.SubscriptionInfo)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * The Intent Request History API provides customers with the aggregated and anonymized transcription of user speech data and intent request details for their skills.
 *
 * `GET /v1/skills/{skillId}/history/intentRequests`, paged
 *
 * - `skillId`: The skill ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 * - `sortField` (optional): Sets the field on which the sorting would be applied.
 * - `stage`: The stage of the skill to be used for evaluation. An error will be returned if this skill stage is not enabled on the account used for evaluation.
 * - `locale` (optional)
 * - `dialogActName` (optional), `dialogAct.name`: A filter used to retrieve items where the dialogAct name is equal to the given value. * `Dialog.ElicitSlot`: Alexa asked the user for the value of a specific slot. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#elicitslot) * `Dialog.ConfirmSlot`: Alexa confirmed the value of a specific slot before continuing with the dialog. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmslot) * `Dialog.ConfirmIntent`: Alexa confirmed the all the information the user has provided for the intent before the skill took action. (https://developer.amazon.com/docs/custom-skills/dialog-interface-reference.html#confirmintent)
 * - `intentConfidenceBin` (optional), `intent.confidence.bin`
 * - `intentName` (optional), `intent.name`: A filter used to retrieve items where the intent name is equal to the given value.
 * - `intentSlotsName` (optional), `intent.slots.name`: A filter used to retrieve items where the one of the slot names is equal to the given value.
 * - `interactionType` (optional)
 * - `publicationStatus` (optional)
 * - `utteranceText` (optional): A filter used to retrieve items where the utterance text contains the given phrase. Each filter value can be at-least 1 character and at-most 100 characters long.
 *
 * @since 0.3.0
 * @category operations
 */
export const getUtteranceDataV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "getUtteranceDataV1",
    method: "GET",
    path: "/v1/skills/{skillId}/history/intentRequests",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      sortField: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      stage: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.Literal("development", "live")),
      locale: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1SkillHistory.LocaleInQuery))
      ),
      dialogActName: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1SkillHistory.DialogActName)),
        "dialogAct.name"
      ),
      intentConfidenceBin: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1SkillHistory.IntentConfidenceBin)),
        "intent.confidence.bin"
      ),
      intentName: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
        "intent.name"
      ),
      intentSlotsName: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
        "intent.slots.name"
      ),
      interactionType: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1SkillHistory.InteractionType))
      ),
      publicationStatus: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(V1SkillHistory.PublicationStatus))
      ),
      utteranceText: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillHistory.IntentRequests)
    },
    errors: [400, 401, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Get the list of Vendor information.
 *
 * `GET /v1/vendors`
 *
 * @since 0.3.0
 * @category operations
 */
export const getVendorListV1 = /*#__PURE__*/ Operation.make({
  id: "getVendorListV1",
  method: "GET",
  path: "/v1/vendors",
  parameters: {},
  responses: {
    200: /*#__PURE__*/ Operation.json(V1VendorManagement.Vendors)
  },
  errors: [401, 429, 500, 503]
})

/**
 * Creates a new import for a skill with given skillId.
 *
 * `POST /v1/skills/{skillId}/imports`
 *
 * - `updateSkillWithPackageRequest`, the body: Defines the request body for updatePackage API.
 * - `skillId`: The skill ID.
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 *
 * @since 0.3.0
 * @category operations
 */
export const importSkillPackageV1 = /*#__PURE__*/ Operation.make({
  id: "importSkillPackageV1",
  method: "POST",
  path: "/v1/skills/{skillId}/imports",
  parameters: {
    updateSkillWithPackageRequest: /*#__PURE__*/ Operation.body(V1Skill.UpdateSkillWithPackageRequest),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match")
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 404, 409, 412, 413, 429, 500, 503]
})

/**
 * Invokes the Lambda or third party HTTPS endpoint for the given skill against a given stage.
 *
 * This is a synchronous API that invokes the Lambda or third party HTTPS endpoint for a given skill. A successful response will contain information related to what endpoint was called, payload sent to and received from the endpoint. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. In cases where invoking the skill endpoint specifically fails, the response will contain a status attribute indicating that a failure occurred and details about what was sent to the endpoint. The skill must belong to and be enabled by the user of this API. Also,  note that calls to the skill endpoint will timeout after 10 seconds. This  API is currently designed in a way that allows extension to an asynchronous  API if a significantly bigger timeout is required.
 *
 * `POST /v2/skills/{skillId}/stages/{stage}/invocations`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `invocationsApiRequest` (optional), the body: Payload sent to the skill invocation API.
 *
 * @since 0.3.0
 * @category operations
 */
export const invokeSkillEndPointV2 = /*#__PURE__*/ Operation.make({
  id: "invokeSkillEndPointV2",
  method: "POST",
  path: "/v2/skills/{skillId}/stages/{stage}/invocations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    invocationsApiRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V2SkillInvocations.InvocationsApiRequest)
    )
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V2SkillInvocations.InvocationsApiResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * This is a synchronous API that invokes the Lambda or third party HTTPS endpoint for a given skill. A successful response will contain information related to what endpoint was called, payload sent to and received from the endpoint. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. In cases where invoking the skill endpoint specifically fails, the response will contain a status attribute indicating that a failure occurred and details about what was sent to the endpoint. The skill must belong to and be enabled by the user of this API. Also, note that calls to the skill endpoint will timeout after 10 seconds.
 *
 * `POST /v1/skills/{skillId}/invocations`
 *
 * - `skillId`: The skill ID.
 * - `invokeSkillRequest`, the body: Payload sent to the skill invocation API.
 *
 * @since 0.3.0
 * @category operations
 */
export const invokeSkillV1 = /*#__PURE__*/ Operation.make({
  id: "invokeSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/invocations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    invokeSkillRequest: /*#__PURE__*/ Operation.body(V1SkillInvocations.InvokeSkillRequest)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillInvocations.InvokeSkillResponse)
  },
  errors: [400, 401, 403, 404, 429, 503]
})

/**
 * Lists all the catalogs associated with a skill.
 *
 * `GET /v0/skills/{skillId}/catalogs`, paged
 *
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional)
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const listCatalogsForSkillV0 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listCatalogsForSkillV0",
    method: "GET",
    path: "/v0/skills/{skillId}/catalogs",
    parameters: {
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.Int)),
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V0Catalog.ListCatalogsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Lists catalogs associated with a vendor.
 *
 * `GET /v0/catalogs`, paged
 *
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional)
 * - `vendorId`: The vendor ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const listCatalogsForVendorV0 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listCatalogsForVendorV0",
    method: "GET",
    path: "/v0/catalogs",
    parameters: {
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.Int)),
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V0Catalog.ListCatalogsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Gets a list of all metric snapshots associated with this experiment id. The metric snapshots
 * represent the metric data available for a time range.
 *
 * `GET /v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots`, paged
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const listExperimentMetricSnapshotsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listExperimentMetricSnapshotsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillExperiment.ListExperimentMetricSnapshotsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, undefined)
  }
)

/**
 * Gets a list of all experiments associated with this skill id.
 *
 * `GET /v1/skills/{skillId}/experiments`, paged
 *
 * - `skillId`: The skill ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const listExperimentsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listExperimentsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/experiments",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillExperiment.ListExperimentsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, undefined)
  }
)

/**
 * List all catalogs for the vendor.
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 *
 * @since 0.3.0
 * @category operations
 */
export const listInteractionModelCatalogsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listInteractionModelCatalogsV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/catalogs",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelCatalog.ListCatalogResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * List all the historical versions of the given catalogId.
 *
 * `GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions`, paged
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 * - `sortField` (optional): Sets the field on which the sorting would be applied.
 *
 * @since 0.3.0
 * @category operations
 */
export const listInteractionModelCatalogVersionsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listInteractionModelCatalogVersionsV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions",
    parameters: {
      catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      sortField: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelVersion.ListCatalogEntityVersionsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, undefined)
  }
)

/**
 * List all slot types for the vendor.
 *
 * `GET /v1/skills/api/custom/interactionModel/slotTypes`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 *
 * @since 0.3.0
 * @category operations
 */
export const listInteractionModelSlotTypesV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listInteractionModelSlotTypesV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/slotTypes",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelType.ListSlotTypeResponse)
    },
    errors: [400, 401, 403, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, page._links?.next?.href)
  }
)

/**
 * List all slot type versions for the slot type id.
 *
 * `GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions`, paged
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 *
 * @since 0.3.0
 * @category operations
 */
export const listInteractionModelSlotTypeVersionsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listInteractionModelSlotTypeVersionsV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions",
    parameters: {
      slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelTypeVersion.ListSlotTypeVersionResponse)
    },
    errors: [400, 401, 403, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Get the list of interactionModel versions of a skill for the vendor.
 *
 * `GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions`, paged
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 * - `sortField` (optional): Sets the field on which the sorting would be applied.
 *
 * @since 0.3.0
 * @category operations
 */
export const listInteractionModelVersionsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listInteractionModelVersionsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      stageV2: /*#__PURE__*/ Operation.path(Schema.String),
      locale: /*#__PURE__*/ Operation.path(Schema.String),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      sortField: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelVersion.ListResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Retrieve a list of jobs associated with the vendor.
 *
 * `GET /v1/skills/api/custom/interactionModel/jobs`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 *
 * @since 0.3.0
 * @category operations
 */
export const listJobDefinitionsForInteractionModelV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listJobDefinitionsForInteractionModelV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/jobs",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelJobs.ListJobDefinitionsResponse)
    },
    errors: [401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, page._links?.next?.href)
  }
)

/**
 * List the execution history associated with the job definition, with default sortField to be the executions' timestamp.
 *
 * `GET /v1/skills/api/custom/interactionModel/jobs/{jobId}/executions`, paged
 *
 * - `jobId`: The identifier for dynamic jobs.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `sortDirection` (optional): Sets the sorting direction of the result items. When set to 'asc' these items are returned in ascending order of sortField value and when set to 'desc' these items are returned in descending order of sortField value.
 *
 * @since 0.3.0
 * @category operations
 */
export const listJobExecutionsForInteractionModelV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listJobExecutionsForInteractionModelV1",
    method: "GET",
    path: "/v1/skills/api/custom/interactionModel/jobs/{jobId}/executions",
    parameters: {
      jobId: /*#__PURE__*/ Operation.path(Schema.String),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      sortDirection: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillInteractionModelJobs.GetExecutionsResponse)
    },
    errors: [401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, page._links?.next?.href)
  }
)

/**
 * List NLU annotation sets for a given skill.
 *
 * API which requests all the NLU annotation sets for a skill. Returns the annotationId and properties for each NLU annotation set. Developers can filter the results using locale. Supports paging of results.
 *
 * `GET /v1/skills/{skillId}/nluAnnotationSets`, paged
 *
 * - `skillId`: The skill ID.
 * - `locale` (optional): filter to NLU annotation set created using this locale
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. Defaults to 10. If more results are present, the response will contain a nextToken and a _link.next href.
 *
 * @since 0.3.0
 * @category operations
 */
export const listNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listNLUAnnotationSetsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/nluAnnotationSets",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      locale: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Finite.pipe(/*#__PURE__*/ Schema.between(1, 100)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillNluAnnotationSets.ListNLUAnnotationSetsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, page._links?.next?.href)
  }
)

/**
 * List nlu evaluations run for a skill.
 *
 * API which requests recently run nlu evaluations started by a vendor for a skill. Returns the evaluation id and some of the parameters used to start the evaluation. Developers can filter the results using locale and stage. Supports paging of results.
 *
 * `GET /v1/skills/{skillId}/nluEvaluations`, paged
 *
 * - `skillId`: The skill ID.
 * - `locale` (optional): filter to evaluations started using this locale
 * - `stage` (optional): filter to evaluations started using this stage
 * - `annotationId` (optional): filter to evaluations started using this annotationId
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. Defaults to 10. If more results are present, the response will contain a nextToken and a _link.next href.
 *
 * @since 0.3.0
 * @category operations
 */
export const listNLUEvaluationsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listNLUEvaluationsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/nluEvaluations",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      locale: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      stage: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      annotationId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Finite.pipe(/*#__PURE__*/ Schema.between(1, 100)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillNluEvaluations.ListNLUEvaluationsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, page._links?.next?.href)
  }
)

/**
 * List private distribution accounts.
 *
 * `GET /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts`, paged
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const listPrivateDistributionAccountsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listPrivateDistributionAccountsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SkillPrivate.ListPrivateDistributionAccountsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Get the list of skills for the vendor.
 *
 * `GET /v1/skills`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `skillId` (optional): The list of skillIds that you wish to get the summary for. A maximum of 10 skillIds can be specified to get the skill summary in single listSkills call. Please note that this parameter must not be used with 'nextToken' or/and 'maxResults' parameter.
 *
 * @since 0.3.0
 * @category operations
 */
export const listSkillsForVendorV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listSkillsForVendorV1",
    method: "GET",
    path: "/v1/skills",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      skillId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1Skill.ListSkillResponse)
    },
    errors: [400, 401, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * List Smart Home capability evaluation runs for a skill.
 *
 * `GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations`, paged
 *
 * - `skillId`: The skill ID.
 * - `stage`: The stage of the skill to be used for evaluation. An error will be returned if this skill stage is not enabled on the account used for evaluation.
 * - `startTimestampFrom` (optional): The begnning of the start time to query evaluation result.
 * - `startTimestampTo` (optional): The end of the start time to query evaluation result.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 *
 * @since 0.3.0
 * @category operations
 */
export const listSmarthomeCapabilityEvaluationsV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listSmarthomeCapabilityEvaluationsV1",
    method: "GET",
    path: "/v1/skills/{skillId}/smartHome/testing/capabilityEvaluations",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      stage: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.Literal("development", "live")),
      startTimestampFrom: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      startTimestampTo: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String)),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SmartHomeEvaluation.ListSHCapabilityEvaluationsResponse)
    },
    errors: [400, 401, 403, 404, 429]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContextToken?.nextToken, undefined)
  }
)

/**
 * List all the test plan names and ids for a given skill ID.
 *
 * `GET /v1/skills/{skillId}/smartHome/testing/capabilityTestPlans`, paged
 *
 * - `skillId`: The skill ID.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 *
 * @since 0.3.0
 * @category operations
 */
export const listSmarthomeCapabilityTestPlansV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listSmarthomeCapabilityTestPlansV1",
    method: "GET",
    path: "/v1/skills/{skillId}/smartHome/testing/capabilityTestPlans",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1SmartHomeEvaluation.ListSHCapabilityTestPlansResponse)
    },
    errors: [400, 401, 403, 404, 429]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.paginationContext?.nextToken, undefined)
  }
)

/**
 * Lists the subscribers for a particular vendor.
 *
 * `GET /v0/developmentEvents/subscribers`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const listSubscribersForDevelopmentEventsV0 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listSubscribersForDevelopmentEventsV0",
    method: "GET",
    path: "/v0/developmentEvents/subscribers",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V0DevelopmentEventsSubscriber.ListSubscribersResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Lists all the subscriptions for a vendor/subscriber depending on the query parameter.
 *
 * `GET /v0/developmentEvents/subscriptions`, paged
 *
 * - `vendorId`: The vendor ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `subscriberId` (optional): Unique identifier of the subscriber. If this query parameter is provided, the list would be filtered by the owning subscriberId.
 *
 * @since 0.3.0
 * @category operations
 */
export const listSubscriptionsForDevelopmentEventsV0 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listSubscriptionsForDevelopmentEventsV0",
    method: "GET",
    path: "/v0/developmentEvents/subscriptions",
    parameters: {
      vendorId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      subscriberId: /*#__PURE__*/ Operation.query(/*#__PURE__*/ Schema.optional(Schema.String))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V0DevelopmentEventsSubscription.ListSubscriptionsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(undefined, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Lists all the uploads for a particular catalog.
 *
 * `GET /v0/catalogs/{catalogId}/uploads`, paged
 *
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 * - `catalogId`: Provides a unique identifier of the catalog.
 *
 * @since 0.3.0
 * @category operations
 */
export const listUploadsForCatalogV0 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listUploadsForCatalogV0",
    method: "GET",
    path: "/v0/catalogs/{catalogId}/uploads",
    parameters: {
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      ),
      catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V0CatalogUpload.ListUploadsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Retrieve a list of all skill versions associated with this skill id
 *
 * `GET /v1/skills/{skillId}/versions`, paged
 *
 * - `skillId`: The skill ID.
 * - `nextToken` (optional): When response to this API call is truncated (that is, isTruncated response element value is true), the response also includes the nextToken element. The value of nextToken can be used in the next request as the continuation-token to list the next set of objects. The continuation token is an opaque value that Skill Management API understands. Token has expiry of 24 hours.
 * - `maxResults` (optional): Sets the maximum number of results returned in the response body. If you want to retrieve fewer than upper limit of 50 results, you can add this parameter to your request. maxResults should not exceed the upper limit. The response might contain fewer results than maxResults, but it will never contain more. If there are additional results that satisfy the search criteria, but these results were not returned, the response contains isTruncated = true.
 *
 * @since 0.3.0
 * @category operations
 */
export const listVersionsForSkillV1 = /*#__PURE__*/ Operation.paginated(
  /*#__PURE__*/ Operation.make({
    id: "listVersionsForSkillV1",
    method: "GET",
    path: "/v1/skills/{skillId}/versions",
    parameters: {
      skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
      nextToken: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 2047 }))
      ),
      maxResults: /*#__PURE__*/ Operation.query(
        /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 50)))
      )
    },
    responses: {
      200: /*#__PURE__*/ Operation.json(V1Skill.ListSkillVersionsResponse)
    },
    errors: [400, 401, 403, 404, 429, 500, 503]
  }),
  {
    inputToken: "nextToken",
    nextToken: (page) => Paging.next(page.isTruncated, page.nextToken, page._links?.next?.href)
  }
)

/**
 * Requests an action on the experiment to move it to the targetState.
 * Acceptable targetState values are:
 * * `ENABLED`: Experiment configurations are deployed and customer overrides are enabled. Actual experiment has not started yet but customers with overrides set to T1 will see the T1 behavior. Initial state must be CREATED.
 * * `RUNNING`: Starts the experiment with the configured exposure. Skill customers selected to be in the experiment will start contributing to the metric data. Initial state must be CREATED or ENABLED.
 * * `STOPPED`: Stops the experiment by removing the experiment configurations. All customer treatment overrides are removed. Initial state must be ENABLED or RUNNING.
 *              Final state for ENDPOINT_BASED experiments, no further action is taken by ASK. It is expected that the skill builder updates their endpoint code to make T1 the default live behavior.
 *
 * `POST /v1/skills/{skillId}/experiments/{experimentId}/state`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `manageExperimentStateRequest`, the body: Defines the request body for performing an experiment action to move it to a target state.
 *
 * @since 0.3.0
 * @category operations
 */
export const manageExperimentStateV1 = /*#__PURE__*/ Operation.make({
  id: "manageExperimentStateV1",
  method: "POST",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/state",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    manageExperimentStateRequest: /*#__PURE__*/ Operation.body(V1SkillExperiment.ManageExperimentStateRequest)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Profile a test utterance.
 *
 * This is a synchronous API that profiles an utterance against interaction model.
 *
 * `POST /v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}/profileNlu`
 *
 * - `profileNluRequest`, the body: Payload sent to the profile nlu API.
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 *
 * @since 0.3.0
 * @category operations
 */
export const profileNluV1 = /*#__PURE__*/ Operation.make({
  id: "profileNluV1",
  method: "POST",
  path: "/v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}/profileNlu",
  parameters: {
    profileNluRequest: /*#__PURE__*/ Operation.body(V1SkillEvaluations.ProfileNluRequest),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    locale: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1SkillEvaluations.ProfileNluResponse)
  },
  errors: [400, 401, 403, 409, 429, 500]
})

/**
 * If the skill is in certified stage, initiate publishing immediately or set a date at which the skill can publish at.
 *
 * `POST /v1/skills/{skillId}/publications`
 *
 * - `skillId`: The skill ID.
 * - `acceptLanguage`, `Accept-Language`: User's locale/language in context.
 * - `publishSkillRequest` (optional), the body: Defines the request body for publish skill API.
 *
 * @since 0.3.0
 * @category operations
 */
export const publishSkillV1 = /*#__PURE__*/ Operation.make({
  id: "publishSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/publications",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    acceptLanguage: /*#__PURE__*/ Operation.header(Schema.String, "Accept-Language"),
    publishSkillRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V1SkillPublication.PublishSkillRequest)
    )
  },
  responses: {
    202: /*#__PURE__*/ Operation.jsonOrEmpty(V1SkillPublication.SkillPublicationResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * The SMAPI Audit Logs API provides customers with an audit history of all SMAPI calls made by a developer or developers with permissions on that account.
 *
 * `POST /v1/developmentAuditLogs/query`
 *
 * - `getAuditLogsRequest`, the body: Request object encompassing vendorId, optional request filters and optional pagination context.
 *
 * @since 0.3.0
 * @category operations
 */
export const queryDevelopmentAuditLogsV1 = /*#__PURE__*/ Operation.make({
  id: "queryDevelopmentAuditLogsV1",
  method: "POST",
  path: "/v1/developmentAuditLogs/query",
  parameters: {
    getAuditLogsRequest: /*#__PURE__*/ Operation.body(V1AuditLogs.AuditLogsRequest)
  },
  responses: {
    200: /*#__PURE__*/ Operation.json(V1AuditLogs.AuditLogsResponse)
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Remove testers from an existing beta test.
 *
 * Remove testers from a beta test for the given Alexa skill.  System will send access end email to each tester and remove entitlement for them.
 *
 * `POST /v1/skills/{skillId}/betaTest/testers/remove`
 *
 * - `skillId`: The skill ID.
 * - `testersRequest`, the body: JSON object containing the email address of beta testers.
 *
 * @since 0.3.0
 * @category operations
 */
export const removeTestersFromBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "removeTestersFromBetaTestV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/testers/remove",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    testersRequest: /*#__PURE__*/ Operation.body(V1SkillBetaTestTesters.TestersList)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Request feedback from testers.
 *
 * Request feedback from the testers in a beta test for the given Alexa skill.  System will send notification emails to testers to request feedback.
 *
 * `POST /v1/skills/{skillId}/betaTest/testers/requestFeedback`
 *
 * - `skillId`: The skill ID.
 * - `testersRequest`, the body: JSON object containing the email address of beta testers.
 *
 * @since 0.3.0
 * @category operations
 */
export const requestFeedbackFromTestersV1 = /*#__PURE__*/ Operation.make({
  id: "requestFeedbackFromTestersV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/testers/requestFeedback",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    testersRequest: /*#__PURE__*/ Operation.body(V1SkillBetaTestTesters.TestersList)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Resets the entitlement(s) of the Product for the current user.
 *
 * `DELETE /v1/inSkillProducts/{productId}/stages/{stage}/entitlement`
 *
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const resetEntitlementForProductV1 = /*#__PURE__*/ Operation.make({
  id: "resetEntitlementForProductV1",
  method: "DELETE",
  path: "/v1/inSkillProducts/{productId}/stages/{stage}/entitlement",
  parameters: {
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 412, 429, 500]
})

/**
 * Submit a target skill version to rollback to. Only one rollback or publish operation can be outstanding for a given skillId.
 *
 * `POST /v1/skills/{skillId}/rollbacks`
 *
 * - `skillId`: The skill ID.
 * - `createRollbackRequest`, the body: defines the request body to create a rollback request
 *
 * @since 0.3.0
 * @category operations
 */
export const rollbackSkillV1 = /*#__PURE__*/ Operation.make({
  id: "rollbackSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/rollbacks",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createRollbackRequest: /*#__PURE__*/ Operation.body(V1Skill.CreateRollbackRequest)
  },
  responses: {
    201: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.jsonOrEmpty(V1Skill.CreateRollbackResponse), [
      "Location"
    ])
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Send reminder to testers in a beta test.
 *
 * Send reminder to the testers in a beta test for the given Alexa skill.  System will send invitation email to each tester and add entitlement on the acceptance.
 *
 * `POST /v1/skills/{skillId}/betaTest/testers/sendReminder`
 *
 * - `skillId`: The skill ID.
 * - `testersRequest`, the body: JSON object containing the email address of beta testers.
 *
 * @since 0.3.0
 * @category operations
 */
export const sendReminderToTestersV1 = /*#__PURE__*/ Operation.make({
  id: "sendReminderToTestersV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/testers/sendReminder",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    testersRequest: /*#__PURE__*/ Operation.body(V1SkillBetaTestTesters.TestersList)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Adds the requesting user's customer treatment override to an existing experiment.
 * The current user must be under the same skill vendor of the requested skill id to have access to the resource.
 * Only the current user can attempt to add the override of their own customer account to an experiment.
 * Can only be called before the experiment is enabled.
 *
 * `PUT /v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `setCustomerTreatmentOverrideRequest`, the body: Defines the request body for adding this customer's treatment override to an experiment.
 *
 * @since 0.3.0
 * @category operations
 */
export const setCustomerTreatmentOverrideV1 = /*#__PURE__*/ Operation.make({
  id: "setCustomerTreatmentOverrideV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    setCustomerTreatmentOverrideRequest: /*#__PURE__*/ Operation.body(
      V1SkillExperiment.SetCustomerTreatmentOverrideRequest
    )
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Creates an `InteractionModel` for the skill.
 *
 * `PUT /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `locale`: The locale for the model requested e.g. en-GB, en-US, de-DE.
 * - `interactionModel`, the body
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 *
 * @since 0.3.0
 * @category operations
 */
export const setInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "setInteractionModelV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    locale: /*#__PURE__*/ Operation.path(Schema.String),
    interactionModel: /*#__PURE__*/ Operation.body(V1SkillInteractionModel.InteractionModelData),
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match")
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 412, 429, 500, 503]
})

/**
 * Update the JobStatus to Enable or Disable a job.
 *
 * `PUT /v1/skills/api/custom/interactionModel/jobs/{jobId}/status`
 *
 * - `jobId`: The identifier for dynamic jobs.
 * - `updateJobStatusRequest`, the body: Request to update Job Definition status.
 *
 * @since 0.3.0
 * @category operations
 */
export const setJobStatusForInteractionModelV1 = /*#__PURE__*/ Operation.make({
  id: "setJobStatusForInteractionModelV1",
  method: "PUT",
  path: "/v1/skills/api/custom/interactionModel/jobs/{jobId}/status",
  parameters: {
    jobId: /*#__PURE__*/ Operation.path(Schema.String),
    updateJobStatusRequest: /*#__PURE__*/ Operation.body(V1SkillInteractionModelJobs.UpdateJobStatusRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Add an id to the private distribution accounts.
 *
 * `PUT /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `id`: ARN that a skill can be privately distributed to.
 *
 * @since 0.3.0
 * @category operations
 */
export const setPrivateDistributionAccountIdV1 = /*#__PURE__*/ Operation.make({
  id: "setPrivateDistributionAccountIdV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    id: /*#__PURE__*/ Operation.path(Schema.String)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Creates/Updates the enablement for given skillId/stage and customerId (retrieved from Auth token)
 *
 * `PUT /v1/skills/{skillId}/stages/{stage}/enablement`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const setSkillEnablementV1 = /*#__PURE__*/ Operation.make({
  id: "setSkillEnablementV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stage}/enablement",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Updates the ssl certificates associated with this skill.
 *
 * `PUT /v1/skills/{skillId}/sslCertificateSets/~latest`
 *
 * - `skillId`: The skill ID.
 * - `sslCertificatePayload`, the body: Defines the input/output of the ssl certificates api for a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const setSSLCertificatesV1 = /*#__PURE__*/ Operation.make({
  id: "setSSLCertificatesV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/sslCertificateSets/~latest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    sslCertificatePayload: /*#__PURE__*/ Operation.body(V1Skill.SSLCertificatePayload)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 429, 500, 503]
})

/**
 * Updates the properties of a subscriber.
 *
 * `PUT /v0/developmentEvents/subscribers/{subscriberId}`
 *
 * - `subscriberId`: Unique identifier of the subscriber.
 * - `updateSubscriberRequest`, the body: Defines the request body for updateSubscriber API.
 *
 * @since 0.3.0
 * @category operations
 */
export const setSubscriberForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "setSubscriberForDevelopmentEventsV0",
  method: "PUT",
  path: "/v0/developmentEvents/subscribers/{subscriberId}",
  parameters: {
    subscriberId: /*#__PURE__*/ Operation.path(Schema.String),
    updateSubscriberRequest: /*#__PURE__*/ Operation.body(V0DevelopmentEventsSubscriber.UpdateSubscriberRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Updates the mutable properties of a subscription. This needs to be authorized by the client/vendor who created the subscriber and the vendor who publishes the event. The subscriberId cannot be updated.
 *
 * `PUT /v0/developmentEvents/subscriptions/{subscriptionId}`
 *
 * - `subscriptionId`: Unique identifier of the subscription.
 * - `updateSubscriptionRequest` (optional), the body: Request body for updateSubscription API.
 *
 * @since 0.3.0
 * @category operations
 */
export const setSubscriptionForDevelopmentEventsV0 = /*#__PURE__*/ Operation.make({
  id: "setSubscriptionForDevelopmentEventsV0",
  method: "PUT",
  path: "/v0/developmentEvents/subscriptions/{subscriptionId}",
  parameters: {
    subscriptionId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    updateSubscriptionRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V0DevelopmentEventsSubscription.UpdateSubscriptionRequest)
    )
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Simulate executing a skill with the given id.
 *
 * This is an asynchronous API that simulates a skill execution in the Alexa eco-system given an utterance text of what a customer would say to Alexa. A successful response will contain a header with the location of the simulation resource. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. The skill being simulated must be in development stage, and it must also belong to and be enabled by the user of this API. Concurrent requests per user is currently not supported.
 *
 * `POST /v1/skills/{skillId}/simulations`
 *
 * - `skillId`: The skill ID.
 * - `simulationsApiRequest`, the body: Payload sent to the skill simulation API.
 *
 * @since 0.3.0
 * @category operations
 */
export const simulateSkillV1 = /*#__PURE__*/ Operation.make({
  id: "simulateSkillV1",
  method: "POST",
  path: "/v1/skills/{skillId}/simulations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    simulationsApiRequest: /*#__PURE__*/ Operation.body(V1SkillSimulations.SimulationsApiRequest)
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V1SkillSimulations.SimulationsApiResponse), [
      "Location"
    ])
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Simulate executing a skill with the given id against a given stage.
 *
 * This is an asynchronous API that simulates a skill execution in the Alexa eco-system given an utterance text of what a customer would say to Alexa. A successful response will contain a header with the location of the simulation resource. In cases where requests to this API results in an error, the response will contain an error code and a description of the problem. The skill being simulated must belong to and be enabled by the user of this API. Concurrent requests per user is currently not supported.
 *
 * `POST /v2/skills/{skillId}/stages/{stage}/simulations`
 *
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 * - `simulationsApiRequest`, the body: Payload sent to the skill simulation API.
 *
 * @since 0.3.0
 * @category operations
 */
export const simulateSkillV2 = /*#__PURE__*/ Operation.make({
  id: "simulateSkillV2",
  method: "POST",
  path: "/v2/skills/{skillId}/stages/{stage}/simulations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    simulationsApiRequest: /*#__PURE__*/ Operation.body(V2SkillSimulations.SimulationsApiRequest)
  },
  responses: {
    200: /*#__PURE__*/ Operation.withHeaders(/*#__PURE__*/ Operation.json(V2SkillSimulations.SimulationsApiResponse), [
      "Location"
    ])
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Start beta test
 *
 * Start a beta test for a given Alexa skill. System will send invitation emails to each tester in the test, and add entitlement on the acceptance.
 *
 * `POST /v1/skills/{skillId}/betaTest/start`
 *
 * - `skillId`: The skill ID.
 *
 * @since 0.3.0
 * @category operations
 */
export const startBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "startBetaTestV1",
  method: "POST",
  path: "/v1/skills/{skillId}/betaTest/start",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 }))
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Submit the skill for certification.
 *
 * `POST /v1/skills/{skillId}/submit`
 *
 * - `skillId`: The skill ID.
 * - `submitSkillForCertificationRequest` (optional), the body: Defines the request body for submitSkillForCertification API.
 *
 * @since 0.3.0
 * @category operations
 */
export const submitSkillForCertificationV1 = /*#__PURE__*/ Operation.make({
  id: "submitSkillForCertificationV1",
  method: "POST",
  path: "/v1/skills/{skillId}/submit",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    submitSkillForCertificationRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V1Skill.SubmitSkillForCertificationRequest)
    )
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Validate a skill.
 *
 * This is an asynchronous API which allows a skill developer to execute various validations against their skill.
 *
 * `POST /v1/skills/{skillId}/stages/{stage}/validations`
 *
 * - `validationsApiRequest`, the body: Payload sent to the skill validation API.
 * - `skillId`: The skill ID.
 * - `stage`: Stage for skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const submitSkillValidationV1 = /*#__PURE__*/ Operation.make({
  id: "submitSkillValidationV1",
  method: "POST",
  path: "/v1/skills/{skillId}/stages/{stage}/validations",
  parameters: {
    validationsApiRequest: /*#__PURE__*/ Operation.body(V1SkillValidations.ValidationsApiRequest),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 }))
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(
      /*#__PURE__*/ Operation.jsonOrEmpty(V1SkillValidations.ValidationsApiResponse),
      ["Location"]
    )
  },
  errors: [401, 403, 404, 409, 429, 500, 503]
})

/**
 * Create AccountLinking information for the skill.
 *
 * `PUT /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`
 *
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `accountLinkingRequest`, the body: The fields required to create accountLinking partner.
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateAccountLinkingInfoV1 = /*#__PURE__*/ Operation.make({
  id: "updateAccountLinkingInfoV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    accountLinkingRequest: /*#__PURE__*/ Operation.body(V1SkillAccountLinking.AccountLinkingRequest),
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match")
  },
  responses: {
    204: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["ETag"])
  },
  errors: [400, 401, 403, 404, 412, 429, 500, 503]
})

/**
 * Replace the annotations in NLU annotation set.
 *
 * API which replaces the annotations in NLU annotation set.
 *
 * `POST /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations`
 *
 * - `skillId`: The skill ID.
 * - `annotationId`: Identifier of the NLU annotation set.
 * - `contentType`, `Content-Type`: Standard HTTP. Pass `application/json` or `test/csv` for POST calls with a json/csv body.
 * - `updateNLUAnnotationSetAnnotationsRequest`, the body: Payload sent to the update NLU annotation set API.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateAnnotationsForNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.make({
  id: "updateAnnotationsForNLUAnnotationSetsV1",
  method: "POST",
  path: "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    annotationId: /*#__PURE__*/ Operation.path(Schema.String),
    contentType: /*#__PURE__*/ Operation.header(Schema.String, "Content-Type"),
    updateNLUAnnotationSetAnnotationsRequest: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.Union(V1SkillNluAnnotationSets.UpdateNLUAnnotationSetAnnotationsRequest, Schema.String)
    )
  },
  responses: {
    200: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Update beta test.
 *
 * Update a beta test for a given Alexa skill.
 *
 * `PUT /v1/skills/{skillId}/betaTest`
 *
 * - `skillId`: The skill ID.
 * - `createTestBody` (optional), the body: JSON object containing the details of a beta test used to create the test.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateBetaTestV1 = /*#__PURE__*/ Operation.make({
  id: "updateBetaTestV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/betaTest",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    createTestBody: /*#__PURE__*/ Operation.body(/*#__PURE__*/ Schema.optional(V1SkillBetaTest.TestBody))
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 404, 409, 429, 500]
})

/**
 * Updates an existing experiment for a skill.
 * Can only be called while the experiment is in CREATED state.
 *
 * `POST /v1/skills/{skillId}/experiments/{experimentId}/properties`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `updateExperimentRequest`, the body: Defines the request body for updating an experiment.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateExperimentV1 = /*#__PURE__*/ Operation.make({
  id: "updateExperimentV1",
  method: "POST",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/properties",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    updateExperimentRequest: /*#__PURE__*/ Operation.body(V1SkillExperiment.UpdateExperimentRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * Updates the exposure of an experiment that is in CREATED or RUNNING state.
 *
 * `POST /v1/skills/{skillId}/experiments/{experimentId}/exposurePercentage`
 *
 * - `skillId`: The skill ID.
 * - `experimentId`: Identifies the experiment in a skill.
 * - `updateExposureRequest`, the body: Defines the request body for updating the exposure percentage of a running experiment.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateExposureV1 = /*#__PURE__*/ Operation.make({
  id: "updateExposureV1",
  method: "POST",
  path: "/v1/skills/{skillId}/experiments/{experimentId}/exposurePercentage",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    experimentId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    updateExposureRequest: /*#__PURE__*/ Operation.body(V1SkillExperiment.UpdateExposureRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 409, 429, 500, 503]
})

/**
 * update description and vendorGuidance string for certain version of a catalog.
 *
 * `POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/update`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `updateRequest`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const updateInteractionModelCatalogV1 = /*#__PURE__*/ Operation.make({
  id: "updateInteractionModelCatalogV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/update",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    updateRequest: /*#__PURE__*/ Operation.body(V1SkillInteractionModelCatalog.UpdateRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Update description and vendorGuidance string for certain version of a catalog.
 *
 * `POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/update`
 *
 * - `catalogId`: Provides a unique identifier of the catalog.
 * - `version`: Version for interaction model.
 * - `catalogUpdate` (optional), the body
 *
 * @since 0.3.0
 * @category operations
 */
export const updateInteractionModelCatalogVersionV1 = /*#__PURE__*/ Operation.make({
  id: "updateInteractionModelCatalogVersionV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/update",
  parameters: {
    catalogId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ })),
    catalogUpdate: /*#__PURE__*/ Operation.body(
      /*#__PURE__*/ Schema.optional(V1SkillInteractionModelVersion.CatalogUpdate)
    )
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Update description and vendorGuidance string for certain version of a slot type.
 *
 * `POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/update`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `updateRequest`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const updateInteractionModelSlotTypeV1 = /*#__PURE__*/ Operation.make({
  id: "updateInteractionModelSlotTypeV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/update",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    updateRequest: /*#__PURE__*/ Operation.body(V1SkillInteractionModelType.UpdateRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Update description and vendorGuidance string for certain version of a slot type.
 *
 * `POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}/update`
 *
 * - `slotTypeId`: The identifier for a slot type.
 * - `version`: Version for interaction model.
 * - `slotTypeUpdate`, the body
 *
 * @since 0.3.0
 * @category operations
 */
export const updateInteractionModelSlotTypeVersionV1 = /*#__PURE__*/ Operation.make({
  id: "updateInteractionModelSlotTypeVersionV1",
  method: "POST",
  path: "/v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}/update",
  parameters: {
    slotTypeId: /*#__PURE__*/ Operation.path(Schema.String),
    version: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ pattern: /^~current|^~latest|[0-9]+$/ })),
    slotTypeUpdate: /*#__PURE__*/ Operation.body(V1SkillInteractionModelTypeVersion.SlotTypeUpdate)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})

/**
 * Updates in-skill product definition for given productId. Only development stage supported.
 *
 * `PUT /v1/inSkillProducts/{productId}/stages/{stage}`
 *
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 * - `productId`: The in-skill product ID.
 * - `stage`: Stage for skill.
 * - `updateInSkillProductRequest`, the body: defines the request body for updateInSkillProduct API.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateIspForProductV1 = /*#__PURE__*/ Operation.make({
  id: "updateIspForProductV1",
  method: "PUT",
  path: "/v1/inSkillProducts/{productId}/stages/{stage}",
  parameters: {
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match"),
    productId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stage: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 63 })),
    updateInSkillProductRequest: /*#__PURE__*/ Operation.body(V1Isp.UpdateInSkillProductRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 412, 429, 500]
})

/**
 * update the NLU annotation set properties.
 *
 * API which updates the NLU annotation set properties. Currently, the only data can be updated is annotation set name.
 *
 * `PUT /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties`
 *
 * - `skillId`: The skill ID.
 * - `annotationId`: Identifier of the NLU annotation set.
 * - `updateNLUAnnotationSetPropertiesRequest`, the body: Payload sent to the update NLU annotation set properties API.
 *
 * @since 0.3.0
 * @category operations
 */
export const updatePropertiesForNLUAnnotationSetsV1 = /*#__PURE__*/ Operation.make({
  id: "updatePropertiesForNLUAnnotationSetsV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    annotationId: /*#__PURE__*/ Operation.path(Schema.String),
    updateNLUAnnotationSetPropertiesRequest: /*#__PURE__*/ Operation.body(
      V1SkillNluAnnotationSets.UpdateNLUAnnotationSetPropertiesRequest
    )
  },
  responses: {
    201: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500]
})

/**
 * Updates skill manifest for given skillId and stage.
 *
 * `PUT /v1/skills/{skillId}/stages/{stageV2}/manifest`
 *
 * - `ifMatch` (optional), `If-Match`: Request header that specified an entity tag. The server will update the resource only if the eTag matches with the resource's current eTag.
 * - `skillId`: The skill ID.
 * - `stageV2`: Stages of a skill including the new certified stage. * `development` - skills which are currently in development corresponds to this stage. * `certified` -  skills which have completed certification and ready for publishing corresponds to this stage. * `live` - skills which are currently live corresponds to this stage.
 * - `updateSkillRequest`, the body: Defines the request body for updateSkill API.
 *
 * @since 0.3.0
 * @category operations
 */
export const updateSkillManifestV1 = /*#__PURE__*/ Operation.make({
  id: "updateSkillManifestV1",
  method: "PUT",
  path: "/v1/skills/{skillId}/stages/{stageV2}/manifest",
  parameters: {
    ifMatch: /*#__PURE__*/ Operation.header(/*#__PURE__*/ Schema.optional(Schema.String), "If-Match"),
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    stageV2: /*#__PURE__*/ Operation.path(Schema.String),
    updateSkillRequest: /*#__PURE__*/ Operation.body(V1SkillManifest.SkillManifestEnvelope)
  },
  responses: {
    202: /*#__PURE__*/ Operation.withHeaders(Operation.empty, ["Location"])
  },
  errors: [400, 401, 403, 404, 409, 412, 429, 500, 503]
})

/**
 * Withdraws the skill from certification.
 *
 * `POST /v1/skills/{skillId}/withdraw`
 *
 * - `skillId`: The skill ID.
 * - `withdrawRequest`, the body: The reason and message (in case of OTHER) to withdraw a skill.
 *
 * @since 0.3.0
 * @category operations
 */
export const withdrawSkillFromCertificationV1 = /*#__PURE__*/ Operation.make({
  id: "withdrawSkillFromCertificationV1",
  method: "POST",
  path: "/v1/skills/{skillId}/withdraw",
  parameters: {
    skillId: /*#__PURE__*/ Operation.path(/*#__PURE__*/ Open.string({ minLength: 1, maxLength: 255 })),
    withdrawRequest: /*#__PURE__*/ Operation.body(V1Skill.WithdrawRequest)
  },
  responses: {
    204: Operation.empty
  },
  errors: [400, 401, 403, 404, 429, 500, 503]
})
