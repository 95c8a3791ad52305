/**
 * MongoDB-shaped command errors ({ ok: 0, errmsg, code, codeName }) and the mapping of mingo's
 * exceptions onto the codes MongoDB uses, so clients see the error a real server would send.
 */

/** Error codes used by the engine, named as in MongoDB's error_codes.yml. */
export const ErrorCodes = {
  BadValue: 2,
  Unauthorized: 13,
  FailedToParse: 9,
  TypeMismatch: 14,
  IndexNotFound: 27,
  NamespaceNotFound: 26,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  InvalidOptions: 72,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  IndexAlreadyExists: 68,
  IllegalOperation: 20,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  NotImplemented: 238,
  MaxTimeMSExpired: 50,
  DocumentValidationFailure: 121,
  InvalidLength: 342,
  CappedPositionLost: 136,
  Location40573: 40573,
  Location40415: 40415,
  ConflictingUpdateOperators: 40,
  DollarPrefixedFieldName: 52,
  PathNotViable: 28,
  EmptyFieldName: 56,
  InvalidPipelineOperator: 168,
  Location15952: 15952,
  Location40324: 40324,
  Location40602: 40602,
  NoQueryExecutionPlans: 291,
  DuplicateKey: 11000,
  BSONObjectTooLarge: 10334,
  Location16755: 16755,
  Location17419: 17419,
  Location17420: 17420,
} as const;

export type ErrorCodeName = keyof typeof ErrorCodes;

export class MongoCommandError extends Error {
  readonly code: number;
  readonly codeName: string;
  readonly extra: Record<string, unknown>;

  constructor(codeName: ErrorCodeName, errmsg: string, extra: Record<string, unknown> = {}) {
    super(errmsg);
    this.code = ErrorCodes[codeName];
    // MongoDB reports LocationNNNNN codes without a codeName; keep that shape.
    this.codeName = codeName.startsWith('Location') ? '' : codeName;
    this.extra = extra;
  }

  toDocument(): Record<string, unknown> {
    const doc: Record<string, unknown> = { ok: 0, errmsg: this.message, code: this.code };
    if (this.codeName) doc.codeName = this.codeName;
    return { ...doc, ...this.extra };
  }
}

/** Translates an exception thrown by mingo (or our own code) into a MongoDB-shaped error. */
export function toMongoError(error: unknown): MongoCommandError {
  if (error instanceof MongoCommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  let match = /unknown query operator (\$\w+)/i.exec(message);
  if (match) return new MongoCommandError('BadValue', `unknown operator: ${match[1]}`);
  match = /unknown top level operator:? (\$\w+)/i.exec(message);
  // The engine has no text indexes, so $text fails as it does on MongoDB without one.
  if (match?.[1] === '$text')
    return new MongoCommandError('IndexNotFound', 'text index required for $text query');
  if (match) return new MongoCommandError('BadValue', `unknown top level operator: ${match[1]}`);
  match = /Unknown update operator:? '?(\$\w+)'?/i.exec(message);
  if (match) {
    return new MongoCommandError(
      'FailedToParse',
      `Unknown modifier: ${match[1]}. Expected a valid update modifier or pipeline-style update specified as an array`,
    );
  }
  match = /^(\$\w+)(?: operator)? requires '(scriptEnabled|jsonSchemaValidator)'/.exec(message);
  if (match) {
    const what = match[2] === 'scriptEnabled' ? 'server-side JavaScript' : 'JSON Schema validation';
    return new MongoCommandError(
      'NotImplemented',
      `${match[1]} (${what}) is not supported by the embedded engine`,
    );
  }
  match = /updating the path '([^']+)' would create a conflict at '([^']+)'/i.exec(message);
  if (match) {
    return new MongoCommandError(
      'ConflictingUpdateOperators',
      `Updating the path '${match[1]}' would create a conflict at '${match[2]}'`,
    );
  }
  if (/would modify the immutable field '_id'/.test(message)) {
    return new MongoCommandError(
      'ImmutableField',
      "Performing an update on the path '_id' would modify the immutable field '_id'",
    );
  }
  match = /unregistered pipeline operator (\$\w+)/i.exec(message);
  if (match) return new MongoCommandError('Location40324', `Unrecognized pipeline stage name: '${match[1]}'`);
  match = /'(\$\w+)' is not registered/i.exec(message);
  if (match) return new MongoCommandError('InvalidPipelineOperator', `Unrecognized expression '${match[1]}'`);
  return new MongoCommandError('BadValue', message);
}
