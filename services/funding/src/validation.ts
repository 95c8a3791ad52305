import { badUserInput } from '@kyodo/service-kit';

/** Input checks shared by the mutations; each failure is BAD_USER_INPUT naming the argument. */

export function requireText(value: string, argumentName: string, maxLength: number): string {
  const text = value.trim();
  if (text.length === 0) throw badUserInput(`Argument "${argumentName}" must not be empty`, { argumentName });
  if (text.length > maxLength) {
    throw badUserInput(`Argument "${argumentName}" must be at most ${maxLength} characters`, {
      argumentName,
    });
  }
  return text;
}

export function requireInteger(
  value: number,
  argumentName: string,
  min: number,
  max = 2_000_000_000,
): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`Argument "${argumentName}" must be an integer from ${min} to ${max}, got ${value}`, {
      argumentName,
    });
  }
  return value;
}

export const MIN_FISCAL_YEAR = 1990;
export const MAX_FISCAL_YEAR = 2100;

export function requireFiscalYear(value: number, argumentName = 'fiscalYear'): number {
  return requireInteger(value, argumentName, MIN_FISCAL_YEAR, MAX_FISCAL_YEAR);
}

/** An optional fiscal year argument: null stays null, anything else must be a plausible year. */
export function optionalFiscalYear(
  value: number | null | undefined,
  argumentName = 'fiscalYear',
): number | null {
  return value === null || value === undefined ? null : requireFiscalYear(value, argumentName);
}
