import { auditHistory, notFound, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import type { RoomResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';

export const Room: RoomResolvers<Context> = {
  __resolveReference: ({ id }, { loaders }) => loaders.room.load(id),
  id: (room) => room._id.toHexString(),
  archivedAt: (room) => room.archivedAt ?? null,
  version: (room) => versionOf(room),
  history: auditHistory('Room', auditedModels),
  facility: async (room, _args, { loaders }) => {
    const facility = await loaders.facility.load(String(room.facilityId));
    if (!facility) throw notFound('Facility', String(room.facilityId));
    return facility;
  },
};
