import { createRandom, stableObjectIdHex } from '../src/index.js';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: string) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random.int(0, 1_000_000));
    };
    expect(draw('yaizu')).toEqual(draw('yaizu'));
    expect(draw('yaizu')).not.toEqual(draw('mitaka'));
  });

  it('keeps int within its inclusive bounds and sample distinct', () => {
    const random = createRandom('bounds');
    const values = Array.from({ length: 2000 }, () => random.int(3, 5));
    expect(new Set(values)).toEqual(new Set([3, 4, 5]));
    const sample = random.sample(['a', 'b', 'c', 'd', 'e'], 4);
    expect(new Set(sample).size).toBe(4);
    expect(random.sample(['a'], 3)).toEqual(['a']);
    expect(() => random.pick([])).toThrow('empty');
  });
});

describe('stableObjectIdHex', () => {
  it('is a 24-hex-digit id that depends on namespace and key', () => {
    const id = stableObjectIdHex('organization', 'npo-001');
    expect(id).toMatch(/^[0-9a-f]{24}$/);
    expect(stableObjectIdHex('organization', 'npo-001')).toBe(id);
    expect(stableObjectIdHex('facility', 'npo-001')).not.toBe(id);
  });
});
