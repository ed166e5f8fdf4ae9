/**
 * @since 0.1.0
 */
export * as Credentials from "./Credentials.js"

/**
 * @since 0.1.0
 */
export * as RetryPolicy from "./RetryPolicy.js"

/**
 * @since 0.1.0
 */
export * as SkillCredentials from "./SkillCredentials.js"

/**
 * @since 0.1.0
 */
export * as SkillCredentialsError from "./SkillCredentialsError.js"
