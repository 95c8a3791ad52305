/** The largest amount of yen any budget, award or disbursement may hold: beyond it a figure is a typo. */
export const MAX_YEN = 2_000_000_000;
