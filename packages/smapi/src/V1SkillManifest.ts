/**
 * The model's `v1.skill.Manifest` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1SkillManifestCustom from "./V1SkillManifestCustom.js"
import * as V1SkillManifestCustomDialogManagement from "./V1SkillManifestCustomDialogManagement.js"

/**
 * The type of dialog manager:  * AMAZON.Conversations - The Alexa Conversations (Coltrane) model for this skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface AMAZONConversationsDialogManager {
  /**
   * Type of DialogManager.
   */
  readonly type: "AMAZON.Conversations"
}

/**
 * The schema of `v1.skill.Manifest.AMAZONConversationsDialogManager`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AMAZONConversationsDialogManager: Schema.Schema<AMAZONConversationsDialogManager> = /*#__PURE__*/ Open
  .struct({
    type: /*#__PURE__*/ Schema.Literal("AMAZON.Conversations")
  })

/**
 * Represents a DataStore package authored by skill developer. This contains a reference to the DataStore package and doesn't contain the entire package itself.
 *
 * @since 0.3.0
 * @category models
 */
export interface DataStorePackage {
  /**
   * The identifier for the DataStore package.
   */
  readonly id: string
}

/**
 * The schema of `v1.skill.Manifest.DataStorePackage`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DataStorePackage: Schema.Schema<DataStorePackage> = /*#__PURE__*/ Open.struct({
  id: /*#__PURE__*/ Open.string({ pattern: /^\w[\w.-]{0,255}$/ })
})

/**
 * `v1.skill.Manifest.AlexaDataStorePackageManagerImplementedInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaDataStorePackageManagerImplementedInterface {
  /**
   * The list of data store packages that are authored by skill developer.
   */
  readonly packages?: ReadonlyArray<DataStorePackage> | undefined
}

/**
 * The schema of `v1.skill.Manifest.AlexaDataStorePackageManagerImplementedInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaDataStorePackageManagerImplementedInterface: Schema.Schema<
  AlexaDataStorePackageManagerImplementedInterface
> = /*#__PURE__*/ Open.struct({
  packages: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(DataStorePackage))
})

/**
 * Skill use this interface to support functionality related to data store packages.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaDataStorePackageManagerInterface {
  readonly type: "ALEXA_DATASTORE_PACKAGEMANAGER"
  /**
   * List of DataStore packages that the developer authored.
   */
  readonly packages: ReadonlyArray<DataStorePackage>
}

/**
 * The schema of `v1.skill.Manifest.AlexaDataStorePackageManagerInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaDataStorePackageManagerInterface: Schema.Schema<AlexaDataStorePackageManagerInterface> =
  /*#__PURE__*/ Open.struct({
    type: /*#__PURE__*/ Schema.Literal("ALEXA_DATASTORE_PACKAGEMANAGER"),
    packages: /*#__PURE__*/ Schema.Array(DataStorePackage)
  })

/**
 * The SSL certificate type of the skill's HTTPS endpoint. Only valid for HTTPS endpoint not for AWS Lambda ARN.
 *
 * @since 0.3.0
 * @category models
 */
export type SSLCertificateType = "SelfSigned" | "Wildcard" | "Trusted" | (string & {})

/**
 * The schema of `v1.skill.Manifest.SSLCertificateType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SSLCertificateType: Schema.Schema<SSLCertificateType> = /*#__PURE__*/ Open.literals(
  "SelfSigned",
  "Wildcard",
  "Trusted"
)

/**
 * Defines the structure for endpoint information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestEndpoint {
  /**
   * Amazon Resource Name (ARN) of the skill's Lambda function or HTTPS URL.
   */
  readonly uri: string
  readonly sslCertificateType?: SSLCertificateType | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestEndpoint`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestEndpoint: Schema.Schema<SkillManifestEndpoint> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Open.string({ pattern: /^(arn|https:\/\/)/ }),
  sslCertificateType: /*#__PURE__*/ Schema.optional(SSLCertificateType)
})

/**
 * Defines the structure for regional information.
 *
 * @since 0.3.0
 * @category models
 */
export interface Region {
  readonly endpoint: SkillManifestEndpoint
}

/**
 * The schema of `v1.skill.Manifest.Region`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Region: Schema.Schema<Region> = /*#__PURE__*/ Open.struct({
  endpoint: SkillManifestEndpoint
})

/**
 * Version of the interface.
 *
 * @since 0.3.0
 * @category models
 */
export type Version = "1.0" | (string & {})

/**
 * The schema of `v1.skill.Manifest.Version`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Version: Schema.Schema<Version> = /*#__PURE__*/ Open.literals("1.0")

/**
 * Name of the request.
 *
 * @since 0.3.0
 * @category models
 */
export type AlexaForBusinessInterfaceRequestName = "Search" | "Create" | "Update" | (string & {})

/**
 * The schema of `v1.skill.Manifest.AlexaForBusinessInterfaceRequestName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaForBusinessInterfaceRequestName: Schema.Schema<AlexaForBusinessInterfaceRequestName> =
  /*#__PURE__*/ Open.literals("Search", "Create", "Update")

/**
 * `v1.skill.Manifest.AlexaForBusinessInterfaceRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaForBusinessInterfaceRequest {
  readonly name: AlexaForBusinessInterfaceRequestName
}

/**
 * The schema of `v1.skill.Manifest.AlexaForBusinessInterfaceRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaForBusinessInterfaceRequest: Schema.Schema<AlexaForBusinessInterfaceRequest> = /*#__PURE__*/ Open
  .struct({
    name: AlexaForBusinessInterfaceRequestName
  })

/**
 * `v1.skill.Manifest.AlexaForBusinessInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaForBusinessInterface {
  /**
   * Name of the interface.
   */
  readonly namespace: string
  readonly version: Version
  /**
   * Contains a list of requests/messages that skill can handle.
   */
  readonly requests: ReadonlyArray<AlexaForBusinessInterfaceRequest>
}

/**
 * The schema of `v1.skill.Manifest.AlexaForBusinessInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaForBusinessInterface: Schema.Schema<AlexaForBusinessInterface> = /*#__PURE__*/ Open.struct({
  namespace: Schema.String,
  version: Version,
  requests: /*#__PURE__*/ Schema.Array(AlexaForBusinessInterfaceRequest)
})

/**
 * Defines the structure of alexaForBusiness api in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaForBusinessApis {
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: Region } | undefined
  readonly endpoint?: SkillManifestEndpoint | undefined
  /**
   * Contains the list of supported interfaces.
   */
  readonly interfaces?: ReadonlyArray<AlexaForBusinessInterface> | undefined
}

/**
 * The schema of `v1.skill.Manifest.AlexaForBusinessApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaForBusinessApis: Schema.Schema<AlexaForBusinessApis> = /*#__PURE__*/ Open.struct({
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Region })),
  endpoint: /*#__PURE__*/ Schema.optional(SkillManifestEndpoint),
  interfaces: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AlexaForBusinessInterface))
})

/**
 * Defines the mode of viewport that comply with this specification. E.g. HUB TV.
 *
 * @since 0.3.0
 * @category models
 */
export type ViewportMode = "HUB" | "TV" | "MOBILE" | "PC" | "AUTO" | (string & {})

/**
 * The schema of `v1.skill.Manifest.ViewportMode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ViewportMode: Schema.Schema<ViewportMode> = /*#__PURE__*/ Open.literals(
  "HUB",
  "TV",
  "MOBILE",
  "PC",
  "AUTO"
)

/**
 * Defines the shape of the device's viewport.
 *
 * @since 0.3.0
 * @category models
 */
export type ViewportShape = "RECTANGLE" | "ROUND" | (string & {})

/**
 * The schema of `v1.skill.Manifest.ViewportShape`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ViewportShape: Schema.Schema<ViewportShape> = /*#__PURE__*/ Open.literals("RECTANGLE", "ROUND")

/**
 * Defines a viewport specification.
 *
 * @since 0.3.0
 * @category models
 */
export interface ViewportSpecification {
  readonly mode: ViewportMode
  readonly shape: ViewportShape
  /**
   * Defines the minimum width of viewport that comply with this specification.
   */
  readonly minWidth?: number | undefined
  /**
   * Defines the maximum width of viewport that comply with this specification.
   */
  readonly maxWidth?: number | undefined
  /**
   * Defines the minimum height of viewport that comply with this specification.
   */
  readonly minHeight?: number | undefined
  /**
   * Defines the maximum height of viewport that comply with this specification.
   */
  readonly maxHeight?: number | undefined
}

/**
 * The schema of `v1.skill.Manifest.ViewportSpecification`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ViewportSpecification: Schema.Schema<ViewportSpecification> = /*#__PURE__*/ Open.struct({
  mode: ViewportMode,
  shape: ViewportShape,
  minWidth: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.greaterThanOrEqualTo(1))),
  maxWidth: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.greaterThanOrEqualTo(1))),
  minHeight: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.greaterThanOrEqualTo(1))),
  maxHeight: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.greaterThanOrEqualTo(1)))
})

/**
 * Used to declare that the skill uses the Alexa.Presentation.APL interface.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaPresentationAplInterface {
  readonly type: "ALEXA_PRESENTATION_APL"
  /**
   * List of supported viewports.
   */
  readonly supportedViewports?: ReadonlyArray<ViewportSpecification> | undefined
}

/**
 * The schema of `v1.skill.Manifest.AlexaPresentationAplInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaPresentationAplInterface: Schema.Schema<AlexaPresentationAplInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("ALEXA_PRESENTATION_APL"),
  supportedViewports: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(ViewportSpecification))
})

/**
 * Used to declare that the skill uses the Alexa.Presentation.HTML interface.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaPresentationHtmlInterface {
  readonly type: "ALEXA_PRESENTATION_HTML"
}

/**
 * The schema of `v1.skill.Manifest.AlexaPresentationHtmlInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaPresentationHtmlInterface: Schema.Schema<AlexaPresentationHtmlInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("ALEXA_PRESENTATION_HTML")
})

/**
 * `v1.skill.Manifest.AlexaSearch` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AlexaSearch {
  readonly type: "ALEXA_SEARCH"
}

/**
 * The schema of `v1.skill.Manifest.AlexaSearch`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AlexaSearch: Schema.Schema<AlexaSearch> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("ALEXA_SEARCH")
})

/**
 * Supported android common intent. Each of the value maps to a common intent defined in https://developer.android.com/guide/components/intents-common.
 *
 * @since 0.3.0
 * @category models
 */
export type AndroidCommonIntentName =
  | "SHOW_IN_MAP"
  | "ADD_CALENDAR_EVENT"
  | "PLAY_MEDIA"
  | "START_PHONE_CALL"
  | "OPEN_SETTINGS"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.AndroidCommonIntentName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AndroidCommonIntentName: Schema.Schema<AndroidCommonIntentName> = /*#__PURE__*/ Open.literals(
  "SHOW_IN_MAP",
  "ADD_CALENDAR_EVENT",
  "PLAY_MEDIA",
  "START_PHONE_CALL",
  "OPEN_SETTINGS"
)

/**
 * Android custom intent
 *
 * @since 0.3.0
 * @category models
 */
export interface AndroidCustomIntent {
  /**
   * android component name
   */
  readonly component?: string | undefined
  /**
   * android intent action
   */
  readonly action?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.AndroidCustomIntent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AndroidCustomIntent: Schema.Schema<AndroidCustomIntent> = /*#__PURE__*/ Open.struct({
  component: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1 })),
  action: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ minLength: 1 }))
})

/**
 * Supported catalog
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogType = "IOS_APP_STORE" | "GOOGLE_PLAY_STORE" | (string & {})

/**
 * The schema of `v1.skill.Manifest.CatalogType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogType: Schema.Schema<CatalogType> = /*#__PURE__*/ Open.literals("IOS_APP_STORE", "GOOGLE_PLAY_STORE")

/**
 * Details about how the app is listed on app store catalogs.
 *
 * @since 0.3.0
 * @category models
 */
export interface CatalogInfo {
  readonly type: CatalogType
  /**
   * Identifier when accessing app in store.
   */
  readonly identifier: string
}

/**
 * The schema of `v1.skill.Manifest.CatalogInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogInfo: Schema.Schema<CatalogInfo> = /*#__PURE__*/ Open.struct({
  type: CatalogType,
  identifier: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Localized app name
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedName {
  /**
   * locale
   */
  readonly locale: string
  /**
   * app name
   */
  readonly name: string
}

/**
 * The schema of `v1.skill.Manifest.LocalizedName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedName: Schema.Schema<LocalizedName> = /*#__PURE__*/ Open.struct({
  locale: /*#__PURE__*/ Open.string({
    minLength: 1,
    pattern: /^(en-US|en-GB|en-IN|ja-JP|de-DE|en-CA|en-AU|fr-FR|fr-CA|it-IT|es-ES|es-MX|pt-BR|hi-IN|es-US|ar-SA|nl-NL)$/
  }),
  name: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Localized App name
 *
 * @since 0.3.0
 * @category models
 */
export interface FriendlyName {
  /**
   * Default app name
   */
  readonly default: string
  /**
   * Localized app names.
   */
  readonly localizedNames?: ReadonlyArray<LocalizedName> | undefined
}

/**
 * The schema of `v1.skill.Manifest.FriendlyName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FriendlyName: Schema.Schema<FriendlyName> = /*#__PURE__*/ Open.struct({
  default: /*#__PURE__*/ Open.string({ minLength: 1 }),
  localizedNames: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(LocalizedName).pipe(/*#__PURE__*/ Schema.minItems(1))
  )
})

/**
 * Applications associated with the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface LinkedApplication {
  readonly catalogInfo: CatalogInfo
  /**
   * Supported schemes
   */
  readonly customSchemes?: ReadonlyArray<string> | undefined
  /**
   * Supported domains
   */
  readonly domains?: ReadonlyArray<string> | undefined
  readonly friendlyName: FriendlyName
  /**
   * Supported android custom intent
   */
  readonly androidCustomIntents?: ReadonlyArray<AndroidCustomIntent> | undefined
}

/**
 * The schema of `v1.skill.Manifest.LinkedApplication`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LinkedApplication: Schema.Schema<LinkedApplication> = /*#__PURE__*/ Open.struct({
  catalogInfo: CatalogInfo,
  customSchemes: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Open.string({ minLength: 1 })).pipe(
      /*#__PURE__*/ Schema.minItems(1)
    )
  ),
  domains: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Open.string({ minLength: 1 })).pipe(
      /*#__PURE__*/ Schema.minItems(1)
    )
  ),
  friendlyName: FriendlyName,
  androidCustomIntents: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(AndroidCustomIntent).pipe(/*#__PURE__*/ Schema.minItems(1))
  )
})

/**
 * `v1.skill.Manifest.CatalogName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type CatalogName = "IOS_APP_STORE" | "GOOGLE_PLAY_STORE" | (string & {})

/**
 * The schema of `v1.skill.Manifest.CatalogName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CatalogName: Schema.Schema<CatalogName> = /*#__PURE__*/ Open.literals("IOS_APP_STORE", "GOOGLE_PLAY_STORE")

/**
 * Android common intents associated with the skill
 *
 * @since 0.3.0
 * @category models
 */
export interface LinkedAndroidCommonIntent {
  readonly intentName: AndroidCommonIntentName
  readonly catalogType: CatalogName
}

/**
 * The schema of `v1.skill.Manifest.LinkedAndroidCommonIntent`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LinkedAndroidCommonIntent: Schema.Schema<LinkedAndroidCommonIntent> = /*#__PURE__*/ Open.struct({
  intentName: AndroidCommonIntentName,
  catalogType: CatalogName
})

