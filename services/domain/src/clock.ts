/**
 * Where "now" comes from. Domain rules take the instant as an argument; a process owns one clock (the kit's
 * processClock, which honours KYODO_NOW) and a request carries its `now`, so tests and demos can fix the date.
 */
export type Clock = () => Date;

/** A clock stopped at one instant: tests and demo runs. */
export function fixedClock(instant: Date | string): Clock {
  const at = new Date(instant);
  if (Number.isNaN(at.getTime())) throw new Error(`Not an instant: ${String(instant)}`);
  return () => new Date(at.getTime());
}

/** The machine's clock. */
export const systemClock: Clock = () => new Date();
