import { badUserInput } from '@kyodo/service-kit';
import { SCORE_MAX, SCORE_MIN } from './models/enums.js';

/**
 * Input checks shared by the mutations. Each throws BAD_USER_INPUT naming the argument, before anything is written.
 */

/** Trims `value`; empty is refused (or null when `optional`), and longer than `max` characters is refused. */
export function text(value: string, argumentName: string, max: number): string;
export function text(
  value: string | null | undefined,
  argumentName: string,
  max: number,
  optional: true,
): string | null;
export function text(value: string | null | undefined, argumentName: string, max: number, optional = false) {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') {
    if (optional) return null;
    throw badUserInput(`Argument "${argumentName}" must not be empty`, { argumentName });
  }
  if (trimmed.length > max) {
    throw badUserInput(`Argument "${argumentName}" must be at most ${max} characters`, { argumentName });
  }
  return trimmed;
}

export function intInRange(value: number, argumentName: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`Argument "${argumentName}" must be between ${min} and ${max}, got ${value}`, {
      argumentName,
    });
  }
  return value;
}

export function score(value: number, argumentName: string): number {
  return intInRange(value, argumentName, SCORE_MIN, SCORE_MAX);
}
