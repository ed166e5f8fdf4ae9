/**
 * The whole Skill Management API: `Operations` (one description per operation), `Smapi` (the service), and a module of schemas per namespace of the official model.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
/**
 * @since 0.3.0
 */
export * as Operations from "./Operations.js"

/**
 * @since 0.3.0
 */
export * as Smapi from "./Smapi.js"

/**
 * @since 0.3.0
 */
export * as V0 from "./V0.js"

/**
 * @since 0.3.0
 */
export * as V0Catalog from "./V0Catalog.js"

/**
 * @since 0.3.0
 */
export * as V0CatalogUpload from "./V0CatalogUpload.js"

/**
 * @since 0.3.0
 */
export * as V0DevelopmentEventsSubscriber from "./V0DevelopmentEventsSubscriber.js"

/**
 * @since 0.3.0
 */
export * as V0DevelopmentEventsSubscription from "./V0DevelopmentEventsSubscription.js"

/**
 * @since 0.3.0
 */
export * as V0EventSchema from "./V0EventSchema.js"

/**
 * @since 0.3.0
 */
export * as V0EventSchemaAlexaCustomerFeedbackEvent from "./V0EventSchemaAlexaCustomerFeedbackEvent.js"

/**
 * @since 0.3.0
 */
export * as V0EventSchemaAlexaDevelopmentEvent from "./V0EventSchemaAlexaDevelopmentEvent.js"

/**
 * @since 0.3.0
 */
export * as V1 from "./V1.js"

/**
 * @since 0.3.0
 */
export * as V1AuditLogs from "./V1AuditLogs.js"

/**
 * @since 0.3.0
 */
export * as V1Catalog from "./V1Catalog.js"

/**
 * @since 0.3.0
 */
export * as V1CatalogUpload from "./V1CatalogUpload.js"

/**
 * @since 0.3.0
 */
export * as V1Isp from "./V1Isp.js"

/**
 * @since 0.3.0
 */
export * as V1Skill from "./V1Skill.js"

/**
 * @since 0.3.0
 */
export * as V1SkillAccountLinking from "./V1SkillAccountLinking.js"

/**
 * @since 0.3.0
 */
export * as V1SkillAlexaHosted from "./V1SkillAlexaHosted.js"

/**
 * @since 0.3.0
 */
export * as V1SkillBetaTest from "./V1SkillBetaTest.js"

/**
 * @since 0.3.0
 */
export * as V1SkillBetaTestTesters from "./V1SkillBetaTestTesters.js"

/**
 * @since 0.3.0
 */
export * as V1SkillBlueprint from "./V1SkillBlueprint.js"

/**
 * @since 0.3.0
 */
export * as V1SkillCertification from "./V1SkillCertification.js"

/**
 * @since 0.3.0
 */
export * as V1SkillEvaluations from "./V1SkillEvaluations.js"

/**
 * @since 0.3.0
 */
export * as V1SkillExperiment from "./V1SkillExperiment.js"

/**
 * @since 0.3.0
 */
export * as V1SkillHistory from "./V1SkillHistory.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModel from "./V1SkillInteractionModel.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModelCatalog from "./V1SkillInteractionModelCatalog.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModelJobs from "./V1SkillInteractionModelJobs.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModelType from "./V1SkillInteractionModelType.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModelTypeVersion from "./V1SkillInteractionModelTypeVersion.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInteractionModelVersion from "./V1SkillInteractionModelVersion.js"

/**
 * @since 0.3.0
 */
export * as V1SkillInvocations from "./V1SkillInvocations.js"

/**
 * @since 0.3.0
 */
export * as V1SkillManifest from "./V1SkillManifest.js"

/**
 * @since 0.3.0
 */
export * as V1SkillManifestCustom from "./V1SkillManifestCustom.js"

/**
 * @since 0.3.0
 */
export * as V1SkillManifestCustomDialogManagement from "./V1SkillManifestCustomDialogManagement.js"

/**
 * @since 0.3.0
 */
export * as V1SkillMetrics from "./V1SkillMetrics.js"

/**
 * @since 0.3.0
 */
export * as V1SkillNluAnnotationSets from "./V1SkillNluAnnotationSets.js"

/**
 * @since 0.3.0
 */
export * as V1SkillNluEvaluations from "./V1SkillNluEvaluations.js"

/**
 * @since 0.3.0
 */
export * as V1SkillPrivate from "./V1SkillPrivate.js"

/**
 * @since 0.3.0
 */
export * as V1SkillPublication from "./V1SkillPublication.js"

/**
 * @since 0.3.0
 */
export * as V1SkillResourceSchema from "./V1SkillResourceSchema.js"

/**
 * @since 0.3.0
 */
export * as V1SkillSimulations from "./V1SkillSimulations.js"

/**
 * @since 0.3.0
 */
export * as V1SkillValidations from "./V1SkillValidations.js"

/**
 * @since 0.3.0
 */
export * as V1SmartHomeEvaluation from "./V1SmartHomeEvaluation.js"

/**
 * @since 0.3.0
 */
export * as V1VendorManagement from "./V1VendorManagement.js"

/**
 * @since 0.3.0
 */
export * as V2 from "./V2.js"

/**
 * @since 0.3.0
 */
export * as V2Skill from "./V2Skill.js"

/**
 * @since 0.3.0
 */
export * as V2SkillInvocations from "./V2SkillInvocations.js"

/**
 * @since 0.3.0
 */
export * as V2SkillSimulations from "./V2SkillSimulations.js"