/**
 * supported common schemes for IOS_APP_STORE. MAPS is for "maps:" and TEL is for "tel:".
 *
 * @since 0.3.0
 * @category models
 */
export type IOSAppStoreCommonSchemeName = "MAPS" | "TEL" | (string & {})

/**
 * The schema of `v1.skill.Manifest.IOSAppStoreCommonSchemeName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IOSAppStoreCommonSchemeName: Schema.Schema<IOSAppStoreCommonSchemeName> = /*#__PURE__*/ Open.literals(
  "MAPS",
  "TEL"
)

/**
 * supported common schemes for GOOGLE_PLAY_STORE. MAPS is for "maps:" and TEL is for "tel:".
 *
 * @since 0.3.0
 * @category models
 */
export type PlayStoreCommonSchemeName = "MAPS" | "TEL" | (string & {})

/**
 * The schema of `v1.skill.Manifest.PlayStoreCommonSchemeName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PlayStoreCommonSchemeName: Schema.Schema<PlayStoreCommonSchemeName> = /*#__PURE__*/ Open.literals(
  "MAPS",
  "TEL"
)

/**
 * Allow developer to declare their skill to link to the speicified common schemes
 *
 * @since 0.3.0
 * @category models
 */
export interface LinkedCommonSchemes {
  readonly IOS_APP_STORE?: ReadonlyArray<IOSAppStoreCommonSchemeName> | undefined
  readonly GOOGLE_PLAY_STORE?: ReadonlyArray<PlayStoreCommonSchemeName> | undefined
}

/**
 * The schema of `v1.skill.Manifest.LinkedCommonSchemes`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LinkedCommonSchemes: Schema.Schema<LinkedCommonSchemes> = /*#__PURE__*/ Open.struct({
  IOS_APP_STORE: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(IOSAppStoreCommonSchemeName).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  GOOGLE_PLAY_STORE: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(PlayStoreCommonSchemeName).pipe(/*#__PURE__*/ Schema.minItems(1))
  )
})

/**
 * Details required for app linking use cases.
 *
 * @since 0.3.0
 * @category models
 */
export interface AppLink {
  /**
   * Allows developers to declare their Skill will use Alexa App Links, and list relevant apps. This field is required when using the APP_LINK interface.
   */
  readonly linkedApplications?: ReadonlyArray<LinkedApplication> | undefined
  /**
   * Allow developer to decalre their skill to link to the declared web domains.
   */
  readonly linkedWebDomains?: ReadonlyArray<string> | undefined
  /**
   * Allow developer to declare their skill to link to the speicified android common intents.
   */
  readonly linkedAndroidCommonIntents?: ReadonlyArray<LinkedAndroidCommonIntent> | undefined
  readonly linkedCommonSchemes?: LinkedCommonSchemes | undefined
}

/**
 * The schema of `v1.skill.Manifest.AppLink`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AppLink: Schema.Schema<AppLink> = /*#__PURE__*/ Open.struct({
  linkedApplications: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(LinkedApplication).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  linkedWebDomains: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Open.string({ minLength: 1 })).pipe(
      /*#__PURE__*/ Schema.minItems(1)
    )
  ),
  linkedAndroidCommonIntents: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(LinkedAndroidCommonIntent).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  linkedCommonSchemes: /*#__PURE__*/ Schema.optional(LinkedCommonSchemes)
})

/**
 * `v1.skill.Manifest.AppLinkInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AppLinkInterface {
  readonly type: "APP_LINKS"
}

/**
 * The schema of `v1.skill.Manifest.AppLinkInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AppLinkInterface: Schema.Schema<AppLinkInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("APP_LINKS")
})

/**
 * `v1.skill.Manifest.AppLinkV2Interface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AppLinkV2Interface {
  readonly type: "APP_LINKS_V2"
}

/**
 * The schema of `v1.skill.Manifest.AppLinkV2Interface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AppLinkV2Interface: Schema.Schema<AppLinkV2Interface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("APP_LINKS_V2")
})

/**
 * `v1.skill.Manifest.AudioInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface AudioInterface {
  readonly type: "AUDIO_PLAYER"
}

/**
 * The schema of `v1.skill.Manifest.AudioInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AudioInterface: Schema.Schema<AudioInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("AUDIO_PLAYER")
})

/**
 * Defines a client authorized for a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuthorizedClient {
  readonly authenticationProvider: string
}

/**
 * The schema of `v1.skill.Manifest.AuthorizedClient`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuthorizedClient: Schema.Schema<AuthorizedClient> = /*#__PURE__*/ Open.struct({
  authenticationProvider: Schema.String
})

/**
 * Defines an application for LWA security profile.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuthorizedClientLwaApplication {
  readonly type: string
}

/**
 * The schema of `v1.skill.Manifest.AuthorizedClientLwaApplication`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuthorizedClientLwaApplication: Schema.Schema<AuthorizedClientLwaApplication> = /*#__PURE__*/ Open.struct({
  type: Schema.String
})

/**
 * Defines client using Login With Amazon authentication provider, corresponds to LWA Security Profile.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuthorizedClientLwa {
  readonly authenticationProvider: string
  readonly applications?: ReadonlyArray<AuthorizedClientLwaApplication> | undefined
}

/**
 * The schema of `v1.skill.Manifest.AuthorizedClientLwa`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuthorizedClientLwa: Schema.Schema<AuthorizedClientLwa> = /*#__PURE__*/ Open.struct({
  authenticationProvider: Schema.String,
  applications: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(AuthorizedClientLwaApplication).pipe(/*#__PURE__*/ Schema.minItems(1))
  )
})

/**
 * Defines an android application for LWA authentication provider.
 *
 * @since 0.3.0
 * @category models
 */
export interface AuthorizedClientLwaApplicationAndroid {
  readonly type: string
  readonly appStoreAppId?: string | undefined
  readonly clientId?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.AuthorizedClientLwaApplicationAndroid`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AuthorizedClientLwaApplicationAndroid: Schema.Schema<AuthorizedClientLwaApplicationAndroid> =
  /*#__PURE__*/ Open.struct({
    type: Schema.String,
    appStoreAppId: /*#__PURE__*/ Schema.optional(Schema.String),
    clientId: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * maps source locale to list of target locales. Source and target locales should be with the same language.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalesByAutomaticClonedLocale {
  /**
   * Locale where the metadata and model will be copied from. For example: en-US. This locale must already exist in the skill.
   */
  readonly source: string
  /**
   * Optional. List of locales where the metadata and model will be copied to. All configuration of source locale will be copied, so target locales do not have to exist before. Defaults to all locales with the same language as the sourceLocale.
   */
  readonly targets?: ReadonlyArray<string> | undefined
}

/**
 * The schema of `v1.skill.Manifest.LocalesByAutomaticClonedLocale`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalesByAutomaticClonedLocale: Schema.Schema<LocalesByAutomaticClonedLocale> = /*#__PURE__*/ Open.struct({
  source: Schema.String,
  targets: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String))
})

/**
 * Defines the structure for Sync Locales in the skill manifest. This is an optional property and Sync Locales will be disabled if not set.
 *
 * @since 0.3.0
 * @category models
 */
export interface AutomaticClonedLocale {
  /**
   * List of language specific source locale to target locales mapping.
   */
  readonly locales: ReadonlyArray<LocalesByAutomaticClonedLocale>
}

/**
 * The schema of `v1.skill.Manifest.AutomaticClonedLocale`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AutomaticClonedLocale: Schema.Schema<AutomaticClonedLocale> = /*#__PURE__*/ Open.struct({
  locales: /*#__PURE__*/ Schema.Array(LocalesByAutomaticClonedLocale)
})

/**
 * maps a language to a locale. During Automatic Skill Distribution, skill metadata and model of the source locale will be copied to other eligible locales of the same language. Eligible destination locales will be determined by the system.
 *
 * @since 0.3.0
 * @category models
 */
export interface SourceLanguageForLocales {
  /**
   * two-letter string representing the language to distribute to. There must be at least one locale in publishingInformation.locales which has this language as the prefix.
   */
  readonly language: string
  /**
   * locale where the metadata and model will be copied from. This locale must already exist in the skill.
   */
  readonly sourceLocale: string
}

/**
 * The schema of `v1.skill.Manifest.SourceLanguageForLocales`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SourceLanguageForLocales: Schema.Schema<SourceLanguageForLocales> = /*#__PURE__*/ Open.struct({
  language: Schema.String,
  sourceLocale: Schema.String
})

/**
 * optional. Used by developer to opt in to Automatic Skill Distribution, a feature where a skill will automatically be published in new eligible locales from the same language (e.g. from "en-US" to "en-CA" and "en-GB"). Locales that the developer has already created will not be overwritten.
 *
 * @since 0.3.0
 * @category models
 */
export interface AutomaticDistribution {
  /**
   * set to true to opt in to Automatic Skill Distribution. If false, then the skill will not be considered for Automatic Skill Distribution. Note that once a skill has gone through the automatic distribution process and this value is later set to false, any locales that were published through this feature will not be reverted. Any published locales will need to be suppressed manually via contacting DAG.
   */
  readonly isActive: boolean
  /**
   * list of items pairing a language with a source locale. Required if isActive is set to true. For each language there must be exactly one source locale.
   */
  readonly sourceLocaleForLanguages?: ReadonlyArray<SourceLanguageForLocales> | undefined
}

/**
 * The schema of `v1.skill.Manifest.AutomaticDistribution`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AutomaticDistribution: Schema.Schema<AutomaticDistribution> = /*#__PURE__*/ Open.struct({
  isActive: Schema.Boolean,
  sourceLocaleForLanguages: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(SourceLanguageForLocales))
})

/**
 * Payload of the connection.
 *
 * @since 0.3.0
 * @category models
 */
export interface ConnectionsPayload {
  /**
   * Type of the payload.
   */
  readonly type: string
  /**
   * Version of the payload.
   */
  readonly version: string
}

/**
 * The schema of `v1.skill.Manifest.ConnectionsPayload`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ConnectionsPayload: Schema.Schema<ConnectionsPayload> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Open.string({ minLength: 1 }),
  version: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Currency to use for paid skill product.
 *
 * @since 0.3.0
 * @category models
 */
export type Currency = "USD" | (string & {})

/**
 * The schema of `v1.skill.Manifest.Currency`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Currency: Schema.Schema<Currency> = /*#__PURE__*/ Open.literals("USD")

/**
 * Defines locale-specific dialog-management configuration for a skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomLocalizedInformationDialogManagement {
  readonly sessionStartDelegationStrategy?:
    | V1SkillManifestCustomDialogManagement.SessionStartDelegationStrategy
    | undefined
}

/**
 * The schema of `v1.skill.Manifest.CustomLocalizedInformationDialogManagement`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomLocalizedInformationDialogManagement: Schema.Schema<CustomLocalizedInformationDialogManagement> =
  /*#__PURE__*/ Open.struct({
    sessionStartDelegationStrategy: /*#__PURE__*/ Schema.optional(
      V1SkillManifestCustomDialogManagement.SessionStartDelegationStrategy
    )
  })

/**
 * Defines the localized custom api information.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomLocalizedInformation {
  readonly dialogManagement?: CustomLocalizedInformationDialogManagement | undefined
}

/**
 * The schema of `v1.skill.Manifest.CustomLocalizedInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomLocalizedInformation: Schema.Schema<CustomLocalizedInformation> = /*#__PURE__*/ Open.struct({
  dialogManagement: /*#__PURE__*/ Schema.optional(CustomLocalizedInformationDialogManagement)
})

/**
 * `v1.skill.Manifest.VideoAppInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoAppInterface {
  readonly type: "VIDEO_APP"
}

/**
 * The schema of `v1.skill.Manifest.VideoAppInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoAppInterface: Schema.Schema<VideoAppInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("VIDEO_APP")
})

/**
 * The minimum version of pre-defined templates supported by the skill. If a device does not support a version greater than or equal to the version specified her then templateVersion will not be passed inside the Display interface in the ASK request.
 *
 * @since 0.3.0
 * @category models
 */
export type DisplayInterfaceTemplateVersion = "1" | (string & {})

/**
 * The schema of `v1.skill.Manifest.DisplayInterfaceTemplateVersion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DisplayInterfaceTemplateVersion: Schema.Schema<DisplayInterfaceTemplateVersion> = /*#__PURE__*/ Open
  .literals("1")

/**
 * The minimum version of the APML specification supported by the skill. If a device does not support a version greater than or equal to the version specified her then apmlVersion will not be passed inside the Display interface in the ASK request.
 *
 * @since 0.3.0
 * @category models
 */
export type DisplayInterfaceApmlVersion = "0.2" | (string & {})

/**
 * The schema of `v1.skill.Manifest.DisplayInterfaceApmlVersion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DisplayInterfaceApmlVersion: Schema.Schema<DisplayInterfaceApmlVersion> = /*#__PURE__*/ Open.literals(
  "0.2"
)

/**
 * Used to declare that the skill uses the Display interface. When a skill declares that it uses the Display interface the Display interface will be passed in the supportedInterfaces section of devices which meet any of the required minimum version attributes specified in the manifest. If the device does not meet any of the minimum versions specified in the manifest the Display interface will not be present in the supportedInterfaces section. If neither the minimumTemplateVersion nor the minimumApmlVersion attributes are specified in the manifes then the minimumTemplateVersion is defaulted to 1.0 and apmlVersion is omitted.
 *
 * @since 0.3.0
 * @category models
 */
export interface DisplayInterface {
  readonly type: "RENDER_TEMPLATE"
  readonly minimumTemplateVersion?: DisplayInterfaceTemplateVersion | undefined
  readonly minimumApmlVersion?: DisplayInterfaceApmlVersion | undefined
}

/**
 * The schema of `v1.skill.Manifest.DisplayInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DisplayInterface: Schema.Schema<DisplayInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("RENDER_TEMPLATE"),
  minimumTemplateVersion: /*#__PURE__*/ Schema.optional(DisplayInterfaceTemplateVersion),
  minimumApmlVersion: /*#__PURE__*/ Schema.optional(DisplayInterfaceApmlVersion)
})

/**
 * `v1.skill.Manifest.GameEngineInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface GameEngineInterface {
  readonly type: "GAME_ENGINE"
}

/**
 * The schema of `v1.skill.Manifest.GameEngineInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GameEngineInterface: Schema.Schema<GameEngineInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("GAME_ENGINE")
})

/**
 * Skills using Gadget Controller can send directives to Echo Buttons. This is a legacy interface specific to Echo Buttons.
 *
 * @since 0.3.0
 * @category models
 */
export interface GadgetControllerInterface {
  readonly type: "GADGET_CONTROLLER"
}

/**
 * The schema of `v1.skill.Manifest.GadgetControllerInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GadgetControllerInterface: Schema.Schema<GadgetControllerInterface> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.Literal("GADGET_CONTROLLER")
})

/**
 * `v1.skill.Manifest.Interface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type Interface =
  | AudioInterface
  | VideoAppInterface
  | DisplayInterface
  | AppLinkInterface
  | AppLinkV2Interface
  | GameEngineInterface
  | GadgetControllerInterface
  | AlexaPresentationAplInterface
  | AlexaPresentationHtmlInterface
  | AlexaDataStorePackageManagerInterface
  | AlexaSearch
  | Interface.Unknown

/**
 * The types that go with `Interface`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace Interface {
  /**
   * A `Interface` newer than the model: its `type` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    readonly type: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.Manifest.Interface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Interface: Schema.Schema<Interface> = /*#__PURE__*/ Open.union("type", {
  AUDIO_PLAYER: AudioInterface,
  VIDEO_APP: VideoAppInterface,
  RENDER_TEMPLATE: DisplayInterface,
  APP_LINKS: AppLinkInterface,
  APP_LINKS_V2: AppLinkV2Interface,
  GAME_ENGINE: GameEngineInterface,
  GADGET_CONTROLLER: GadgetControllerInterface,
  ALEXA_PRESENTATION_APL: AlexaPresentationAplInterface,
  ALEXA_PRESENTATION_HTML: AlexaPresentationHtmlInterface,
  ALEXA_DATASTORE_PACKAGEMANAGER: AlexaDataStorePackageManagerInterface,
  ALEXA_SEARCH: AlexaSearch
}, {})

