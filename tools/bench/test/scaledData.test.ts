import { ObjectId } from 'mongodb';
import { copyValue } from '../src/engine/scaledData.js';
import { parseEngineFlags } from '../src/engine/engineBench.js';

describe('engine bench data', () => {
  const orgId = new ObjectId('64b000000000000000000001');
  const doc = {
    _id: new ObjectId('64b000000000000000000002'),
    organizationId: orgId,
    districtCode: 'yaizu-16',
    name: 'Yaizu hall',
    location: { type: 'Point', coordinates: [138.3, 34.8] },
    tags: [orgId],
    at: new Date(0),
  };

  test('a copy is another town: ids remapped consistently, districts suffixed, geometry on its own tile', () => {
    const copy = copyValue(doc, 12, new Set(['districtCode'])) as typeof doc;
    expect(copy._id.equals(doc._id)).toBe(false);
    expect(copy.organizationId.equals(orgId)).toBe(false);
    // The same id maps to the same id everywhere in a copy, so references stay consistent.
    expect(copy.tags[0]!.equals(copy.organizationId)).toBe(true);
    expect(copy.districtCode).toBe('yaizu-16~12');
    expect(copy.name).toBe('Yaizu hall');
    expect(copy.location.coordinates[0]).toBeCloseTo(138.3 + 2 * 0.6);
    expect(copy.location.coordinates[1]).toBeCloseTo(34.8 + 1 * 0.6);
    expect(copy.at).toEqual(new Date(0));
  });

  test('copies are deterministic and differ between copies', () => {
    const a = copyValue(doc, 3, new Set()) as typeof doc;
    const b = copyValue(doc, 3, new Set()) as typeof doc;
    const c = copyValue(doc, 4, new Set()) as typeof doc;
    expect(a._id.equals(b._id)).toBe(true);
    expect(a._id.equals(c._id)).toBe(false);
  });

  test('flags: scales and budget, bad values named', () => {
    expect(parseEngineFlags([])).toEqual({ scales: [1, 10, 100], budgetMs: 2000 });
    expect(parseEngineFlags(['--scales', '1,5', '--budget-ms=300'])).toEqual({
      scales: [1, 5],
      budgetMs: 300,
    });
    expect(() => parseEngineFlags(['--scales', '0'])).toThrow(/--scales/);
    expect(() => parseEngineFlags(['--nope'])).toThrow(/--nope/);
  });
});
