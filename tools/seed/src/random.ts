import { createHash } from 'node:crypto';
import { unsafeUniformIntDistribution, xoroshiro128plus, type RandomGenerator } from 'pure-rand';

/** A deterministic random source: the same seed string always yields the same demo data. */
export interface Random {
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** Float in [0, 1). */
  float(): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `count` distinct items, in a random order. */
  sample<T>(items: readonly T[], count: number): T[];
}

function seedFromString(seed: string): number {
  return createHash('sha256').update(seed).digest().readInt32BE(0);
}

export function createRandom(seed: string): Random {
  const generator: RandomGenerator = xoroshiro128plus(seedFromString(seed));
  const int = (min: number, max: number): number => unsafeUniformIntDistribution(min, max, generator);
  const random: Random = {
    int,
    float: () => int(0, 2 ** 30 - 1) / 2 ** 30,
    chance: (probability) => random.float() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as (typeof items)[number];
    },
    sample: (items, count) => {
      const pool = [...items];
      const picked: (typeof pool)[number][] = [];
      while (picked.length < count && pool.length > 0) {
        picked.push(pool.splice(int(0, pool.length - 1), 1)[0] as (typeof pool)[number]);
      }
      return picked;
    },
  };
  return random;
}