/**
 * Defines the name and version of the task that the skill wants to handle.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomTask {
  /**
   * Name of the task.
   */
  readonly name: string
  /**
   * Version of the task.
   */
  readonly version: string
}

/**
 * The schema of `v1.skill.Manifest.CustomTask`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomTask: Schema.Schema<CustomTask> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Open.string({ minLength: 1 }),
  version: /*#__PURE__*/ Open.string({ minLength: 1 })
})

/**
 * Supported connections.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomConnections {
  /**
   * List of required connections.
   */
  readonly requires?: ReadonlyArray<V1SkillManifestCustom.Connection> | undefined
  /**
   * List of provided connections.
   */
  readonly provides?: ReadonlyArray<V1SkillManifestCustom.Connection> | undefined
}

/**
 * The schema of `v1.skill.Manifest.CustomConnections`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomConnections: Schema.Schema<CustomConnections> = /*#__PURE__*/ Open.struct({
  requires: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(
      /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1SkillManifestCustom.Connection> =>
        V1SkillManifestCustom.Connection
      )
    ).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  provides: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(
      /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1SkillManifestCustom.Connection> =>
        V1SkillManifestCustom.Connection
      )
    ).pipe(/*#__PURE__*/ Schema.minItems(1))
  )
})

/**
 * Individual dialog manager defined for the skill.
 *
 * @since 0.3.0
 * @category models
 */
export type DialogManager = AMAZONConversationsDialogManager | DialogManager.Unknown

/**
 * The types that go with `DialogManager`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace DialogManager {
  /**
   * A `DialogManager` newer than the model: its `type` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    readonly type: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.Manifest.DialogManager`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogManager: Schema.Schema<DialogManager> = /*#__PURE__*/ Open.union("type", {
  "AMAZON.Conversations": AMAZONConversationsDialogManager
}, {})

/**
 * Specifies the initial dialog manager to field requests when a new skill session starts. If absent this is assumed to be the default \"skill\" target.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogDelegationStrategy {
  readonly target: string
}

/**
 * The schema of `v1.skill.Manifest.DialogDelegationStrategy`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogDelegationStrategy: Schema.Schema<DialogDelegationStrategy> = /*#__PURE__*/ Open.struct({
  target: Schema.String
})

/**
 * Defines the dialog management configuration for the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface DialogManagement {
  /**
   * List of dialog managers configured by the skill
   */
  readonly dialogManagers: ReadonlyArray<DialogManager>
  readonly sessionStartDelegationStrategy?: DialogDelegationStrategy | undefined
}

/**
 * The schema of `v1.skill.Manifest.DialogManagement`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DialogManagement: Schema.Schema<DialogManagement> = /*#__PURE__*/ Open.struct({
  dialogManagers: /*#__PURE__*/ Schema.Array(DialogManager),
  sessionStartDelegationStrategy: /*#__PURE__*/ Schema.optional(DialogDelegationStrategy)
})

/**
 * Defines the structure for custom api of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomApis {
  /**
   * Defines the set of target runtimes for this skill.
   */
  readonly _targetRuntimes?: ReadonlyArray<V1SkillManifestCustom.TargetRuntime> | undefined
  /**
   * Object that contains <locale> Objects for each supported locale.
   */
  readonly locales?: { readonly [key: string]: CustomLocalizedInformation } | undefined
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: Region } | undefined
  readonly endpoint?: SkillManifestEndpoint | undefined
  /**
   * Defines the structure for interfaces supported by the custom api of the skill.
   */
  readonly interfaces?: ReadonlyArray<Interface> | undefined
  /**
   * List of provided tasks.
   */
  readonly tasks?: ReadonlyArray<CustomTask> | undefined
  readonly connections?: CustomConnections | undefined
  readonly dialogManagement?: DialogManagement | undefined
  readonly appLink?: AppLink | undefined
}

/**
 * The schema of `v1.skill.Manifest.CustomApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomApis: Schema.Schema<CustomApis> = /*#__PURE__*/ Open.struct({
  _targetRuntimes: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(
      /*#__PURE__*/ Schema.suspend((): Schema.Schema<V1SkillManifestCustom.TargetRuntime> =>
        V1SkillManifestCustom.TargetRuntime
      )
    ).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  locales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: CustomLocalizedInformation })
  ),
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Region })),
  endpoint: /*#__PURE__*/ Schema.optional(SkillManifestEndpoint),
  interfaces: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Interface)),
  tasks: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(CustomTask).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  connections: /*#__PURE__*/ Schema.optional(CustomConnections),
  dialogManagement: /*#__PURE__*/ Schema.optional(DialogManagement),
  appLink: /*#__PURE__*/ Schema.optional(AppLink)
})

/**
 * Custom prompts used for paid skill product purchasing options. Supports Speech Synthesis Markup Language (SSML), which can be used to control pronunciation, intonation, timing, and emotion.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomProductPrompts {
  /**
   * Description of the paid skill product heard before customer is prompted for purchase.
   */
  readonly purchasePromptDescription: string
  /**
   * Description of the paid skill product that displays when the paid skill is purchased.
   */
  readonly purchaseConfirmationDescription: string
}

/**
 * The schema of `v1.skill.Manifest.CustomProductPrompts`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomProductPrompts: Schema.Schema<CustomProductPrompts> = /*#__PURE__*/ Open.struct({
  purchasePromptDescription: Schema.String,
  purchaseConfirmationDescription: Schema.String
})

/**
 * The SSL certificate type of the skill's HTTPS endpoint. Only valid for HTTPS endpoint not for AWS Lambda ARN.
 *
 * @since 0.3.0
 * @category models
 */
export type LambdaSSLCertificateType = "SelfSigned" | "Wildcard" | "Trusted" | (string & {})

/**
 * The schema of `v1.skill.Manifest.LambdaSSLCertificateType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LambdaSSLCertificateType: Schema.Schema<LambdaSSLCertificateType> = /*#__PURE__*/ Open.literals(
  "SelfSigned",
  "Wildcard",
  "Trusted"
)

/**
 * Contains the uri field. This sets the global default endpoint.
 *
 * @since 0.3.0
 * @category models
 */
export interface LambdaEndpoint {
  /**
   * Amazon Resource Name (ARN) of the Lambda function.
   */
  readonly uri: string
  readonly sslCertificateType?: LambdaSSLCertificateType | undefined
}

/**
 * The schema of `v1.skill.Manifest.LambdaEndpoint`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LambdaEndpoint: Schema.Schema<LambdaEndpoint> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Open.string({ pattern: /^(arn)/ }),
  sslCertificateType: /*#__PURE__*/ Schema.optional(LambdaSSLCertificateType)
})

/**
 * Defines the structure of a regional information.
 *
 * @since 0.3.0
 * @category models
 */
export interface LambdaRegion {
  readonly endpoint: LambdaEndpoint
}

/**
 * The schema of `v1.skill.Manifest.LambdaRegion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LambdaRegion: Schema.Schema<LambdaRegion> = /*#__PURE__*/ Open.struct({
  endpoint: LambdaEndpoint
})

/**
 * Defines the structure for demand response api of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface DemandResponseApis {
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: LambdaRegion } | undefined
  readonly endpoint?: LambdaEndpoint | undefined
  /**
   * Defines the url for enrolling into a demand response program.
   */
  readonly enrollmentUrl?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.DemandResponseApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DemandResponseApis: Schema.Schema<DemandResponseApis> = /*#__PURE__*/ Open.struct({
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: LambdaRegion })),
  endpoint: /*#__PURE__*/ Schema.optional(LambdaEndpoint),
  enrollmentUrl: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.Manifest.DistributionCountries` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type DistributionCountries =
  | "AF"
  | "AX"
  | "AL"
  | "DZ"
  | "AS"
  | "AD"
  | "AO"
  | "AI"
  | "AQ"
  | "AG"
  | "AR"
  | "AM"
  | "AW"
  | "AU"
  | "AT"
  | "AZ"
  | "BS"
  | "BH"
  | "BD"
  | "BB"
  | "BY"
  | "BE"
  | "BZ"
  | "BJ"
  | "BM"
  | "BT"
  | "BO"
  | "BA"
  | "BW"
  | "BV"
  | "BR"
  | "IO"
  | "BN"
  | "BG"
  | "BF"
  | "BI"
  | "KH"
  | "CM"
  | "CA"
  | "CV"
  | "KY"
  | "CF"
  | "TD"
  | "CL"
  | "CN"
  | "CX"
  | "CC"
  | "CO"
  | "KM"
  | "CG"
  | "CD"
  | "CK"
  | "CR"
  | "HR"
  | "CY"
  | "CZ"
  | "DK"
  | "DJ"
  | "DM"
  | "DO"
  | "EC"
  | "EG"
  | "SV"
  | "GQ"
  | "ER"
  | "EE"
  | "ET"
  | "FK"
  | "FO"
  | "FJ"
  | "FI"
  | "FR"
  | "GF"
  | "PF"
  | "TF"
  | "GA"
  | "GM"
  | "GE"
  | "DE"
  | "GH"
  | "GI"
  | "GR"
  | "GL"
  | "GD"
  | "GP"
  | "GU"
  | "GT"
  | "GG"
  | "GN"
  | "GW"
  | "GY"
  | "HT"
  | "HM"
  | "VA"
  | "HN"
  | "HK"
  | "HU"
  | "IS"
  | "IN"
  | "ID"
  | "IQ"
  | "IE"
  | "IM"
  | "IL"
  | "IT"
  | "CI"
  | "JM"
  | "JP"
  | "JE"
  | "JO"
  | "KZ"
  | "KE"
  | "KI"
  | "KR"
  | "KW"
  | "KG"
  | "LA"
  | "LV"
  | "LB"
  | "LS"
  | "LR"
  | "LY"
  | "LI"
  | "LT"
  | "LU"
  | "MO"
  | "MK"
  | "MG"
  | "MW"
  | "MY"
  | "MV"
  | "ML"
  | "MT"
  | "MH"
  | "MQ"
  | "MR"
  | "MU"
  | "YT"
  | "MX"
  | "FM"
  | "MD"
  | "MC"
  | "MN"
  | "ME"
  | "MS"
  | "MA"
  | "MZ"
  | "MM"
  | "NA"
  | "NR"
  | "NP"
  | "NL"
  | "AN"
  | "NC"
  | "NZ"
  | "NI"
  | "NE"
  | "NG"
  | "NU"
  | "NF"
  | "MP"
  | "NO"
  | "OM"
  | "PK"
  | "PW"
  | "PS"
  | "PA"
  | "PG"
  | "PY"
  | "PE"
  | "PH"
  | "PN"
  | "PL"
  | "PT"
  | "PR"
  | "QA"
  | "RE"
  | "RO"
  | "RU"
  | "RW"
  | "BL"
  | "SH"
  | "KN"
  | "LC"
  | "MF"
  | "PM"
  | "VC"
  | "WS"
  | "SM"
  | "ST"
  | "SA"
  | "SN"
  | "RS"
  | "SC"
  | "SL"
  | "SG"
  | "SK"
  | "SI"
  | "SB"
  | "SO"
  | "ZA"
  | "GS"
  | "ES"
  | "LK"
  | "SR"
  | "SJ"
  | "SZ"
  | "SE"
  | "CH"
  | "TW"
  | "TJ"
  | "TZ"
  | "TH"
  | "TL"
  | "TG"
  | "TK"
  | "TO"
  | "TT"
  | "TN"
  | "TR"
  | "TM"
  | "TC"
  | "TV"
  | "UG"
  | "UA"
  | "AE"
  | "GB"
  | "US"
  | "UM"
  | "UY"
  | "UZ"
  | "VU"
  | "VE"
  | "VN"
  | "VG"
  | "VI"
  | "WF"
  | "EH"
  | "YE"
  | "ZM"
  | "ZW"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.DistributionCountries`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DistributionCountries: Schema.Schema<DistributionCountries> = /*#__PURE__*/ Open.literals(
  "AF",
  "AX",
  "AL",
  "DZ",
  "AS",
  "AD",
  "AO",
  "AI",
  "AQ",
  "AG",
  "AR",
  "AM",
  "AW",
  "AU",
  "AT",
  "AZ",
  "BS",
  "BH",
  "BD",
  "BB",
  "BY",
  "BE",
  "BZ",
  "BJ",
  "BM",
  "BT",
  "BO",
  "BA",
  "BW",
  "BV",
  "BR",
  "IO",
  "BN",
  "BG",
  "BF",
  "BI",
  "KH",
  "CM",
  "CA",
  "CV",
  "KY",
  "CF",
  "TD",
  "CL",
  "CN",
  "CX",
  "CC",
  "CO",
  "KM",
  "CG",
  "CD",
  "CK",
  "CR",
  "HR",
  "CY",
  "CZ",
  "DK",
  "DJ",
  "DM",
  "DO",
  "EC",
  "EG",
  "SV",
  "GQ",
  "ER",
  "EE",
  "ET",
  "FK",
  "FO",
  "FJ",
  "FI",
  "FR",
  "GF",
  "PF",
  "TF",
  "GA",
  "GM",
  "GE",
  "DE",
  "GH",
  "GI",
  "GR",
  "GL",
  "GD",
  "GP",
  "GU",
  "GT",
  "GG",
  "GN",
  "GW",
  "GY",
  "HT",
  "HM",
  "VA",
  "HN",
  "HK",
  "HU",
  "IS",
  "IN",
  "ID",
  "IQ",
  "IE",
  "IM",
  "IL",
  "IT",
  "CI",
  "JM",
  "JP",
  "JE",
  "JO",
  "KZ",
  "KE",
  "KI",
  "KR",
  "KW",
  "KG",
  "LA",
  "LV",
  "LB",
  "LS",
  "LR",
  "LY",
  "LI",
  "LT",
  "LU",
  "MO",
  "MK",
  "MG",
  "MW",
  "MY",
  "MV",
  "ML",
  "MT",
  "MH",
  "MQ",
  "MR",
  "MU",
  "YT",
  "MX",
  "FM",
  "MD",
  "MC",
  "MN",
  "ME",
  "MS",
  "MA",
  "MZ",
  "MM",
  "NA",
  "NR",
  "NP",
  "NL",
  "AN",
  "NC",
  "NZ",
  "NI",
  "NE",
  "NG",
  "NU",
  "NF",
  "MP",
  "NO",
  "OM",
  "PK",
  "PW",
  "PS",
  "PA",
  "PG",
  "PY",
  "PE",
  "PH",
  "PN",
  "PL",
  "PT",
  "PR",
  "QA",
  "RE",
  "RO",
  "RU",
  "RW",
  "BL",
  "SH",
  "KN",
  "LC",
  "MF",
  "PM",
  "VC",
  "WS",
  "SM",
  "ST",
  "SA",
  "SN",
  "RS",
  "SC",
  "SL",
  "SG",
  "SK",
  "SI",
  "SB",
  "SO",
  "ZA",
  "GS",
  "ES",
  "LK",
  "SR",
  "SJ",
  "SZ",
  "SE",
  "CH",
  "TW",
  "TJ",
  "TZ",
  "TH",
  "TL",
  "TG",
  "TK",
  "TO",
  "TT",
  "TN",
  "TR",
  "TM",
  "TC",
  "TV",
  "UG",
  "UA",
  "AE",
  "GB",
  "US",
  "UM",
  "UY",
  "UZ",
  "VU",
  "VE",
  "VN",
  "VG",
  "VI",
  "WF",
  "EH",
  "YE",
  "ZM",
  "ZW"
)

