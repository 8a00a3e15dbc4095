import { describe, expect, it } from 'vitest';
import { readStandardJson } from '../../../test/conformance/standards.ts';
import { officialCodes, verdicts } from './conformance-support.ts';
import { closedCodelists } from './ocds/codelists.ts';
import type { Json, JsonObject } from './ocds/merge.ts';

/**
 * The project's own encoding of the OCDS codelists (`ocds/codelists.ts`) against the official
 * release schema and codelist files (`npm run test:conformance`): the same closed codelists with
 * the same codes, and the same verdict on a release with an unknown code in each of them.
 */
describe('the own encoding of the codelists agrees with the official release schema', () => {
  it('encodes exactly the closed codelists, each with the official codes', () => {
    const schema = readStandardJson<JsonObject>('ocds', 'release-schema.json');
    const closed = new Set<string>();
    const open = new Set<string>();
    const walk = (node: Json) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === 'object') {
        if (typeof node.codelist === 'string') (node.openCodelist ? open : closed).add(node.codelist);
        Object.values(node).forEach(walk);
      }
    };
    walk(schema);
    expect(new Set(Object.keys(closedCodelists))).toEqual(closed);
    for (const list of closed) expect(new Set(closedCodelists[list]), list).toEqual(officialCodes(list));
    for (const list of open) expect(closedCodelists[list], list).toBeUndefined();
  });

  it('both refuse an unknown code in each closed codelist, and accept any code in open ones', () => {
    const base: JsonObject = {
      ocid: 'ocds-x-1',
      id: '1',
      date: '2025-01-01T00:00:00Z',
      tag: ['tender'],
      initiationType: 'tender',
      tender: { id: 't', value: { amount: 1, currency: 'MNT' } },
      awards: [{ id: 'a', items: [{ id: '1' }] }],
      contracts: [{ id: 'c', awardID: 'a', implementation: { milestones: [{ id: 'm' }] } }],
      parties: [{ id: 'p', roles: ['buyer'] }],
      relatedProcesses: [{ id: 'r' }],
    };
    const at = (release: JsonObject, place: string, code: Json) => {
      const copy = structuredClone(release);
      const steps = place.split('.');
      let node = copy as Record<string, Json>;
      for (const s of steps.slice(0, -1)) node = node[s] as Record<string, Json>;
      node[steps.at(-1)!] = code;
      return copy;
    };
    const closedPlaces = [
      'tag',
      'initiationType',
      'tender.status',
      'tender.procurementMethod',
      'tender.mainProcurementCategory',
      'tender.value.currency',
      'awards.0.status',
      'contracts.0.status',
      'contracts.0.implementation.milestones.0.status',
    ];
    for (const place of closedPlaces) {
      const r = at(base, place, place === 'tag' ? ['bogus'] : 'bogus');
      expect(verdicts(r), place).toEqual({ own: false, official: false });
    }
    const openPlaces = [
      'tender.awardCriteria',
      'tender.submissionMethod',
      'tender.additionalProcurementCategories',
      'parties.0.roles',
      'relatedProcesses.0.relationship',
      'relatedProcesses.0.scheme',
      'awards.0.items.0.classification',
    ];
    for (const place of openPlaces) {
      const code =
        place.endsWith('Method') ||
        place.endsWith('Categories') ||
        place.endsWith('roles') ||
        place.endsWith('relationship')
          ? ['bogus']
          : place.endsWith('classification')
            ? { scheme: 'bogus' }
            : 'bogus';
      expect(verdicts(at(base, place, code)), place).toEqual({ own: true, official: true });
    }
  });
});
