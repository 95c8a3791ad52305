import { utilisation } from '@kyodo/domain';
import { listBookings } from '../bookingList.js';
import { auditHistory, requireFiscalYear, versionOf } from '@kyodo/service-kit';
import { auditedModels } from '../auditLog.js';
import { facilitySchedule } from '../models/Facility.js';
import type { FacilityResolvers } from '../generated/graphql.js';
import type { Context } from '../loaders.js';
import { districtReference, organizationReference } from '../references.js';
import { usageOfFiscalYear } from '../usage.js';

export const Facility: FacilityResolvers<Context> = {
  __resolveReference: ({ id }, { loaders }) => loaders.facility.load(id),
  id: (facility) => facility._id.toHexString(),
  location: (facility) => {
    const [lng, lat] = facility.location?.coordinates ?? [];
    return { lat: lat ?? 0, lng: lng ?? 0 };
  },
  district: (facility) => (facility.districtCode ? districtReference(facility.districtCode) : null),
  operator: (facility) => (facility.operatorId ? organizationReference(facility.operatorId) : null),
  rooms: (facility, _args, { loaders }) => loaders.roomsByFacility.load(facility._id.toHexString()),
  usage: async (facility, { fiscalYear }, { loaders }) => {
    requireFiscalYear(fiscalYear);
    return usageOfFiscalYear(
      fiscalYear,
      await loaders.usageByFacility(fiscalYear).load(facility._id.toHexString()),
    );
  },
  utilization: async (facility, { fiscalYear }, { loaders }) => {
    requireFiscalYear(fiscalYear);
    const id = facility._id.toHexString();
    const [rooms, bookedMinutes] = await Promise.all([
      loaders.roomsByFacility.load(id),
      loaders.bookedMinutes(fiscalYear).load(id),
    ]);
    return utilisation(bookedMinutes, facilitySchedule(facility), rooms.length, fiscalYear);
  },
  source: (facility) => facility,
  archivedAt: (facility) => facility.archivedAt ?? null,
  version: (facility) => versionOf(facility),
  history: auditHistory('Facility', auditedModels),
  // Query.bookings narrowed to this facility: the same order, cursors, indexes and access rule (staff).
  bookings: (facility, { from, to, roomId, first, after }, { loaders, viewer }) =>
    listBookings(
      { filter: { facilityId: facility._id.toHexString(), roomId, from, to }, first, after },
      viewer,
      loaders,
    ),
};