/**
 * What audience the skill should be distributed to. "PUBLIC" - available to all users. Has ASIN and can be enabled. "PRIVATE" - available to entitled users. Has ASIN and can be enabled. "INTERNAL" - has no ASIN and cannot be enabled by users. Internally managed skills.
 *
 * @since 0.3.0
 * @category models
 */
export type DistributionMode = "PRIVATE" | "PUBLIC" | (string & {})

/**
 * The schema of `v1.skill.Manifest.DistributionMode`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const DistributionMode: Schema.Schema<DistributionMode> = /*#__PURE__*/ Open.literals("PRIVATE", "PUBLIC")

/**
 * Name of the event to be subscribed to.
 *
 * @since 0.3.0
 * @category models
 */
export type EventNameType =
  | "Legacy.AudioPlayerGui.LyricsViewedEvent"
  | "Legacy.ListModel.DeleteItemRequest"
  | "Legacy.MediaPlayer.SequenceModified"
  | "Legacy.PlaybackController.ButtonCommand"
  | "EffectsController.RequestEffectChangeRequest"
  | "Legacy.ExternalMediaPlayer.RequestToken"
  | "ITEMS_UPDATED"
  | "Alexa.Video.Xray.ShowDetailsSuccessful"
  | "PlaybackController.NextCommandIssued"
  | "Legacy.MediaPlayer.PlaybackFinished"
  | "Alexa.Camera.VideoCaptureController.CaptureFailed"
  | "SKILL_DISABLED"
  | "Alexa.Camera.VideoCaptureController.CancelCaptureFailed"
  | "CustomInterfaceController.EventsReceived"
  | "Legacy.DeviceNotification.NotificationStarted"
  | "REMINDER_UPDATED"
  | "AUDIO_ITEM_PLAYBACK_STOPPED"
  | "Legacy.AuxController.InputActivityStateChanged"
  | "LocalApplication.MShopPurchasing.Event"
  | "Legacy.ExternalMediaPlayer.AuthorizationComplete"
  | "LocalApplication.HHOPhotos.Event"
  | "Alexa.Presentation.APL.UserEvent"
  | "Legacy.AudioPlayer.PlaybackInterrupted"
  | "Legacy.BluetoothNetwork.DeviceUnpairFailure"
  | "IN_SKILL_PRODUCT_SUBSCRIPTION_ENDED"
  | "Alexa.FileManager.UploadController.UploadFailed"
  | "Legacy.BluetoothNetwork.DeviceConnectedFailure"
  | "Legacy.AudioPlayer.AudioStutter"
  | "Alexa.Camera.VideoCaptureController.CaptureStarted"
  | "Legacy.Speaker.MuteChanged"
  | "CardRenderer.DisplayContentFinished"
  | "Legacy.SpeechSynthesizer.SpeechStarted"
  | "AudioPlayer.PlaybackStopped"
  | "Legacy.SoftwareUpdate.CheckSoftwareUpdateReport"
  | "CardRenderer.DisplayContentStarted"
  | "LocalApplication.NotificationsApp.Event"
  | "AudioPlayer.PlaybackStarted"
  | "Legacy.DeviceNotification.NotificationEnteredForground"
  | "Legacy.DeviceNotification.SetNotificationFailed"
  | "Legacy.AudioPlayer.PeriodicPlaybackProgressReport"
  | "Legacy.HomeAutoWifiController.HttpNotified"
  | "Alexa.Camera.PhotoCaptureController.CancelCaptureFailed"
  | "SKILL_ACCOUNT_LINKED"
  | "LIST_UPDATED"
  | "Legacy.DeviceNotification.NotificationSync"
  | "Legacy.SconeRemoteControl.VolumeDown"
  | "Legacy.MediaPlayer.PlaybackPaused"
  | "Legacy.Presentation.PresentationUserEvent"
  | "PlaybackController.PlayCommandIssued"
  | "Legacy.ListModel.UpdateItemRequest"
  | "Messaging.MessageReceived"
  | "Legacy.SoftwareUpdate.InitiateSoftwareUpdateReport"
  | "AUDIO_ITEM_PLAYBACK_FAILED"
  | "LocalApplication.DeviceMessaging.Event"
  | "Alexa.Camera.PhotoCaptureController.CaptureFailed"
  | "Legacy.AudioPlayer.PlaybackIdle"
  | "Legacy.BluetoothNetwork.EnterPairingModeSuccess"
  | "Legacy.AudioPlayer.PlaybackError"
  | "Legacy.ListModel.GetPageByOrdinalRequest"
  | "Legacy.MediaGrouping.GroupChangeResponseEvent"
  | "Legacy.BluetoothNetwork.DeviceDisconnectedFailure"
  | "Legacy.BluetoothNetwork.EnterPairingModeFailure"
  | "Legacy.SpeechSynthesizer.SpeechInterrupted"
  | "PlaybackController.PreviousCommandIssued"
  | "Legacy.AudioPlayer.PlaybackFinished"
  | "Legacy.System.UserInactivity"
  | "Display.UserEvent"
  | "Legacy.PhoneCallController.Event"
  | "Legacy.DeviceNotification.SetNotificationSucceeded"
  | "LocalApplication.Photos.Event"
  | "LocalApplication.VideoExperienceService.Event"
  | "Legacy.ContentManager.ContentPlaybackTerminated"
  | "Legacy.PlaybackController.PlayCommand"
  | "Legacy.PlaylistController.ErrorResponse"
  | "Legacy.SconeRemoteControl.VolumeUp"
  | "MessagingController.UpdateConversationsStatus"
  | "Legacy.BluetoothNetwork.DeviceDisconnectedSuccess"
  | "LocalApplication.Communications.Event"
  | "AUDIO_ITEM_PLAYBACK_STARTED"
  | "Legacy.BluetoothNetwork.DevicePairFailure"
  | "LIST_DELETED"
  | "Legacy.PlaybackController.ToggleCommand"
  | "Legacy.BluetoothNetwork.DevicePairSuccess"
  | "Legacy.MediaPlayer.PlaybackError"
  | "AudioPlayer.PlaybackFinished"
  | "Legacy.DeviceNotification.NotificationStopped"
  | "Legacy.SipClient.Event"
  | "Display.ElementSelected"
  | "LocalApplication.MShop.Event"
  | "Legacy.ListModel.AddItemRequest"
  | "Legacy.BluetoothNetwork.ScanDevicesReport"
  | "Legacy.MediaPlayer.PlaybackStopped"
  | "Legacy.AudioPlayerGui.ButtonClickedEvent"
  | "LocalApplication.AlexaVoiceLayer.Event"
  | "Legacy.PlaybackController.PreviousCommand"
  | "Legacy.AudioPlayer.InitialPlaybackProgressReport"
  | "Legacy.BluetoothNetwork.DeviceConnectedSuccess"
  | "LIST_CREATED"
  | "Legacy.ActivityManager.ActivityContextRemovedEvent"
  | "ALL_LISTS_CHANGED"
  | "Legacy.AudioPlayer.PlaybackNearlyFinished"
  | "Legacy.MediaGrouping.GroupChangeNotificationEvent"
  | "LocalApplication.Sentry.Event"
  | "SKILL_PROACTIVE_SUBSCRIPTION_CHANGED"
  | "SKILL_NOTIFICATION_SUBSCRIPTION_CHANGED"
  | "REMINDER_CREATED"
  | "Alexa.Presentation.HTML.Event"
  | "FitnessSessionController.FitnessSessionError"
  | "Legacy.SconeRemoteControl.Next"
  | "Alexa.Camera.VideoCaptureController.CaptureFinished"
  | "Legacy.MediaPlayer.SequenceItemsRequested"
  | "Legacy.PlaybackController.PauseCommand"
  | "LocalApplication.AlexaVision.Event"
  | "LocalApplication.Closet.Event"
  | "Alexa.FileManager.UploadController.CancelUploadFailed"
  | "Legacy.MediaPlayer.PlaybackResumed"
  | "SKILL_PERMISSION_ACCEPTED"
  | "FitnessSessionController.FitnessSessionPaused"
  | "Legacy.AudioPlayer.PlaybackPaused"
  | "Alexa.Presentation.HTML.LifecycleStateChanged"
  | "LocalApplication.SipUserAgent.Event"
  | "Legacy.MediaPlayer.PlaybackStarted"
  | "REMINDER_STATUS_CHANGED"
  | "MessagingController.UploadConversations"
  | "ITEMS_DELETED"
  | "Legacy.AuxController.PluggedStateChanged"
  | "Legacy.AudioPlayer.PlaybackStarted"
  | "Alexa.FileManager.UploadController.UploadStarted"
  | "ITEMS_CREATED"
  | "Legacy.ExternalMediaPlayer.Event"
  | "LocalApplication.LocalMediaPlayer.Event"
  | "LocalApplication.KnightContacts.Event"
  | "LocalApplication.Calendar.Event"
  | "Legacy.AlertsController.DismissCommand"
  | "Legacy.AudioPlayer.PlaybackStutterFinished"
  | "Legacy.SpeechSynthesizer.SpeechFinished"
  | "Legacy.ExternalMediaPlayer.ReportDiscoveredPlayers"
  | "LocalApplication.SipClient.Event"
  | "Legacy.BluetoothNetwork.DeviceUnpairSuccess"
  | "Legacy.Speaker.VolumeChanged"
  | "CardRenderer.ReadContentFinished"
  | "LocalApplication.HomeAutomationMedia.Event"
  | "Legacy.BluetoothNetwork.CancelPairingMode"
  | "LocalApplication.DigitalDash.Event"
  | "CardRenderer.ReadContentStarted"
  | "Legacy.GameEngine.GameInputEvent"
  | "LocalApplication.LocalVoiceUI.Event"
  | "Legacy.Microphone.AudioRecording"
  | "LocalApplication.AlexaPlatformTestSpeechlet.Event"
  | "Legacy.HomeAutoWifiController.SsdpServiceDiscovered"
  | "Alexa.Camera.PhotoCaptureController.CancelCaptureFinished"
  | "Legacy.HomeAutoWifiController.DeviceReconnected"
  | "SKILL_ENABLED"
  | "Alexa.Camera.VideoCaptureController.CancelCaptureFinished"
  | "MessagingController.UpdateMessagesStatusRequest"
  | "REMINDER_STARTED"
  | "CustomInterfaceController.Expired"
  | "LocalApplication.AvaPhysicalShopping.Event"
  | "LocalApplication.WebVideoPlayer.Event"
  | "Legacy.HomeAutoWifiController.SsdpServiceTerminated"
  | "LocalApplication.FireflyShopping.Event"
  | "Legacy.PlaybackController.NextCommand"
  | "LocalApplication.Gallery.Event"
  | "Alexa.Presentation.PresentationDismissed"
  | "EffectsController.StateReceiptChangeRequest"
  | "LocalApplication.Alexa.Translation.LiveTranslation.Event"
  | "LocalApplication.AlexaNotifications.Event"
  | "REMINDER_DELETED"
  | "GameEngine.InputHandlerEvent"
  | "Legacy.PlaylistController.Response"
  | "LocalApplication.KnightHome.Event"
  | "Legacy.ListRenderer.ListItemEvent"
  | "AudioPlayer.PlaybackFailed"
  | "LocalApplication.KnightHomeThingsToTry.Event"
  | "Legacy.BluetoothNetwork.SetDeviceCategoriesFailed"
  | "Legacy.ExternalMediaPlayer.Logout"
  | "Alexa.FileManager.UploadController.UploadFinished"
  | "Legacy.ActivityManager.FocusChanged"
  | "Legacy.AlertsController.SnoozeCommand"
  | "Legacy.SpeechRecognizer.WakeWordChanged"
  | "Legacy.ListRenderer.GetListPageByToken"
  | "MessagingController.UpdateSendMessageStatusRequest"
  | "FitnessSessionController.FitnessSessionEnded"
  | "Alexa.Presentation.APL.RuntimeError"
  | "Legacy.ListRenderer.GetListPageByOrdinal"
  | "FitnessSessionController.FitnessSessionResumed"
  | "IN_SKILL_PRODUCT_SUBSCRIPTION_STARTED"
  | "Legacy.DeviceNotification.DeleteNotificationSucceeded"
  | "Legacy.SpeechSynthesizer.SpeechSynthesizerError"
  | "Alexa.Video.Xray.ShowDetailsFailed"
  | "Alexa.FileManager.UploadController.CancelUploadFinished"
  | "Legacy.SconeRemoteControl.PlayPause"
  | "Legacy.DeviceNotification.NotificationEnteredBackground"
  | "SKILL_PERMISSION_CHANGED"
  | "Legacy.AudioPlayer.Metadata"
  | "Legacy.AudioPlayer.PlaybackStutterStarted"
  | "AUDIO_ITEM_PLAYBACK_FINISHED"
  | "EffectsController.RequestGuiChangeRequest"
  | "FitnessSessionController.FitnessSessionStarted"
  | "Legacy.PlaybackController.LyricsViewedEvent"
  | "Legacy.ExternalMediaPlayer.Login"
  | "PlaybackController.PauseCommandIssued"
  | "Legacy.MediaPlayer.PlaybackIdle"
  | "Legacy.SconeRemoteControl.Previous"
  | "DeviceSetup.SetupCompleted"
  | "Legacy.MediaPlayer.PlaybackNearlyFinished"
  | "LocalApplication.todoRenderer.Event"
  | "Legacy.BluetoothNetwork.SetDeviceCategoriesSucceeded"
  | "Legacy.BluetoothNetwork.MediaControlSuccess"
  | "Legacy.HomeAutoWifiController.SsdpDiscoveryFinished"
  | "Alexa.Presentation.APL.LoadIndexListData"
  | "IN_SKILL_PRODUCT_SUBSCRIPTION_RENEWED"
  | "Legacy.BluetoothNetwork.MediaControlFailure"
  | "Legacy.AuxController.EnabledStateChanged"
  | "Legacy.FavoritesController.Response"
  | "Legacy.ListModel.ListStateUpdateRequest"
  | "Legacy.EqualizerController.EqualizerChanged"
  | "Legacy.MediaGrouping.GroupSyncEvent"
  | "Legacy.FavoritesController.Error"
  | "Legacy.ListModel.GetPageByTokenRequest"
  | "Legacy.ActivityManager.ActivityInterrupted"
  | "Legacy.MeetingClientController.Event"
  | "Legacy.Presentation.PresentationDismissedEvent"
  | "Legacy.Spotify.Event"
  | "Legacy.ExternalMediaPlayer.Error"
  | "Legacy.AuxController.DirectionChanged"
  | "AudioPlayer.PlaybackNearlyFinished"
  | "Alexa.Camera.PhotoCaptureController.CaptureFinished"
  | "Legacy.UDPController.BroadcastResponse"
  | "Legacy.AudioPlayer.PlaybackResumed"
  | "Legacy.DeviceNotification.DeleteNotificationFailed"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.EventNameType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EventNameType: Schema.Schema<EventNameType> = /*#__PURE__*/ Open.literals(
  "Legacy.AudioPlayerGui.LyricsViewedEvent",
  "Legacy.ListModel.DeleteItemRequest",
  "Legacy.MediaPlayer.SequenceModified",
  "Legacy.PlaybackController.ButtonCommand",
  "EffectsController.RequestEffectChangeRequest",
  "Legacy.ExternalMediaPlayer.RequestToken",
  "ITEMS_UPDATED",
  "Alexa.Video.Xray.ShowDetailsSuccessful",
  "PlaybackController.NextCommandIssued",
  "Legacy.MediaPlayer.PlaybackFinished",
  "Alexa.Camera.VideoCaptureController.CaptureFailed",
  "SKILL_DISABLED",
  "Alexa.Camera.VideoCaptureController.CancelCaptureFailed",
  "CustomInterfaceController.EventsReceived",
  "Legacy.DeviceNotification.NotificationStarted",
  "REMINDER_UPDATED",
  "AUDIO_ITEM_PLAYBACK_STOPPED",
  "Legacy.AuxController.InputActivityStateChanged",
  "LocalApplication.MShopPurchasing.Event",
  "Legacy.ExternalMediaPlayer.AuthorizationComplete",
  "LocalApplication.HHOPhotos.Event",
  "Alexa.Presentation.APL.UserEvent",
  "Legacy.AudioPlayer.PlaybackInterrupted",
  "Legacy.BluetoothNetwork.DeviceUnpairFailure",
  "IN_SKILL_PRODUCT_SUBSCRIPTION_ENDED",
  "Alexa.FileManager.UploadController.UploadFailed",
  "Legacy.BluetoothNetwork.DeviceConnectedFailure",
  "Legacy.AudioPlayer.AudioStutter",
  "Alexa.Camera.VideoCaptureController.CaptureStarted",
  "Legacy.Speaker.MuteChanged",
  "CardRenderer.DisplayContentFinished",
  "Legacy.SpeechSynthesizer.SpeechStarted",
  "AudioPlayer.PlaybackStopped",
  "Legacy.SoftwareUpdate.CheckSoftwareUpdateReport",
  "CardRenderer.DisplayContentStarted",
  "LocalApplication.NotificationsApp.Event",
  "AudioPlayer.PlaybackStarted",
  "Legacy.DeviceNotification.NotificationEnteredForground",
  "Legacy.DeviceNotification.SetNotificationFailed",
  "Legacy.AudioPlayer.PeriodicPlaybackProgressReport",
  "Legacy.HomeAutoWifiController.HttpNotified",
  "Alexa.Camera.PhotoCaptureController.CancelCaptureFailed",
  "SKILL_ACCOUNT_LINKED",
  "LIST_UPDATED",
  "Legacy.DeviceNotification.NotificationSync",
  "Legacy.SconeRemoteControl.VolumeDown",
  "Legacy.MediaPlayer.PlaybackPaused",
  "Legacy.Presentation.PresentationUserEvent",
  "PlaybackController.PlayCommandIssued",
  "Legacy.ListModel.UpdateItemRequest",
  "Messaging.MessageReceived",
  "Legacy.SoftwareUpdate.InitiateSoftwareUpdateReport",
  "AUDIO_ITEM_PLAYBACK_FAILED",
  "LocalApplication.DeviceMessaging.Event",
  "Alexa.Camera.PhotoCaptureController.CaptureFailed",
  "Legacy.AudioPlayer.PlaybackIdle",
  "Legacy.BluetoothNetwork.EnterPairingModeSuccess",
  "Legacy.AudioPlayer.PlaybackError",
  "Legacy.ListModel.GetPageByOrdinalRequest",
  "Legacy.MediaGrouping.GroupChangeResponseEvent",
  "Legacy.BluetoothNetwork.DeviceDisconnectedFailure",
  "Legacy.BluetoothNetwork.EnterPairingModeFailure",
  "Legacy.SpeechSynthesizer.SpeechInterrupted",
  "PlaybackController.PreviousCommandIssued",
  "Legacy.AudioPlayer.PlaybackFinished",
  "Legacy.System.UserInactivity",
  "Display.UserEvent",
  "Legacy.PhoneCallController.Event",
  "Legacy.DeviceNotification.SetNotificationSucceeded",
  "LocalApplication.Photos.Event",
  "LocalApplication.VideoExperienceService.Event",
  "Legacy.ContentManager.ContentPlaybackTerminated",
  "Legacy.PlaybackController.PlayCommand",
  "Legacy.PlaylistController.ErrorResponse",
  "Legacy.SconeRemoteControl.VolumeUp",
  "MessagingController.UpdateConversationsStatus",
  "Legacy.BluetoothNetwork.DeviceDisconnectedSuccess",
  "LocalApplication.Communications.Event",
  "AUDIO_ITEM_PLAYBACK_STARTED",
  "Legacy.BluetoothNetwork.DevicePairFailure",
  "LIST_DELETED",
  "Legacy.PlaybackController.ToggleCommand",
  "Legacy.BluetoothNetwork.DevicePairSuccess",
  "Legacy.MediaPlayer.PlaybackError",
  "AudioPlayer.PlaybackFinished",
  "Legacy.DeviceNotification.NotificationStopped",
  "Legacy.SipClient.Event",
  "Display.ElementSelected",
  "LocalApplication.MShop.Event",
  "Legacy.ListModel.AddItemRequest",
  "Legacy.BluetoothNetwork.ScanDevicesReport",
  "Legacy.MediaPlayer.PlaybackStopped",
  "Legacy.AudioPlayerGui.ButtonClickedEvent",
  "LocalApplication.AlexaVoiceLayer.Event",
  "Legacy.PlaybackController.PreviousCommand",
  "Legacy.AudioPlayer.InitialPlaybackProgressReport",
  "Legacy.BluetoothNetwork.DeviceConnectedSuccess",
  "LIST_CREATED",
  "Legacy.ActivityManager.ActivityContextRemovedEvent",
  "ALL_LISTS_CHANGED",
  "Legacy.AudioPlayer.PlaybackNearlyFinished",
  "Legacy.MediaGrouping.GroupChangeNotificationEvent",
  "LocalApplication.Sentry.Event",
  "SKILL_PROACTIVE_SUBSCRIPTION_CHANGED",
  "SKILL_NOTIFICATION_SUBSCRIPTION_CHANGED",
  "REMINDER_CREATED",
  "Alexa.Presentation.HTML.Event",
  "FitnessSessionController.FitnessSessionError",
  "Legacy.SconeRemoteControl.Next",
  "Alexa.Camera.VideoCaptureController.CaptureFinished",
  "Legacy.MediaPlayer.SequenceItemsRequested",
  "Legacy.PlaybackController.PauseCommand",
  "LocalApplication.AlexaVision.Event",
  "LocalApplication.Closet.Event",
  "Alexa.FileManager.UploadController.CancelUploadFailed",
  "Legacy.MediaPlayer.PlaybackResumed",
  "SKILL_PERMISSION_ACCEPTED",
  "FitnessSessionController.FitnessSessionPaused",
  "Legacy.AudioPlayer.PlaybackPaused",
  "Alexa.Presentation.HTML.LifecycleStateChanged",
  "LocalApplication.SipUserAgent.Event",
  "Legacy.MediaPlayer.PlaybackStarted",
  "REMINDER_STATUS_CHANGED",
  "MessagingController.UploadConversations",
  "ITEMS_DELETED",
  "Legacy.AuxController.PluggedStateChanged",
  "Legacy.AudioPlayer.PlaybackStarted",
  "Alexa.FileManager.UploadController.UploadStarted",
  "ITEMS_CREATED",
  "Legacy.ExternalMediaPlayer.Event",
  "LocalApplication.LocalMediaPlayer.Event",
  "LocalApplication.KnightContacts.Event",
  "LocalApplication.Calendar.Event",
  "Legacy.AlertsController.DismissCommand",
  "Legacy.AudioPlayer.PlaybackStutterFinished",
  "Legacy.SpeechSynthesizer.SpeechFinished",
  "Legacy.ExternalMediaPlayer.ReportDiscoveredPlayers",
  "LocalApplication.SipClient.Event",
  "Legacy.BluetoothNetwork.DeviceUnpairSuccess",
  "Legacy.Speaker.VolumeChanged",
  "CardRenderer.ReadContentFinished",
  "LocalApplication.HomeAutomationMedia.Event",
  "Legacy.BluetoothNetwork.CancelPairingMode",
  "LocalApplication.DigitalDash.Event",
  "CardRenderer.ReadContentStarted",
  "Legacy.GameEngine.GameInputEvent",
  "LocalApplication.LocalVoiceUI.Event",
  "Legacy.Microphone.AudioRecording",
  "LocalApplication.AlexaPlatformTestSpeechlet.Event",
  "Legacy.HomeAutoWifiController.SsdpServiceDiscovered",
  "Alexa.Camera.PhotoCaptureController.CancelCaptureFinished",
  "Legacy.HomeAutoWifiController.DeviceReconnected",
  "SKILL_ENABLED",
  "Alexa.Camera.VideoCaptureController.CancelCaptureFinished",
  "MessagingController.UpdateMessagesStatusRequest",
  "REMINDER_STARTED",
  "CustomInterfaceController.Expired",
  "LocalApplication.AvaPhysicalShopping.Event",
  "LocalApplication.WebVideoPlayer.Event",
  "Legacy.HomeAutoWifiController.SsdpServiceTerminated",
  "LocalApplication.FireflyShopping.Event",
  "Legacy.PlaybackController.NextCommand",
  "LocalApplication.Gallery.Event",
  "Alexa.Presentation.PresentationDismissed",
  "EffectsController.StateReceiptChangeRequest",
  "LocalApplication.Alexa.Translation.LiveTranslation.Event",
  "LocalApplication.AlexaNotifications.Event",
  "REMINDER_DELETED",
  "GameEngine.InputHandlerEvent",
  "Legacy.PlaylistController.Response",
  "LocalApplication.KnightHome.Event",
  "Legacy.ListRenderer.ListItemEvent",
  "AudioPlayer.PlaybackFailed",
  "LocalApplication.KnightHomeThingsToTry.Event",
  "Legacy.BluetoothNetwork.SetDeviceCategoriesFailed",
  "Legacy.ExternalMediaPlayer.Logout",
  "Alexa.FileManager.UploadController.UploadFinished",
  "Legacy.ActivityManager.FocusChanged",
  "Legacy.AlertsController.SnoozeCommand",
  "Legacy.SpeechRecognizer.WakeWordChanged",
  "Legacy.ListRenderer.GetListPageByToken",
  "MessagingController.UpdateSendMessageStatusRequest",
  "FitnessSessionController.FitnessSessionEnded",
  "Alexa.Presentation.APL.RuntimeError",
  "Legacy.ListRenderer.GetListPageByOrdinal",
  "FitnessSessionController.FitnessSessionResumed",
  "IN_SKILL_PRODUCT_SUBSCRIPTION_STARTED",
  "Legacy.DeviceNotification.DeleteNotificationSucceeded",
  "Legacy.SpeechSynthesizer.SpeechSynthesizerError",
  "Alexa.Video.Xray.ShowDetailsFailed",
  "Alexa.FileManager.UploadController.CancelUploadFinished",
  "Legacy.SconeRemoteControl.PlayPause",
  "Legacy.DeviceNotification.NotificationEnteredBackground",
  "SKILL_PERMISSION_CHANGED",
  "Legacy.AudioPlayer.Metadata",
  "Legacy.AudioPlayer.PlaybackStutterStarted",
  "AUDIO_ITEM_PLAYBACK_FINISHED",
  "EffectsController.RequestGuiChangeRequest",
  "FitnessSessionController.FitnessSessionStarted",
  "Legacy.PlaybackController.LyricsViewedEvent",
  "Legacy.ExternalMediaPlayer.Login",
  "PlaybackController.PauseCommandIssued",
  "Legacy.MediaPlayer.PlaybackIdle",
  "Legacy.SconeRemoteControl.Previous",
  "DeviceSetup.SetupCompleted",
  "Legacy.MediaPlayer.PlaybackNearlyFinished",
  "LocalApplication.todoRenderer.Event",
  "Legacy.BluetoothNetwork.SetDeviceCategoriesSucceeded",
  "Legacy.BluetoothNetwork.MediaControlSuccess",
  "Legacy.HomeAutoWifiController.SsdpDiscoveryFinished",
  "Alexa.Presentation.APL.LoadIndexListData",
  "IN_SKILL_PRODUCT_SUBSCRIPTION_RENEWED",
  "Legacy.BluetoothNetwork.MediaControlFailure",
  "Legacy.AuxController.EnabledStateChanged",
  "Legacy.FavoritesController.Response",
  "Legacy.ListModel.ListStateUpdateRequest",
  "Legacy.EqualizerController.EqualizerChanged",
  "Legacy.MediaGrouping.GroupSyncEvent",
  "Legacy.FavoritesController.Error",
  "Legacy.ListModel.GetPageByTokenRequest",
  "Legacy.ActivityManager.ActivityInterrupted",
  "Legacy.MeetingClientController.Event",
  "Legacy.Presentation.PresentationDismissedEvent",
  "Legacy.Spotify.Event",
  "Legacy.ExternalMediaPlayer.Error",
  "Legacy.AuxController.DirectionChanged",
  "AudioPlayer.PlaybackNearlyFinished",
  "Alexa.Camera.PhotoCaptureController.CaptureFinished",
  "Legacy.UDPController.BroadcastResponse",
  "Legacy.AudioPlayer.PlaybackResumed",
  "Legacy.DeviceNotification.DeleteNotificationFailed"
)

