import DataLoader from 'dataloader';
import { ExternalGrantModel } from './models/ExternalGrant.js';

/** An external funder: its identity and name as its grants publish them (see models/ExternalGrant.ts). */
export interface ExternalFunderSource {
  id: string;
  name: string;
}

/** One programme of an external funder, with its grants' count and awarded totals per currency. */
export interface ExternalProgramSource {
  funder: ExternalFunderSource;
  code: string | null;
  title: string;
  grantCount: number;
  awardedTotals: { currency: string; amount: number }[];
}

/** What the programme totals loader answers for one funder. */
export interface ExternalFunderTotals {
  grantCount: number;
  /** By title, grants without a programme left out. */
  programs: ExternalProgramSource[];
}

interface ProgramRow {
  _id: { funderId: string; title: string | null; code: string | null; currency: string };
  funderName: string;
  grantCount: number;
  amount: number;
}

/**
 * Every funder's programmes and grant counts for the funders asked for in a tick: one $match on funderId (indexed)
 * and one $group, whatever the number of funders, programmes or grants on the page.
 */
export function createExternalFunderTotalsLoader(): DataLoader<string, ExternalFunderTotals> {
  return new DataLoader<string, ExternalFunderTotals>(async (funderIds) => {
    const rows = await ExternalGrantModel.aggregate<ProgramRow>([
      { $match: { funderId: { $in: [...new Set(funderIds)] } } },
      {
        $group: {
          _id: {
            funderId: '$funderId',
            title: '$programTitle',
            code: '$programCode',
            currency: '$grant.currency',
          },
          funderName: { $first: '$funderName' },
          grantCount: { $sum: 1 },
          amount: { $sum: '$grant.amountAwarded' },
        },
      },
    ]).exec();
    const byFunder = new Map<string, ExternalFunderTotals>();
    const programs = new Map<string, ExternalProgramSource>();
    for (const row of rows) {
      const { funderId, title, code, currency } = row._id;
      let totals = byFunder.get(funderId);
      if (!totals) {
        totals = { grantCount: 0, programs: [] };
        byFunder.set(funderId, totals);
      }
      totals.grantCount += row.grantCount;
      if (title === null) continue;
      const key = JSON.stringify([funderId, title, code]);
      let program = programs.get(key);
      if (!program) {
        program = {
          funder: { id: funderId, name: row.funderName },
          code,
          title,
          grantCount: 0,
          awardedTotals: [],
        };
        programs.set(key, program);
        totals.programs.push(program);
      }
      program.grantCount += row.grantCount;
      program.awardedTotals.push({ currency, amount: row.amount });
    }
    for (const totals of byFunder.values()) {
      totals.programs.sort(
        (a, b) => a.title.localeCompare(b.title) || (a.code ?? '').localeCompare(b.code ?? ''),
      );
      for (const program of totals.programs) program.awardedTotals.sort((a, b) => b.amount - a.amount);
    }
    return funderIds.map((id) => byFunder.get(id) ?? { grantCount: 0, programs: [] });
  });
}
