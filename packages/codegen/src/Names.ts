/**
 * How the model's names become TypeScript names: a definition's namespace is a module, its last
 * segment the export; a parameter's name is the input key the official SDK uses for it.
 *
 * @since 0.3.0
 */

const upperFirst = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The official SDK's argument name for a parameter: the model's name in lowerCamelCase, with `-`
 * and `.` dropped and the next letter capitalized (`If-Match` -> `ifMatch`, `dialogAct.name` ->
 * `dialogActName`, `CreateCatalogRequest` -> `createCatalogRequest`).
 *
 * @since 0.3.0
 * @category names
 */
export const argumentName = (name: string): string => {
  const [first = "", ...rest] = name.split(/[-.]/)
  return first.charAt(0).toLowerCase() + first.slice(1) + rest.map(upperFirst).join("")
}

/**
 * A definition's namespace and short name: `v1.skill.Manifest.Interface` ->
 * `["v1.skill.Manifest", "Interface"]`.
 *
 * @since 0.3.0
 * @category names
 */
export const split = (definition: string): readonly [namespace: string, name: string] => {
  const dot = definition.lastIndexOf(".")
  return [definition.slice(0, dot), definition.slice(dot + 1)]
}

/**
 * The module of a namespace: its segments in PascalCase, joined (`v1.skill.Manifest` ->
 * `V1SkillManifest`), so the version stays in the name and `v1.skill.simulations.Device` and
 * `v2.skill.simulations.Device` live apart.
 *
 * @since 0.3.0
 * @category names
 */
export const moduleName = (namespace: string): string => namespace.split(".").map(upperFirst).join("")

/**
 * The export of a definition: its last segment, capitalized (twenty are written in lowerCamelCase,
 * e.g. `v1.skill.createSkillRequest` -> `CreateSkillRequest`).
 *
 * @since 0.3.0
 * @category names
 */
export const exportName = (definition: string): string => upperFirst(split(definition)[1])

/**
 * A property key as written in an object literal: quoted unless it is an identifier.
 *
 * @since 0.3.0
 * @category names
 */
export const propertyKey = (key: string): string => /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)
