/**
 * `Smapi`: every operation of the Skill Management API as a method of one service, named as the official model names it, taking one input object keyed by the official SDK's argument names; a paged list also as a `Stream` of its pages (`...Pages`). Each method runs the description of the same name in `Operations` on the engine (`SmapiClient`).
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import type * as Operation from "@smapi-effect/engine/Operation"
import * as SmapiClient from "@smapi-effect/engine/SmapiClient"
import type * as HttpTransport from "@smapi-effect/http-transport/HttpTransport"
import type * as LwaAuth from "@smapi-effect/lwa-auth/LwaAuth"
import type * as ConfigError from "effect/ConfigError"
import * as Context from "effect/Context"
import * as Effect from "effect/Effect"
import * as Layer from "effect/Layer"
import type * as Stream from "effect/Stream"
import * as Operations from "./Operations.js"

/**
 * A method running the operation `O`; its input may be left out when every field of it is optional.
 *
 * @since 0.3.0
 * @category models
 */
export type Method<O> = O extends Operation.Operation<infer I, infer A, infer E> ? Partial<I> extends I ? (
      input?: I,
      options?: SmapiClient.CallOptions
    ) => Effect.Effect<A, E>
  : (input: I, options?: SmapiClient.CallOptions) => Effect.Effect<A, E>
  : never

/**
 * Every page of the paged operation `O`, as a `Stream`.
 *
 * @since 0.3.0
 * @category models
 */
export type PagesMethod<O> = O extends Operation.Paginated<infer I, infer A, infer E> ? Partial<I> extends I ? (
      input?: I,
      options?: SmapiClient.CallOptions
    ) => Stream.Stream<A, E>
  : (input: I, options?: SmapiClient.CallOptions) => Stream.Stream<A, E>
  : never

/**
 * One method per operation of the model, and a `...Pages` stream per paged one.
 *
 * @since 0.3.0
 * @category models
 */
