import {
  badUserInput,
  conflict,
  notFound,
  parseObjectId,
  requireActsFor,
  type Viewer,
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
  viewer: Viewer,
): Promise<OrganizationDocument> {
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

  const joined = await OrganizationModel.updateOne(
    { _id: member._id, councilId: null, active: true },
    { $set: { councilId: council._id } },
  ).exec();
  if (joined.matchedCount === 0) {
    throw conflict(`${member.name} joined another council or was archived meanwhile`);
  }
  if ((await councilChain(council._id)).includes(member.id)) {
    await OrganizationModel.updateOne(
      { _id: member._id, councilId: council._id },
      { $set: { councilId: null } },
    ).exec();
    throw conflict(`${member.name} came to contain ${council.name} meanwhile: adding it would form a cycle`);
  }
  const updated = await OrganizationModel.findOneAndUpdate(
    { _id: council._id },
    { $inc: { memberCount: 1 } },
    { returnDocument: 'after' },
  ).exec();
  return updated ?? council;
}

/** Takes `memberId` out of the council; only matches while it is still a member, so a repeat is refused. */
export async function removeCouncilMember(
  councilIdArg: string,
  memberIdArg: string,
  viewer: Viewer,
): Promise<OrganizationDocument> {
  const { council, member } = await loadPair(councilIdArg, memberIdArg);
  requireActsFor(viewer, [council.id, member.id], 'change the members of this council');
  const left = await OrganizationModel.updateOne(
    { _id: member._id, councilId: council._id },
    { $set: { councilId: null } },
  ).exec();
  if (left.matchedCount === 0) {
    throw badUserInput(`${member.name} is not a member of ${council.name}`, { argumentName: 'memberId' });
  }
  const updated = await OrganizationModel.findOneAndUpdate(
    { _id: council._id, memberCount: { $gt: 0 } },
    { $inc: { memberCount: -1 } },
    { returnDocument: 'after' },
  ).exec();
  return updated ?? council;
}