/**
 * `v1.skill.Manifest.EventName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EventName {
  readonly eventName?: EventNameType | undefined
}

/**
 * The schema of `v1.skill.Manifest.EventName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EventName: Schema.Schema<EventName> = /*#__PURE__*/ Open.struct({
  eventName: /*#__PURE__*/ Schema.optional(EventNameType)
})

/**
 * `v1.skill.Manifest.EventPublications` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface EventPublications {
  /**
   * Name of the event to publish.
   */
  readonly eventName?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.EventPublications`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EventPublications: Schema.Schema<EventPublications> = /*#__PURE__*/ Open.struct({
  eventName: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Represents a request to automatically initialize an extension by a runtime.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExtensionInitializationRequest {
  /**
   * The extension's URI.
   */
  readonly uri: string
  /**
   * Default initialization extension settings.
   */
  readonly settings?: { readonly [key: string]: unknown } | undefined
}

/**
 * The schema of `v1.skill.Manifest.ExtensionInitializationRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExtensionInitializationRequest: Schema.Schema<ExtensionInitializationRequest> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Open.string({ pattern: /^(alexaext:smartmotion:10|alexaext:entitysensing:10)$/ }),
  settings: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.Unknown }))
})

/**
 * Represents a request for a runtime extension. Extensions are optional enhancements to a runtime that provide additional sources of data, commands, and event handlers.
 *
 * @since 0.3.0
 * @category models
 */
export interface ExtensionRequest {
  /**
   * The extension's URI.
   */
  readonly uri: string
}

/**
 * The schema of `v1.skill.Manifest.ExtensionRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ExtensionRequest: Schema.Schema<ExtensionRequest> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Open.string({
    pattern:
      /^(aplext:backstack:10|alexaext:smartmotion:10|alexaext:entitysensing:10|alexaext:datastore:10|alexaext:smartmotor:10|alexaext:gadgets:10|alexaext:microphone:10)$/
  })
})

/**
 * Format of the feed content.
 *
 * @since 0.3.0
 * @category models
 */
export type FlashBriefingContentType = "TEXT" | "AUDIO" | (string & {})

/**
 * The schema of `v1.skill.Manifest.FlashBriefingContentType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FlashBriefingContentType: Schema.Schema<FlashBriefingContentType> = /*#__PURE__*/ Open.literals(
  "TEXT",
  "AUDIO"
)

/**
 * Type or subject of the content in the feed.
 *
 * @since 0.3.0
 * @category models
 */