export interface Service {
  /** Add testers to an existing beta test. (`POST /v1/skills/{skillId}/betaTest/testers/add`) */
  readonly addTestersToBetaTestV1: Method<typeof Operations.addTestersToBetaTestV1>
  /** Associate skill with catalog. (`PUT /v0/skills/{skillId}/catalogs/{catalogId}`) */
  readonly associateCatalogWithSkillV0: Method<typeof Operations.associateCatalogWithSkillV0>
  /** Associates an in-skill product with a skill. (`PUT /v1/inSkillProducts/{productId}/skills/{skillId}`) */
  readonly associateIspWithSkillV1: Method<typeof Operations.associateIspWithSkillV1>
  /** Cancel the next execution for the given job. (`DELETE /v1/skills/api/custom/interactionModel/jobs/{jobId}/executions/{executionId}`) */
  readonly cancelNextJobExecutionForInteractionModelV1: Method<
    typeof Operations.cancelNextJobExecutionForInteractionModelV1
  >
  /** Creates a new clone locale workflow for a skill with given skillId, source locale, and target locales. (`POST /v1/skills/{skillId}/stages/{stageV2}/cloneLocale`) */
  readonly cloneLocaleV1: Method<typeof Operations.cloneLocaleV1>
  /** Completes an upload. (`POST /v0/catalogs/{catalogId}/uploads/{uploadId}`) */
  readonly completeCatalogUploadV0: Method<typeof Operations.completeCatalogUploadV0>
  /** Create beta test. (`POST /v1/skills/{skillId}/betaTest`) */
  readonly createBetaTestV1: Method<typeof Operations.createBetaTestV1>
  /** Create new upload (`POST /v1/catalogs/{catalogId}/uploads`) */
  readonly createCatalogUploadV1: Method<typeof Operations.createCatalogUploadV1>
  /** Creates a new catalog based on information provided in the request. (`POST /v0/catalogs`) */
  readonly createCatalogV0: Method<typeof Operations.createCatalogV0>
  /** Creates a new upload for a catalog and returns presigned upload parts for uploading the file. (`POST /v0/catalogs/{catalogId}/uploads`) */
  readonly createContentUploadV0: Method<typeof Operations.createContentUploadV0>
  /** Create a new experiment for a skill. (`POST /v1/skills/{skillId}/experiments`) */
  readonly createExperimentV1: Method<typeof Operations.createExperimentV1>
  /** Creates a new export for a skill with given skillId and stage. (`POST /v1/skills/{skillId}/stages/{stage}/exports`) */
  readonly createExportRequestForSkillV1: Method<typeof Operations.createExportRequestForSkillV1>
  /** Create a new version of catalog within the given catalogId. (`POST /v1/skills/api/custom/interactionModel/catalogs`) */
  readonly createInteractionModelCatalogV1: Method<typeof Operations.createInteractionModelCatalogV1>
  /** Create a new version of catalog entity for the given catalogId. (`POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions`) */
  readonly createInteractionModelCatalogVersionV1: Method<typeof Operations.createInteractionModelCatalogVersionV1>
  /** Create a new version of slot type within the given slotTypeId. (`POST /v1/skills/api/custom/interactionModel/slotTypes`) */
  readonly createInteractionModelSlotTypeV1: Method<typeof Operations.createInteractionModelSlotTypeV1>
  /** Create a new version of slot type entity for the given slotTypeId. (`POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions`) */
  readonly createInteractionModelSlotTypeVersionV1: Method<typeof Operations.createInteractionModelSlotTypeVersionV1>
  /** Creates a new in-skill product for given vendorId. (`POST /v1/inSkillProducts`) */
  readonly createIspForVendorV1: Method<typeof Operations.createIspForVendorV1>
  /** Creates a new Job Definition from the Job Definition request provided. (`POST /v1/skills/api/custom/interactionModel/jobs`) */
  readonly createJobDefinitionForInteractionModelV1: Method<typeof Operations.createJobDefinitionForInteractionModelV1>
  /** Create a new NLU annotation set for a skill which will generate a new annotationId. (`POST /v1/skills/{skillId}/nluAnnotationSets`) */
  readonly createNLUAnnotationSetV1: Method<typeof Operations.createNLUAnnotationSetV1>
  /** Start an evaluation against the NLU model built by the skill's interaction model. (`POST /v1/skills/{skillId}/nluEvaluations`) */
  readonly createNLUEvaluationsV1: Method<typeof Operations.createNLUEvaluationsV1>
  /** Creates a new skill for given vendorId. (`POST /v1/skills`) */
  readonly createSkillForVendorV1: Method<typeof Operations.createSkillForVendorV1>
  /** Creates a new import for a skill. (`POST /v1/skills/imports`) */
  readonly createSkillPackageV1: Method<typeof Operations.createSkillPackageV1>
  /** Start a capability evaluation against a Smart Home skill. (`POST /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations`) */
  readonly createSmarthomeCapabilityEvaluationV1: Method<typeof Operations.createSmarthomeCapabilityEvaluationV1>
  /** Creates a new subscriber resource for a vendor. (`POST /v0/developmentEvents/subscribers`) */
  readonly createSubscriberForDevelopmentEventsV0: Method<typeof Operations.createSubscriberForDevelopmentEventsV0>
  /** Creates a new subscription for a subscriber. (`POST /v0/developmentEvents/subscriptions`) */
  readonly createSubscriptionForDevelopmentEventsV0: Method<typeof Operations.createSubscriptionForDevelopmentEventsV0>
  /** Creates a new uploadUrl. (`POST /v1/skills/uploads`) */
  readonly createUploadUrlV1: Method<typeof Operations.createUploadUrlV1>
  /** Delete AccountLinking information of a skill for the given stage. (`DELETE /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`) */
  readonly deleteAccountLinkingInfoV1: Method<typeof Operations.deleteAccountLinkingInfoV1>
  /** Deletes an existing experiment for a skill. (`DELETE /v1/skills/{skillId}/experiments/{experimentId}`) */
  readonly deleteExperimentV1: Method<typeof Operations.deleteExperimentV1>
  /** Delete the catalog. (`DELETE /v1/skills/api/custom/interactionModel/catalogs/{catalogId}`) */
  readonly deleteInteractionModelCatalogV1: Method<typeof Operations.deleteInteractionModelCatalogV1>
  /** Delete catalog version. (`DELETE /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}`) */
  readonly deleteInteractionModelCatalogVersionV1: Method<typeof Operations.deleteInteractionModelCatalogVersionV1>
  /** Delete the slot type. (`DELETE /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}`) */
  readonly deleteInteractionModelSlotTypeV1: Method<typeof Operations.deleteInteractionModelSlotTypeV1>
  /** Delete slot type version. (`DELETE /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}`) */
  readonly deleteInteractionModelSlotTypeVersionV1: Method<typeof Operations.deleteInteractionModelSlotTypeVersionV1>
  /** Deletes the in-skill product for given productId. (`DELETE /v1/inSkillProducts/{productId}/stages/{stage}`) */
  readonly deleteIspForProductV1: Method<typeof Operations.deleteIspForProductV1>
  /** Delete the job definition for a given jobId. (`DELETE /v1/skills/api/custom/interactionModel/jobs/{jobId}`) */
  readonly deleteJobDefinitionForInteractionModelV1: Method<typeof Operations.deleteJobDefinitionForInteractionModelV1>
  /** Remove an id from the private distribution accounts. (`DELETE /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}`) */
  readonly deletePrivateDistributionAccountIdV1: Method<typeof Operations.deletePrivateDistributionAccountIdV1>
  /** Delete the NLU annotation set (`DELETE /v1/skills/{skillId}/nluAnnotationSets/{annotationId}`) */
  readonly deletePropertiesForNLUAnnotationSetsV1: Method<typeof Operations.deletePropertiesForNLUAnnotationSetsV1>
  /** Deletes the enablement for given skillId/stage and customerId (retrieved from Auth token). (`DELETE /v1/skills/{skillId}/stages/{stage}/enablement`) */
  readonly deleteSkillEnablementV1: Method<typeof Operations.deleteSkillEnablementV1>
  /** Delete the skill and model for given skillId. (`DELETE /v1/skills/{skillId}`) */
  readonly deleteSkillV1: Method<typeof Operations.deleteSkillV1>
  /** Deletes a specified subscriber. (`DELETE /v0/developmentEvents/subscribers/{subscriberId}`) */
  readonly deleteSubscriberForDevelopmentEventsV0: Method<typeof Operations.deleteSubscriberForDevelopmentEventsV0>
  /** Deletes a particular subscription. (`DELETE /v0/developmentEvents/subscriptions/{subscriptionId}`) */
  readonly deleteSubscriptionForDevelopmentEventsV0: Method<typeof Operations.deleteSubscriptionForDevelopmentEventsV0>
  /** Disassociates an in-skill product from a skill. (`DELETE /v1/inSkillProducts/{productId}/skills/{skillId}`) */
  readonly disassociateIspWithSkillV1: Method<typeof Operations.disassociateIspWithSkillV1>
  /** End beta test. (`POST /v1/skills/{skillId}/betaTest/end`) */
  readonly endBetaTestV1: Method<typeof Operations.endBetaTestV1>
  /** Generates preSigned urls to upload data (`POST /v1/catalogs/{catalogId}/urls`) */
  readonly generateCatalogUploadUrlV1: Method<typeof Operations.generateCatalogUploadUrlV1>
  /** Generates hosted skill repository credentials to access the hosted skill repository. (`POST /v1/skills/{skillId}/alexaHosted/repository/credentials/generate`) */
  readonly generateCredentialsForAlexaHostedSkillV1: Method<typeof Operations.generateCredentialsForAlexaHostedSkillV1>
  /** Get AccountLinking information for the skill. (`GET /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`) */
  readonly getAccountLinkingInfoV1: Method<typeof Operations.getAccountLinkingInfoV1>
  /** Get Alexa hosted skill's metadata (`GET /v1/skills/{skillId}/alexaHosted`) */
  readonly getAlexaHostedSkillMetadataV1: Method<typeof Operations.getAlexaHostedSkillMetadataV1>
  /** Get the current user permissions about Alexa hosted skill features. (`GET /v1/vendors/{vendorId}/alexaHosted/permissions/{hostedSkillPermissionType}`) */
  readonly getAlexaHostedSkillUserPermissionsV1: Method<typeof Operations.getAlexaHostedSkillUserPermissionsV1>
  /** Get the annotations of an NLU annotation set (`GET /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations`) */
  readonly getAnnotationsForNLUAnnotationSetsV1: Method<typeof Operations.getAnnotationsForNLUAnnotationSetsV1>
  /** Get beta test. (`GET /v1/skills/{skillId}/betaTest`) */
  readonly getBetaTestV1: Method<typeof Operations.getBetaTestV1>
  /** Returns information about a particular catalog. (`GET /v0/catalogs/{catalogId}`) */
  readonly getCatalogV0: Method<typeof Operations.getCatalogV0>
  /** Gets a specific certification resource. (`GET /v1/skills/{skillId}/certifications/{certificationId}`) */
  readonly getCertificationReviewV1: Method<typeof Operations.getCertificationReviewV1>
  /** Get list of all certifications available for a skill, including information about past certifications and any ongoing certification. (`GET /v1/skills/{skillId}/certifications`) */
  readonly getCertificationsListV1: Method<typeof Operations.getCertificationsListV1>
  /** Every page of `getCertificationsListV1`, as a `Stream`. */
  readonly getCertificationsListV1Pages: PagesMethod<typeof Operations.getCertificationsListV1>
  /** Returns the status of a clone locale workflow associated with the unique identifier of cloneLocaleRequestId. (`GET /v1/skills/{skillId}/stages/{stageV2}/cloneLocaleRequests/{cloneLocaleRequestId}`) */
  readonly getCloneLocaleStatusV1: Method<typeof Operations.getCloneLocaleStatusV1>
  /** Gets detailed information about an upload which was created for a specific catalog. (`GET /v0/catalogs/{catalogId}/uploads/{uploadId}`) */
  readonly getContentUploadByIdV0: Method<typeof Operations.getContentUploadByIdV0>
  /** Get upload (`GET /v1/catalogs/{catalogId}/uploads/{uploadId}`) */
  readonly getContentUploadByIdV1: Method<typeof Operations.getContentUploadByIdV1>
  /** Retrieves the current user's customer treatment override for an existing A/B Test experiment. (`GET /v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current`) */
  readonly getCustomerTreatmentOverrideV1: Method<typeof Operations.getCustomerTreatmentOverrideV1>
  /** Gets a list of all metric data associated with this experiment's metric snapshot. (`GET /v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots/{metricSnapshotId}`) */
  readonly getExperimentMetricSnapshotV1: Method<typeof Operations.getExperimentMetricSnapshotV1>
  /** Retrieves the current state of the experiment. (`GET /v1/skills/{skillId}/experiments/{experimentId}/state`) */
  readonly getExperimentStateV1: Method<typeof Operations.getExperimentStateV1>
  /** Retrieves an existing experiment for a skill. (`GET /v1/skills/{skillId}/experiments/{experimentId}`) */
  readonly getExperimentV1: Method<typeof Operations.getExperimentV1>
  /** Get status for given importId. (`GET /v1/skills/imports/{importId}`) */
  readonly getImportStatusV1: Method<typeof Operations.getImportStatusV1>
  /** get the catalog definition (`GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}`) */
  readonly getInteractionModelCatalogDefinitionV1: Method<typeof Operations.getInteractionModelCatalogDefinitionV1>
  /** Get the status of catalog resource and its sub-resources for a given catalogId. (`GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/updateRequest/{updateRequestId}`) */
  readonly getInteractionModelCatalogUpdateStatusV1: Method<typeof Operations.getInteractionModelCatalogUpdateStatusV1>
  /** Get catalog values from the given catalogId & version. (`GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/values`) */
  readonly getInteractionModelCatalogValuesV1: Method<typeof Operations.getInteractionModelCatalogValuesV1>
  /** Every page of `getInteractionModelCatalogValuesV1`, as a `Stream`. */
  readonly getInteractionModelCatalogValuesV1Pages: PagesMethod<typeof Operations.getInteractionModelCatalogValuesV1>
  /** Get catalog version data of given catalog version. (`GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}`) */
  readonly getInteractionModelCatalogVersionV1: Method<typeof Operations.getInteractionModelCatalogVersionV1>
  /** Get the latest metadata for the interaction model resource for the given stage. (`HEAD /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`) */
  readonly getInteractionModelMetadataV1: Method<typeof Operations.getInteractionModelMetadataV1>
  /** Get the status of slot type resource and its sub-resources for a given slotTypeId. (`GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/updateRequest/{updateRequestId}`) */
  readonly getInteractionModelSlotTypeBuildStatusV1: Method<typeof Operations.getInteractionModelSlotTypeBuildStatusV1>
  /** Get the slot type definition. (`GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}`) */
  readonly getInteractionModelSlotTypeDefinitionV1: Method<typeof Operations.getInteractionModelSlotTypeDefinitionV1>
  /** Get slot type version data of given slot type version. (`GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}`) */
  readonly getInteractionModelSlotTypeVersionV1: Method<typeof Operations.getInteractionModelSlotTypeVersionV1>
  /** Gets the `InteractionModel` for the skill in the given stage. (`GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`) */
  readonly getInteractionModelV1: Method<typeof Operations.getInteractionModelV1>
  /** Gets the specified version `InteractionModel` of a skill for the vendor. (`GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions/{version}`) */
  readonly getInteractionModelVersionV1: Method<typeof Operations.getInteractionModelVersionV1>
  /** Get the associated skills for the in-skill product. (`GET /v1/inSkillProducts/{productId}/stages/{stage}/skills`) */
  readonly getIspAssociatedSkillsV1: Method<typeof Operations.getIspAssociatedSkillsV1>
  /** Every page of `getIspAssociatedSkillsV1`, as a `Stream`. */
  readonly getIspAssociatedSkillsV1Pages: PagesMethod<typeof Operations.getIspAssociatedSkillsV1>
  /** Returns the in-skill product definition for given productId. (`GET /v1/inSkillProducts/{productId}/stages/{stage}`) */
  readonly getIspDefinitionV1: Method<typeof Operations.getIspDefinitionV1>
  /** Get the list of in-skill products for the skillId. (`GET /v1/skills/{skillId}/stages/{stage}/inSkillProducts`) */
  readonly getIspListForSkillIdV1: Method<typeof Operations.getIspListForSkillIdV1>
  /** Every page of `getIspListForSkillIdV1`, as a `Stream`. */
  readonly getIspListForSkillIdV1Pages: PagesMethod<typeof Operations.getIspListForSkillIdV1>
  /** Get the list of in-skill products for the vendor. (`GET /v1/inSkillProducts`) */
  readonly getIspListForVendorV1: Method<typeof Operations.getIspListForVendorV1>
  /** Every page of `getIspListForVendorV1`, as a `Stream`. */
  readonly getIspListForVendorV1Pages: PagesMethod<typeof Operations.getIspListForVendorV1>
  /** Get the summary information for an in-skill product. (`GET /v1/inSkillProducts/{productId}/stages/{stage}/summary`) */
  readonly getIspSummaryV1: Method<typeof Operations.getIspSummaryV1>
  /** Get the job definition for a given jobId. (`GET /v1/skills/api/custom/interactionModel/jobs/{jobId}`) */
  readonly getJobDefinitionForInteractionModelV1: Method<typeof Operations.getJobDefinitionForInteractionModelV1>
  /** List testers. (`GET /v1/skills/{skillId}/betaTest/testers`) */
  readonly getListOfTestersV1: Method<typeof Operations.getListOfTestersV1>
  /** Every page of `getListOfTestersV1`, as a `Stream`. */
  readonly getListOfTestersV1Pages: PagesMethod<typeof Operations.getListOfTestersV1>
  /** Get top level information and status of a nlu evaluation. (`GET /v1/skills/{skillId}/nluEvaluations/{evaluationId}`) */
  readonly getNLUEvaluationV1: Method<typeof Operations.getNLUEvaluationV1>
  /** Get the properties of an NLU annotation set (`GET /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties`) */
  readonly getPropertiesForNLUAnnotationSetsV1: Method<typeof Operations.getPropertiesForNLUAnnotationSetsV1>
  /** GetResourceSchema API provides schema for skill related resources. (`GET /v1/skills/resourceSchema/{resource}`) */
  readonly getResourceSchemaV1: Method<typeof Operations.getResourceSchemaV1>
  /** Get test case results for a completed Evaluation. (`GET /v1/skills/{skillId}/nluEvaluations/{evaluationId}/results`) */
  readonly getResultForNLUEvaluationsV1: Method<typeof Operations.getResultForNLUEvaluationsV1>
  /** Every page of `getResultForNLUEvaluationsV1`, as a `Stream`. */
  readonly getResultForNLUEvaluationsV1Pages: PagesMethod<typeof Operations.getResultForNLUEvaluationsV1>
  /** Get the rollback status of a skill given an associated rollbackRequestId. (`GET /v1/skills/{skillId}/rollbacks/{rollbackRequestId}`) */
  readonly getRollbackForSkillV1: Method<typeof Operations.getRollbackForSkillV1>
  /** Get the client credentials for the skill. (`GET /v1/skills/{skillId}/credentials`) */
  readonly getSkillCredentialsV1: Method<typeof Operations.getSkillCredentialsV1>
  /** Checks whether an enablement exist for given skillId/stage and customerId (retrieved from Auth token) (`GET /v1/skills/{skillId}/stages/{stage}/enablement`) */
  readonly getSkillEnablementStatusV1: Method<typeof Operations.getSkillEnablementStatusV1>
  /** Returns the skill manifest for given skillId and stage. (`GET /v1/skills/{skillId}/stages/{stageV2}/manifest`) */
  readonly getSkillManifestV1: Method<typeof Operations.getSkillManifestV1>
  /** Get analytic metrics report of skill usage. (`GET /v1/skills/{skillId}/metrics`) */
  readonly getSkillMetricsV1: Method<typeof Operations.getSkillMetricsV1>
  /** Every page of `getSkillMetricsV1`, as a `Stream`. */
  readonly getSkillMetricsV1Pages: PagesMethod<typeof Operations.getSkillMetricsV1>
  /** Retrieves the latest skill publishing details of the certified stage of the skill. (`GET /v1/skills/{skillId}/publications/~latest`) */
  readonly getSkillPublicationsV1: Method<typeof Operations.getSkillPublicationsV1>
  /** Get the result of a previously executed simulation. (`GET /v1/skills/{skillId}/simulations/{simulationId}`) */
  readonly getSkillSimulationV1: Method<typeof Operations.getSkillSimulationV1>
  /** Get the result of a previously executed simulation. (`GET /v2/skills/{skillId}/stages/{stage}/simulations/{simulationId}`) */
  readonly getSkillSimulationV2: Method<typeof Operations.getSkillSimulationV2>
  /** Get the status of skill resource and its sub-resources for a given skillId. (`GET /v1/skills/{skillId}/status`) */
  readonly getSkillStatusV1: Method<typeof Operations.getSkillStatusV1>
  /** Get the result of a previously executed validation. (`GET /v1/skills/{skillId}/stages/{stage}/validations/{validationId}`) */
  readonly getSkillValidationsV1: Method<typeof Operations.getSkillValidationsV1>
  /** Get top level information and status of a Smart Home capability evaluation. (`GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}`) */
  readonly getSmartHomeCapabilityEvaluationV1: Method<typeof Operations.getSmartHomeCapabilityEvaluationV1>
  /** Get test case results for an evaluation run. (`GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations/{evaluationId}/results`) */
  readonly getSmarthomeCapablityEvaluationResultsV1: Method<typeof Operations.getSmarthomeCapablityEvaluationResultsV1>
  /** Every page of `getSmarthomeCapablityEvaluationResultsV1`, as a `Stream`. */
  readonly getSmarthomeCapablityEvaluationResultsV1Pages: PagesMethod<
    typeof Operations.getSmarthomeCapablityEvaluationResultsV1
  >
  /** Returns the ssl certificate sets currently associated with this skill. (`GET /v1/skills/{skillId}/sslCertificateSets/~latest`) */
  readonly getSSLCertificatesV1: Method<typeof Operations.getSSLCertificatesV1>
  /** Get status for given exportId (`GET /v1/skills/exports/{exportId}`) */
  readonly getStatusOfExportRequestV1: Method<typeof Operations.getStatusOfExportRequestV1>
  /** Returns information about specified subscriber. (`GET /v0/developmentEvents/subscribers/{subscriberId}`) */
  readonly getSubscriberForDevelopmentEventsV0: Method<typeof Operations.getSubscriberForDevelopmentEventsV0>
  /** Returns information about a particular subscription. (`GET /v0/developmentEvents/subscriptions/{subscriptionId}`) */
  readonly getSubscriptionForDevelopmentEventsV0: Method<typeof Operations.getSubscriptionForDevelopmentEventsV0>
  /** The Intent Request History API provides customers with the aggregated and anonymized transcription of user speech data and intent request details for their skills. (`GET /v1/skills/{skillId}/history/intentRequests`) */
  readonly getUtteranceDataV1: Method<typeof Operations.getUtteranceDataV1>
  /** Every page of `getUtteranceDataV1`, as a `Stream`. */
  readonly getUtteranceDataV1Pages: PagesMethod<typeof Operations.getUtteranceDataV1>
  /** Get the list of Vendor information. (`GET /v1/vendors`) */
  readonly getVendorListV1: Method<typeof Operations.getVendorListV1>
  /** Creates a new import for a skill with given skillId. (`POST /v1/skills/{skillId}/imports`) */
  readonly importSkillPackageV1: Method<typeof Operations.importSkillPackageV1>
  /** Invokes the Lambda or third party HTTPS endpoint for the given skill against a given stage. (`POST /v2/skills/{skillId}/stages/{stage}/invocations`) */
  readonly invokeSkillEndPointV2: Method<typeof Operations.invokeSkillEndPointV2>
  /** This is a synchronous API that invokes the Lambda or third party HTTPS endpoint for a given skill. (`POST /v1/skills/{skillId}/invocations`) */
  readonly invokeSkillV1: Method<typeof Operations.invokeSkillV1>
  /** Lists all the catalogs associated with a skill. (`GET /v0/skills/{skillId}/catalogs`) */
  readonly listCatalogsForSkillV0: Method<typeof Operations.listCatalogsForSkillV0>
  /** Every page of `listCatalogsForSkillV0`, as a `Stream`. */
  readonly listCatalogsForSkillV0Pages: PagesMethod<typeof Operations.listCatalogsForSkillV0>
  /** Lists catalogs associated with a vendor. (`GET /v0/catalogs`) */
  readonly listCatalogsForVendorV0: Method<typeof Operations.listCatalogsForVendorV0>
  /** Every page of `listCatalogsForVendorV0`, as a `Stream`. */
  readonly listCatalogsForVendorV0Pages: PagesMethod<typeof Operations.listCatalogsForVendorV0>
  /** Gets a list of all metric snapshots associated with this experiment id. (`GET /v1/skills/{skillId}/experiments/{experimentId}/metricSnapshots`) */
  readonly listExperimentMetricSnapshotsV1: Method<typeof Operations.listExperimentMetricSnapshotsV1>
  /** Every page of `listExperimentMetricSnapshotsV1`, as a `Stream`. */
  readonly listExperimentMetricSnapshotsV1Pages: PagesMethod<typeof Operations.listExperimentMetricSnapshotsV1>
  /** Gets a list of all experiments associated with this skill id. (`GET /v1/skills/{skillId}/experiments`) */
  readonly listExperimentsV1: Method<typeof Operations.listExperimentsV1>
  /** Every page of `listExperimentsV1`, as a `Stream`. */
  readonly listExperimentsV1Pages: PagesMethod<typeof Operations.listExperimentsV1>
  /** List all catalogs for the vendor. (`GET /v1/skills/api/custom/interactionModel/catalogs`) */
  readonly listInteractionModelCatalogsV1: Method<typeof Operations.listInteractionModelCatalogsV1>
  /** Every page of `listInteractionModelCatalogsV1`, as a `Stream`. */
  readonly listInteractionModelCatalogsV1Pages: PagesMethod<typeof Operations.listInteractionModelCatalogsV1>
  /** List all the historical versions of the given catalogId. (`GET /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions`) */
  readonly listInteractionModelCatalogVersionsV1: Method<typeof Operations.listInteractionModelCatalogVersionsV1>
  /** Every page of `listInteractionModelCatalogVersionsV1`, as a `Stream`. */
  readonly listInteractionModelCatalogVersionsV1Pages: PagesMethod<
    typeof Operations.listInteractionModelCatalogVersionsV1
  >
  /** List all slot types for the vendor. (`GET /v1/skills/api/custom/interactionModel/slotTypes`) */
  readonly listInteractionModelSlotTypesV1: Method<typeof Operations.listInteractionModelSlotTypesV1>
  /** Every page of `listInteractionModelSlotTypesV1`, as a `Stream`. */
  readonly listInteractionModelSlotTypesV1Pages: PagesMethod<typeof Operations.listInteractionModelSlotTypesV1>
  /** List all slot type versions for the slot type id. (`GET /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions`) */
  readonly listInteractionModelSlotTypeVersionsV1: Method<typeof Operations.listInteractionModelSlotTypeVersionsV1>
  /** Every page of `listInteractionModelSlotTypeVersionsV1`, as a `Stream`. */
  readonly listInteractionModelSlotTypeVersionsV1Pages: PagesMethod<
    typeof Operations.listInteractionModelSlotTypeVersionsV1
  >
  /** Get the list of interactionModel versions of a skill for the vendor. (`GET /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}/versions`) */
  readonly listInteractionModelVersionsV1: Method<typeof Operations.listInteractionModelVersionsV1>
  /** Every page of `listInteractionModelVersionsV1`, as a `Stream`. */
  readonly listInteractionModelVersionsV1Pages: PagesMethod<typeof Operations.listInteractionModelVersionsV1>
  /** Retrieve a list of jobs associated with the vendor. (`GET /v1/skills/api/custom/interactionModel/jobs`) */
  readonly listJobDefinitionsForInteractionModelV1: Method<typeof Operations.listJobDefinitionsForInteractionModelV1>
  /** Every page of `listJobDefinitionsForInteractionModelV1`, as a `Stream`. */
  readonly listJobDefinitionsForInteractionModelV1Pages: PagesMethod<
    typeof Operations.listJobDefinitionsForInteractionModelV1
  >
  /** List the execution history associated with the job definition, with default sortField to be the executions' timestamp. (`GET /v1/skills/api/custom/interactionModel/jobs/{jobId}/executions`) */
  readonly listJobExecutionsForInteractionModelV1: Method<typeof Operations.listJobExecutionsForInteractionModelV1>
  /** Every page of `listJobExecutionsForInteractionModelV1`, as a `Stream`. */
  readonly listJobExecutionsForInteractionModelV1Pages: PagesMethod<
    typeof Operations.listJobExecutionsForInteractionModelV1
  >
  /** List NLU annotation sets for a given skill. (`GET /v1/skills/{skillId}/nluAnnotationSets`) */
  readonly listNLUAnnotationSetsV1: Method<typeof Operations.listNLUAnnotationSetsV1>
  /** Every page of `listNLUAnnotationSetsV1`, as a `Stream`. */
  readonly listNLUAnnotationSetsV1Pages: PagesMethod<typeof Operations.listNLUAnnotationSetsV1>
  /** List nlu evaluations run for a skill. (`GET /v1/skills/{skillId}/nluEvaluations`) */
  readonly listNLUEvaluationsV1: Method<typeof Operations.listNLUEvaluationsV1>
  /** Every page of `listNLUEvaluationsV1`, as a `Stream`. */
  readonly listNLUEvaluationsV1Pages: PagesMethod<typeof Operations.listNLUEvaluationsV1>
  /** List private distribution accounts. (`GET /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts`) */
  readonly listPrivateDistributionAccountsV1: Method<typeof Operations.listPrivateDistributionAccountsV1>
  /** Every page of `listPrivateDistributionAccountsV1`, as a `Stream`. */
  readonly listPrivateDistributionAccountsV1Pages: PagesMethod<typeof Operations.listPrivateDistributionAccountsV1>
  /** Get the list of skills for the vendor. (`GET /v1/skills`) */
  readonly listSkillsForVendorV1: Method<typeof Operations.listSkillsForVendorV1>
  /** Every page of `listSkillsForVendorV1`, as a `Stream`. */
  readonly listSkillsForVendorV1Pages: PagesMethod<typeof Operations.listSkillsForVendorV1>
  /** List Smart Home capability evaluation runs for a skill. (`GET /v1/skills/{skillId}/smartHome/testing/capabilityEvaluations`) */
  readonly listSmarthomeCapabilityEvaluationsV1: Method<typeof Operations.listSmarthomeCapabilityEvaluationsV1>
  /** Every page of `listSmarthomeCapabilityEvaluationsV1`, as a `Stream`. */
  readonly listSmarthomeCapabilityEvaluationsV1Pages: PagesMethod<
    typeof Operations.listSmarthomeCapabilityEvaluationsV1
  >
  /** List all the test plan names and ids for a given skill ID. (`GET /v1/skills/{skillId}/smartHome/testing/capabilityTestPlans`) */
  readonly listSmarthomeCapabilityTestPlansV1: Method<typeof Operations.listSmarthomeCapabilityTestPlansV1>
  /** Every page of `listSmarthomeCapabilityTestPlansV1`, as a `Stream`. */
  readonly listSmarthomeCapabilityTestPlansV1Pages: PagesMethod<typeof Operations.listSmarthomeCapabilityTestPlansV1>
  /** Lists the subscribers for a particular vendor. (`GET /v0/developmentEvents/subscribers`) */
  readonly listSubscribersForDevelopmentEventsV0: Method<typeof Operations.listSubscribersForDevelopmentEventsV0>
  /** Every page of `listSubscribersForDevelopmentEventsV0`, as a `Stream`. */
  readonly listSubscribersForDevelopmentEventsV0Pages: PagesMethod<
    typeof Operations.listSubscribersForDevelopmentEventsV0
  >
  /** Lists all the subscriptions for a vendor/subscriber depending on the query parameter. (`GET /v0/developmentEvents/subscriptions`) */
  readonly listSubscriptionsForDevelopmentEventsV0: Method<typeof Operations.listSubscriptionsForDevelopmentEventsV0>
  /** Every page of `listSubscriptionsForDevelopmentEventsV0`, as a `Stream`. */
  readonly listSubscriptionsForDevelopmentEventsV0Pages: PagesMethod<
    typeof Operations.listSubscriptionsForDevelopmentEventsV0
  >
  /** Lists all the uploads for a particular catalog. (`GET /v0/catalogs/{catalogId}/uploads`) */
  readonly listUploadsForCatalogV0: Method<typeof Operations.listUploadsForCatalogV0>
  /** Every page of `listUploadsForCatalogV0`, as a `Stream`. */
  readonly listUploadsForCatalogV0Pages: PagesMethod<typeof Operations.listUploadsForCatalogV0>
  /** Retrieve a list of all skill versions associated with this skill id (`GET /v1/skills/{skillId}/versions`) */
  readonly listVersionsForSkillV1: Method<typeof Operations.listVersionsForSkillV1>
  /** Every page of `listVersionsForSkillV1`, as a `Stream`. */
  readonly listVersionsForSkillV1Pages: PagesMethod<typeof Operations.listVersionsForSkillV1>
  /** Requests an action on the experiment to move it to the targetState. (`POST /v1/skills/{skillId}/experiments/{experimentId}/state`) */
  readonly manageExperimentStateV1: Method<typeof Operations.manageExperimentStateV1>
  /** Profile a test utterance. (`POST /v1/skills/{skillId}/stages/{stage}/interactionModel/locales/{locale}/profileNlu`) */
  readonly profileNluV1: Method<typeof Operations.profileNluV1>
  /** If the skill is in certified stage, initiate publishing immediately or set a date at which the skill can publish at. (`POST /v1/skills/{skillId}/publications`) */
  readonly publishSkillV1: Method<typeof Operations.publishSkillV1>
  /** The SMAPI Audit Logs API provides customers with an audit history of all SMAPI calls made by a developer or developers with permissions on that account. (`POST /v1/developmentAuditLogs/query`) */
  readonly queryDevelopmentAuditLogsV1: Method<typeof Operations.queryDevelopmentAuditLogsV1>
  /** Remove testers from an existing beta test. (`POST /v1/skills/{skillId}/betaTest/testers/remove`) */
  readonly removeTestersFromBetaTestV1: Method<typeof Operations.removeTestersFromBetaTestV1>
  /** Request feedback from testers. (`POST /v1/skills/{skillId}/betaTest/testers/requestFeedback`) */
  readonly requestFeedbackFromTestersV1: Method<typeof Operations.requestFeedbackFromTestersV1>
  /** Resets the entitlement(s) of the Product for the current user. (`DELETE /v1/inSkillProducts/{productId}/stages/{stage}/entitlement`) */
  readonly resetEntitlementForProductV1: Method<typeof Operations.resetEntitlementForProductV1>
  /** Submit a target skill version to rollback to. (`POST /v1/skills/{skillId}/rollbacks`) */
  readonly rollbackSkillV1: Method<typeof Operations.rollbackSkillV1>
  /** Send reminder to testers in a beta test. (`POST /v1/skills/{skillId}/betaTest/testers/sendReminder`) */
  readonly sendReminderToTestersV1: Method<typeof Operations.sendReminderToTestersV1>
  /** Adds the requesting user's customer treatment override to an existing experiment. (`PUT /v1/skills/{skillId}/experiments/{experimentId}/treatmentOverrides/~current`) */
  readonly setCustomerTreatmentOverrideV1: Method<typeof Operations.setCustomerTreatmentOverrideV1>
  /** Creates an `InteractionModel` for the skill. (`PUT /v1/skills/{skillId}/stages/{stageV2}/interactionModel/locales/{locale}`) */
  readonly setInteractionModelV1: Method<typeof Operations.setInteractionModelV1>
  /** Update the JobStatus to Enable or Disable a job. (`PUT /v1/skills/api/custom/interactionModel/jobs/{jobId}/status`) */
  readonly setJobStatusForInteractionModelV1: Method<typeof Operations.setJobStatusForInteractionModelV1>
  /** Add an id to the private distribution accounts. (`PUT /v1/skills/{skillId}/stages/{stage}/privateDistributionAccounts/{id}`) */
  readonly setPrivateDistributionAccountIdV1: Method<typeof Operations.setPrivateDistributionAccountIdV1>
  /** Creates/Updates the enablement for given skillId/stage and customerId (retrieved from Auth token) (`PUT /v1/skills/{skillId}/stages/{stage}/enablement`) */
  readonly setSkillEnablementV1: Method<typeof Operations.setSkillEnablementV1>
  /** Updates the ssl certificates associated with this skill. (`PUT /v1/skills/{skillId}/sslCertificateSets/~latest`) */
  readonly setSSLCertificatesV1: Method<typeof Operations.setSSLCertificatesV1>
  /** Updates the properties of a subscriber. (`PUT /v0/developmentEvents/subscribers/{subscriberId}`) */
  readonly setSubscriberForDevelopmentEventsV0: Method<typeof Operations.setSubscriberForDevelopmentEventsV0>
  /** Updates the mutable properties of a subscription. (`PUT /v0/developmentEvents/subscriptions/{subscriptionId}`) */
  readonly setSubscriptionForDevelopmentEventsV0: Method<typeof Operations.setSubscriptionForDevelopmentEventsV0>
  /** Simulate executing a skill with the given id. (`POST /v1/skills/{skillId}/simulations`) */
  readonly simulateSkillV1: Method<typeof Operations.simulateSkillV1>
  /** Simulate executing a skill with the given id against a given stage. (`POST /v2/skills/{skillId}/stages/{stage}/simulations`) */
  readonly simulateSkillV2: Method<typeof Operations.simulateSkillV2>
  /** Start beta test (`POST /v1/skills/{skillId}/betaTest/start`) */
  readonly startBetaTestV1: Method<typeof Operations.startBetaTestV1>
  /** Submit the skill for certification. (`POST /v1/skills/{skillId}/submit`) */
  readonly submitSkillForCertificationV1: Method<typeof Operations.submitSkillForCertificationV1>
  /** Validate a skill. (`POST /v1/skills/{skillId}/stages/{stage}/validations`) */
  readonly submitSkillValidationV1: Method<typeof Operations.submitSkillValidationV1>
  /** Create AccountLinking information for the skill. (`PUT /v1/skills/{skillId}/stages/{stageV2}/accountLinkingClient`) */
  readonly updateAccountLinkingInfoV1: Method<typeof Operations.updateAccountLinkingInfoV1>
  /** Replace the annotations in NLU annotation set. (`POST /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/annotations`) */
  readonly updateAnnotationsForNLUAnnotationSetsV1: Method<typeof Operations.updateAnnotationsForNLUAnnotationSetsV1>
  /** Update beta test. (`PUT /v1/skills/{skillId}/betaTest`) */
  readonly updateBetaTestV1: Method<typeof Operations.updateBetaTestV1>
  /** Updates an existing experiment for a skill. (`POST /v1/skills/{skillId}/experiments/{experimentId}/properties`) */
  readonly updateExperimentV1: Method<typeof Operations.updateExperimentV1>
  /** Updates the exposure of an experiment that is in CREATED or RUNNING state. (`POST /v1/skills/{skillId}/experiments/{experimentId}/exposurePercentage`) */
  readonly updateExposureV1: Method<typeof Operations.updateExposureV1>
  /** update description and vendorGuidance string for certain version of a catalog. (`POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/update`) */
  readonly updateInteractionModelCatalogV1: Method<typeof Operations.updateInteractionModelCatalogV1>
  /** Update description and vendorGuidance string for certain version of a catalog. (`POST /v1/skills/api/custom/interactionModel/catalogs/{catalogId}/versions/{version}/update`) */
  readonly updateInteractionModelCatalogVersionV1: Method<typeof Operations.updateInteractionModelCatalogVersionV1>
  /** Update description and vendorGuidance string for certain version of a slot type. (`POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/update`) */
  readonly updateInteractionModelSlotTypeV1: Method<typeof Operations.updateInteractionModelSlotTypeV1>
  /** Update description and vendorGuidance string for certain version of a slot type. (`POST /v1/skills/api/custom/interactionModel/slotTypes/{slotTypeId}/versions/{version}/update`) */
  readonly updateInteractionModelSlotTypeVersionV1: Method<typeof Operations.updateInteractionModelSlotTypeVersionV1>
  /** Updates in-skill product definition for given productId. (`PUT /v1/inSkillProducts/{productId}/stages/{stage}`) */
  readonly updateIspForProductV1: Method<typeof Operations.updateIspForProductV1>
  /** update the NLU annotation set properties. (`PUT /v1/skills/{skillId}/nluAnnotationSets/{annotationId}/properties`) */
  readonly updatePropertiesForNLUAnnotationSetsV1: Method<typeof Operations.updatePropertiesForNLUAnnotationSetsV1>
  /** Updates skill manifest for given skillId and stage. (`PUT /v1/skills/{skillId}/stages/{stageV2}/manifest`) */
  readonly updateSkillManifestV1: Method<typeof Operations.updateSkillManifestV1>
  /** Withdraws the skill from certification. (`POST /v1/skills/{skillId}/withdraw`) */
  readonly withdrawSkillFromCertificationV1: Method<typeof Operations.withdrawSkillFromCertificationV1>
}

