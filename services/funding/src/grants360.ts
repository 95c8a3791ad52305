import type { AwardDocument } from './models/Award.js';

/** A 360Giving grant is a view of one award; its fields are resolved from the award, its application and program. */
export interface Grant360Source {
  award: AwardDocument;
}

export const CURRENCY = 'JPY';