export type FlashBriefingGenre =
  | "HEADLINE_NEWS"
  | "BUSINESS"
  | "POLITICS"
  | "ENTERTAINMENT"
  | "TECHNOLOGY"
  | "HUMOR"
  | "LIFESTYLE"
  | "SPORTS"
  | "SCIENCE"
  | "HEALTH_AND_FITNESS"
  | "ARTS_AND_CULTURE"
  | "PRODUCTIVITY_AND_UTILITIES"
  | "OTHER"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.FlashBriefingGenre`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FlashBriefingGenre: Schema.Schema<FlashBriefingGenre> = /*#__PURE__*/ Open.literals(
  "HEADLINE_NEWS",
  "BUSINESS",
  "POLITICS",
  "ENTERTAINMENT",
  "TECHNOLOGY",
  "HUMOR",
  "LIFESTYLE",
  "SPORTS",
  "SCIENCE",
  "HEALTH_AND_FITNESS",
  "ARTS_AND_CULTURE",
  "PRODUCTIVITY_AND_UTILITIES",
  "OTHER"
)

/**
 * Tells how often the feed has new content.
 *
 * @since 0.3.0
 * @category models
 */
export type FlashBriefingUpdateFrequency = "HOURLY" | "DAILY" | "WEEKLY" | (string & {})

/**
 * The schema of `v1.skill.Manifest.FlashBriefingUpdateFrequency`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FlashBriefingUpdateFrequency: Schema.Schema<FlashBriefingUpdateFrequency> = /*#__PURE__*/ Open.literals(
  "HOURLY",
  "DAILY",
  "WEEKLY"
)

/**
 * `v1.skill.Manifest.LocalizedFlashBriefingInfoItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedFlashBriefingInfoItems {
  /**
   * Logical name of the feed. This is used to signify relation among feeds across different locales. Example If you have "weather" feed in multiple locale then consider naming it "weather_update" and we will make sure to play the right feed if customer changes the language on device.
   */
  readonly logicalName?: string | undefined
  /**
   * Name that identifies this feed.
   */
  readonly name?: string | undefined
  /**
   * Url for the feed
   */
  readonly url: string
  /**
   * Uri for the feed image
   */
  readonly imageUri?: string | undefined
  readonly contentType: FlashBriefingContentType
  readonly genre: FlashBriefingGenre
  readonly updateFrequency: FlashBriefingUpdateFrequency
  /**
   * A short introduction for the feed that Alexa reads to the customer before the feed contents. Should start with "In" or "From".
   */
  readonly vuiPreamble?: string | undefined
  /**
   * True if this should be the default feed to be enabled when customer enables the skill false otherwise.
   */
  readonly isDefault: boolean
}

/**
 * The schema of `v1.skill.Manifest.LocalizedFlashBriefingInfoItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedFlashBriefingInfoItems: Schema.Schema<LocalizedFlashBriefingInfoItems> = /*#__PURE__*/ Open
  .struct({
    logicalName: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 255 })),
    name: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 255 })),
    url: Schema.String,
    imageUri: /*#__PURE__*/ Schema.optional(Schema.String),
    contentType: FlashBriefingContentType,
    genre: FlashBriefingGenre,
    updateFrequency: FlashBriefingUpdateFrequency,
    vuiPreamble: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 70, pattern: /^[^<]*$/ })),
    isDefault: Schema.Boolean
  })

/**
 * Defines the structure of a localized flash briefing information.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedFlashBriefingInfo {
  /**
   * Defines the structure for a feed information in the skill manifest.
   */
  readonly feeds?: ReadonlyArray<LocalizedFlashBriefingInfoItems> | undefined
  /**
   * Alexa says this to the customer if the skill fails to render the content.
   */
  readonly customErrorMessage?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.LocalizedFlashBriefingInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedFlashBriefingInfo: Schema.Schema<LocalizedFlashBriefingInfo> = /*#__PURE__*/ Open.struct({
  feeds: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(LocalizedFlashBriefingInfoItems).pipe(/*#__PURE__*/ Schema.maxItems(50))
  ),
  customErrorMessage: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Open.string({ minLength: 1, maxLength: 100, pattern: /^[^<]*$/ })
  )
})

/**
 * Defines the structure of flash briefing api in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface FlashBriefingApis {
  /**
   * Object that contains <locale> objects for each supported locale.
   */
  readonly locales: { readonly [key: string]: LocalizedFlashBriefingInfo }
}

/**
 * The schema of `v1.skill.Manifest.FlashBriefingApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FlashBriefingApis: Schema.Schema<FlashBriefingApis> = /*#__PURE__*/ Open.struct({
  locales: /*#__PURE__*/ /*#__PURE__*/ Schema.Record({ key: Schema.String, value: LocalizedFlashBriefingInfo }).pipe(
    /*#__PURE__*/ Open.propertyCount(1, 1)
  )
})

/**
 * Defines the structure for paid skill product free trial information.
 *
 * @since 0.3.0
 * @category models
 */
export interface FreeTrialInformation {
  /**
   * Defines the free trial period for the paid skill product, in ISO_8601#Durations format.
   */
  readonly freeTrialDuration: string
}

/**
 * The schema of `v1.skill.Manifest.FreeTrialInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const FreeTrialInformation: Schema.Schema<FreeTrialInformation> = /*#__PURE__*/ Open.struct({
  freeTrialDuration: /*#__PURE__*/ Open.string({ pattern: /^P(0?[1-9]|[1-2][0-9]|3[0-1])D$/ })
})

/**
 * Specifies if gadget support is required/optional for this skill to work.
 *
 * @since 0.3.0
 * @category models
 */
export type GadgetSupportRequirement = "REQUIRED" | "OPTIONAL" | (string & {})

/**
 * The schema of `v1.skill.Manifest.GadgetSupportRequirement`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const GadgetSupportRequirement: Schema.Schema<GadgetSupportRequirement> = /*#__PURE__*/ Open.literals(
  "REQUIRED",
  "OPTIONAL"
)

/**
 * `v1.skill.Manifest.HealthInterface` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface HealthInterface {
  /**
   * Name of the interface.
   */
  readonly namespace: string
  /**
   * defines the version of skill interface.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.HealthInterface`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HealthInterface: Schema.Schema<HealthInterface> = /*#__PURE__*/ Open.struct({
  namespace: Schema.String,
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the structure of household list api in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export type HouseHoldList = { readonly [key: string]: unknown }

/**
 * The schema of `v1.skill.Manifest.HouseHoldList`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const HouseHoldList: Schema.Schema<HouseHoldList> = /*#__PURE__*/ Schema.Record({
  key: Schema.String,
  value: Schema.Unknown
})

/**
 * Name of the interface.
 *
 * @since 0.3.0
 * @category models
 */
export type InterfaceType =
  | "AUDIO_PLAYER"
  | "VIDEO_APP"
  | "RENDER_TEMPLATE"
  | "GAME_ENGINE"
  | "GADGET_CONTROLLER"
  | "CAN_FULFILL_INTENT_REQUEST"
  | "ALEXA_PRESENTATION_APL"
  | "ALEXA_CAMERA_PHOTO_CAPTURE_CONTROLLER"
  | "ALEXA_CAMERA_VIDEO_CAPTURE_CONTROLLER"
  | "ALEXA_FILE_MANAGER_UPLOAD_CONTROLLER"
  | "CUSTOM_INTERFACE"
  | "ALEXA_AUGMENTATION_EFFECTS_CONTROLLER"
  | "APP_LINKS"
  | "ALEXA_EXTENSION"
  | "APP_LINKS_V2"
  | "ALEXA_SEARCH"
  | "ALEXA_DATASTORE_PACKAGEMANAGER"
  | "ALEXA_DATA_STORE"

/**
 * The schema of `v1.skill.Manifest.InterfaceType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InterfaceType: Schema.Schema<InterfaceType> = /*#__PURE__*/ Schema.Literal(
  "AUDIO_PLAYER",
  "VIDEO_APP",
  "RENDER_TEMPLATE",
  "GAME_ENGINE",
  "GADGET_CONTROLLER",
  "CAN_FULFILL_INTENT_REQUEST",
  "ALEXA_PRESENTATION_APL",
  "ALEXA_CAMERA_PHOTO_CAPTURE_CONTROLLER",
  "ALEXA_CAMERA_VIDEO_CAPTURE_CONTROLLER",
  "ALEXA_FILE_MANAGER_UPLOAD_CONTROLLER",
  "CUSTOM_INTERFACE",
  "ALEXA_AUGMENTATION_EFFECTS_CONTROLLER",
  "APP_LINKS",
  "ALEXA_EXTENSION",
  "APP_LINKS_V2",
  "ALEXA_SEARCH",
  "ALEXA_DATASTORE_PACKAGEMANAGER",
  "ALEXA_DATA_STORE"
)

/**
 * Defines how the skill can be enabled by developers. values can be set to 'PUBLIC' (in Alexa Skill Store), 'ASP' (A4R/A4H vendor devices), or 'A4B' Public and ASP selections must have "distributionMode" = 'PUBLIC' and will only be eligible for distribution on personal or vendor (A4H/A4R or A4B) devices.
 *
 * @since 0.3.0
 * @category models
 */
export type KnowledgeApisEnablementChannel = "PUBLIC" | "ASP" | "A4B" | (string & {})

/**
 * The schema of `v1.skill.Manifest.KnowledgeApisEnablementChannel`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const KnowledgeApisEnablementChannel: Schema.Schema<KnowledgeApisEnablementChannel> = /*#__PURE__*/ Open
  .literals("PUBLIC", "ASP", "A4B")

/**
 * Defines the structure of localized knowledge information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedKnowledgeInformation {
  /**
   * enables skill developers to prepend a custom message to all of their knowledge skill's answers, which can help inform end-users of the skill and data source answering their question.
   */
  readonly answerAttribution?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.LocalizedKnowledgeInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedKnowledgeInformation: Schema.Schema<LocalizedKnowledgeInformation> = /*#__PURE__*/ Open.struct({
  answerAttribution: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Open.string({ maxLength: 75, pattern: /^[.a-zA-Z0-9,"' ]*$/ })
  )
})

/**
 * defines the structure for the knowledge api of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface KnowledgeApis {
  readonly enablementChannel?: KnowledgeApisEnablementChannel | undefined
  /**
   * Defines the structure of locale specific knowledge information in the skill manifest.
   */
  readonly locales?: { readonly [key: string]: LocalizedKnowledgeInformation } | undefined
}

/**
 * The schema of `v1.skill.Manifest.KnowledgeApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const KnowledgeApis: Schema.Schema<KnowledgeApis> = /*#__PURE__*/ Open.struct({
  enablementChannel: /*#__PURE__*/ Schema.optional(KnowledgeApisEnablementChannel),
  locales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: LocalizedKnowledgeInformation })
  )
})

/**
 * `v1.skill.Manifest.MusicAlias` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicAlias {
  /**
   * Alias name to be associated with the music skill.
   */
  readonly name?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicAlias`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicAlias: Schema.Schema<MusicAlias> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.Manifest.MusicFeature` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicFeature {
  /**
   * Feature name to be associated with the music skill.
   */
  readonly name?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicFeature`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicFeature: Schema.Schema<MusicFeature> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.Manifest.MusicWordmark` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicWordmark {
  /**
   * Wordmark logo to be used by devices with displays.
   */
  readonly uri?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicWordmark`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicWordmark: Schema.Schema<MusicWordmark> = /*#__PURE__*/ Open.struct({
  uri: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the structure of localized music information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedMusicInfo {
  /**
   * Name to be used when Alexa renders the music skill name.
   */
  readonly promptName?: string | undefined
  /**
   * Defines the structure of the music prompt name information in the skill manifest.
   */
  readonly aliases?: ReadonlyArray<MusicAlias> | undefined
  readonly features?: ReadonlyArray<MusicFeature> | undefined
  readonly wordmarkLogos?: ReadonlyArray<MusicWordmark> | undefined
}

/**
 * The schema of `v1.skill.Manifest.LocalizedMusicInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedMusicInfo: Schema.Schema<LocalizedMusicInfo> = /*#__PURE__*/ Open.struct({
  promptName: /*#__PURE__*/ Schema.optional(Schema.String),
  aliases: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ /*#__PURE__*/ Schema.Array(MusicAlias).pipe(/*#__PURE__*/ Schema.minItems(1))
  ),
  features: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicFeature)),
  wordmarkLogos: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicWordmark))
})

/**
 * Defines the structure for gadget buttons support in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface ManifestGadgetSupport {
  readonly requirement: GadgetSupportRequirement
  /**
   * Minimum number of gadget buttons required.
   */
  readonly minGadgetButtons?: number | undefined
  /**
   * Maximum number of gadget buttons required.
   */
  readonly maxGadgetButtons?: number | undefined
  /**
   * Maximum number of players in the game.
   */
  readonly numPlayersMax?: number | undefined
  /**
   * Minimum number of players in the game.
   */
  readonly numPlayersMin?: number | undefined
}

/**
 * The schema of `v1.skill.Manifest.ManifestGadgetSupport`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManifestGadgetSupport: Schema.Schema<ManifestGadgetSupport> = /*#__PURE__*/ Open.struct({
  requirement: GadgetSupportRequirement,
  minGadgetButtons: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 4))),
  maxGadgetButtons: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 4))),
  numPlayersMax: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.greaterThanOrEqualTo(1))
  ),
  numPlayersMin: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Int.pipe(/*#__PURE__*/ Schema.between(1, 16)))
})

/**
 * Version of the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export type ManifestVersion = "1.0" | (string & {})

/**
 * The schema of `v1.skill.Manifest.ManifestVersion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ManifestVersion: Schema.Schema<ManifestVersion> = /*#__PURE__*/ Open.literals("1.0")

/**
 * The type of the offer.
 *
 * @since 0.3.0
 * @category models
 */
export type OfferType = "SUBSCRIPTION" | "ENTITLEMENT" | (string & {})

/**
 * The schema of `v1.skill.Manifest.OfferType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const OfferType: Schema.Schema<OfferType> = /*#__PURE__*/ Open.literals("SUBSCRIPTION", "ENTITLEMENT")

/**
 * The frequency in which payments are collected for the subscription.
 *
 * @since 0.3.0
 * @category models
 */
export type SubscriptionPaymentFrequency = "MONTHLY" | "YEARLY" | (string & {})

/**
 * The schema of `v1.skill.Manifest.SubscriptionPaymentFrequency`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionPaymentFrequency: Schema.Schema<SubscriptionPaymentFrequency> = /*#__PURE__*/ Open.literals(
  "MONTHLY",
  "YEARLY"
)

/**
 * Defines the structure for paid skill product subscription information.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriptionInformation {
  readonly subscriptionPaymentFrequency: SubscriptionPaymentFrequency
}

/**
 * The schema of `v1.skill.Manifest.SubscriptionInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionInformation: Schema.Schema<SubscriptionInformation> = /*#__PURE__*/ Open.struct({
  subscriptionPaymentFrequency: SubscriptionPaymentFrequency
})

/**
 * Paid skill product pricing information.
 *
 * @since 0.3.0
 * @category models
 */
export interface MarketplacePricing {
  readonly offerType: OfferType
  /**
   * Defines the price of a paid skill product. The price should be your suggested price, not including any VAT or similar taxes. Taxes are included in the final price to end users.
   */
  readonly price: number
  readonly currency: Currency
  readonly freeTrialInformation?: FreeTrialInformation | undefined
  readonly subscriptionInformation?: SubscriptionInformation | undefined
}

