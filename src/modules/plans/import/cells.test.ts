import { describe, expect, it } from 'vitest';
import { organizationPieces, readCell, splitDashList } from './cells.ts';

describe('cells of a table converted from PDF', () => {
  it('reads an ordered list with the text before it', () => {
    const cell = readCell('Intro <ol> <li>One</li> <li>Two &amp; three</li> </ol>');
    expect(cell.text).toBe('Intro');
    expect(cell.entries.map((e) => [e.text, e.ordered])).toEqual([
      ['One', true],
      ['Two & three', true],
    ]);
  });

  it('joins a nested list into the entry that holds it, keeping the layout gaps as parts', () => {
    const cell = readCell(
      '<ul> <li>Ministry of         <ul> <li>Environment and Green                 development</li> </ul> </li> <li>Non-government                 Organizations</li> </ul>',
    );
    expect(cell.entries.map((e) => e.text)).toEqual([
      'Ministry of Environment and Green development',
      'Non-government Organizations',
    ]);
    expect(cell.entries[0]!.parts).toEqual(['Ministry of', 'Environment and Green', 'development']);
  });

  it('survives unclosed and stray tags', () => {
    expect(readCell('<ul><li>A<li>B').entries.map((e) => e.text)).toEqual(['A', 'B']);
    expect(readCell('</li></ul>text').text).toBe('text');
  });

  it('splits dash lists but not hyphenated words', () => {
    expect(splitDashList('- City Mayor governor - Local governors')).toEqual([
      'City Mayor governor',
      'Local governors',
    ]);
    expect(splitDashList('-Performance indicators will be transparent -Evaluate them')).toEqual([
      'Performance indicators will be transparent',
      'Evaluate them',
    ]);
    expect(splitDashList('- Non-government organizations - Anti-corruption authority')).toEqual([
      'Non-government organizations',
      'Anti-corruption authority',
    ]);
    expect(splitDashList('organizing e- conferences')).toEqual(['organizing e- conferences']);
  });

  it('gives the names of an organisations cell with their pieces', () => {
    expect(organizationPieces('Government     Civil society organizations')).toEqual([
      {
        text: 'Government Civil society organizations',
        parts: ['Government', 'Civil society organizations'],
      },
    ]);
    expect(organizationPieces('<ul><li>Government</li><li>Parliament</li></ul>').map((p) => p.text)).toEqual([
      'Government',
      'Parliament',
    ]);
  });
});
