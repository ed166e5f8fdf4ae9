/**
 * The model's `v1.isp` definitions: for each, its type and its `Schema`.
 *
 * Generated from ask-smapi-model 1.24.0 by @smapi-effect/codegen (`pnpm generate`): do not edit.
 *
 * @since 0.3.0
 */
import * as Schema from "effect/Schema"
import * as Open from "./internal/Open.js"
import * as V1 from "./V1.js"

/**
 * In-skill product skill association details.
 *
 * @since 0.3.0
 * @category models
 */
export interface AssociatedSkillResponse {
  /**
   * List of skill IDs that correspond to the skills associated with the in-skill product. The associations are stage specific. A live association is created through successful skill certification.
   */
  readonly associatedSkillIds?: ReadonlyArray<string> | undefined
  readonly _links?: V1.Links | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.isp.AssociatedSkillResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const AssociatedSkillResponse: Schema.Schema<AssociatedSkillResponse> = /*#__PURE__*/ Open.struct({
  associatedSkillIds: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Currency to use for in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export type Currency = "USD" | "GBP" | "EUR" | "JPY" | (string & {})

/**
 * The schema of `v1.isp.Currency`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Currency: Schema.Schema<Currency> = /*#__PURE__*/ Open.literals("USD", "GBP", "EUR", "JPY")

/**
 * Custom prompts used for in-skill product purchasing options. Supports Speech Synthesis Markup Language (SSML), which can be used to control pronunciation, intonation, timing, and emotion.
 *
 * @since 0.3.0
 * @category models
 */
export interface CustomProductPrompts {
  /**
   * Description of in-skill product heard before customer is prompted for purchase.
   */
  readonly purchasePromptDescription?: string | undefined
  /**
   * A description of the product that displays on the skill card in the Alexa app.
   */
  readonly boughtCardDescription?: string | undefined
}

/**
 * The schema of `v1.isp.CustomProductPrompts`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CustomProductPrompts: Schema.Schema<CustomProductPrompts> = /*#__PURE__*/ Open.struct({
  purchasePromptDescription: /*#__PURE__*/ Schema.optional(Schema.String),
  boughtCardDescription: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.isp.DistributionCountries` of the model.
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
 * The schema of `v1.isp.DistributionCountries`.
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
 * Whether or not the in-skill product is editable.
 *
 * @since 0.3.0
 * @category models
 */
export type EditableState = "EDITABLE" | "NOT_EDITABLE" | (string & {})

/**
 * The schema of `v1.isp.EditableState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const EditableState: Schema.Schema<EditableState> = /*#__PURE__*/ Open.literals("EDITABLE", "NOT_EDITABLE")

/**
 * Type of in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export type ProductType = "SUBSCRIPTION" | "ENTITLEMENT" | "CONSUMABLE" | (string & {})

/**
 * The schema of `v1.isp.ProductType`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProductType: Schema.Schema<ProductType> = /*#__PURE__*/ Open.literals(
  "SUBSCRIPTION",
  "ENTITLEMENT",
  "CONSUMABLE"
)

/**
 * Whether or not the in-skill product is purchasable by customers. A product that is not purchasable will prevent new customers from being prompted to purchase the product. Customers who already own the product will see no effect and continue to have access to the product features.
 *
 * @since 0.3.0
 * @category models
 */
export type PurchasableState = "PURCHASABLE" | "NOT_PURCHASABLE" | (string & {})

/**
 * The schema of `v1.isp.PurchasableState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PurchasableState: Schema.Schema<PurchasableState> = /*#__PURE__*/ Open.literals(
  "PURCHASABLE",
  "NOT_PURCHASABLE"
)

/**
 * Promote this ISP on Amazon channels such as Amazon.com. Enabling this setting will allow customers to view ISP detail pages and purchase the ISP on Amazon.com.
 *
 * @since 0.3.0
 * @category models
 */
export type PromotableState = "IN_SKILL_ONLY" | "ALL_AMAZON_CHANNELS" | (string & {})

/**
 * The schema of `v1.isp.PromotableState`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PromotableState: Schema.Schema<PromotableState> = /*#__PURE__*/ Open.literals(
  "IN_SKILL_ONLY",
  "ALL_AMAZON_CHANNELS"
)

/**
 * The frequency in which payments are collected for the subscription.
 *
 * @since 0.3.0
 * @category models
 */
export type SubscriptionPaymentFrequency = "MONTHLY" | "YEARLY" | (string & {})

/**
 * The schema of `v1.isp.subscriptionPaymentFrequency`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionPaymentFrequency: Schema.Schema<SubscriptionPaymentFrequency> = /*#__PURE__*/ Open.literals(
  "MONTHLY",
  "YEARLY"
)

/**
 * Defines the structure for in-skill product subscription information.
 *
 * @since 0.3.0
 * @category models
 */
export interface SubscriptionInformation {
  readonly subscriptionPaymentFrequency?: SubscriptionPaymentFrequency | undefined
  /**
   * Days of free trial period for subscription. Max allowed is 365 days.
   */
  readonly subscriptionTrialPeriodDays?: number | undefined
}

/**
 * The schema of `v1.isp.SubscriptionInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SubscriptionInformation: Schema.Schema<SubscriptionInformation> = /*#__PURE__*/ Open.struct({
  subscriptionPaymentFrequency: /*#__PURE__*/ Schema.optional(SubscriptionPaymentFrequency),
  subscriptionTrialPeriodDays: /*#__PURE__*/ Schema.optional(Schema.Int)
})

/**
 * Defines the structure for locale specific publishing information in the in-skill product definition.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedPublishingInformation {
  /**
   * Name of the in-skill product that is heard by customers and displayed in the Alexa app.
   */
  readonly name?: string | undefined
  /**
   * Uri for the small icon image of the in-skill product.
   */
  readonly smallIconUri?: string | undefined
  /**
   * Uri for the large icon image of the in-skill product.
   */
  readonly largeIconUri?: string | undefined
  /**
   * Short description of the in-skill product that displays on the in-skill product list page in the Alexa App.
   */
  readonly summary?: string | undefined
  /**
   * Description of the in-skill product's purpose and features, and how it works. Should describe any prerequisites like hardware or account requirements and detailed steps for the customer to get started. This description displays to customers on the in-skill product detail card in the Alexa app.
   */
  readonly description?: string | undefined
  /**
   * Example phrases appear on the in-skill product detail page and are the key utterances that customers can say to interact directly with the in-skill product.
   */
  readonly examplePhrases?: ReadonlyArray<string> | undefined
  /**
   * Search terms that can be used to describe the in-skill product. This helps customers find an in-skill product.
   */
  readonly keywords?: ReadonlyArray<string> | undefined
  readonly customProductPrompts?: CustomProductPrompts | undefined
}

/**
 * The schema of `v1.isp.LocalizedPublishingInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedPublishingInformation: Schema.Schema<LocalizedPublishingInformation> = /*#__PURE__*/ Open.struct({
  name: /*#__PURE__*/ Schema.optional(Schema.String),
  smallIconUri: /*#__PURE__*/ Schema.optional(Schema.String),
  largeIconUri: /*#__PURE__*/ Schema.optional(Schema.String),
  summary: /*#__PURE__*/ Schema.optional(Schema.String),
  description: /*#__PURE__*/ Schema.optional(Schema.String),
  examplePhrases: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  keywords: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(Schema.String)),
  customProductPrompts: /*#__PURE__*/ Schema.optional(CustomProductPrompts)
})

/**
 * Price listing information for in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export interface PriceListing {
  /**
   * Defines the price of an in-skill product. The list price should be your suggested price, not including any VAT or similar taxes. Taxes are included in the final price to end users.
   */
  readonly price?: number | undefined
  readonly currency?: Currency | undefined
}

/**
 * The schema of `v1.isp.PriceListing`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PriceListing: Schema.Schema<PriceListing> = /*#__PURE__*/ Open.struct({
  price: /*#__PURE__*/ Schema.optional(Schema.Finite),
  currency: /*#__PURE__*/ Schema.optional(Currency)
})

/**
 * In-skill product pricing information for a marketplace.
 *
 * @since 0.3.0
 * @category models
 */
export interface MarketplacePricing {
  /**
   * Date when in-skill product is available to customers for both purchase and use. Prior to this date the in-skill product will appear unavailable to customers and will not be purchasable.
   */
  readonly releaseDate?: string | undefined
  readonly defaultPriceListing?: PriceListing | undefined
}

/**
 * The schema of `v1.isp.MarketplacePricing`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const MarketplacePricing: Schema.Schema<MarketplacePricing> = /*#__PURE__*/ Open.struct({
  releaseDate: /*#__PURE__*/ Schema.optional(Schema.String),
  defaultPriceListing: /*#__PURE__*/ Schema.optional(PriceListing)
})

/**
 * Select tax category that best describes in-skill product. Choice will be validated during certification process.
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
 * The schema of `v1.isp.TaxInformationCategory`.
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
 * Defines the structure for in-skill product tax information.
 *
 * @since 0.3.0
 * @category models
 */
export interface TaxInformation {
  readonly category?: TaxInformationCategory | undefined
}

/**
 * The schema of `v1.isp.TaxInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const TaxInformation: Schema.Schema<TaxInformation> = /*#__PURE__*/ Open.struct({
  category: /*#__PURE__*/ Schema.optional(TaxInformationCategory)
})

/**
 * Defines the structure for in-skill product publishing information.
 *
 * @since 0.3.0
 * @category models
 */
export interface PublishingInformation {
  /**
   * Defines the structure for locale specific publishing information for an in-skill product.
   */
  readonly locales?: { readonly [key: string]: LocalizedPublishingInformation } | undefined
  /**
   * List of countries where the in-skill product is available.
   */
  readonly distributionCountries?: ReadonlyArray<DistributionCountries> | undefined
  /**
   * Defines the structure for in-skill product pricing.
   */
  readonly pricing?: { readonly [key: string]: MarketplacePricing } | undefined
  readonly taxInformation?: TaxInformation | undefined
}

/**
 * The schema of `v1.isp.PublishingInformation`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PublishingInformation: Schema.Schema<PublishingInformation> = /*#__PURE__*/ Open.struct({
  locales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: LocalizedPublishingInformation })
  ),
  distributionCountries: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(DistributionCountries)),
  pricing: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: MarketplacePricing })
  ),
  taxInformation: /*#__PURE__*/ Schema.optional(TaxInformation)
})

