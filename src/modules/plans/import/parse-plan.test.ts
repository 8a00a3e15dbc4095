import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from './parse-plan.ts';
import type { ParsedCommitment, ParsedPlan } from './parsed.ts';

// The demo copy of the seed action plan; seed.conformance.test.ts checks that it is the seed's text.
const DEMO_COPY = new URL('../demo/ogp-action-plan-mongolia-2014-2015.txt', import.meta.url);
const seedText = fs.readFileSync(DEMO_COPY, 'utf8');
const plan = parsePlan(seedText);

const commitments = (p: ParsedPlan): ParsedCommitment[] => p.priorities.flatMap((x) => x.commitments);
const find = (number: string) => {
  for (const c of commitments(plan)) {
    if (c.number === number) return c;
    const m = c.milestones.find((x) => x.number === number);
    if (m) return m;
  }
  throw new Error(`no item ${number}`);
};

describe('the seed action plan (counts checked by reading the document)', () => {
  it('is the whole document, its table included', () => {
    expect(seedText.length).toBeGreaterThan(9000);
    expect(seedText.split('\n').filter((line) => line.split('\t').length >= 3).length).toBeGreaterThan(30);
  });

  it('has no problems, its title and the period of the header', () => {
    expect(plan.problems).toEqual([]);
    expect(plan.title).toBe('Government of Mongolia "Open government partnership" Country action plan');
    expect(plan.period).toEqual({ start: '2014-01-01', end: '2015-12-31' });
  });

  it('recovers the five priority areas with their titles and labels', () => {
    expect(plan.priorities.map((p) => [p.number, p.code, p.title, p.line])).toEqual([
      ['I', null, 'Preparatory actions', 4],
      ['II', null, 'Implementation Structure and management', 8],
      ['III', '3.2.1', 'Increasing public transparency', 9],
      ['IV', '3.3.2', 'Improving public service', 27],
      ['V', '3.3.2', 'Enhancing justice and reducing corruption', 34],
    ]);
  });

  it('recovers 33 commitments, numbered as the document numbers them', () => {
    expect(plan.priorities.map((p) => p.commitments.length)).toEqual([8, 5, 8, 5, 7]);
    expect(commitments(plan).map((c) => c.number)).toEqual([
      'I.1',
      'I.2',
      'I.3',
      'I.4',
      'I.5',
      'I.6',
      'I.7',
      'I.8',
      'II.1',
      'II.2',
      'II.3',
      'II.4',
      'II.5',
      '3.3.1.1',
      '3.3.1.2',
      '3.3.1.3',
      '3.1.4',
      '3.1.5',
      '3.1.6',
      '3.3.1.7',
      '3.3.1.8',
      null,
      '3.3.2.2',
      '3.3.2.3',
      '3.3.2.4',
      '3.3.2.6',
      '3.3.3.1',
      '3.3.3.2',
      '3.3.3.3',
      '3.3.3.4',
      '3.3.3.5',
      '3.3.3.6',
      '3.3.3.7',
    ]);
  });

  it('recovers 26 milestones and actions: 14 numbered, 12 written without a number', () => {
    const milestones = commitments(plan).flatMap((c) => c.milestones);
    expect(milestones).toHaveLength(26);
    expect(milestones.filter((m) => m.number !== null).map((m) => m.number)).toEqual([
      'I.3.a',
      'I.3.b',
      'I.3.c',
      'I.3.d',
      'I.4.a',
      'I.4.b',
      'I.4.c',
      'I.4.d',
      '3.3.1.3.1',
      '3.3.1.3.2',
      '3.3.1.3.3',
      '3.3.1.3.4',
      '3.3.1.3.5',
      '3.3.1.3.6',
    ]);
    const counts = Object.fromEntries(
      commitments(plan)
        .filter((c) => c.milestones.length > 0)
        .map((c) => [c.number ?? 'unnumbered', c.milestones.length]),
    );
    expect(counts).toEqual({
      'I.3': 4,
      'I.4': 4,
      '3.3.1.2': 2,
      '3.3.1.3': 6,
      '3.1.4': 1,
      '3.1.5': 1,
      '3.1.6': 1,
      '3.3.1.7': 1,
      unnumbered: 1,
      '3.3.2.3': 1,
      '3.3.2.6': 1,
      '3.3.3.4': 1,
      '3.3.3.6': 1,
      '3.3.3.7': 1,
    });
  });

  it('joins text broken across a page to the item it continues', () => {
    expect(find('I.4.d').title).toBe(
      'Received comments directly from interested People through the website and updated the draft of the Country Action Plan on the Government website',
    );
    expect(find('3.1.6').title.endsWith("harmful to the tural environment and people's health.")).toBe(true);
    expect(find('I.5').title).toBe("Conducted studies on some countries' OGP CAP");
  });

  it('keeps numbers inside text as text', () => {
    expect(find('I.1').title).toContain("Prime Ministers' resolution # 107.2013.");
    expect(find('3.3.1.8').title).toBe(
      'Disclose budget funded procurement contracts above 80.0 million MNT.',
    );
  });

  it('reads the actions of a commitment: dash lists, plain cells, the unnumbered commitment', () => {
    expect((find('3.3.1.2') as ParsedCommitment).milestones.map((m) => m.title)).toEqual([
      'Performance indicators of the public Organizations will be transparent',
      'Evaluate performance indicators and report to OGP National council',
    ]);
    const unnumbered = plan.priorities[3]!.commitments[0]!;
    expect(unnumbered.title).toBe(
      'Ensure civic engagement in planning and developing public services at central and local levels.',
    );
    expect(unnumbered.milestones[0]!.title).toBe(
      'Introduce communication channels such as organizing e- conferences, public hearings, and open meetings',
    );
  });

  it('gives each row’s timeline to the items the row opened', () => {
    const period = (n: string) => find(n).period;
    expect(period('I.1')).toEqual({ start: '2013-06-01', end: '2013-08-31' });
    expect(period('I.4')).toEqual({ start: '2013-08-01', end: '2013-08-31' });
    expect(period('I.8')).toEqual({ start: '2013-08-01', end: '2013-09-30' });
    expect(period('II.5')).toEqual({ start: '2013-11-01', end: '2013-12-31' });
    expect(period('3.3.1.1')).toEqual({ start: '2014-07-01', end: '2014-07-31' });
    expect(period('3.3.1.3')).toBeNull();
    expect(period('3.3.1.3.1')).toEqual({ start: '2014-09-01', end: '2014-09-30' });
    expect(period('3.3.1.3.4')).toEqual({ start: '2014-01-01', end: '2015-12-31' });
    expect(find('3.3.1.3.4').timeline).toBe('2014- 2015');
    expect(period('3.3.1.3.5')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(period('3.3.3.7')).toEqual({ start: '2015-01-01', end: '2015-12-31' });
    // Every commitment has a timeline of its own or through its milestones.
    for (const c of commitments(plan))
      expect(c.period ?? c.milestones.find((m) => m.period)?.period).toBeTruthy();
  });

  it('reads the organisations as written, nested lists and dash lists included', () => {
    const names = (n: string) => find(n).organizations.map((o) => o.text);
    expect(names('3.1.6')).toEqual([
      'Ministry of Environment and Green development',
      'Non-government Organizations',
      'Cabinet secretariat of government',
    ]);
    expect(names('3.3.1.3.5')).toEqual(['City Mayor governor', 'Local governors']);
    expect(names('3.3.1.3.1')).toEqual([
      'Government',
      'National Auditing',
      'Committee',
      'Ministry of Finance',
    ]);
    expect(find('3.3.3.4').organizations[0]!.parts).toEqual([
      'Anti-corruption',
      'Authority',
      'Ministry of Justice',
    ]);
    expect(names('I.4')).toEqual([]);
  });

  it('lists what it could not place, with the line', () => {
    expect(plan.unplaced.map((u) => [u.line, u.text])).toEqual([
      [11, 'Commissary.'],
      [20, 'data'],
      [21, 'trar'],
      [22, 'mai info env info acti'],
      [32, 'F E r'],
    ]);
  });

  it('warns of numbering a reviewer should check', () => {
    const messages = plan.warnings.map((w) => `${w.line}: ${w.message}`);
    expect(messages).toContain('20: 3.1.4 follows 3.3.1.3: check the numbering');
    expect(messages).toContain('32: 3.3.2.6 follows 3.3.2.4: check the numbering');
    expect(messages).toContain('34: priority area V is labelled 3.3.2, as IV is');
    expect(messages).toContain('5: commitment I.4 names no organisation');
    expect(messages.some((m) => m.startsWith('27: commitment') && m.includes('has no number'))).toBe(true);
  });
});

describe('bad tables', () => {
  const header = 'No\tPriorities\tCommitments / Actions\tImplementation organizations\tTimeline';
  it('refuses a table with no numbering', () => {
    const p = parsePlan(`Plan\n${header}\nsomething\tmore text\tand more\tMinistry\t2014\n`);
    expect(p.problems.map((x) => x.message).join()).toMatch(/no numbered priority areas or commitments/);
  });

  it('names a duplicate number with both lines', () => {
    const p = parsePlan(`${header}\nI)\tArea;\t1.1 One\tGovernment\t2014\n\t\t1.1 Again\tGovernment\t2014\n`);
    expect(p.problems).toEqual([{ line: 3, message: 'number 1.1 is used again (first on line 2)' }]);
  });

  it('names a timeline that is not a date', () => {
    const p = parsePlan(`${header}\nI)\tArea\t1.1 One\tGovernment\t2014 Julember\n`);
    expect(p.problems).toEqual([{ line: 2, message: 'timeline "2014 Julember" is not a date or a period' }]);
  });

  it('reads Windows line ends and a plan without a title line', () => {
    const p = parsePlan(
      `${header}\r\nI)\tArea\t1.1 One\tGovernment\t2014\r\n\t\t1.2 Two\tParliament\t2015 March\r\n`,
    );
    expect(p.problems).toEqual([]);
    expect(p.priorities[0]!.commitments.map((c) => [c.number, c.period?.end])).toEqual([
      ['1.1', '2014-12-31'],
      ['1.2', '2015-03-31'],
    ]);
  });

  it('does not place a commitment that comes before any priority area', () => {
    const p = parsePlan(`${header}\n\t\t1.1 Orphan\tGovernment\t2014\nI)\tArea\t1.2 One\tGovernment\t2014\n`);
    expect(p.unplaced[0]).toMatchObject({ line: 2, text: '1.1 Orphan' });
    expect(p.priorities[0]!.commitments).toHaveLength(1);
  });
});
