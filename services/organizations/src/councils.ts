import {
  auditedUpdate,
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireActsFor,
  type AuditContext,
} from '@kyodo/service-kit';
import type { Types } from 'mongoose';
import { OrganizationModel, type OrganizationDocument } from './models/Organization.js';

// Councils of councils are rare and shallow; a longer chain can only be damage, and stops the walk.
const MAX_COUNCIL_DEPTH = 32;

/** The councils above `councilId` (its council, that council's council, ...), the council itself first. */
async function councilChain(councilId: Types.ObjectId): Promise<string[]> {
  const chain: string[] = [];
  let current: Types.ObjectId | null = councilId;
  while (current !== null && chain.length < MAX_COUNCIL_DEPTH && !chain.includes(String(current))) {
    chain.push(String(current));
    const next: { councilId: Types.ObjectId | null } | null = await OrganizationModel.findById(current, {
      councilId: 1,
    })
      .lean<{ councilId: Types.ObjectId | null }>()
      .exec();
    current = next?.councilId ?? null;
  }
  return chain;
}

async function loadPair(councilIdArg: string, memberIdArg: string) {
  const councilId = parseObjectId(councilIdArg, 'councilId');
  const memberId = parseObjectId(memberIdArg, 'memberId');
  const [council, member] = await Promise.all([
    OrganizationModel.findById(councilId).exec(),
    OrganizationModel.findById(memberId).exec(),
  ]);
  if (!council) throw notFound('Organization', councilIdArg);
  if (!member) throw notFound('Organization', memberIdArg);
  return { council, member };
}

/**
 * Puts `memberId` into the council. Two rules are enforced by the database rather than by the checks before the
 * write: an organization is in at most one council (the update only matches while its councilId is still null),
 * and no council ends up inside itself. The second spans documents (A in B and B in A are two writes to two
 * documents), so no single conditional update can guard it: after the write the chain above the council is read
 * again and, if it now reaches the member, the write is undone by a conditional update. Whichever of two racing
 * additions writes second sees the cycle in that re-read and withdraws, so a cycle never survives a request.
 */
export async function addCouncilMember(
  councilIdArg: string,
  memberIdArg: string,
  ctx: AuditContext,
): Promise<OrganizationDocument> {
  const { viewer } = ctx;
  if (parseObjectId(councilIdArg, 'councilId').equals(parseObjectId(memberIdArg, 'memberId'))) {
    throw badUserInput('A council cannot be a member of itself', { argumentName: 'memberId' });
  }
  const { council, member } = await loadPair(councilIdArg, memberIdArg);
  requireActsFor(viewer, council.id, 'change the members of this council');
  if (council.kind !== 'DISTRICT_COUNCIL') {
    throw badUserInput(`${council.name} is not a district council`, { argumentName: 'councilId' });
  }
  if (!council.active || !member.active) throw conflict('Archived organizations cannot join or take members');
  if (member.councilId?.equals(council._id)) return council;
  if (member.councilId !== null) {
    throw conflict(`${member.name} is already a member of another council; remove it there first`, {
      councilId: String(member.councilId),
    });
  }
  if ((await councilChain(council._id)).includes(member.id)) {
    throw conflict(`${member.name} already contains ${council.name}: adding it would form a cycle`);
  }

  const operation = 'addCouncilMember';
  await auditedUpdate(OrganizationModel, {
    id: member._id,
    filter: { councilId: null, active: true },
    update: { $set: { councilId: council._id } },
    operation,
    ctx,
    filterProblem: () => conflict(`${member.name} joined another council or was archived meanwhile`),
  });
  if ((await councilChain(council._id)).includes(member.id)) {
    // The undo is audited too: the log shows the addition and its withdrawal.
    await auditedUpdate(OrganizationModel, {
      id: member._id,
      filter: { councilId: council._id },
      update: { $set: { councilId: null } },
      operation,
      ctx,
    }).catch(() => undefined);
    throw conflict(`${member.name} came to contain ${council.name} meanwhile: adding it would form a cycle`);
  }
  return auditedUpdate(OrganizationModel, {
    id: council._id,
    update: { $inc: { memberCount: 1 } },
    operation,
    ctx,
  });
}

/** Takes `memberId` out of the council; only matches while it is still a member, so a repeat is refused. */
export async function removeCouncilMember(
  councilIdArg: string,
  memberIdArg: string,
  ctx: AuditContext,
): Promise<OrganizationDocument> {
  const { council, member } = await loadPair(councilIdArg, memberIdArg);
  requireActsFor(ctx.viewer, [council.id, member.id], 'change the members of this council');
  const operation = 'removeCouncilMember';
  await auditedUpdate(OrganizationModel, {
    id: member._id,
    filter: { councilId: council._id },
    update: { $set: { councilId: null } },
    operation,
    ctx,
    filterProblem: () =>
      badUserInput(`${member.name} is not a member of ${council.name}`, { argumentName: 'memberId' }),
  });
  const empty = conflict('the council has no members to count down');
  try {
    return await auditedUpdate(OrganizationModel, {
      id: council._id,
      filter: { memberCount: { $gt: 0 } },
      update: { $inc: { memberCount: -1 } },
      operation,
      ctx,
      filterProblem: () => empty,
    });
  } catch (error) {
    // A count already at 0 (data that predates the rule) stays at 0; the membership itself is gone.
    if (error !== empty) throw error;
    return (await OrganizationModel.findById(council._id).exec()) ?? council;
  }
}