/**
 * Defines the structure for localized privacy and compliance.
 *
 * @since 0.3.0
 * @category models
 */
export interface LocalizedPrivacyAndCompliance {
  /**
   * Link to the privacy policy that applies to this in-skill product.
   */
  readonly privacyPolicyUrl?: string | undefined
}

/**
 * The schema of `v1.isp.LocalizedPrivacyAndCompliance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const LocalizedPrivacyAndCompliance: Schema.Schema<LocalizedPrivacyAndCompliance> = /*#__PURE__*/ Open.struct({
  privacyPolicyUrl: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines the structure for privacy and compliance.
 *
 * @since 0.3.0
 * @category models
 */
export interface PrivacyAndCompliance {
  /**
   * Defines the structure for locale specific privacy and compliance.
   */
  readonly locales?: { readonly [key: string]: LocalizedPrivacyAndCompliance } | undefined
}

/**
 * The schema of `v1.isp.PrivacyAndCompliance`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const PrivacyAndCompliance: Schema.Schema<PrivacyAndCompliance> = /*#__PURE__*/ Open.struct({
  locales: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: LocalizedPrivacyAndCompliance })
  )
})

/**
 * Defines the structure for an in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export interface InSkillProductDefinition {
  /**
   * Version of in-skill product definition.
   */
  readonly version?: string | undefined
  readonly type?: ProductType | undefined
  /**
   * Developer selected in-skill product name. This is for developer reference only, it can be used to filter query results to identify a matching in-skill product.
   */
  readonly referenceName?: string | undefined
  readonly purchasableState?: PurchasableState | undefined
  readonly promotableState?: PromotableState | undefined
  readonly subscriptionInformation?: SubscriptionInformation | undefined
  readonly publishingInformation?: PublishingInformation | undefined
  readonly privacyAndCompliance?: PrivacyAndCompliance | undefined
  /**
   * Special instructions provided by the developer to test the in-skill product.
   */
  readonly testingInstructions?: string | undefined
}

