import { StaleResponseStore } from '../src/staleResponseStore.js';

const answer = (body: string, source = '{ a }', maxAge = 10) => ({
  body: Buffer.from(body),
  maxAge,
  operationName: null,
  source,
});

describe('the response store', () => {
  it('is fresh for max-age, stale for as long again, then gone', () => {
    let now = 1_000_000;
    const store = new StaleResponseStore(1_000_000, () => now);
    store.set('k', answer('{"data":{}}'));
    expect(store.get('k')).toMatchObject({ freshness: 'fresh', ageSeconds: 0 });
    now += 12_000;
    expect(store.get('k')).toMatchObject({ freshness: 'stale', ageSeconds: 12 });
    now += 8_001;
    expect(store.get('k')).toBeUndefined();
    expect(store.freshness('k')).toBe('absent');
  });

  it('keeps no answer without a max-age', () => {
    const store = new StaleResponseStore(1_000_000);
    store.set('k', answer('{"data":{}}', '{ a }', 0));
    expect(store.get('k')).toBeUndefined();
  });

  it('counts each answer as its bytes, its text and its key: long texts with short answers are bounded too', () => {
    const store = new StaleResponseStore(1_000);
    const longText = `{ ${'a '.repeat(200)}}`;
    for (let i = 0; i < 5; i += 1) store.set(`k${i}`, answer('{"data":{}}', longText));
    // Each entry is ~420 characters of text: only the last two fit in 1,000.
    expect(['k0', 'k1', 'k2', 'k3', 'k4'].map((k) => store.freshness(k))).toEqual([
      'absent',
      'absent',
      'absent',
      'fresh',
      'fresh',
    ]);
  });
});
