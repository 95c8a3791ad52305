import { auditedUpdate, conflict, type AuditContext } from '@kyodo/service-kit';
import type { Types, UpdateQuery } from 'mongoose';
import {
  ApplicationModel,
  type ApplicationDocument,
  type ApplicationFields,
  type ApplicationStatus,
} from './models/Application.js';

/** The application state machine: DRAFT -> SUBMITTED -> UNDER_REVIEW -> AWARDED | REJECTED, WITHDRAWN before a decision. */
export const ALLOWED_FROM = {
  submit: ['DRAFT'],
  review: ['SUBMITTED', 'UNDER_REVIEW'],
  decide: ['UNDER_REVIEW'],
  withdraw: ['DRAFT', 'SUBMITTED', 'UNDER_REVIEW'],
} as const satisfies Record<string, readonly ApplicationStatus[]>;
export type Action = keyof typeof ALLOWED_FROM;

/**
 * CONFLICT: the request is well-formed, but the application's state (often just changed by a concurrent request, as
 * when fifty staff decide it at once) does not allow it. The current state is in extensions.currentStatus.
 */
export function invalidTransition(action: Action, id: string, current: ApplicationStatus) {
  return conflict(
    `Cannot ${action} application ${id}: it is ${current}; ${action} needs ${ALLOWED_FROM[action].join(' or ')}`,
    { currentStatus: current },
  );
}

/** Throws CONFLICT naming the current state unless `action` is allowed from it. */
export function assertCanTransition(
  action: Action,
  application: { id: string; status: ApplicationStatus },
): void {
  if (!(ALLOWED_FROM[action] as readonly ApplicationStatus[]).includes(application.status)) {
    throw invalidTransition(action, application.id, application.status);
  }
}

/**
 * Applies a transition only if the application is still in an allowed state: the status check is part of the
 * update's filter, so two racing requests cannot both move it (e.g. award it twice). When it no longer matches,
 * the error names the state it is in now. The write carries its audit entry (`operation`, the mutation's name).
 */
export async function transition(
  action: Action,
  id: Types.ObjectId,
  update: UpdateQuery<ApplicationFields>,
  operation: string,
  ctx: AuditContext,
  from: readonly ApplicationStatus[] = ALLOWED_FROM[action],
): Promise<ApplicationDocument> {
  return auditedUpdate(ApplicationModel, {
    id,
    filter: { status: { $in: [...from] } },
    update,
    operation,
    ctx,
    filterProblem: (current) => invalidTransition(action, id.toHexString(), current.status),
  });
}