/**
 * @since 0.3.0
 * @category tags
 */
export class Smapi extends Context.Tag("@smapi-effect/smapi/Smapi")<Smapi, Service>() {}

/**
 * @since 0.3.0
 * @category models
 */
export type Options = SmapiClient.Options

/**
 * Builds the service over the `LwaAuth` and `HttpTransport` in context. An endpoint that may not receive a token (plain http to another host, userinfo, not a URL) fails here, before any call.
 *
 * @since 0.3.0
 * @category constructors
 */
export const make = (
  options: Options = {}
): Effect.Effect<Service, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Effect.map(SmapiClient.make(options), (client) =>
    Smapi.of({
      addTestersToBetaTestV1: (input, options) => client.call(Operations.addTestersToBetaTestV1, input, options),
      associateCatalogWithSkillV0: (input, options) =>
        client.call(Operations.associateCatalogWithSkillV0, input, options),
      associateIspWithSkillV1: (input, options) => client.call(Operations.associateIspWithSkillV1, input, options),
      cancelNextJobExecutionForInteractionModelV1: (input, options) =>
        client.call(Operations.cancelNextJobExecutionForInteractionModelV1, input, options),
      cloneLocaleV1: (input, options) => client.call(Operations.cloneLocaleV1, input, options),
      completeCatalogUploadV0: (input, options) => client.call(Operations.completeCatalogUploadV0, input, options),
      createBetaTestV1: (input, options) => client.call(Operations.createBetaTestV1, input, options),
      createCatalogUploadV1: (input, options) => client.call(Operations.createCatalogUploadV1, input, options),
      createCatalogV0: (input, options) => client.call(Operations.createCatalogV0, input, options),
      createContentUploadV0: (input, options) => client.call(Operations.createContentUploadV0, input, options),
      createExperimentV1: (input, options) => client.call(Operations.createExperimentV1, input, options),
      createExportRequestForSkillV1: (input, options) =>
        client.call(Operations.createExportRequestForSkillV1, input, options),
      createInteractionModelCatalogV1: (input, options) =>
        client.call(Operations.createInteractionModelCatalogV1, input, options),
      createInteractionModelCatalogVersionV1: (input, options) =>
        client.call(Operations.createInteractionModelCatalogVersionV1, input, options),
      createInteractionModelSlotTypeV1: (input, options) =>
        client.call(Operations.createInteractionModelSlotTypeV1, input, options),
      createInteractionModelSlotTypeVersionV1: (input, options) =>
        client.call(Operations.createInteractionModelSlotTypeVersionV1, input, options),
      createIspForVendorV1: (input, options) => client.call(Operations.createIspForVendorV1, input, options),
      createJobDefinitionForInteractionModelV1: (input, options) =>
        client.call(Operations.createJobDefinitionForInteractionModelV1, input, options),
      createNLUAnnotationSetV1: (input, options) => client.call(Operations.createNLUAnnotationSetV1, input, options),
      createNLUEvaluationsV1: (input, options) => client.call(Operations.createNLUEvaluationsV1, input, options),
      createSkillForVendorV1: (input, options) => client.call(Operations.createSkillForVendorV1, input, options),
      createSkillPackageV1: (input, options) => client.call(Operations.createSkillPackageV1, input, options),
      createSmarthomeCapabilityEvaluationV1: (input, options) =>
        client.call(Operations.createSmarthomeCapabilityEvaluationV1, input, options),
      createSubscriberForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.createSubscriberForDevelopmentEventsV0, input, options),
      createSubscriptionForDevelopmentEventsV0: (input = {}, options) =>
        client.call(Operations.createSubscriptionForDevelopmentEventsV0, input, options),
      createUploadUrlV1: (input = {}, options) => client.call(Operations.createUploadUrlV1, input, options),
      deleteAccountLinkingInfoV1: (input, options) =>
        client.call(Operations.deleteAccountLinkingInfoV1, input, options),
      deleteExperimentV1: (input, options) => client.call(Operations.deleteExperimentV1, input, options),
      deleteInteractionModelCatalogV1: (input, options) =>
        client.call(Operations.deleteInteractionModelCatalogV1, input, options),
      deleteInteractionModelCatalogVersionV1: (input, options) =>
        client.call(Operations.deleteInteractionModelCatalogVersionV1, input, options),
      deleteInteractionModelSlotTypeV1: (input, options) =>
        client.call(Operations.deleteInteractionModelSlotTypeV1, input, options),
      deleteInteractionModelSlotTypeVersionV1: (input, options) =>
        client.call(Operations.deleteInteractionModelSlotTypeVersionV1, input, options),
      deleteIspForProductV1: (input, options) => client.call(Operations.deleteIspForProductV1, input, options),
      deleteJobDefinitionForInteractionModelV1: (input, options) =>
        client.call(Operations.deleteJobDefinitionForInteractionModelV1, input, options),
      deletePrivateDistributionAccountIdV1: (input, options) =>
        client.call(Operations.deletePrivateDistributionAccountIdV1, input, options),
      deletePropertiesForNLUAnnotationSetsV1: (input, options) =>
        client.call(Operations.deletePropertiesForNLUAnnotationSetsV1, input, options),
      deleteSkillEnablementV1: (input, options) => client.call(Operations.deleteSkillEnablementV1, input, options),
      deleteSkillV1: (input, options) => client.call(Operations.deleteSkillV1, input, options),
      deleteSubscriberForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.deleteSubscriberForDevelopmentEventsV0, input, options),
      deleteSubscriptionForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.deleteSubscriptionForDevelopmentEventsV0, input, options),
      disassociateIspWithSkillV1: (input, options) =>
        client.call(Operations.disassociateIspWithSkillV1, input, options),
      endBetaTestV1: (input, options) => client.call(Operations.endBetaTestV1, input, options),
      generateCatalogUploadUrlV1: (input, options) =>
        client.call(Operations.generateCatalogUploadUrlV1, input, options),
      generateCredentialsForAlexaHostedSkillV1: (input, options) =>
        client.call(Operations.generateCredentialsForAlexaHostedSkillV1, input, options),
      getAccountLinkingInfoV1: (input, options) => client.call(Operations.getAccountLinkingInfoV1, input, options),
      getAlexaHostedSkillMetadataV1: (input, options) =>
        client.call(Operations.getAlexaHostedSkillMetadataV1, input, options),
      getAlexaHostedSkillUserPermissionsV1: (input, options) =>
        client.call(Operations.getAlexaHostedSkillUserPermissionsV1, input, options),
      getAnnotationsForNLUAnnotationSetsV1: (input, options) =>
        client.call(Operations.getAnnotationsForNLUAnnotationSetsV1, input, options),
      getBetaTestV1: (input, options) => client.call(Operations.getBetaTestV1, input, options),
      getCatalogV0: (input, options) => client.call(Operations.getCatalogV0, input, options),
      getCertificationReviewV1: (input, options) => client.call(Operations.getCertificationReviewV1, input, options),
      getCertificationsListV1: (input, options) => client.call(Operations.getCertificationsListV1, input, options),
      getCertificationsListV1Pages: (input, options) =>
        client.pages(Operations.getCertificationsListV1, input, options),
      getCloneLocaleStatusV1: (input, options) => client.call(Operations.getCloneLocaleStatusV1, input, options),
      getContentUploadByIdV0: (input, options) => client.call(Operations.getContentUploadByIdV0, input, options),
      getContentUploadByIdV1: (input, options) => client.call(Operations.getContentUploadByIdV1, input, options),
      getCustomerTreatmentOverrideV1: (input, options) =>
        client.call(Operations.getCustomerTreatmentOverrideV1, input, options),
      getExperimentMetricSnapshotV1: (input, options) =>
        client.call(Operations.getExperimentMetricSnapshotV1, input, options),
      getExperimentStateV1: (input, options) => client.call(Operations.getExperimentStateV1, input, options),
      getExperimentV1: (input, options) => client.call(Operations.getExperimentV1, input, options),
      getImportStatusV1: (input, options) => client.call(Operations.getImportStatusV1, input, options),
      getInteractionModelCatalogDefinitionV1: (input, options) =>
        client.call(Operations.getInteractionModelCatalogDefinitionV1, input, options),
      getInteractionModelCatalogUpdateStatusV1: (input, options) =>
        client.call(Operations.getInteractionModelCatalogUpdateStatusV1, input, options),
      getInteractionModelCatalogValuesV1: (input, options) =>
        client.call(Operations.getInteractionModelCatalogValuesV1, input, options),
      getInteractionModelCatalogValuesV1Pages: (input, options) =>
        client.pages(Operations.getInteractionModelCatalogValuesV1, input, options),
      getInteractionModelCatalogVersionV1: (input, options) =>
        client.call(Operations.getInteractionModelCatalogVersionV1, input, options),
      getInteractionModelMetadataV1: (input, options) =>
        client.call(Operations.getInteractionModelMetadataV1, input, options),
      getInteractionModelSlotTypeBuildStatusV1: (input, options) =>
        client.call(Operations.getInteractionModelSlotTypeBuildStatusV1, input, options),
      getInteractionModelSlotTypeDefinitionV1: (input, options) =>
        client.call(Operations.getInteractionModelSlotTypeDefinitionV1, input, options),
      getInteractionModelSlotTypeVersionV1: (input, options) =>
        client.call(Operations.getInteractionModelSlotTypeVersionV1, input, options),
      getInteractionModelV1: (input, options) => client.call(Operations.getInteractionModelV1, input, options),
      getInteractionModelVersionV1: (input, options) =>
        client.call(Operations.getInteractionModelVersionV1, input, options),
      getIspAssociatedSkillsV1: (input, options) => client.call(Operations.getIspAssociatedSkillsV1, input, options),
      getIspAssociatedSkillsV1Pages: (input, options) =>
        client.pages(Operations.getIspAssociatedSkillsV1, input, options),
      getIspDefinitionV1: (input, options) => client.call(Operations.getIspDefinitionV1, input, options),
      getIspListForSkillIdV1: (input, options) => client.call(Operations.getIspListForSkillIdV1, input, options),
      getIspListForSkillIdV1Pages: (input, options) => client.pages(Operations.getIspListForSkillIdV1, input, options),
      getIspListForVendorV1: (input, options) => client.call(Operations.getIspListForVendorV1, input, options),
      getIspListForVendorV1Pages: (input, options) => client.pages(Operations.getIspListForVendorV1, input, options),
      getIspSummaryV1: (input, options) => client.call(Operations.getIspSummaryV1, input, options),
      getJobDefinitionForInteractionModelV1: (input, options) =>
        client.call(Operations.getJobDefinitionForInteractionModelV1, input, options),
      getListOfTestersV1: (input, options) => client.call(Operations.getListOfTestersV1, input, options),
      getListOfTestersV1Pages: (input, options) => client.pages(Operations.getListOfTestersV1, input, options),
      getNLUEvaluationV1: (input, options) => client.call(Operations.getNLUEvaluationV1, input, options),
      getPropertiesForNLUAnnotationSetsV1: (input, options) =>
        client.call(Operations.getPropertiesForNLUAnnotationSetsV1, input, options),
      getResourceSchemaV1: (input, options) => client.call(Operations.getResourceSchemaV1, input, options),
      getResultForNLUEvaluationsV1: (input, options) =>
        client.call(Operations.getResultForNLUEvaluationsV1, input, options),
      getResultForNLUEvaluationsV1Pages: (input, options) =>
        client.pages(Operations.getResultForNLUEvaluationsV1, input, options),
      getRollbackForSkillV1: (input, options) => client.call(Operations.getRollbackForSkillV1, input, options),
      getSkillCredentialsV1: (input, options) => client.call(Operations.getSkillCredentialsV1, input, options),
      getSkillEnablementStatusV1: (input, options) =>
        client.call(Operations.getSkillEnablementStatusV1, input, options),
      getSkillManifestV1: (input, options) => client.call(Operations.getSkillManifestV1, input, options),
      getSkillMetricsV1: (input, options) => client.call(Operations.getSkillMetricsV1, input, options),
      getSkillMetricsV1Pages: (input, options) => client.pages(Operations.getSkillMetricsV1, input, options),
      getSkillPublicationsV1: (input, options) => client.call(Operations.getSkillPublicationsV1, input, options),
      getSkillSimulationV1: (input, options) => client.call(Operations.getSkillSimulationV1, input, options),
      getSkillSimulationV2: (input, options) => client.call(Operations.getSkillSimulationV2, input, options),
      getSkillStatusV1: (input, options) => client.call(Operations.getSkillStatusV1, input, options),
      getSkillValidationsV1: (input, options) => client.call(Operations.getSkillValidationsV1, input, options),
      getSmartHomeCapabilityEvaluationV1: (input, options) =>
        client.call(Operations.getSmartHomeCapabilityEvaluationV1, input, options),
      getSmarthomeCapablityEvaluationResultsV1: (input, options) =>
        client.call(Operations.getSmarthomeCapablityEvaluationResultsV1, input, options),
      getSmarthomeCapablityEvaluationResultsV1Pages: (input, options) =>
        client.pages(Operations.getSmarthomeCapablityEvaluationResultsV1, input, options),
      getSSLCertificatesV1: (input, options) => client.call(Operations.getSSLCertificatesV1, input, options),
      getStatusOfExportRequestV1: (input, options) =>
        client.call(Operations.getStatusOfExportRequestV1, input, options),
      getSubscriberForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.getSubscriberForDevelopmentEventsV0, input, options),
      getSubscriptionForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.getSubscriptionForDevelopmentEventsV0, input, options),
      getUtteranceDataV1: (input, options) => client.call(Operations.getUtteranceDataV1, input, options),
      getUtteranceDataV1Pages: (input, options) => client.pages(Operations.getUtteranceDataV1, input, options),
      getVendorListV1: (input = {}, options) => client.call(Operations.getVendorListV1, input, options),
      importSkillPackageV1: (input, options) => client.call(Operations.importSkillPackageV1, input, options),
      invokeSkillEndPointV2: (input, options) => client.call(Operations.invokeSkillEndPointV2, input, options),
      invokeSkillV1: (input, options) => client.call(Operations.invokeSkillV1, input, options),
      listCatalogsForSkillV0: (input, options) => client.call(Operations.listCatalogsForSkillV0, input, options),
      listCatalogsForSkillV0Pages: (input, options) => client.pages(Operations.listCatalogsForSkillV0, input, options),
      listCatalogsForVendorV0: (input, options) => client.call(Operations.listCatalogsForVendorV0, input, options),
      listCatalogsForVendorV0Pages: (input, options) =>
        client.pages(Operations.listCatalogsForVendorV0, input, options),
      listExperimentMetricSnapshotsV1: (input, options) =>
        client.call(Operations.listExperimentMetricSnapshotsV1, input, options),
      listExperimentMetricSnapshotsV1Pages: (input, options) =>
        client.pages(Operations.listExperimentMetricSnapshotsV1, input, options),
      listExperimentsV1: (input, options) => client.call(Operations.listExperimentsV1, input, options),
      listExperimentsV1Pages: (input, options) => client.pages(Operations.listExperimentsV1, input, options),
      listInteractionModelCatalogsV1: (input, options) =>
        client.call(Operations.listInteractionModelCatalogsV1, input, options),
      listInteractionModelCatalogsV1Pages: (input, options) =>
        client.pages(Operations.listInteractionModelCatalogsV1, input, options),
      listInteractionModelCatalogVersionsV1: (input, options) =>
        client.call(Operations.listInteractionModelCatalogVersionsV1, input, options),
      listInteractionModelCatalogVersionsV1Pages: (input, options) =>
        client.pages(Operations.listInteractionModelCatalogVersionsV1, input, options),
      listInteractionModelSlotTypesV1: (input, options) =>
        client.call(Operations.listInteractionModelSlotTypesV1, input, options),
      listInteractionModelSlotTypesV1Pages: (input, options) =>
        client.pages(Operations.listInteractionModelSlotTypesV1, input, options),
      listInteractionModelSlotTypeVersionsV1: (input, options) =>
        client.call(Operations.listInteractionModelSlotTypeVersionsV1, input, options),
      listInteractionModelSlotTypeVersionsV1Pages: (input, options) =>
        client.pages(Operations.listInteractionModelSlotTypeVersionsV1, input, options),
      listInteractionModelVersionsV1: (input, options) =>
        client.call(Operations.listInteractionModelVersionsV1, input, options),
      listInteractionModelVersionsV1Pages: (input, options) =>
        client.pages(Operations.listInteractionModelVersionsV1, input, options),
      listJobDefinitionsForInteractionModelV1: (input, options) =>
        client.call(Operations.listJobDefinitionsForInteractionModelV1, input, options),
      listJobDefinitionsForInteractionModelV1Pages: (input, options) =>
        client.pages(Operations.listJobDefinitionsForInteractionModelV1, input, options),
      listJobExecutionsForInteractionModelV1: (input, options) =>
        client.call(Operations.listJobExecutionsForInteractionModelV1, input, options),
      listJobExecutionsForInteractionModelV1Pages: (input, options) =>
        client.pages(Operations.listJobExecutionsForInteractionModelV1, input, options),
      listNLUAnnotationSetsV1: (input, options) => client.call(Operations.listNLUAnnotationSetsV1, input, options),
      listNLUAnnotationSetsV1Pages: (input, options) =>
        client.pages(Operations.listNLUAnnotationSetsV1, input, options),
      listNLUEvaluationsV1: (input, options) => client.call(Operations.listNLUEvaluationsV1, input, options),
      listNLUEvaluationsV1Pages: (input, options) => client.pages(Operations.listNLUEvaluationsV1, input, options),
      listPrivateDistributionAccountsV1: (input, options) =>
        client.call(Operations.listPrivateDistributionAccountsV1, input, options),
      listPrivateDistributionAccountsV1Pages: (input, options) =>
        client.pages(Operations.listPrivateDistributionAccountsV1, input, options),
      listSkillsForVendorV1: (input, options) => client.call(Operations.listSkillsForVendorV1, input, options),
      listSkillsForVendorV1Pages: (input, options) => client.pages(Operations.listSkillsForVendorV1, input, options),
      listSmarthomeCapabilityEvaluationsV1: (input, options) =>
        client.call(Operations.listSmarthomeCapabilityEvaluationsV1, input, options),
      listSmarthomeCapabilityEvaluationsV1Pages: (input, options) =>
        client.pages(Operations.listSmarthomeCapabilityEvaluationsV1, input, options),
      listSmarthomeCapabilityTestPlansV1: (input, options) =>
        client.call(Operations.listSmarthomeCapabilityTestPlansV1, input, options),
      listSmarthomeCapabilityTestPlansV1Pages: (input, options) =>
        client.pages(Operations.listSmarthomeCapabilityTestPlansV1, input, options),
      listSubscribersForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.listSubscribersForDevelopmentEventsV0, input, options),
      listSubscribersForDevelopmentEventsV0Pages: (input, options) =>
        client.pages(Operations.listSubscribersForDevelopmentEventsV0, input, options),
      listSubscriptionsForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.listSubscriptionsForDevelopmentEventsV0, input, options),
      listSubscriptionsForDevelopmentEventsV0Pages: (input, options) =>
        client.pages(Operations.listSubscriptionsForDevelopmentEventsV0, input, options),
      listUploadsForCatalogV0: (input, options) => client.call(Operations.listUploadsForCatalogV0, input, options),
      listUploadsForCatalogV0Pages: (input, options) =>
        client.pages(Operations.listUploadsForCatalogV0, input, options),
      listVersionsForSkillV1: (input, options) => client.call(Operations.listVersionsForSkillV1, input, options),
      listVersionsForSkillV1Pages: (input, options) => client.pages(Operations.listVersionsForSkillV1, input, options),
      manageExperimentStateV1: (input, options) => client.call(Operations.manageExperimentStateV1, input, options),
      profileNluV1: (input, options) => client.call(Operations.profileNluV1, input, options),
      publishSkillV1: (input, options) => client.call(Operations.publishSkillV1, input, options),
      queryDevelopmentAuditLogsV1: (input, options) =>
        client.call(Operations.queryDevelopmentAuditLogsV1, input, options),
      removeTestersFromBetaTestV1: (input, options) =>
        client.call(Operations.removeTestersFromBetaTestV1, input, options),
      requestFeedbackFromTestersV1: (input, options) =>
        client.call(Operations.requestFeedbackFromTestersV1, input, options),
      resetEntitlementForProductV1: (input, options) =>
        client.call(Operations.resetEntitlementForProductV1, input, options),
      rollbackSkillV1: (input, options) => client.call(Operations.rollbackSkillV1, input, options),
      sendReminderToTestersV1: (input, options) => client.call(Operations.sendReminderToTestersV1, input, options),
      setCustomerTreatmentOverrideV1: (input, options) =>
        client.call(Operations.setCustomerTreatmentOverrideV1, input, options),
      setInteractionModelV1: (input, options) => client.call(Operations.setInteractionModelV1, input, options),
      setJobStatusForInteractionModelV1: (input, options) =>
        client.call(Operations.setJobStatusForInteractionModelV1, input, options),
      setPrivateDistributionAccountIdV1: (input, options) =>
        client.call(Operations.setPrivateDistributionAccountIdV1, input, options),
      setSkillEnablementV1: (input, options) => client.call(Operations.setSkillEnablementV1, input, options),
      setSSLCertificatesV1: (input, options) => client.call(Operations.setSSLCertificatesV1, input, options),
      setSubscriberForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.setSubscriberForDevelopmentEventsV0, input, options),
      setSubscriptionForDevelopmentEventsV0: (input, options) =>
        client.call(Operations.setSubscriptionForDevelopmentEventsV0, input, options),
      simulateSkillV1: (input, options) => client.call(Operations.simulateSkillV1, input, options),
      simulateSkillV2: (input, options) => client.call(Operations.simulateSkillV2, input, options),
      startBetaTestV1: (input, options) => client.call(Operations.startBetaTestV1, input, options),
      submitSkillForCertificationV1: (input, options) =>
        client.call(Operations.submitSkillForCertificationV1, input, options),
      submitSkillValidationV1: (input, options) => client.call(Operations.submitSkillValidationV1, input, options),
      updateAccountLinkingInfoV1: (input, options) =>
        client.call(Operations.updateAccountLinkingInfoV1, input, options),
      updateAnnotationsForNLUAnnotationSetsV1: (input, options) =>
        client.call(Operations.updateAnnotationsForNLUAnnotationSetsV1, input, options),
      updateBetaTestV1: (input, options) => client.call(Operations.updateBetaTestV1, input, options),
      updateExperimentV1: (input, options) => client.call(Operations.updateExperimentV1, input, options),
      updateExposureV1: (input, options) => client.call(Operations.updateExposureV1, input, options),
      updateInteractionModelCatalogV1: (input, options) =>
        client.call(Operations.updateInteractionModelCatalogV1, input, options),
      updateInteractionModelCatalogVersionV1: (input, options) =>
        client.call(Operations.updateInteractionModelCatalogVersionV1, input, options),
      updateInteractionModelSlotTypeV1: (input, options) =>
        client.call(Operations.updateInteractionModelSlotTypeV1, input, options),
      updateInteractionModelSlotTypeVersionV1: (input, options) =>
        client.call(Operations.updateInteractionModelSlotTypeVersionV1, input, options),
      updateIspForProductV1: (input, options) => client.call(Operations.updateIspForProductV1, input, options),
      updatePropertiesForNLUAnnotationSetsV1: (input, options) =>
        client.call(Operations.updatePropertiesForNLUAnnotationSetsV1, input, options),
      updateSkillManifestV1: (input, options) => client.call(Operations.updateSkillManifestV1, input, options),
      withdrawSkillFromCertificationV1: (input, options) =>
        client.call(Operations.withdrawSkillFromCertificationV1, input, options)
    }))

