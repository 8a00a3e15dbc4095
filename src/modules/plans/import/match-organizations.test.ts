import { describe, expect, it } from 'vitest';
import { createTestContext } from '../../../../test/helpers.ts';
import { matchOrganizations, nameKey, registryIndex } from './match-organizations.ts';

// The organisations of the country pack the configuration chose, as the registry holds them.
const { country } = await createTestContext();
const index = registryIndex(
  country.organizations.map((o, id) => ({
    id,
    slug: o.slug,
    names: [o.nameEn, o.nameMn, ...(o.abbreviation ? [o.abbreviation] : []), ...(o.aliases ?? [])],
  })),
);
const written = (text: string, parts = [text], line = 1) => ({ text, parts, line });
const slugs = (list: ReturnType<typeof matchOrganizations>) => list.map((m) => m.slug ?? `?${m.text}`);

describe('matching the plan’s organisations to the registry', () => {
  it('compares names without case, spacing or outer punctuation', () => {
    expect(nameKey('  Ministry  of FINANCE. ')).toBe('ministry of finance');
    expect(nameKey('Anti – corruption')).toBe('anti-corruption');
  });

  it('matches names, aliases and the plan’s typos', () => {
    expect(
      slugs(matchOrganizations([written('Miniral resource authority'), written('Сангийн яам')], index)),
    ).toEqual(['mineral-resources-authority', 'ministry-of-finance']);
  });

  it('joins layout pieces into the longest known names', () => {
    const cell = written('Anti-corruption Authority Ministry of Justice', [
      'Anti-corruption',
      'Authority',
      'Ministry of Justice',
    ]);
    expect(slugs(matchOrganizations([cell], index))).toEqual([
      'independent-authority-against-corruption',
      'ministry-of-justice',
    ]);
  });

  it('joins a list entry that only completes the one before it', () => {
    const list = [
      written('Government'),
      written('National Auditing'),
      written('Committee'),
      written('Ministry of Finance'),
    ];
    const matched = matchOrganizations(list, index);
    expect(matched.map((m) => m.text)).toEqual([
      'Government',
      'National Auditing Committee',
      'Ministry of Finance',
    ]);
    expect(slugs(matched)).toEqual(['government', 'national-audit-office', 'ministry-of-finance']);
  });

  it('keeps what matches nothing as written, once', () => {
    const matched = matchOrganizations(
      [
        written('Ministry of Magic'),
        written('Parliament'),
        written('Ministry of Magic'),
        written('Unknown   Board', ['Unknown', 'Board']),
      ],
      index,
    );
    expect(slugs(matched)).toEqual(['?Ministry of Magic', 'state-great-khural', '?Unknown Board']);
  });
});
