import { describe, expect, it } from 'vitest';
import { type DraftText, NODE_ID, walk } from '../text/model.ts';
import { aknToDraft } from './read.ts';
import { codeDraft, codeMeta, transparencyDraft, transparencyMeta } from './test-drafts.ts';
import { aknUris, draftToAkn, eIdNumber } from './write.ts';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** A minimal bill around a body's XML, its lines numbered from the `<body>` on line 5. */
const bill = (body: string, extra = '') =>
  [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<akomaNtoso xmlns="${NS}"><bill name="bill">`,
    `<meta><identification source="#a"><FRBRWork/></identification></meta>`,
    `<preface><p><docTitle>Төсөл</docTitle></p></preface>${extra}`,
    `<body>`,
    body,
    `</body></bill></akomaNtoso>`,
  ].join('\n');

function problems(xml: string) {
  const read = aknToDraft(xml);
  if (read.ok) throw new Error('expected the file to be refused');
  return read.problems;
}

describe('draftToAkn then aknToDraft', () => {
  it('reads a Mongolian draft back to the same text', () => {
    const read = aknToDraft(draftToAkn(transparencyDraft, transparencyMeta));
    expect(read).toEqual({
      ok: true,
      text: transparencyDraft,
      meta: {
        type: 'bill',
        country: 'mn',
        workUri: '/akn/mn/bill/2026-03-01/medeelliin-il-tod-baidal',
        expressionUri: '/akn/mn/bill/2026-03-01/medeelliin-il-tod-baidal/mon@2026-03-15',
        date: '2026-03-15',
        version: 2,
        language: 'mon',
        author: { slug: 'khuul-zui-yam', name: 'Хууль зүй, дотоод хэргийн яам' },
      },
    });
  });

  it('reads an English code back to the same text', () => {
    const read = aknToDraft(draftToAkn(codeDraft, codeMeta));
    expect(read.ok && read.text).toEqual(codeDraft);
    expect(read.ok && read.meta.language).toBe('eng');
  });

  it('escapes what XML must escape, in text and attributes', () => {
    const xml = draftToAkn(transparencyDraft, {
      ...transparencyMeta,
      author: { slug: 'yam', name: 'Яам "A&B" <тест>' },
    });
    expect(xml).toContain('<heading>Нэр томьёо &amp; &lt;тодорхойлолт&gt;</heading>');
    expect(xml).toContain('showAs="Яам &quot;A&amp;B&quot; &lt;тест&gt;"');
    expect(xml).not.toMatch(/[^\n>]<тодорхойлолт>/);
  });

  it('gives each division its eId by its own number (by its place where it has none) and its id as wId', () => {
    const xml = draftToAkn(transparencyDraft, transparencyMeta);
    const ids = [...xml.matchAll(/<(\w+) eId="([^"]+)" wId="([^"]+)"/g)].map(
      (m) => `${m[1]} ${m[2]} ${m[3]}`,
    );
    expect(ids).toEqual([
      'chapter chp_1 n_ch1',
      'article chp_1__art_1 n_a1',
      'article chp_1__art_2 n_a2',
      'paragraph chp_1__art_2__para_1 n_a2p1',
      'point chp_1__art_2__para_1__point_1 n_a2p1x1',
      'point chp_1__art_2__para_1__point_2 n_a2p1x2',
      'paragraph chp_1__art_2__para_2 n_a2p2',
      'chapter chp_2 n_ch2',
      'article chp_2__art_3 n_a3',
      'paragraph chp_2__art_3__para_1 n_a3p1',
    ]);
    const code = draftToAkn(codeDraft, codeMeta);
    expect([...code.matchAll(/ eId="([^"]+)" wId/g)].map((m) => m[1])).toEqual([
      'part_1',
      'part_1__sec_1',
      'part_1__sec_1__art_1',
      'part_1__sec_1__art_2',
      'part_1__sec_2',
    ]);
  });

  it('reads the number of an eId from how acts write it, and leaves the place where it cannot', () => {
    expect(
      ['3 дугаар зүйл', '4.2.', '2.1.1', 'Article 12bis', 'b)', 'Нэгдүгээр бүлэг', 'а)'].map(eIdNumber),
    ).toEqual(['3', '2', '1', '12bis', 'b', undefined, undefined]);
  });

  it('names the work, the expression and the manifestation after the naming convention', () => {
    expect(aknUris(transparencyMeta)).toEqual({
      work: '/akn/mn/bill/2026-03-01/medeelliin-il-tod-baidal',
      expression: '/akn/mn/bill/2026-03-01/medeelliin-il-tod-baidal/mon@2026-03-15',
      manifestation: '/akn/mn/bill/2026-03-01/medeelliin-il-tod-baidal/mon@2026-03-15.akn',
    });
    expect(aknUris({ ...codeMeta })).toMatchObject({ work: '/akn/mn/bill/2026-04-02/public-consultation' });
    const xml = draftToAkn(codeDraft, codeMeta);
    expect(xml).toContain('<FRBRlanguage language="eng"/>');
    expect(xml).toContain('<FRBRversionNumber value="1"/>');
    expect(xml).not.toContain('<preamble>');
  });

  it('refuses a meta the URIs cannot carry, naming the field', () => {
    expect(() => draftToAkn(codeDraft, { ...codeMeta, slug: 'Public Consultation' })).toThrow(
      /slug "Public Consultation"/,
    );
    expect(() => draftToAkn(codeDraft, { ...codeMeta, date: '2026-13-01' })).toThrow(/date "2026-13-01"/);
    expect(() => draftToAkn(codeDraft, { ...codeMeta, version: 0 })).toThrow(/version 0/);
    const twice = { ...codeDraft, body: [...codeDraft.body, ...codeDraft.body] };
    expect(() => draftToAkn(twice, codeMeta)).toThrow('draftToAkn: node id "n_p1" is used twice');
  });

  it('leaves out the characters XML cannot carry', () => {
    const draft: DraftText = {
      title: 'Гарчиг\u0000',
      body: [{ id: 'n_1', kind: 'article', num: '1\u0007', text: 'а\u001Fб\r\nв\uD800', children: [] }],
    };
    const read = aknToDraft(draftToAkn(draft, codeMeta));
    expect(read.ok && read.text).toEqual({
      title: 'Гарчиг',
      body: [{ id: 'n_1', kind: 'article', num: '1', text: 'аб\nв\uFFFD', children: [] }],
    });
  });
});

describe('aknToDraft reads what others write', () => {
  it('gives divisions without wId stable new ids, and decodes character references', () => {
    const xml = bill(
      `<article eId="art_1"><num>1.</num><content><p>Ө&#1199;&#x4E9; <b>тод</b>   </p></content></article>
<article><num>2.</num><content><p>&amp;lt;</p></content></article>`,
    );
    const first = aknToDraft(xml);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.text.body.map((n) => [n.num, n.text])).toEqual([
      ['1.', 'Өүө тод'],
      ['2.', '&lt;'],
    ]);
    const ids = [...walk(first.text.body)].map(({ node }) => node.id);
    expect(ids.every((id) => NODE_ID.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(2);
    const again = aknToDraft(xml);
    expect(again.ok && [...walk(again.text.body)].map(({ node }) => node.id)).toEqual(ids);
  });

  it('keeps a CDATA section as it stands, and skips comments', () => {
    const read = aknToDraft(
      bill(
        '<article><num>1</num><!-- тайлбар --><content><p>A <![CDATA[&amp; <b>]]></p></content></article>',
      ),
    );
    expect(read.ok && read.text.body[0]?.text).toBe('A &amp; <b>');
  });

  it('reads a doc, whose divisions are in its mainBody', () => {
    const xml = bill('<article wId="n_1"><num>1</num><content><p>Текст</p></content></article>')
      .replace('<bill name="bill">', '<doc name="memo">')
      .replace('<body>', '<mainBody>')
      .replace('</body></bill>', '</mainBody></doc>');
    const read = aknToDraft(xml);
    expect(read.ok && read.meta.type).toBe('doc');
    expect(read.ok && read.text.body).toEqual([
      { id: 'n_1', kind: 'article', num: '1', text: 'Текст', children: [] },
    ]);
  });

  it('reads an act and its preamble', () => {
    const xml = bill(
      '<article wId="n_1"><num>1</num><content><p>Текст</p></content></article>',
      '<preamble><p>Учир</p><p>Иймд</p></preamble>',
    )
      .replace('<bill name="bill">', '<act name="act">')
      .replace('</bill>', '</act>');
    const read = aknToDraft(xml);
    expect(read.ok && read.text).toEqual({
      title: 'Төсөл',
      preamble: 'Учир\nИймд',
      body: [{ id: 'n_1', kind: 'article', num: '1', text: 'Текст', children: [] }],
    } satisfies DraftText);
  });
});

describe('aknToDraft refuses bad files, naming the element and its line', () => {
  it('a division without its number', () => {
    const xml = bill(
      `<chapter><num>1</num>
<article><num>1</num><content><p>а</p></content></article>
<article><heading>Гарчиг</heading><content><p>б</p></content></article>
</chapter>`,
    );
    expect(problems(xml)).toEqual([
      { path: 'body/chapter[1]/article[2]/num', line: 8, message: 'the article has no <num>' },
    ]);
  });

  it('two divisions with the same eId', () => {
    const xml = bill(
      `<article eId="art_1"><num>1</num><content><p>а</p></content></article>
<article eId="art_1"><num>2</num><content><p>б</p></content></article>`,
    );
    expect(problems(xml)).toEqual([
      { path: 'body/article[2]/@eId', line: 7, message: 'eId "art_1" is already used by body/article[1]' },
    ]);
  });

  it('two divisions with the same wId, and a wId that is not a node id', () => {
    const xml = bill(
      `<article wId="n_1"><num>1</num><content><p>а</p></content></article>
<article wId="n_1"><num>2</num><content><p>б</p></content></article>
<article wId="Art-3"><num>3</num><content><p>в</p></content></article>`,
    );
    expect(problems(xml).map((p) => p.path)).toEqual(['body/article[2]/@wId', 'body/article[3]/@wId']);
  });

  it('a point directly in a chapter is read, as the standard allows; a chapter in an article is not', () => {
    expect(
      aknToDraft(
        bill('<chapter><num>1</num><point><num>а)</num><content><p>а</p></content></point></chapter>'),
      ).ok,
    ).toBe(true);
    const xml = bill(
      '<article><num>1</num><chapter><num>1</num><content><p>а</p></content></chapter></article>',
    );
    expect(problems(xml)).toEqual([
      {
        path: 'body/article[1]/chapter[1]',
        line: 6,
        message:
          'a chapter cannot stand in an article (divisions go part, chapter, section, article, paragraph, point, inward)',
      },
    ]);
  });

  it('an element the project does not read, named', () => {
    const xml = bill(
      '<article><num>1</num><content><p>а</p><table/></content></article>\n<hcontainer name="x"/>',
    );
    expect(problems(xml)).toEqual([
      {
        path: 'body/article[1]/content/table',
        line: 6,
        message: 'unknown element <table> (a block holds <p> only)',
      },
      {
        path: 'body/hcontainer[1]',
        line: 7,
        message:
          'unknown element <hcontainer> in the body (the project reads part, chapter, section, article, paragraph, point)',
      },
    ]);
  });

  it('a division with no words', () => {
    const xml = bill('<article><num>1</num><content><p>  </p></content></article>');
    expect(problems(xml)).toEqual([
      { path: 'body/article[1]/content', line: 6, message: 'the article has no divisions and no text' },
    ]);
  });

  it('malformed XML, with the parser’s line and column', () => {
    const xml = bill('<article><num>1</num><content><p>а</content></article>');
    expect(problems(xml)).toEqual([
      {
        path: '',
        line: 6,
        message:
          "malformed XML at line 6, column 35: Expected closing tag 'p' (opened in line 6, col 31) instead of closing tag 'content'.",
      },
    ]);
  });

  it('a DOCTYPE declaring entities, before anything is expanded', () => {
    const xml = `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY boom "boom"><!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n${bill(
      '<article><num>1</num><content><p>&boom;&xxe;</p></content></article>',
    ).replace('<?xml version="1.0" encoding="UTF-8"?>\n', '')}`;
    expect(problems(xml)).toEqual([
      {
        path: '',
        line: 2,
        message: 'a <!DOCTYPE> or <!ENTITY> is not allowed (entities are never declared or expanded)',
      },
    ]);
  });

  it('a root that is not Akoma Ntoso, and a document without a title', () => {
    expect(problems('<html><body/></html>')).toEqual([
      {
        path: 'html',
        line: 1,
        message: `the root element must be <akomaNtoso> in the Akoma Ntoso 3.0 namespace (${NS})`,
      },
    ]);
    const untitled = bill('<article><num>1</num><content><p>а</p></content></article>').replace(
      /<preface>.*<\/preface>/,
      '',
    );
    expect(problems(untitled).map((p) => [p.path, p.message])).toEqual([
      ['preface/docTitle', 'the document has no title'],
    ]);
  });

  it('words outside a <p>, and attachments that would be lost', () => {
    const xml = bill('<article><num>1</num>Текст</article>').replace('</body>', '</body><attachments/>');
    expect(problems(xml).map((p) => [p.path, p.message])).toEqual([
      ['attachments', '<attachments> cannot be read into a draft'],
      ['body/article[1]', 'text outside a <p> (words go in <content>, <intro> or <num>)'],
      ['body/article[1]/content', 'the article has no divisions and no text'],
    ]);
  });

  it('divisions nested deeper than the parser allows', () => {
    const deep = `${'<point><num>1</num>'.repeat(120)}${'</point>'.repeat(120)}`;
    expect(problems(bill(deep))).toEqual([
      { path: '', message: 'the file cannot be read: Maximum nested tags exceeded' },
    ]);
  });

  it('files that are hardly Akoma Ntoso, without a crash', () => {
    const first = (xml: string) => problems(xml).map((p) => `${p.path}: ${p.message}`)[0];
    expect(first('')).toBe(': malformed XML at line 1: Start tag expected.');
    expect(first('text')).toBe(": malformed XML at line 1, column 1: char 't' is not expected.");
    expect(first(`<akomaNtoso xmlns="${NS}"/>`)).toBe(
      'akomaNtoso: the document must be a <bill>, an <act> or a <doc>',
    );
    expect(first(`<akomaNtoso xmlns="${NS}"><bill name="b"><meta/><body/></bill></akomaNtoso>`)).toBe(
      'meta/identification: the document has no meta/identification',
    );
  });

  it('a text longer than the limit, and more divisions than the limit', () => {
    const long = bill(`<article><num>1</num><content><p>${'ө'.repeat(20_001)}</p></content></article>`);
    expect(problems(long)).toEqual([
      { path: 'body/article[1]', line: 6, message: 'longer than 20000 characters' },
    ]);
    const many = bill('<point><num>1</num><content><p>а</p></content></point>\n'.repeat(5_001));
    expect(problems(many)).toEqual([
      { path: 'body/point[5001]', line: 5_006, message: 'more than 5000 divisions' },
    ]);
  });

  it('a file too long, before parsing', () => {
    expect(problems(`<a>${'x'.repeat(5_000_001)}</a>`)).toEqual([
      { path: '', message: 'the file is longer than 5000000 characters' },
    ]);
  });
});
