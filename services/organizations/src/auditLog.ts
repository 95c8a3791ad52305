import { auditLogFanOut, auditLogResolver } from '@kyodo/service-kit';
import { OrganizationModel } from './models/Organization.js';
import { PersonModel } from './models/Person.js';

/** The models whose writes are audited: their pending entries are flushed before the log is read. */
export const auditedModels = [OrganizationModel, PersonModel];

/** Query._auditLog: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. */
export const internalAuditLog = auditLogResolver(auditedModels);

/**
 * Query.auditLog (a root field has one owner: this subgraph) merges every subgraph's log. A filter on one of these
 * entity types asks its owner only; any other type asks every subgraph.
 */
export const AUDITED_TYPE_OWNERS: Readonly<Record<string, string>> = {
  Organization: 'organizations',
  Person: 'organizations',
  Facility: 'facilities',
  Room: 'facilities',
  Booking: 'facilities',
  GrantProgram: 'funding',
  Application: 'funding',
  Award: 'funding',
  ApplicantRegistration: 'funding',
  CollaborativeProject: 'funding',
  Indicator: 'evaluation',
  ActionItem: 'evaluation',
  Evaluation: 'evaluation',
};

export const auditLog = auditLogFanOut({
  self: 'organizations',
  subgraphs: ['organizations', 'facilities', 'funding', 'evaluation'],
  owners: AUDITED_TYPE_OWNERS,
  models: auditedModels,
});
