import {
  auditedCreate,
  auditedUpdate,
  conflict,
  notFound,
  parseObjectId,
  requireStaff,
  type RequestContext,
} from '@kyodo/service-kit';
import type { CreatePersonInput, UpdatePersonInput } from './generated/graphql.js';
import { PersonModel, PERSONAL_FIELDS, type PersonDocument, type PersonFields } from './models/Person.js';
import { personChanges, personFields } from './personInput.js';

/**
 * Writes of the talent register (人材バンク), staff only. Every write goes through the kit's audited writes, so the
 * change and its audit entry are one document write; the model's personalFields (PERSONAL_FIELDS) are redacted in
 * every entry, so the trail never holds what removePerson erases.
 */

const ENTITY = 'Person';

export async function createPerson(
  input: CreatePersonInput,
  idempotencyKey: string | null | undefined,
  ctx: RequestContext<unknown>,
): Promise<PersonDocument> {
  requireStaff(ctx.viewer, 'add people to the talent register');
  const fields = await personFields(input, ctx.now);
  return auditedCreate(PersonModel, fields, ctx, {
    entityType: ENTITY,
    operation: 'createPerson',
    idempotencyKey,
    input,
  });
}

export async function updatePerson(
  id: string,
  expectedVersion: number,
  input: UpdatePersonInput,
  ctx: RequestContext<unknown>,
): Promise<PersonDocument> {
  requireStaff(ctx.viewer, 'change the talent register');
  const objectId = parseObjectId(id, 'id');
  const set = await personChanges(input, ctx.now);
  return auditedUpdate(PersonModel, {
    id: objectId,
    expectedVersion,
    filter: { removed: false },
    filterProblem: () => conflict(`Person ${id} was removed from the register and can no longer be changed`),
    update: { $set: set },
    operation: 'updatePerson',
    ctx,
  });
}

/**
 * Erases the personal fields and keeps the anonymised tombstone; removing a tombstone returns it unchanged. No
 * expectedVersion: erasure never waits on an editor's version (the kit re-applies it when an edit lands between its
 * read and its write), and the `removed: false` filter makes a second removal a no-op.
 */
export async function removePerson(id: string, ctx: RequestContext<unknown>): Promise<PersonDocument> {
  requireStaff(ctx.viewer, 'remove people from the talent register');
  const objectId = parseObjectId(id, 'id');
  const current = await PersonModel.findById(objectId).exec();
  if (!current) throw notFound(ENTITY, id);
  if (current.removed) return current;
  const unset = Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, 1]));
  try {
    return await auditedUpdate<PersonFields, PersonDocument>(PersonModel, {
      id: objectId,
      filter: { removed: false },
      update: { $set: { removed: true, removedAt: ctx.now }, $unset: unset },
      operation: 'removePerson',
      ctx,
      // The required name and reading are required of live entries only; this update is fixed and makes a tombstone.
      runValidators: false,
    });
  } catch (error) {
    // A concurrent removal won: answer its tombstone, as a second removal does.
    const tombstone = await PersonModel.findOne({ _id: objectId, removed: true }).exec();
    if (tombstone) return tombstone;
    throw error;
  }
}
