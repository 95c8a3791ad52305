import { auditLogResolver } from '@kyodo/service-kit';
import { FacilityModel } from './models/Facility.js';
import { RoomModel } from './models/Room.js';
import { BookingModel } from './models/Booking.js';

/** The models whose writes are audited: their pending entries are flushed before the log is read. */
export const auditedModels = [FacilityModel, RoomModel, BookingModel];

/** Query._auditLog: this subgraph's audit entries, for the organizations subgraph's Query.auditLog to merge. */
export const internalAuditLog = auditLogResolver(auditedModels);
