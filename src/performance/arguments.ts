import { ok, type Result } from 'neverthrow';
import { validate, type ParseableSchema } from '../core';
import type { PerformanceError } from './errors';
import { PREDIKAT_ORDER, type Predikat } from './predikat';
import { ORG_PREDIKAT_ORDER, RATING_ORDER, type OrgPredikat, type Rating } from './ratings';
import { orgPredikatSchema, predikatSchema, ratingSchema } from './schemas';

/*
 * The plain arguments of the domain functions. The codes (a rating, a predikat, an organisation predikat): a listed
 * code is used as it is; anything else (a JavaScript caller's value) goes to its schema, which writes the coded
 * error. The options: none take the defaults without zod, any given are checked by their strict schema.
 */

/**
 * Whether a typed code really is one of a list's codes (`RATING_ORDER`, `PREDIKAT_ORDER`, …), for a JavaScript
 * caller: `includes` compares without converting, so any value gives an answer. A function accepts a listed code
 * as it is and sends anything else to the schema, which writes the coded error.
 */
export function isCodeOf(codes: readonly string[], value: string): boolean {
  return codes.includes(value);
}

/**
 * The options as given, checked by their strict schema (an unknown key is `performance/invalid-input` naming it),
 * or the defaults without running zod when no options are given.
 */
export function optionsOf<Options>(
  schema: ParseableSchema<Options>,
  options: object | undefined,
  defaults: NoInfer<Options>,
): Result<Options, PerformanceError> {
  return options === undefined ? ok(defaults) : validate(schema, options, 'performance/invalid-input');
}

/** A rating as given, or `performance/unknown-rating`. */
export function ratingOf(rating: Rating): Result<Rating, PerformanceError> {
  return isCodeOf(RATING_ORDER, rating) ? ok(rating) : validate(ratingSchema, rating, 'performance/unknown-rating');
}

/** A predikat as given, or `performance/unknown-predikat`. */
export function predikatOf(predikat: Predikat): Result<Predikat, PerformanceError> {
  return isCodeOf(PREDIKAT_ORDER, predikat) ? ok(predikat) : validate(predikatSchema, predikat, 'performance/unknown-predikat');
}

/** An organisation predikat as given, or `performance/unknown-predikat`. */
export function orgPredikatOf(orgPredikat: OrgPredikat): Result<OrgPredikat, PerformanceError> {
  return isCodeOf(ORG_PREDIKAT_ORDER, orgPredikat)
    ? ok(orgPredikat)
    : validate(orgPredikatSchema, orgPredikat, 'performance/unknown-predikat');
}