/**
 * `Smapi` over the `LwaAuth` and `HttpTransport` layers you provide.
 *
 * @example
 * ```ts
 * import { HttpTransport } from "@smapi-effect/http-transport"
 * import { LwaAuth } from "@smapi-effect/lwa-auth"
 * import { Smapi } from "@smapi-effect/smapi"
 * import { Effect, Layer, Redacted, Stream } from "effect"
 *
 * const MainLayer = Smapi.layer().pipe(
 *   Layer.provide(LwaAuth.layerRefreshToken({
 *     clientId: "amzn1.application-oa2-client.0123456789abcdef",
 *     clientSecret: Redacted.make(process.env.LWA_CLIENT_SECRET!),
 *     refreshToken: Redacted.make(process.env.LWA_REFRESH_TOKEN!)
 *   })),
 *   Layer.provide(HttpTransport.layerFetch())
 * )
 *
 * // every skill of a vendor, page after page
 * const skills = Effect.gen(function*() {
 *   const smapi = yield* Smapi.Smapi
 *   return yield* smapi.listSkillsForVendorV1Pages({ vendorId: "M1EXAMPLE" }).pipe(
 *     Stream.flatMap((page) => Stream.fromIterable(page.skills ?? [])),
 *     Stream.runCollect
 *   )
 * }).pipe(Effect.provide(MainLayer))
 * ```
 *
 * @since 0.3.0
 * @category layers
 */
export const layer = (
  options: Options = {}
): Layer.Layer<Smapi, ConfigError.ConfigError, LwaAuth.LwaAuth | HttpTransport.HttpTransport> =>
  Layer.effect(Smapi, make(options))

/**
 * The whole stack from the environment: the endpoint from `ASK_SMAPI_SERVER_BASE_URL`, LWA credentials from the ASK CLI's names (see `LwaAuth.config`), one transport shared by both (the portable fetch transport unless you give another).
 *
 * @since 0.3.0
 * @category layers
 */
export const layerConfig: (
  options?: SmapiClient.ConfigOptions
) => Layer.Layer<Smapi, ConfigError.ConfigError> = SmapiClient.layerConfigWith(layer)
