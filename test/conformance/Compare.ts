/**
 * What two recorded requests are compared on: the parts that carry the caller's input. Query pairs
 * are a multiset (their order carries nothing); a body is compared as parsed JSON when it is JSON.
 */
import type { Recorded } from "./Recorder.js"

/** A request reduced to what must be the same from both clients. */
export interface View {
  readonly method: string
  readonly segments: ReadonlyArray<string>
  readonly query: ReadonlyArray<string>
  readonly ifMatch: string | undefined
  readonly acceptLanguage: string | undefined
  /** Only for an operation whose input names it (`Accept: text/csv`); else each client's default. */
  readonly accept?: string | undefined
  readonly authorization: string | undefined
  readonly contentType: string | undefined
  readonly body: unknown
}

const isJson = (contentType: string | undefined): boolean =>
  contentType === undefined || /^application\/([\w.+-]*\+)?json\b/i.test(contentType)

const body = (recorded: Recorded): unknown => {
  if (recorded.body === "") return undefined
  if (!isJson(recorded.contentType)) return { text: recorded.body }
  try {
    return { json: JSON.parse(recorded.body) as unknown }
  } catch {
    return { unparsable: recorded.body }
  }
}

/**
 * The view of a request. Its content type counts only with a body: the SDK names one for every
 * operation that takes a body, sent or not, and a content type without content says nothing. Its
 * `Accept` counts only when `acceptIsInput` (the operation has an `Accept` parameter).
 */
export const view = (recorded: Recorded, acceptIsInput = false): View => ({
  method: recorded.method,
  segments: recorded.segments,
  query: recorded.query.map(([name, value]) => `${name}=${value}`).sort(),
  ifMatch: recorded.ifMatch,
  acceptLanguage: recorded.acceptLanguage,
  ...(acceptIsInput ? { accept: recorded.accept } : {}),
  authorization: recorded.authorization,
  contentType: recorded.body === "" ? undefined : recorded.contentType?.toLowerCase(),
  body: body(recorded)
})

/**
 * The view of a request sent through `fetch`, beside the view it must equal: `fetch` adds
 * `Accept-Language: *` to a request that names none (the Fetch standard lets a user agent add one;
 * undici adds `*`), so a `*` where the other names none is taken as none.
 */
export const viewOfFetch = (recorded: Recorded, expected: View, acceptIsInput = false): View => {
  const v = view(recorded, acceptIsInput)
  return v.acceptLanguage === "*" && expected.acceptLanguage === undefined ? { ...v, acceptLanguage: undefined } : v
}
