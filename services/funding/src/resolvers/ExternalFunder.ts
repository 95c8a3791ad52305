import type { Context } from '../context.js';
import type { ExternalFunderResolvers, ExternalGrantProgramResolvers } from '../generated/graphql.js';

export const ExternalFunder: ExternalFunderResolvers<Context> = {
  async grantCount(funder, _args, { loaders }) {
    return (await loaders.externalFunderTotals.load(funder.id)).grantCount;
  },
  async programs(funder, _args, { loaders }) {
    return (await loaders.externalFunderTotals.load(funder.id)).programs;
  },
};

export const ExternalGrantProgram: ExternalGrantProgramResolvers<Context> = {
  funder: (program) => program.funder,
};
