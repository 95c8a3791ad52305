import mongoose from 'mongoose';
import { indexesOf, isServed, unservedQueries, type RecordedQuery } from '../src/testing.js';

const schema = new mongoose.Schema({ kind: String, district: String, name: String, area: Object });
schema.index({ kind: 1, name: 1 });
schema.index({ area: '2dsphere' });
const models = [mongoose.model('IndexCoverageThing', schema, 'things')];

const query = (
  filter: Record<string, unknown>,
  sort: Record<string, 1 | -1> | null = null,
): RecordedQuery => ({
  collection: 'things',
  method: 'find',
  filter,
  sort,
  limited: sort !== null,
});

it('passes a query a declared index serves', () => {
  expect(unservedQueries(models, [query({ kind: 'a' }, { name: 1 })])).toEqual([]);
  expect(unservedQueries(models, [query({ kind: { $in: ['a', 'b'] } })])).toEqual([]);
  expect(unservedQueries(models, [query({ _id: 'x', district: 'd' })])).toEqual([]);
  expect(unservedQueries(models, [query({ area: { $geoIntersects: {} } })])).toEqual([]);
});

it('reports a query no declared index serves', () => {
  expect(unservedQueries(models, [query({ district: 'd' })])).toEqual([
    'things.find({"district":"d"}) is served by none of {"_id":1}, {"kind":1,"name":1}, {"area":"2dsphere"}',
  ]);
  // The filter is served, but not the sort of the page.
  expect(unservedQueries(models, [query({ kind: 'a' }, { district: 1 })])).toHaveLength(1);
});

it('holds the index to every equality field, or only its first key when asked', () => {
  const both = query({ kind: 'a', district: 'd' });
  const indexes = indexesOf(models, 'things');
  expect(isServed(both, indexes)).toBe(false);
  expect(isServed(both, indexes, { leading: 'first' })).toBe(true);
  expect(() => indexesOf(models, 'nothing')).toThrow('no model for collection nothing');
});