/**
 * The schema of `v1.skill.Manifest.MarketplacePricing`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MarketplacePricing: Schema.Schema<MarketplacePricing> = /*#__PURE__*/ Open.struct({
  offerType: OfferType,
  price: Schema.Finite,
  currency: Currency,
  freeTrialInformation: /*#__PURE__*/ Schema.optional(FreeTrialInformation),
  subscriptionInformation: /*#__PURE__*/ Schema.optional(SubscriptionInformation)
})

/**
 * `v1.skill.Manifest.MusicCapability` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicCapability {
  /**
   * Namespace of music skill api.
   */
  readonly namespace?: string | undefined
  /**
   * Name of music skill api.
   */
  readonly name?: string | undefined
  /**
   * Version of music skill api.
   */
  readonly version?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicCapability`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicCapability: Schema.Schema<MusicCapability> = /*#__PURE__*/ Open.struct({
  namespace: /*#__PURE__*/ Schema.optional(Schema.String),
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  version: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.Manifest.MusicRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicRequest {
  /**
   * Name of the request.
   */
  readonly name?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicRequest: Schema.Schema<MusicRequest> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.skill.Manifest.MusicInterfaces` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicInterfaces {
  /**
   * Name of the interface.
   */
  readonly namespace: string
  /**
   * Version of the interface.
   */
  readonly version?: string | undefined
  /**
   * Contains a list of requests/messages that skill can handle.
   */
  readonly requests?: ReadonlyArray<MusicRequest> | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicInterfaces`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicInterfaces: Schema.Schema<MusicInterfaces> = /*#__PURE__*/ Open.struct({
  namespace: Schema.String,
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  requests: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicRequest))
})

/**
 * Name of the content type that's supported for the music skill.
 *
 * @since 0.3.0
 * @category models
 */
export type MusicContentName = "ON_DEMAND" | "RADIO" | "PODCAST" | (string & {})

/**
 * The schema of `v1.skill.Manifest.MusicContentName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicContentName: Schema.Schema<MusicContentName> = /*#__PURE__*/ Open.literals(
  "ON_DEMAND",
  "RADIO",
  "PODCAST"
)

/**
 * Defines the structure for content that can be provided by a music skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicContentType {
  readonly name?: MusicContentName | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicContentType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicContentType: Schema.Schema<MusicContentType> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(MusicContentName)
})

/**
 * Defines the structure of music api in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface MusicApis {
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: LambdaRegion } | undefined
  readonly endpoint?: LambdaEndpoint | undefined
  /**
   * Defines the structure of music capabilities information in the skill manifest.
   */
  readonly capabilities?: ReadonlyArray<MusicCapability> | undefined
  /**
   * A list of music skill interfaces that your skill supports.
   */
  readonly interfaces?: ReadonlyArray<MusicInterfaces> | undefined
  /**
   * Defines the structure of locale specific music information in the skill manifest.
   */
  readonly locales?: { readonly [key: string]: LocalizedMusicInfo } | undefined
  /**
   * List of the type of content to be provided by the music skill.
   */
  readonly contentTypes?: ReadonlyArray<MusicContentType> | undefined
}

/**
 * The schema of `v1.skill.Manifest.MusicApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MusicApis: Schema.Schema<MusicApis> = /*#__PURE__*/ Open.struct({
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: LambdaRegion })),
  endpoint: /*#__PURE__*/ Schema.optional(LambdaEndpoint),
  capabilities: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicCapability)),
  interfaces: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicInterfaces)),
  locales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: LocalizedMusicInfo })
  ),
  contentTypes: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(MusicContentType))
})

/**
 * The tax category that best describes the paid skill product.
 *
 * @since 0.3.0
 * @category models
 */
export type TaxInformationCategory =
  | "SOFTWARE"
  | "STREAMING_AUDIO"
  | "STREAMING_RADIO"
  | "INFORMATION_SERVICES"
  | "VIDEO"
  | "PERIODICALS"
  | "NEWSPAPERS"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.TaxInformationCategory`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TaxInformationCategory: Schema.Schema<TaxInformationCategory> = /*#__PURE__*/ Open.literals(
  "SOFTWARE",
  "STREAMING_AUDIO",
  "STREAMING_RADIO",
  "INFORMATION_SERVICES",
  "VIDEO",
  "PERIODICALS",
  "NEWSPAPERS"
)

/**
 * Defines the structure for paid skill product tax information.
 *
 * @since 0.3.0
 * @category models
 */
export interface TaxInformation {
  readonly category: TaxInformationCategory
}

/**
 * The schema of `v1.skill.Manifest.TaxInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TaxInformation: Schema.Schema<TaxInformation> = /*#__PURE__*/ Open.struct({
  category: TaxInformationCategory
})

/**
 * Defines the structure of the paid skill information of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface PaidSkillInformation {
  /**
   * Defines the structure for marketplace specific pricing information in the skill manifest
   */
  readonly pricing: { readonly [key: string]: ReadonlyArray<MarketplacePricing> }
  readonly taxInformation: TaxInformation
}

/**
 * The schema of `v1.skill.Manifest.PaidSkillInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PaidSkillInformation: Schema.Schema<PaidSkillInformation> = /*#__PURE__*/ Open.struct({
  pricing: /*#__PURE__*/ /*#__PURE__*/ Schema.Record({
    key: Schema.String,
    value: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(MarketplacePricing).pipe(
      /*#__PURE__*/ Schema.minItems(1),
      /*#__PURE__*/ Schema.maxItems(1)
    )
  }).pipe(/*#__PURE__*/ Open.propertyCount(1, Infinity)),
  taxInformation: TaxInformation
})

/**
 * Name of the required permission.
 *
 * @since 0.3.0
 * @category models
 */
export type PermissionName =
  | "alexa::device_id:read"
  | "alexa::personality:explicit:read"
  | "alexa::authenticate:2:mandatory"
  | "alexa:devices:all:address:country_and_postal_code:read"
  | "alexa::profile:mobile_number:read"
  | "alexa::async_event:write"
  | "alexa::device_type:read"
  | "alexa::skill:proactive_enablement"
  | "alexa::personality:explicit:write"
  | "alexa::household:lists:read"
  | "alexa::utterance_id:read"
  | "alexa::user_experience_guidance:read"
  | "alexa::devices:all:notifications:write"
  | "avs::distributed_audio"
  | "alexa::devices:all:address:full:read"
  | "alexa::devices:all:notifications:urgent:write"
  | "payments:autopay_consent"
  | "alexa::alerts:timers:skill:readwrite"
  | "alexa::customer_id:read"
  | "alexa::skill:cds:monetization"
  | "alexa::music:cast"
  | "alexa::profile:given_name:read"
  | "alexa::alerts:reminders:skill:readwrite"
  | "alexa::household:lists:write"
  | "alexa::profile:email:read"
  | "alexa::profile:name:read"
  | "alexa::devices:all:geolocation:read"
  | "alexa::raw_person_id:read"
  | "alexa::authenticate:2:optional"
  | "alexa::health:profile:write"
  | "alexa::person_id:read"
  | "alexa::skill:products:entitlements"
  | "alexa::energy:devices:state:read"
  | "alexa::origin_ip_address:read"
  | "alexa::devices:all:coarse_location:read"
  | "alexa::devices:all:tokenized_geolocation:read"
  | "alexa::devices:all:intent_tokens:read"
  | "alexa::measurement_system::readwrite"
  | "dash::vendor:read:endpoints"
  | "dash::read:endpoints:sensors"
  | (string & {})

/**
 * The schema of `v1.skill.Manifest.PermissionName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PermissionName: Schema.Schema<PermissionName> = /*#__PURE__*/ Open.literals(
  "alexa::device_id:read",
  "alexa::personality:explicit:read",
  "alexa::authenticate:2:mandatory",
  "alexa:devices:all:address:country_and_postal_code:read",
  "alexa::profile:mobile_number:read",
  "alexa::async_event:write",
  "alexa::device_type:read",
  "alexa::skill:proactive_enablement",
  "alexa::personality:explicit:write",
  "alexa::household:lists:read",
  "alexa::utterance_id:read",
  "alexa::user_experience_guidance:read",
  "alexa::devices:all:notifications:write",
  "avs::distributed_audio",
  "alexa::devices:all:address:full:read",
  "alexa::devices:all:notifications:urgent:write",
  "payments:autopay_consent",
  "alexa::alerts:timers:skill:readwrite",
  "alexa::customer_id:read",
  "alexa::skill:cds:monetization",
  "alexa::music:cast",
  "alexa::profile:given_name:read",
  "alexa::alerts:reminders:skill:readwrite",
  "alexa::household:lists:write",
  "alexa::profile:email:read",
  "alexa::profile:name:read",
  "alexa::devices:all:geolocation:read",
  "alexa::raw_person_id:read",
  "alexa::authenticate:2:optional",
  "alexa::health:profile:write",
  "alexa::person_id:read",
  "alexa::skill:products:entitlements",
  "alexa::energy:devices:state:read",
  "alexa::origin_ip_address:read",
  "alexa::devices:all:coarse_location:read",
  "alexa::devices:all:tokenized_geolocation:read",
  "alexa::devices:all:intent_tokens:read",
  "alexa::measurement_system::readwrite",
  "dash::vendor:read:endpoints",
  "dash::read:endpoints:sensors"
)

/**
 * `v1.skill.Manifest.PermissionItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface PermissionItems {
  readonly name: PermissionName
}

/**
 * The schema of `v1.skill.Manifest.PermissionItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PermissionItems: Schema.Schema<PermissionItems> = /*#__PURE__*/ Open.struct({
  name: PermissionName
})

/**
 * Defines the structure for Shopping Kit related information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface ShoppingKit {
  /**
   * True if the skill uses Alexa Shopping Actions, false otherwise.
   */
  readonly isShoppingActionsEnabled?: boolean | undefined
  /**
   * True if the skill uses Shopping Actions with Amazon Associates, false otherwise.
   */
  readonly isAmazonAssociatesOnAlexaEnabled?: boolean | undefined
}

/**
 * The schema of `v1.skill.Manifest.ShoppingKit`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ShoppingKit: Schema.Schema<ShoppingKit> = /*#__PURE__*/ Open.struct({
  isShoppingActionsEnabled: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  isAmazonAssociatesOnAlexaEnabled: /*#__PURE__*/ Schema.optional(Schema.Boolean)
})

/**
 * Defines the structure for locale specific publishing information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestLocalizedPublishingInformation {
  /**
   * Name of the skill that is displayed to customers in the Alexa app.
   */
  readonly name: string
  /**
   * URL to a small icon for the skill, which is shown in the list of skills (108x108px).
   */
  readonly smallIconUri?: string | undefined
  /**
   * URL to a large icon that represents this skill (512x512px).
   */
  readonly largeIconUri?: string | undefined
  /**
   * Summary description of the skill, which is shown when viewing the list of skills.
   */
  readonly summary?: string | undefined
  /**
   * A full description explaining the skill’s core functionality and any prerequisites to using it (such as additional hardware, software, or accounts). For a Flash Briefing skill, you must list the feeds for the skill.
   */
  readonly description?: string | undefined
  /**
   * Updates description of the skill's new features and fixes in the version. Should describe changes in the revisions of the skill.
   */
  readonly updatesDescription?: string | undefined
  /**
   * Three example phrases that illustrate how users can invoke your skill. For accuracy, these phrases must come directly from your sample utterances.
   */
  readonly examplePhrases?: ReadonlyArray<string> | undefined
  /**
   * Sample keyword phrases that describe the skill.
   */
  readonly keywords?: ReadonlyArray<string> | undefined
  readonly customProductPrompts?: CustomProductPrompts | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestLocalizedPublishingInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestLocalizedPublishingInformation: Schema.Schema<SkillManifestLocalizedPublishingInformation> =
  /*#__PURE__*/ Open.struct({
    name: /*#__PURE__*/ Open.string({ minLength: 2 }),
    smallIconUri: /*#__PURE__*/ Schema.optional(Schema.String),
    largeIconUri: /*#__PURE__*/ Schema.optional(Schema.String),
    summary: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 160 })),
    description: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 4000 })),
    updatesDescription: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 4000 })),
    examplePhrases: /*#__PURE__*/ Schema.optional(
      /*#__PURE__*/ /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Open.string({ maxLength: 200 })).pipe(
        /*#__PURE__*/ Schema.maxItems(4)
      )
    ),
    keywords: /*#__PURE__*/ Schema.optional(
      /*#__PURE__*/ /*#__PURE__*/ Schema.Array(/*#__PURE__*/ Open.string({ maxLength: 150 })).pipe(
        /*#__PURE__*/ Schema.maxItems(30)
      )
    ),
    customProductPrompts: /*#__PURE__*/ Schema.optional(CustomProductPrompts)
  })

/**
 * Defines the structure for publishing information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestPublishingInformation {
  /**
   * Name of the skill that is displayed to customers in the Alexa app.
   */
  readonly name?: string | undefined
  /**
   * Description of the skill's purpose and feature and how it works. Should describe any prerequisites like hardware or account requirements and detailed steps for the customer to get started. For Flash Briefing skill list the feeds offered within the skill. Use a conversational tone and correct grammar and punctuation. This description displays to customers on the skill detail card in the Alexa app.
   */
  readonly description?: string | undefined
  /**
   * Defines the structure for locale specific publishing information in the skill manifest.
   */
  readonly locales?: { readonly [key: string]: SkillManifestLocalizedPublishingInformation } | undefined
  /**
   * True if the skill should be distributed in all countries where Amazon distributes skill false otherwise.
   */
  readonly isAvailableWorldwide?: boolean | undefined
  readonly distributionMode?: DistributionMode | undefined
  readonly gadgetSupport?: ManifestGadgetSupport | undefined
  /**
   * Special instructions provided by the developer to test the skill.
   */
  readonly testingInstructions?: string | undefined
  /**
   * Category that best describes a skill. Indicates the filter category for the skill in the Alexa App.
   */
  readonly category?: string | undefined
  /**
   * Selected list of countries provided by the skill owner where Amazon can distribute the skill.
   */
  readonly distributionCountries?: ReadonlyArray<DistributionCountries> | undefined
  readonly automaticDistribution?: AutomaticDistribution | undefined
  readonly automaticClonedLocale?: AutomaticClonedLocale | undefined
  readonly paidSkillInformation?: PaidSkillInformation | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestPublishingInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestPublishingInformation: Schema.Schema<SkillManifestPublishingInformation> = /*#__PURE__*/ Open
  .struct({
    name: /*#__PURE__*/ Schema.optional(Schema.String),
    description: /*#__PURE__*/ Schema.optional(Schema.String),
    locales: /*#__PURE__*/ Schema.optional(
      /*#__PURE__*/ /*#__PURE__*/ Schema.Record({
        key: Schema.String,
        value: SkillManifestLocalizedPublishingInformation
      }).pipe(/*#__PURE__*/ Open.propertyCount(1, Infinity))
    ),
    isAvailableWorldwide: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    distributionMode: /*#__PURE__*/ Schema.optional(DistributionMode),
    gadgetSupport: /*#__PURE__*/ Schema.optional(ManifestGadgetSupport),
    testingInstructions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ maxLength: 4000 })),
    category: /*#__PURE__*/ Schema.optional(Schema.String),
    distributionCountries: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(DistributionCountries)),
    automaticDistribution: /*#__PURE__*/ Schema.optional(AutomaticDistribution),
    automaticClonedLocale: /*#__PURE__*/ Schema.optional(AutomaticClonedLocale),
    paidSkillInformation: /*#__PURE__*/ Schema.optional(PaidSkillInformation)
  })

