import { badUserInput } from '@kyodo/service-kit';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Validates a [from, to) period argument pair: from before to, and no longer than maxDays. */
export function assertPeriod(
  from: Date,
  to: Date,
  maxDays: number,
  names: [string, string] = ['from', 'to'],
): void {
  if (from.getTime() >= to.getTime()) {
    throw badUserInput(`"${names[0]}" must be before "${names[1]}"`, { argumentName: names[0] });
  }
  if (to.getTime() - from.getTime() > maxDays * DAY_MS) {
    throw badUserInput(`The period from "${names[0]}" to "${names[1]}" may span at most ${maxDays} days`, {
      argumentName: names[1],
    });
  }
}
