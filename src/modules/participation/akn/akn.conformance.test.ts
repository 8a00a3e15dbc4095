import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { standard } from '../../../../test/conformance/standards.ts';
import { aknToDraft } from './read.ts';
import { codeDraft, codeMeta, transparencyDraft, transparencyMeta } from './test-drafts.ts';
import { draftToAkn } from './write.ts';

/**
 * The drafts `draftToAkn` writes against the official Akoma Ntoso 3.0 schema
 * (`../shared/standards/akoma-ntoso-3.0/akomantoso30.xsd`, with the `xml.xsd` it imports), checked
 * with xmllint (xmllint-wasm); and files broken on purpose, which the schema and the project's own
 * rules (`read.ts`) both refuse. Where the project is stricter than the standard (`rules.ts`), the
 * last cases show the schema accepting what the rules refuse.
 */
const file = (name: string) => ({
  fileName: name,
  contents: fs.readFileSync(standard('akoma-ntoso-3.0', name), 'utf8'),
});
const schema = file('akomantoso30.xsd');
const preload = [file('xml.xsd')];

async function xsd(xml: string) {
  const result = await validateXML({ xml: { fileName: 'draft.xml', contents: xml }, schema, preload });
  return { valid: result.valid, errors: result.errors.slice(0, 5).map((e) => e.message) };
}

const mongolian = draftToAkn(transparencyDraft, transparencyMeta);
const english = draftToAkn(codeDraft, codeMeta);

describe('the drafts written validate against the official schema', () => {
  it.each([
    ['a Mongolian draft with a preamble, chapters, articles, parts and points', mongolian],
    ['an English code with parts, sections and articles, without a preamble', english],
    [
      'the Mongolian draft without its preamble, first version',
      draftToAkn(
        { ...transparencyDraft, preamble: undefined },
        { ...transparencyMeta, version: 1, workDate: undefined },
      ),
    ],
    [
      'a one-article draft with an empty line in its text',
      draftToAkn(
        { title: 'Т', body: [{ id: 'n_1', kind: 'article', num: '1', text: 'а\n\nб', children: [] }] },
        transparencyMeta,
      ),
    ],
  ])('%s', async (_name, xml) => {
    expect(await xsd(xml)).toEqual({ valid: true, errors: [] });
    expect(aknToDraft(xml).ok).toBe(true);
  });
});

describe('files broken on purpose: the schema and the own rules both refuse them', () => {
  const cases: [string, string, (xml: string) => string][] = [
    [
      'a root outside the namespace',
      'akomaNtoso',
      (x) => x.replace(` xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"`, ''),
    ],
    ['a document without its body', 'body', (x) => x.replace(/<body>[\s\S]*<\/body>/, '')],
    ['a document without meta', 'meta', (x) => x.replace(/<meta>[\s\S]*<\/meta>/, '')],
    [
      'two divisions with the same eId',
      'body/chapter[2]/@eId',
      (x) => x.replace('eId="chp_2"', 'eId="chp_1"'),
    ],
    [
      'a division with the eId of the author organisation',
      'body/chapter[1]/@eId',
      (x) => x.replace('eId="chp_1"', 'eId="khuul-zui-yam"'),
    ],
    ['an eId with a space', 'body/chapter[1]/@eId', (x) => x.replace('eId="chp_1"', 'eId="chp 1"')],
    [
      'an element Akoma Ntoso does not have, in the body',
      'body/chapter[1]/annotation[1]',
      (x) =>
        x.replace('<heading>Нийтлэг үндэслэл</heading>', '<heading>Нийтлэг үндэслэл</heading><annotation/>'),
    ],
    [
      'content beside divisions',
      'body/chapter[1]/content',
      (x) =>
        x.replace(
          '<heading>Нийтлэг үндэслэл</heading>',
          '<heading>Нийтлэг үндэслэл</heading><content><p>x</p></content>',
        ),
    ],
    [
      'a number after the content',
      'body/chapter[2]/article[1]/paragraph[1]/num',
      (x) => x.replace(/(<num>3\.1<\/num>)(\s*)(<content>[\s\S]*?<\/content>)/, '$3$2$1'),
    ],
    [
      'the preamble before the preface',
      'preface',
      (x) => x.replace(/(<preface>[\s\S]*<\/preface>)(\s*)(<preamble>[\s\S]*<\/preamble>)/, '$3$2$1'),
    ],
    ['a body without divisions', 'body', (x) => x.replace(/<body>[\s\S]*<\/body>/, '<body></body>')],
    ['a number straight in the body', 'body/num[1]', (x) => x.replace('<body>', '<body><num>1</num>')],
    [
      'a judgment instead of a bill',
      'akomaNtoso/judgment',
      (x) => x.replaceAll('<bill name="bill">', '<judgment name="j">').replace('</bill>', '</judgment>'),
    ],
  ];
  it.each(cases)('%s', async (_name, path, change) => {
    const xml = change(mongolian);
    expect(xml).not.toBe(mongolian);
    expect((await xsd(xml)).valid).toBe(false);
    const read = aknToDraft(xml);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toContain(path);
  });
});

describe('where the project is stricter than the standard', () => {
  const cases: [string, string, (xml: string) => string][] = [
    [
      'a division without a number',
      'body/chapter[2]/num',
      (x) => x.replace('<num>Хоёрдугаар бүлэг</num>', ''),
    ],
    [
      'an article inside an article',
      'body/chapter[2]/article[1]/article[1]',
      (x) =>
        x
          .replace('<paragraph eId="chp_2__art_3__para_1"', '<article eId="chp_2__art_3__art_1"')
          .replace(
            '</paragraph>\n        </article>\n      </chapter>\n    </body>',
            '</article>\n        </article>\n      </chapter>\n    </body>',
          ),
    ],
    [
      'a point with no words',
      'body/chapter[2]/article[1]/paragraph[1]/content',
      (x) => x.replace('<p>Байгууллага өөрийн төсвийг ил тод байлгана.</p>', '<p/>'),
    ],
  ];
  it.each(cases)('%s: the schema accepts it, the own rules refuse it', async (_name, path, change) => {
    const xml = change(mongolian);
    expect(xml).not.toBe(mongolian);
    expect(await xsd(xml)).toEqual({ valid: true, errors: [] });
    const read = aknToDraft(xml);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toContain(path);
  });
});