/**
 * Defines the structure for locale specific privacy & compliance information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestLocalizedPrivacyAndCompliance {
  /**
   * Link to the privacy policy that applies to this skill.
   */
  readonly privacyPolicyUrl?: string | undefined
  /**
   * link to the terms of use document for this skill
   */
  readonly termsOfUseUrl?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestLocalizedPrivacyAndCompliance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestLocalizedPrivacyAndCompliance: Schema.Schema<SkillManifestLocalizedPrivacyAndCompliance> =
  /*#__PURE__*/ Open.struct({
    privacyPolicyUrl: /*#__PURE__*/ Schema.optional(Schema.String),
    termsOfUseUrl: /*#__PURE__*/ Schema.optional(Schema.String)
  })

/**
 * Defines the structure for privacy & compliance information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestPrivacyAndCompliance {
  /**
   * Object that contains <locale> objects for each supported locale.
   */
  readonly locales?: { readonly [key: string]: SkillManifestLocalizedPrivacyAndCompliance } | undefined
  /**
   * True if the skill allows users to make purchases or spend real money false otherwise.
   */
  readonly allowsPurchases?: boolean | undefined
  /**
   * True if the skill collects users' personal information false otherwise.
   */
  readonly usesPersonalInfo?: boolean | undefined
  /**
   * True if the skill is directed to or targets children under the age of 13/16 false otherwise.
   */
  readonly isChildDirected?: boolean | undefined
  /**
   * True if it is certified that the skill may be imported to and exported from the United States and all other countries and regions in which Amazon operate its program or in which skill owner have authorized sales to end users (without the need for Amazon to obtain any license or clearance or take any other action) and is in full compliance with all applicable laws and regulations governing imports and export including those applicable to software that makes use of encryption technology.
   */
  readonly isExportCompliant?: boolean | undefined
  /**
   * True if the skill contains advertising false otherwise.
   */
  readonly containsAds?: boolean | undefined
  /**
   * True if the skill developer is a Covered Entity (CE) or Business Associate (BA) as defined by the Health Insurance Portability And Accountability Act (HIPAA) and the skill requires Amazon to process PHI on their behalf, false otherwise. This is an optional property and treated as false if not set.
   */
  readonly usesHealthInfo?: boolean | undefined
  readonly shoppingKit?: ShoppingKit | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestPrivacyAndCompliance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestPrivacyAndCompliance: Schema.Schema<SkillManifestPrivacyAndCompliance> = /*#__PURE__*/ Open
  .struct({
    locales: /*#__PURE__*/ Schema.optional(
      /*#__PURE__*/ Schema.Record({ key: Schema.String, value: SkillManifestLocalizedPrivacyAndCompliance })
    ),
    allowsPurchases: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    usesPersonalInfo: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    isChildDirected: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    isExportCompliant: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    containsAds: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    usesHealthInfo: /*#__PURE__*/ Schema.optional(Schema.Boolean),
    shoppingKit: /*#__PURE__*/ Schema.optional(ShoppingKit)
  })

/**
 * Defines the structure for subscribed events information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestEvents {
  /**
   * Contains an array of eventName object each of which contains the name of a skill event.
   */
  readonly subscriptions?: ReadonlyArray<EventName> | undefined
  readonly publications?: ReadonlyArray<EventPublications> | undefined
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: Region } | undefined
  readonly endpoint: SkillManifestEndpoint
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestEvents`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestEvents: Schema.Schema<SkillManifestEvents> = /*#__PURE__*/ Open.struct({
  subscriptions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(EventName)),
  publications: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(EventPublications)),
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: Region })),
  endpoint: SkillManifestEndpoint
})

/**
 * Version of the Smart Home API. Default and recommended value is '3'. You may create a skill with version '2' for testing migration to version '3', but a skill submission using version '2' will not be certified.
 *
 * @since 0.3.0
 * @category models
 */
export type SmartHomeProtocol = "2" | "2.0" | "3" | "3.0" | (string & {})

/**
 * The schema of `v1.skill.Manifest.SmartHomeProtocol`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SmartHomeProtocol: Schema.Schema<SmartHomeProtocol> = /*#__PURE__*/ Open.literals("2", "2.0", "3", "3.0")

/**
 * Type of the supported functionality.
 *
 * @since 0.3.0
 * @category models
 */
export type SupportedControlsType = "REMOTE_VEHICLE_CONTROL" | (string & {})

/**
 * The schema of `v1.skill.Manifest.SupportedControlsType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SupportedControlsType: Schema.Schema<SupportedControlsType> = /*#__PURE__*/ Open.literals(
  "REMOTE_VEHICLE_CONTROL"
)

/**
 * (Optional) Contains the attributes specifying additional functionalities supported by the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface SupportedControls {
  readonly type?: SupportedControlsType | undefined
}

/**
 * The schema of `v1.skill.Manifest.SupportedControls`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SupportedControls: Schema.Schema<SupportedControls> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(SupportedControlsType)
})

/**
 * Defines the structure of smart home api of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface SmartHomeApis {
  /**
   * Contains an array of the supported <region> Objects.
   */
  readonly regions?: { readonly [key: string]: LambdaRegion } | undefined
  readonly endpoint?: LambdaEndpoint | undefined
  readonly protocolVersion: SmartHomeProtocol
  readonly supportedControls?: SupportedControls | undefined
}

/**
 * The schema of `v1.skill.Manifest.SmartHomeApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SmartHomeApis: Schema.Schema<SmartHomeApis> = /*#__PURE__*/ Open.struct({
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: LambdaRegion })),
  endpoint: /*#__PURE__*/ Schema.optional(LambdaEndpoint),
  protocolVersion: SmartHomeProtocol,
  supportedControls: /*#__PURE__*/ Schema.optional(SupportedControls)
})

/**
 * `v1.skill.Manifest.UpChannelItems` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpChannelItems {
  /**
   * Use \"SNS\" for this field.
   */
  readonly type?: string | undefined
  /**
   * SNS Amazon Resource Name (ARN) for video skill through which video partner can send events to Alexa.
   */
  readonly uri?: string | undefined
}

/**
 * The schema of `v1.skill.Manifest.UpChannelItems`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpChannelItems: Schema.Schema<UpChannelItems> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(Schema.String),
  uri: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Open.string({ pattern: /^arn:aws:sns/ }))
})

/**
 * Defines the structure for endpoint information.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoRegion {
  readonly endpoint: SkillManifestEndpoint
  /**
   * The channel through which the partner skill can communicate to Alexa.
   */
  readonly upchannel?: ReadonlyArray<UpChannelItems> | undefined
}

/**
 * The schema of `v1.skill.Manifest.VideoRegion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoRegion: Schema.Schema<VideoRegion> = /*#__PURE__*/ Open.struct({
  endpoint: SkillManifestEndpoint,
  upchannel: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(UpChannelItems))
})

/**
 * `v1.skill.Manifest.VideoFireTvCatalogIngestion` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoFireTvCatalogIngestion {
  readonly fireTvCatalogIngestionSourceId?: string | undefined
  readonly isFireTvCatalogIngestionEnabled?: boolean | undefined
}

/**
 * The schema of `v1.skill.Manifest.VideoFireTvCatalogIngestion`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoFireTvCatalogIngestion: Schema.Schema<VideoFireTvCatalogIngestion> = /*#__PURE__*/ Open.struct({
  fireTvCatalogIngestionSourceId: /*#__PURE__*/ Schema.optional(Schema.String),
  isFireTvCatalogIngestionEnabled: /*#__PURE__*/ Schema.optional(Schema.Boolean)
})

/**
 * Feature for allowing for querying for available partner voice profiles, linking Alexa Speaker ID profiles to partner speaker profiles, and sending partner speaker profiles in directives.
 *
 * @since 0.3.0
 * @category models
 */
export interface VoiceProfileFeature {
  readonly version: string
  readonly name: "VIDEO_VOICE_PROFILE"
}

/**
 * The schema of `v1.skill.Manifest.VoiceProfileFeature`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VoiceProfileFeature: Schema.Schema<VoiceProfileFeature> = /*#__PURE__*/ Open.struct({
  version: Schema.String,
  name: /*#__PURE__*/ Schema.Literal("VIDEO_VOICE_PROFILE")
})

/**
 * A feature of an Alexa skill.
 *
 * @since 0.3.0
 * @category models
 */
export type VideoFeature = VoiceProfileFeature | VideoFeature.Unknown

/**
 * The types that go with `VideoFeature`.
 *
 * @since 0.3.0
 * @category models
 */
export declare namespace VideoFeature {
  /**
   * A `VideoFeature` newer than the model: its `name` is none of the known ones; every field is kept.
   *
   * @since 0.3.0
   * @category models
   */
  export interface Unknown {
    readonly version: string
    readonly name: string
    readonly [key: string]: unknown
  }
}

/**
 * The schema of `v1.skill.Manifest.VideoFeature`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoFeature: Schema.Schema<VideoFeature> = /*#__PURE__*/ Open.union("name", {
  VIDEO_VOICE_PROFILE: VoiceProfileFeature
}, { version: Schema.String })

/**
 * `v1.skill.Manifest.VideoPromptNameType` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export type VideoPromptNameType = "Default" | (string & {})

/**
 * The schema of `v1.skill.Manifest.VideoPromptNameType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoPromptNameType: Schema.Schema<VideoPromptNameType> = /*#__PURE__*/ Open.literals("Default")

/**
 * `v1.skill.Manifest.VideoPromptName` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoPromptName {
  readonly type: VideoPromptNameType
  readonly name: string
}

/**
 * The schema of `v1.skill.Manifest.VideoPromptName`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoPromptName: Schema.Schema<VideoPromptName> = /*#__PURE__*/ Open.struct({
  type: VideoPromptNameType,
  name: Schema.String
})

/**
 * Defines the structure for localized video api information.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoApisLocale {
  /**
   * Defines the video provider's targeting name.
   */
  readonly videoProviderTargetingNames: ReadonlyArray<string>
  readonly videoProviderLogoUri?: string | undefined
  readonly fireTvCatalogIngestion?: VideoFireTvCatalogIngestion | undefined
  /**
   * Defines the array of video features for this skill.
   */
  readonly features?: ReadonlyArray<VideoFeature> | undefined
  /**
   * Name to use when Alexa renders the video skill name in a prompt to the user
   */
  readonly promptNames?: ReadonlyArray<VideoPromptName> | undefined
}

/**
 * The schema of `v1.skill.Manifest.VideoApisLocale`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoApisLocale: Schema.Schema<VideoApisLocale> = /*#__PURE__*/ Open.struct({
  videoProviderTargetingNames: /*#__PURE__*/ /*#__PURE__*/ Schema.Array(Schema.String).pipe(
    /*#__PURE__*/ Schema.minItems(1)
  ),
  videoProviderLogoUri: /*#__PURE__*/ Schema.optional(Schema.String),
  fireTvCatalogIngestion: /*#__PURE__*/ Schema.optional(VideoFireTvCatalogIngestion),
  features: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(VideoFeature)),
  promptNames: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(VideoPromptName))
})

/**
 * `v1.skill.Manifest.VideoCatalogInfo` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoCatalogInfo {
  readonly sourceId: string
}

/**
 * The schema of `v1.skill.Manifest.VideoCatalogInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoCatalogInfo: Schema.Schema<VideoCatalogInfo> = /*#__PURE__*/ Open.struct({
  sourceId: Schema.String
})

/**
 * Defines the structure of per-country video info in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoCountryInfo {
  readonly catalogInformation?: ReadonlyArray<VideoCatalogInfo> | undefined
}

/**
 * The schema of `v1.skill.Manifest.VideoCountryInfo`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoCountryInfo: Schema.Schema<VideoCountryInfo> = /*#__PURE__*/ Open.struct({
  catalogInformation: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(VideoCatalogInfo))
})

/**
 * Defines the structure for video api of the skill.
 *
 * @since 0.3.0
 * @category models
 */
export interface VideoApis {
  /**
   * Defines the structure for region information.
   */
  readonly regions?: { readonly [key: string]: VideoRegion } | undefined
  /**
   * Defines the structure for the locale specific video api information.
   */
  readonly locales?: { readonly [key: string]: VideoApisLocale } | undefined
  readonly endpoint?: LambdaEndpoint | undefined
  /**
   * Object that contains <country> Objects for each supported country.
   */
  readonly countries?: { readonly [key: string]: VideoCountryInfo } | undefined
}

/**
 * The schema of `v1.skill.Manifest.VideoApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const VideoApis: Schema.Schema<VideoApis> = /*#__PURE__*/ Open.struct({
  regions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: VideoRegion })),
  locales: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: VideoApisLocale })),
  endpoint: /*#__PURE__*/ Schema.optional(LambdaEndpoint),
  countries: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Record({ key: Schema.String, value: VideoCountryInfo }))
})

/**
 * Defines the structure for implemented apis information in the skill manifest.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestApis {
  readonly flashBriefing?: FlashBriefingApis | undefined
  readonly custom?: CustomApis | undefined
  readonly knowledge?: KnowledgeApis | undefined
  readonly smartHome?: SmartHomeApis | undefined
  readonly video?: VideoApis | undefined
  readonly alexaForBusiness?: AlexaForBusinessApis | undefined
  readonly householdList?: HouseHoldList | undefined
  readonly music?: MusicApis | undefined
  readonly demandResponse?: DemandResponseApis | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestApis`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestApis: Schema.Schema<SkillManifestApis> = /*#__PURE__*/ Open.struct({
  flashBriefing: /*#__PURE__*/ Schema.optional(FlashBriefingApis),
  custom: /*#__PURE__*/ Schema.optional(CustomApis),
  knowledge: /*#__PURE__*/ Schema.optional(KnowledgeApis),
  smartHome: /*#__PURE__*/ Schema.optional(SmartHomeApis),
  video: /*#__PURE__*/ Schema.optional(VideoApis),
  alexaForBusiness: /*#__PURE__*/ Schema.optional(AlexaForBusinessApis),
  householdList: /*#__PURE__*/ Schema.optional(HouseHoldList),
  music: /*#__PURE__*/ Schema.optional(MusicApis),
  demandResponse: /*#__PURE__*/ Schema.optional(DemandResponseApis)
})

/**
 * Defines the structure for a skill's metadata.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifest {
  readonly manifestVersion?: ManifestVersion | undefined
  readonly publishingInformation?: SkillManifestPublishingInformation | undefined
  readonly privacyAndCompliance?: SkillManifestPrivacyAndCompliance | undefined
  readonly events?: SkillManifestEvents | undefined
  /**
   * Defines the structure for required permissions information in the skill manifest.
   */
  readonly permissions?: ReadonlyArray<PermissionItems> | undefined
  /**
   * Defines a list of clients authorized for a skill.
   */
  readonly authorizedClients?: ReadonlyArray<AuthorizedClient> | undefined
  readonly apis?: SkillManifestApis | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifest: Schema.Schema<SkillManifest> = /*#__PURE__*/ Open.struct({
  manifestVersion: /*#__PURE__*/ Schema.optional(ManifestVersion),
  publishingInformation: /*#__PURE__*/ Schema.optional(SkillManifestPublishingInformation),
  privacyAndCompliance: /*#__PURE__*/ Schema.optional(SkillManifestPrivacyAndCompliance),
  events: /*#__PURE__*/ Schema.optional(SkillManifestEvents),
  permissions: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(PermissionItems)),
  authorizedClients: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(AuthorizedClient)),
  apis: /*#__PURE__*/ Schema.optional(SkillManifestApis)
})

/**
 * `v1.skill.Manifest.SkillManifestEnvelope` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface SkillManifestEnvelope {
  readonly manifest?: SkillManifest | undefined
}

/**
 * The schema of `v1.skill.Manifest.SkillManifestEnvelope`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SkillManifestEnvelope: Schema.Schema<SkillManifestEnvelope> = /*#__PURE__*/ Open.struct({
  manifest: /*#__PURE__*/ Schema.optional(SkillManifest)
})
