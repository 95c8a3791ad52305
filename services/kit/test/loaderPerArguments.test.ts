import DataLoader from 'dataloader';
import { canonicalKey, loaderPerArguments } from '../src/loaderPerArguments.js';

describe('loaderPerArguments', () => {
  test('one loader per distinct argument set, each batching its keys into one call', async () => {
    const batches: { fiscalYear: number; keys: readonly string[] }[] = [];
    const byYear = loaderPerArguments(
      ({ fiscalYear }: { fiscalYear: number }) =>
        new DataLoader<string, string>(async (keys) => {
          batches.push({ fiscalYear, keys });
          return keys.map((key) => `${key}@${fiscalYear}`);
        }),
    );
    const loaded = await Promise.all([
      byYear({ fiscalYear: 2025 }).load('a'),
      byYear({ fiscalYear: 2025 }).load('b'),
      byYear({ fiscalYear: 2024 }).load('a'),
    ]);
    expect(loaded).toEqual(['a@2025', 'b@2025', 'a@2024']);
    expect(batches).toEqual([
      { fiscalYear: 2025, keys: ['a', 'b'] },
      { fiscalYear: 2024, keys: ['a'] },
    ]);
    expect(byYear({ fiscalYear: 2025 })).toBe(byYear({ fiscalYear: 2025 }));
  });

  test('the same values in another key order, or a null argument left out, are the same argument set', () => {
    let created = 0;
    const loaders = loaderPerArguments(
      (_args: { fiscalYear?: number | null; type?: string | null }) => ++created,
    );
    expect(loaders({ fiscalYear: 2025, type: 'SELF' })).toBe(loaders({ type: 'SELF', fiscalYear: 2025 }));
    expect(loaders({ fiscalYear: null })).toBe(loaders({ fiscalYear: undefined }));
    expect(loaders({ fiscalYear: 2025, type: null })).toBe(loaders({ fiscalYear: 2025 }));
    expect(loaders({ fiscalYear: 2025 })).not.toBe(loaders({ fiscalYear: 2024 }));
    // {2025, SELF}, {}, {2025}, {2024}.
    expect(created).toBe(4);
  });

  test('a custom key for arguments whose equality is not their JSON (a set of kinds)', () => {
    const loaders = loaderPerArguments(
      (kinds: string[]) => kinds.join('+'),
      (kinds) => [...kinds].sort().join(','),
    );
    expect(loaders(['HALL', 'LIBRARY'])).toBe('HALL+LIBRARY');
    expect(loaders(['LIBRARY', 'HALL'])).toBe('HALL+LIBRARY');
  });

  test('canonicalKey keeps dates and array order', () => {
    expect(
      canonicalKey({ to: new Date('2026-04-01T00:00:00Z'), from: new Date('2026-03-01T00:00:00Z') }),
    ).toBe('{"from":"2026-03-01T00:00:00.000Z","to":"2026-04-01T00:00:00.000Z"}');
    expect(canonicalKey(['b', 'a'])).not.toBe(canonicalKey(['a', 'b']));
  });
});