/**
 * The schema of `v1.isp.InSkillProductDefinition`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InSkillProductDefinition: Schema.Schema<InSkillProductDefinition> = /*#__PURE__*/ Open.struct({
  version: /*#__PURE__*/ Schema.optional(Schema.String),
  type: /*#__PURE__*/ Schema.optional(ProductType),
  referenceName: /*#__PURE__*/ Schema.optional(Schema.String),
  purchasableState: /*#__PURE__*/ Schema.optional(PurchasableState),
  promotableState: /*#__PURE__*/ Schema.optional(PromotableState),
  subscriptionInformation: /*#__PURE__*/ Schema.optional(SubscriptionInformation),
  publishingInformation: /*#__PURE__*/ Schema.optional(PublishingInformation),
  privacyAndCompliance: /*#__PURE__*/ Schema.optional(PrivacyAndCompliance),
  testingInstructions: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * Defines In-skill product response.
 *
 * @since 0.3.0
 * @category models
 */
export interface InSkillProductDefinitionResponse {
  readonly inSkillProductDefinition?: InSkillProductDefinition | undefined
}

/**
 * The schema of `v1.isp.InSkillProductDefinitionResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InSkillProductDefinitionResponse: Schema.Schema<InSkillProductDefinitionResponse> = /*#__PURE__*/ Open
  .struct({
    inSkillProductDefinition: /*#__PURE__*/ Schema.optional(InSkillProductDefinition)
  })

/**
 * Current status of in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export type Status = "INCOMPLETE" | "COMPLETE" | "CERTIFICATION" | "PUBLISHED" | "SUPPRESSED" | (string & {})

/**
 * The schema of `v1.isp.Status`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const Status: Schema.Schema<Status> = /*#__PURE__*/ Open.literals(
  "INCOMPLETE",
  "COMPLETE",
  "CERTIFICATION",
  "PUBLISHED",
  "SUPPRESSED"
)

/**
 * `v1.isp.IspSummaryLinks` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface IspSummaryLinks {
  readonly self?: V1.Link | undefined
}

/**
 * The schema of `v1.isp.IspSummaryLinks`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const IspSummaryLinks: Schema.Schema<IspSummaryLinks> = /*#__PURE__*/ Open.struct({
  self: /*#__PURE__*/ Schema.optional(V1.Link)
})

/**
 * Price listing information for in-skill product.
 *
 * @since 0.3.0
 * @category models
 */
export interface SummaryPriceListing {
  /**
   * The price of an in-skill product.
   */
  readonly price?: number | undefined
  /**
   * The prime price of an in-skill product.
   */
  readonly primeMemberPrice?: number | undefined
  readonly currency?: Currency | undefined
}

/**
 * The schema of `v1.isp.SummaryPriceListing`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SummaryPriceListing: Schema.Schema<SummaryPriceListing> = /*#__PURE__*/ Open.struct({
  price: /*#__PURE__*/ Schema.optional(Schema.Finite),
  primeMemberPrice: /*#__PURE__*/ Schema.optional(Schema.Finite),
  currency: /*#__PURE__*/ Schema.optional(Currency)
})

/**
 * Localized in-skill product pricing information.
 *
 * @since 0.3.0
 * @category models
 */
export interface SummaryMarketplacePricing {
  /**
   * Date when in-skill product is available to customers for both purchase and use. Prior to this date the in-skill product will appear unavailable to customers and will not be purchasable.
   */
  readonly releaseDate?: string | undefined
  readonly defaultPriceListing?: SummaryPriceListing | undefined
}

/**
 * The schema of `v1.isp.SummaryMarketplacePricing`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const SummaryMarketplacePricing: Schema.Schema<SummaryMarketplacePricing> = /*#__PURE__*/ Open.struct({
  releaseDate: /*#__PURE__*/ Schema.optional(Schema.String),
  defaultPriceListing: /*#__PURE__*/ Schema.optional(SummaryPriceListing)
})

/**
 * Information about the in-skill product that is not editable.
 *
 * @since 0.3.0
 * @category models
 */
export interface InSkillProductSummary {
  readonly type?: ProductType | undefined
  /**
   * primary identifier of in-skill product.
   */
  readonly productId?: string | undefined
  /**
   * Developer selected in-skill product name. This is for developer reference only, it can be used to filter query results to identify a matching in-skill product.
   */
  readonly referenceName?: string | undefined
  /**
   * Date of last update.
   */
  readonly lastUpdated?: string | undefined
  readonly nameByLocale?: { readonly [key: string]: string } | undefined
  readonly status?: Status | undefined
  readonly stage?: V1.StageType | undefined
  readonly editableState?: EditableState | undefined
  readonly purchasableState?: PurchasableState | undefined
  readonly promotableState?: PromotableState | undefined
  readonly _links?: IspSummaryLinks | undefined
  /**
   * In-skill product pricing information.
   */
  readonly pricing?: { readonly [key: string]: SummaryMarketplacePricing } | undefined
}

/**
 * The schema of `v1.isp.InSkillProductSummary`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InSkillProductSummary: Schema.Schema<InSkillProductSummary> = /*#__PURE__*/ Open.struct({
  type: /*#__PURE__*/ Schema.optional(ProductType),
  productId: /*#__PURE__*/ Schema.optional(Schema.String),
  referenceName: /*#__PURE__*/ Schema.optional(Schema.String),
  lastUpdated: /*#__PURE__*/ Schema.optional(Schema.String),
  nameByLocale: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: Schema.String })
  ),
  status: /*#__PURE__*/ Schema.optional(Status),
  stage: /*#__PURE__*/ Schema.optional(V1.StageType),
  editableState: /*#__PURE__*/ Schema.optional(EditableState),
  purchasableState: /*#__PURE__*/ Schema.optional(PurchasableState),
  promotableState: /*#__PURE__*/ Schema.optional(PromotableState),
  _links: /*#__PURE__*/ Schema.optional(IspSummaryLinks),
  pricing: /*#__PURE__*/ Schema.optional(
    /*#__PURE__*/ Schema.Record({ key: Schema.String, value: SummaryMarketplacePricing })
  )
})

