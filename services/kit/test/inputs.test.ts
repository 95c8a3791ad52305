import {
  ANONYMOUS,
  describeAction,
  requireActsFor,
  requireDateNotInFuture,
  requireFiniteNumber,
  requireKatakana,
  requireStaff,
  requireText,
  textProblem,
  requireWithinHorizon,
  type Viewer,
} from '../src/index.js';

function refusal(run: () => unknown): { code: unknown; message: string } | null {
  try {
    run();
  } catch (error) {
    const { extensions, message } = error as { extensions?: { code?: unknown }; message: string };
    return { code: extensions?.code, message };
  }
  return null;
}

describe('text hygiene', () => {
  it('refuses NUL, other control characters and unpaired surrogates; keeps tabs, newlines and emoji', () => {
    expect(textProblem('a\u0000b')).toContain('NUL');
    expect(textProblem('a\u0007b')).toContain('control');
    expect(textProblem('a\ud800b')).toContain('surrogate');
    expect(textProblem('a\udc00')).toContain('surrogate');
    expect(textProblem('行1\n行2\t😀')).toBeNull();
  });

  it('requireText trims, NFC-normalises, counts characters (not UTF-16 units) and names the argument', () => {
    expect(requireText('  か\u3099  ', 'input.name', { max: 5 })).toBe('が');
    expect(requireText('😀😀', 'input.name', { max: 2 })).toBe('😀😀');
    expect(refusal(() => requireText('   ', 'input.name', { max: 5 }))).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Argument "input.name" must not be empty',
    });
    expect(refusal(() => requireText('abcdef', 'input.name', { max: 5 }))?.code).toBe('BAD_USER_INPUT');
  });

  it('requireKatakana accepts katakana and hiragana (converted), refuses letters', () => {
    expect(requireKatakana('やいづ', 'nameKana')).toBe('ヤイヅ');
    expect(requireKatakana('ﾔｲﾂﾞ', 'nameKana')).toBe('ヤイヅ');
    expect(requireKatakana('テスト・キョウギカイ', 'nameKana')).toBe('テスト・キョウギカイ');
    expect(refusal(() => requireKatakana('abc', 'nameKana'))?.code).toBe('BAD_USER_INPUT');
    expect(refusal(() => requireKatakana('焼津', 'nameKana'))?.code).toBe('BAD_USER_INPUT');
  });
});

describe('numbers, instants and dates', () => {
  it('requireFiniteNumber refuses infinities, NaN and values out of range', () => {
    expect(requireFiniteNumber(55.5, 'value', 0, 100)).toBe(55.5);
    for (const value of [Infinity, NaN, 1.7e308, -0.1]) {
      expect(refusal(() => requireFiniteNumber(value, 'value', 0, 100))?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('requireWithinHorizon and requireDateNotInFuture', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    expect(requireWithinHorizon(new Date('2027-01-01T00:00:00Z'), 'start', now, 400)).toBeInstanceOf(Date);
    expect(
      refusal(() => requireWithinHorizon(new Date('9999-06-01T00:00:00Z'), 'start', now, 400))?.code,
    ).toBe('BAD_USER_INPUT');
    expect(requireDateNotInFuture('2026-12-01', 'foundedOn', '2026-12-01')).toBe('2026-12-01');
    expect(refusal(() => requireDateNotInFuture('2999-01-01', 'foundedOn', '2026-12-01'))?.message).toContain(
      'must not be in the future',
    );
  });
});

describe('the access policy', () => {
  const resident: Viewer = { sub: 'r', role: 'resident', organizationIds: [] };
  const member: Viewer = { sub: 'm', role: 'member', organizationIds: ['org-1'] };
  const staff: Viewer = { sub: 's', role: 'staff', organizationIds: [] };

  it('anonymous is always UNAUTHENTICATED; signed in without the right is FORBIDDEN', () => {
    expect(refusal(() => requireStaff(ANONYMOUS, 'create a grant program'))).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'You must be signed in to create a grant program',
    });
    expect(refusal(() => requireStaff(resident, 'create a grant program'))).toEqual({
      code: 'FORBIDDEN',
      message: 'Only city staff may create a grant program',
    });
    expect(refusal(() => requireActsFor(ANONYMOUS, 'org-1', 'book rooms'))?.code).toBe('UNAUTHENTICATED');
    expect(refusal(() => requireActsFor(resident, 'org-1', 'book rooms'))?.code).toBe('FORBIDDEN');
    expect(refusal(() => requireActsFor(member, 'org-2', 'book rooms'))?.code).toBe('FORBIDDEN');
    expect(refusal(() => requireActsFor(member, ['org-2', 'org-1'], 'book rooms'))).toBeNull();
    expect(refusal(() => requireActsFor(staff, 'org-9', 'book rooms'))).toBeNull();
  });

  it('describes schema elements as actions in plain words', () => {
    expect(describeAction('Mutation', 'createGrantProgram')).toBe('create a grant program');
    expect(describeAction('Mutation', 'reviewApplication')).toBe('review an application');
    expect(describeAction('Query', 'people')).toBe('read people');
    expect(describeAction('Application', 'reviewNotes')).toBe('see the review notes of an application');
    expect(describeAction('Person')).toBe('see person records');
  });
});
