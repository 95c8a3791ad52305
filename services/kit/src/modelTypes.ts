import type mongoose from 'mongoose';

/** Any model, whatever its document type: the kit only creates indexes and counts documents through it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = mongoose.Model<any, any, any, any, any, any, any>;

/**
 * A model with raw document type T and hydrated document type H, so helpers return the model's own documents (with
 * its methods and virtuals) rather than the raw shape.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ModelOf<T, H> = mongoose.Model<T, any, any, any, H, any, any>;
