import { isDatabaseEmpty } from '@kyodo/service-kit';
import { demoFunding, type FundingApplicantSource } from '@kyodo/seed';
import { ApplicantModel } from './models/Applicant.js';
import { ApplicationModel } from './models/Application.js';
import { AwardModel } from './models/Award.js';
import { CollaborativeProjectModel } from './models/CollaborativeProject.js';
import { GrantProgramModel } from './models/GrantProgram.js';
import { loadFundingApplicants } from './sources.js';

const MODELS = [GrantProgramModel, ApplicationModel, AwardModel, CollaborativeProjectModel, ApplicantModel];

/**
 * Loads the demo funding (@kyodo/seed's demoFunding) into an empty database, with every demo organization in the
 * applicant register; a database that already has data is left alone. Every document goes through its model's
 * validation.
 */
export async function seed(applicants?: FundingApplicantSource[]): Promise<void> {
  if (!(await isDatabaseEmpty(MODELS))) return;
  const organizations = applicants ?? (await loadFundingApplicants());
  const data = demoFunding(organizations);
  await ApplicantModel.insertMany(
    organizations.map(({ id, kind, districtCode }) => ({ _id: id, kind, districtCode })),
  );
  await GrantProgramModel.insertMany(data.programs.map(({ id, ...program }) => ({ _id: id, ...program })));
  await ApplicationModel.insertMany(
    data.applications.map(({ id, createdAt, submittedAt, decidedAt, ...application }) => ({
      _id: id,
      ...application,
      createdAt: new Date(createdAt),
      submittedAt: submittedAt === null ? null : new Date(submittedAt),
      decidedAt: decidedAt === null ? null : new Date(decidedAt),
    })),
  );
  await AwardModel.insertMany(data.awards.map(({ id, ...award }) => ({ _id: id, ...award })));
  await CollaborativeProjectModel.insertMany(
    data.collaborativeProjects.map(({ id, ...project }) => ({ _id: id, ...project })),
  );
}
