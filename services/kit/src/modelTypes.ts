import type mongoose from 'mongoose';

/**
 * Any model, whatever its document type: the kit only creates indexes, counts documents and reads the schema
 * through it. The raw document type stays `any` (TypeScript has no "some T"; mongoose's Model is not assignable to
 * Model<unknown>); the other slots are unknown, so its queries and schema are typed rather than any.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyModel = mongoose.Model<any, unknown, unknown, unknown, unknown, mongoose.Schema, unknown>;

/**
 * A model with raw document type T and hydrated document type H, so helpers return the model's own documents (with
 * its methods and virtuals) rather than the raw shape. The query helpers are unknown (an `any` there makes every
 * query any), the schema is a plain Schema.
 */
export type ModelOf<T, H> = mongoose.Model<T, unknown, unknown, unknown, H, mongoose.Schema, unknown>;
