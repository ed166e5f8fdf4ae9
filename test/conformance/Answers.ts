/**
 * What the recording server answers to test our decoding: model-valid answers of each declared
 * success status, and error answers with a message (and violations) of our own.
 */
import * as Model from "./Model.js"
import type * as Recorder from "./Recorder.js"

/** Header values a server would send for the names the model declares on an answer. */
export const headerValues: Readonly<Record<string, string>> = {
  "ETag": "\"conformance-etag-1\"",
  "Location": "/v1/skills/amzn1.ask.skill.conformance/status?resource=manifest",
  "Content-Language": "en-US"
}

/**
 * Model-valid answers of a declared success status: a body made from its schema for each seed,
 * with the headers it declares; a 201 or 202 also empty, as SMAPI sends them.
 */
export const successes = (
  op: Model.ModelOperation,
  response: Model.ModelResponse,
  seeds: ReadonlyArray<number>
): ReadonlyArray<Recorder.Answer> => {
  const headers: Record<string, string> = {}
  for (const name of response.headers) {
    const value = headerValues[name]
    if (value !== undefined) headers[name.toLowerCase()] = value
  }
  const { status } = response
  if (response.schema !== undefined) {
    const arb = Model.arbitrary(response.schema)
    const made = seeds.map((seed): Recorder.Answer => ({
      status,
      headers: { ...headers, "content-type": "application/json" },
      body: JSON.stringify(Model.sample(arb, Model.seedOf(`${op.id} ${status}`, seed)))
    }))
    return status === 201 || status === 202 ? [...made, { status, headers }] : made
  }
  // No schema: text when the operation produces it (annotations as CSV), else no body.
  return op.produces.includes("text/csv") && status === 200
    ? [{ status, headers: { ...headers, "content-type": "text/csv" }, body: "utterance,intent\nhello,HelloIntent\n" }]
    : [{ status, headers }]
}

/** What a success answer's body holds: its JSON value, its text, or nothing. */
export const bodyOf = (answer: Recorder.Answer): unknown =>
  answer.body === undefined || answer.body === ""
    ? undefined
    : answer.headers?.["content-type"] === "application/json"
    ? JSON.parse(answer.body)
    : answer.body

/** The error statuses asserted for every operation. */
export const errorStatuses = [409, 412, 404, 403, 400] as const

/**
 * The tag an error status must arrive as: a 409 or 412 is its own tag only where the operation
 * declares it; elsewhere, as every other 4xx not named, it is `BadRequest`.
 */
export const expectedTag = (status: typeof errorStatuses[number], declared: boolean): string => {
  switch (status) {
    case 409:
      return declared ? "Conflict" : "BadRequest"
    case 412:
      return declared ? "PreconditionFailed" : "BadRequest"
    case 404:
      return "NotFound"
    case 403:
      return "Forbidden"
    case 400:
      return "BadRequest"
  }
}

/** The violations a `BadRequestError` answer carries. */
export const violations = [
  { code: "INVALID_STRING_LENGTH", message: "skillId must be 1 to 255 characters long" },
  { message: "vendorId is required" }
]

/** An error answer, and what of it must reach the error. */
export interface ErrorAnswer extends Recorder.Answer {
  readonly message: string
  readonly violations: ReadonlyArray<{ readonly code?: string; readonly message: string }> | undefined
  readonly code: unknown
  readonly validationDetails: unknown
}

/**
 * An error answer of `status`: a body made from its declared schema (if any) with a message of
 * ours and, for a `BadRequestError`, violations of ours.
 */
export const error = (op: Model.ModelOperation, status: number): ErrorAnswer => {
  const declared = op.errors.find((r) => r.status === status)?.schema
  const made = declared === undefined ? {} : Model.sample(Model.arbitrary(declared), Model.seedOf(`${op.id} ${status}`))
  const message = `${status} from the recorder for ${op.id}`
  const withViolations = declared?.$ref?.endsWith("BadRequestError") === true ? violations : undefined
  const body = { ...(made as object), message, ...(withViolations ? { violations: withViolations } : {}) }
  return {
    status,
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    message,
    violations: withViolations,
    code: (made as { readonly code?: unknown }).code,
    validationDetails: (made as { readonly validationDetails?: unknown }).validationDetails
  }
}
