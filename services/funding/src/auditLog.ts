import { auditLogResolver } from '@kyodo/service-kit';
import { GrantProgramModel } from './models/GrantProgram.js';
import { ApplicationModel } from './models/Application.js';
import { AwardModel } from './models/Award.js';
import { CollaborativeProjectModel } from './models/CollaborativeProject.js';
import { ApplicantModel } from './models/Applicant.js';

/** The models whose writes are audited: their pending entries are flushed before the log is read. */
export const auditedModels = [
  GrantProgramModel,
  ApplicationModel,
  AwardModel,
  CollaborativeProjectModel,
  ApplicantModel,
];

/** Query._auditLog: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. */
export const internalAuditLog = auditLogResolver(auditedModels);