/**
 * In-skill product summary response.
 *
 * @since 0.3.0
 * @category models
 */
export interface InSkillProductSummaryResponse {
  readonly inSkillProductSummary?: InSkillProductSummary | undefined
}

/**
 * The schema of `v1.isp.InSkillProductSummaryResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const InSkillProductSummaryResponse: Schema.Schema<InSkillProductSummaryResponse> = /*#__PURE__*/ Open.struct({
  inSkillProductSummary: /*#__PURE__*/ Schema.optional(InSkillProductSummary)
})

/**
 * List of in-skill products.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListInSkillProduct {
  readonly _links?: V1.Links | undefined
  /**
   * Information for each in-skill product.
   */
  readonly inSkillProducts?: ReadonlyArray<InSkillProductSummary> | undefined
  readonly isTruncated?: boolean | undefined
  readonly nextToken?: string | undefined
}

/**
 * The schema of `v1.isp.ListInSkillProduct`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListInSkillProduct: Schema.Schema<ListInSkillProduct> = /*#__PURE__*/ Open.struct({
  _links: /*#__PURE__*/ Schema.optional(V1.Links),
  inSkillProducts: /*#__PURE__*/ Schema.optional(/*#__PURE__*/ Schema.Array(InSkillProductSummary)),
  isTruncated: /*#__PURE__*/ Schema.optional(Schema.Boolean),
  nextToken: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * List of in-skill product response.
 *
 * @since 0.3.0
 * @category models
 */
export interface ListInSkillProductResponse {
  readonly inSkillProductSummaryList?: ListInSkillProduct | undefined
}

/**
 * The schema of `v1.isp.ListInSkillProductResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ListInSkillProductResponse: Schema.Schema<ListInSkillProductResponse> = /*#__PURE__*/ Open.struct({
  inSkillProductSummaryList: /*#__PURE__*/ Schema.optional(ListInSkillProduct)
})

/**
 * Product ID information.
 *
 * @since 0.3.0
 * @category models
 */
export interface ProductResponse {
  /**
   * ID of the in-skill product created.
   */
  readonly productId?: string | undefined
}

/**
 * The schema of `v1.isp.ProductResponse`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const ProductResponse: Schema.Schema<ProductResponse> = /*#__PURE__*/ Open.struct({
  productId: /*#__PURE__*/ Schema.optional(Schema.String)
})

/**
 * `v1.isp.createInSkillProductRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface CreateInSkillProductRequest {
  /**
   * ID of the vendor owning the in-skill product.
   */
  readonly vendorId?: string | undefined
  readonly inSkillProductDefinition?: InSkillProductDefinition | undefined
}

/**
 * The schema of `v1.isp.createInSkillProductRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const CreateInSkillProductRequest: Schema.Schema<CreateInSkillProductRequest> = /*#__PURE__*/ Open.struct({
  vendorId: /*#__PURE__*/ Schema.optional(Schema.String),
  inSkillProductDefinition: /*#__PURE__*/ Schema.optional(InSkillProductDefinition)
})

/**
 * `v1.isp.updateInSkillProductRequest` of the model.
 *
 * @since 0.3.0
 * @category models
 */
export interface UpdateInSkillProductRequest {
  readonly inSkillProductDefinition?: InSkillProductDefinition | undefined
}

/**
 * The schema of `v1.isp.updateInSkillProductRequest`.
 *
 * @since 0.3.0
 * @category schemas
 */
export const UpdateInSkillProductRequest: Schema.Schema<UpdateInSkillProductRequest> = /*#__PURE__*/ Open.struct({
  inSkillProductDefinition: /*#__PURE__*/ Schema.optional(InSkillProductDefinition)
})
