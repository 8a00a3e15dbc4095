import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseDocx } from './docx.ts';
import { walk } from './model.ts';
import { parsePlainText } from './plain.ts';
import { MONGOLIAN_DRAFT } from './test-support.ts';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One paragraph of runs: a string is a run of text, `tab`/`br` a tab or a line break. */
const paragraph = (...runs: string[]) =>
  `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs
    .map((r) =>
      r === 'tab'
        ? '<w:r><w:tab/></w:r>'
        : r === 'br'
          ? '<w:r><w:br/></w:r>'
          : `<w:r><w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`,
    )
    .join('')}</w:p>`;

/** A minimal valid .docx: the three parts Word needs, the body given as XML. */
function docx(body: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
        '</Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`,
    ),
    ...extra,
  });
}

const problemsOf = (bytes: Uint8Array) => {
  const result = parseDocx(bytes, { seed: 'd' });
  return result.ok ? [] : result.problems;
};

describe('parseDocx', () => {
  it('reads a Word file paragraph by paragraph, as the same text typed plainly', () => {
    const bytes = docx(
      MONGOLIAN_DRAFT.split('\n')
        .map((line) => paragraph(line))
        .join(''),
    );
    expect(parseDocx(bytes, { seed: 'draft-1/v1' })).toEqual(
      parsePlainText(MONGOLIAN_DRAFT, { seed: 'draft-1/v1' }),
    );
  });

  it('joins a paragraph split into runs, reads tabs as spaces, breaks as new lines, tables and tracked changes', () => {
    const body =
      paragraph('Мэдээлэл авах ', 'эрхийн тухай') +
      paragraph('1 дүгээр зүйл.', 'Хуулийн ', 'зорилт') +
      paragraph('1.1.', 'tab', 'Энэ хуулийн зорилт', 'br', 'хоёр дахь мөр.') +
      // A tracked change: the deleted words are not read, the inserted ones are.
      `<w:p><w:r><w:t>1.2.Хүсэлтийг ажлын </w:t></w:r><w:del w:id="1" w:author="A"><w:r><w:delText>7</w:delText></w:r></w:del>` +
      `<w:ins w:id="2" w:author="A"><w:r><w:t>5</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> өдөрт &amp; шийднэ.</w:t></w:r></w:p>` +
      `<w:tbl><w:tr><w:tc>${paragraph('1.3.Хүснэгт доторх заалт.')}</w:tc></w:tr></w:tbl>`;
    const result = parseDocx(docx(body), { seed: 'd' });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.text.title).toBe('Мэдээлэл авах эрхийн тухай');
    expect(
      [...walk(result.text.body)].map(({ node }) => [node.kind, node.num, node.heading ?? node.text]),
    ).toEqual([
      ['article', '1', 'Хуулийн зорилт'],
      ['paragraph', '1.1', 'Энэ хуулийн зорилт\nхоёр дахь мөр.'],
      ['paragraph', '1.2', 'Хүсэлтийг ажлын 5 өдөрт & шийднэ.'],
      ['paragraph', '1.3', 'Хүснэгт доторх заалт.'],
    ]);
  });

  it('tells problems by paragraph, counting empty ones', () => {
    const body = paragraph('Хууль') + paragraph('') + paragraph('2 дугаар зүйл.Зорилт');
    expect(problemsOf(docx(body))).toEqual([
      { line: 3, message: 'article 2 is out of order: article 1 was expected' },
    ]);
    expect(problemsOf(docx(''))).toEqual([{ line: 1, message: 'the document is empty' }]);
  });

  it('refuses a file that is not a .docx, saying why', () => {
    expect(problemsOf(strToU8('1 дүгээр зүйл.Зорилт'))).toEqual([
      { line: 0, message: 'the file is not a Word document (.docx)' },
    ]);
    expect(problemsOf(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual([
      {
        line: 0,
        message:
          'the file is an old Word document (.doc) or a password-protected .docx: save it as a .docx without a password',
      },
    ]);
    expect(problemsOf(zipSync({ 'content.xml': strToU8('<office:document/>') }))).toEqual([
      { line: 0, message: 'the file is a zip archive but not a Word document: word/document.xml is missing' },
    ]);
    const truncated = docx(paragraph('Хууль')).slice(0, 60);
    const damaged = problemsOf(truncated);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.message).toMatch(/^the \.docx file is damaged: /);
    expect(problemsOf(docx('<w:p><w:r><w:t>Хууль</w:r></w:p>'))).toEqual([
      { line: 0, message: expect.stringMatching(/^word\/document\.xml is not valid XML: .+ \(line 1\)$/) },
    ]);
  });
});
