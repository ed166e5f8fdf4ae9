#!/usr/bin/env node
// `npx pnpm@10 -s emulator …` from a checkout: the emulator's command bundled, built first when
// it is missing or older than its sources.
import { pathToFileURL } from "node:url"
import { buildIfStale, bundle } from "../build.mjs"

await buildIfStale()
await import(pathToFileURL(bundle).href)
