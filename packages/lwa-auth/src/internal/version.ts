// Generated from package.json by scripts/version.mjs: do not edit.
export const moduleVersion = "0.2.0"
