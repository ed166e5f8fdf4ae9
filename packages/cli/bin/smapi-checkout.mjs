#!/usr/bin/env node
// `npx pnpm@10 -s smapi …` from a checkout: the same bundled command a user installs, built first
// when it is missing or older than its sources.
import { pathToFileURL } from "node:url"
import { buildIfStale, smapiBundle } from "../build.mjs"

await buildIfStale()
await import(pathToFileURL(smapiBundle).href)
