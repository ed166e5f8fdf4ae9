/**
 * Optional fields under `exactOptionalPropertyTypes`: a key is present only with a value.
 *
 * @since 0.2.0
 */

/**
 * `{ [key]: value }`, or `{}` when `value` is `undefined`: spread it into an object literal.
 *
 * @since 0.2.0
 * @category constructors
 */
export const field = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V }
