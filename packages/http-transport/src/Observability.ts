/**
 * The one rule for spans in every package here: a span is made only when a tracer that records
 * spans (e.g. `@effect/opentelemetry`) is installed. Effect's built-in tracer keeps spans
 * nowhere, and making one costs about as much as the rest of a call.
 *
 * @since 0.2.0
 */
import * as Context from "effect/Context"
import * as DefaultServices from "effect/DefaultServices"
import * as Effect from "effect/Effect"
import type * as Exit from "effect/Exit"
import * as Tracer from "effect/Tracer"

const builtInTracer = Context.get(DefaultServices.liveServices, Tracer.Tracer)

/**
 * Whether `tracer` records spans: anything but Effect's built-in tracer.
 *
 * @since 0.2.0
 * @category tracing
 */
export const isRecording = (tracer: Tracer.Tracer): boolean => tracer !== builtInTracer

/**
 * Runs `self` in a span named `name`, for a caller that has already seen a recording tracer
 * (`isRecording`). `end` adds attributes known only once it is over (attempts, status).
 *
 * @since 0.2.0
 * @category tracing
 */
export const span = <A, E, R>(
  self: Effect.Effect<A, E, R>,
  name: string,
  attributes: Readonly<Record<string, unknown>>,
  end?: (exit: Exit.Exit<A, E>) => Readonly<Record<string, unknown>>
): Effect.Effect<A, E, R> =>
  Effect.withSpan(
    end === undefined ? self : Effect.onExit(self, (exit) => Effect.annotateCurrentSpan(end(exit))),
    name,
    { attributes, captureStackTrace: false }
  )

/**
 * Runs `self` in a span named `name` when a recording tracer is installed, else runs it as it is.
 * `attributes` is evaluated only for a span; `end` adds attributes known only once it is over
 * (attempts, status).
 *
 * @since 0.2.0
 * @category tracing
 */
export const withSpan = <A, E, R>(
  self: Effect.Effect<A, E, R>,
  name: string,
  attributes: () => Readonly<Record<string, unknown>>,
  end?: (exit: Exit.Exit<A, E>) => Readonly<Record<string, unknown>>
): Effect.Effect<A, E, R> =>
  Effect.tracerWith((tracer) => isRecording(tracer) ? span(self, name, attributes(), end) : self)

/**
 * Runs `self` with Effect's tracing off unless a recording tracer is installed, so that spans made
 * inside it by other libraries (e.g. `@effect/platform`'s `http.client` spans) follow the same rule.
 *
 * @since 0.2.0
 * @category tracing
 */
export const tracedOnlyWhenRecording = <A, E, R>(self: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
  Effect.tracerWith((tracer) => isRecording(tracer) ? self : Effect.withTracerEnabled(self, false))
