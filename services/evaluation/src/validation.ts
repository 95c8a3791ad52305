import { requireInteger } from '@kyodo/service-kit';
import { SCORE_MAX, SCORE_MIN } from './models/enums.js';

/** A score on the evaluation scale (SCORE_MIN..SCORE_MAX); BAD_USER_INPUT naming the argument otherwise. */
export function score(value: number, argumentName: string): number {
  return requireInteger(value, argumentName, SCORE_MIN, SCORE_MAX);
}
