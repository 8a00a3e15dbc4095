import { describe, expect, it } from 'vitest';
import { carryIds } from './carry.ts';
import { type DraftText, NODE_ID, walk } from './model.ts';
import { parsePlainText } from './plain.ts';
import { MONGOLIAN_DRAFT } from './test-support.ts';

function read(source: string, seed: string): DraftText {
  const result = parsePlainText(source, { seed });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.text;
}

/** The id of the clause of `kind` numbered `num` (the first one, in document order). */
function idOf(text: DraftText, kind: string, num: string): string {
  const found = [...walk(text.body)].find(({ node }) => node.kind === kind && node.num === num);
  if (!found) throw new Error(`no ${kind} ${num}`);
  return found.node.id;
}

const allIds = (text: DraftText) => [...walk(text.body)].map(({ node }) => node.id);

/** The Mongolian draft with article 2 inserted: the old articles 2–4 are now 3–5. */
const INSERTED = `МЭДЭЭЛЛИЙН ИЛ ТОД БАЙДАЛ БА МЭДЭЭЛЭЛ АВАХ ЭРХИЙН ТУХАЙ ХУУЛЬ

НЭГДҮГЭЭР БҮЛЭГ
НИЙТЛЭГ ҮНДЭСЛЭЛ

1 дүгээр зүйл.Хуулийн зорилт
1.1.Энэ хуулийн зорилт нь төрийн байгууллагын үйл ажиллагааны ил тод байдлыг хангах, хүн, хуулийн этгээдийн мэдээлэл хайх, хүлээн авах эрхийг баталгаажуулахтай холбогдсон харилцааг зохицуулахад оршино.

2 дугаар зүйл.Хуулийн үйлчлэх хүрээ
2.1.Энэ хууль төрийн бүх шатны байгууллага, төрийн өмчит хуулийн этгээдэд үйлчилнэ.

3 дугаар зүйл.Нэр томьёоны тодорхойлолт
3.1.Энэ хуульд хэрэглэсэн дараах нэр томьёог доор дурдсан утгаар ойлгоно:
3.1.1."нээлттэй мэдээлэл" гэж энэ хуулийн дагуу нийтэд ил болгох мэдээллийг;
3.1.2."мэдээлэл хүсэгч" гэж мэдээлэл авахаар хүсэлт гаргасан хүн, хуулийн этгээдийг.

Хоёрдугаар бүлэг
Мэдээллийн ил тод байдал

4 дүгээр зүйл.Нээлттэй мэдээлэл
4.1.Төрийн байгууллага дараах мэдээллийг цахим хуудсандаа байнга нээлттэй байлгана:
а) байгууллагын бүтэц, орон тоо, хаяг, холбоо барих утас;
б) батлагдсан төсөв, түүний гүйцэтгэл.
4.2.Мэдээллийг шинэчилснээс хойш ажлын 5 өдрийн дотор
цахим хуудсанд байршуулна.

5 дугаар зүйл.Мэдээлэл авах хүсэлт
5.1.Мэдээлэл хүсэгч хүсэлтээ бичгээр, цахим хэлбэрээр эсхүл амаар гаргаж болно.
5.2.Хүсэлтийг хүлээн авсан байгууллага ажлын 7 өдрийн дотор хариу өгнө.
`;

describe('carryIds', () => {
  const v1 = read(MONGOLIAN_DRAFT, 'draft-1/v1');

  it('keeps every id of a version that did not change', () => {
    const { text, report } = carryIds(v1, read(MONGOLIAN_DRAFT, 'draft-1/v2'));
    expect(allIds(text)).toEqual(allIds(v1));
    expect(report.kept).toHaveLength(16);
    expect(report.renumbered).toEqual([]);
    expect(report.new).toEqual([]);
    expect(report.removed).toEqual([]);
  });

  it('moves the ids along with their words when an article is inserted before others', () => {
    const v2 = read(INSERTED, 'draft-1/v2');
    const { text, report } = carryIds(v1, v2);
    const moved: [string, string, string][] = [
      ['article', '2', '3'],
      ['paragraph', '2.1', '3.1'],
      ['point', '2.1.1', '3.1.1'],
      ['point', '2.1.2', '3.1.2'],
      ['article', '3', '4'],
      ['paragraph', '3.1', '4.1'],
      ['paragraph', '3.2', '4.2'],
      ['article', '4', '5'],
      ['paragraph', '4.1', '5.1'],
      ['paragraph', '4.2', '5.2'],
    ];
    for (const [kind, from, to] of moved)
      expect(idOf(text, kind, to), `${kind} ${from}`).toBe(idOf(v1, kind, from));
    expect(report.renumbered).toEqual(
      moved.map(([kind, from, to]) => ({ id: idOf(v1, kind, from), kind, num: to, previousNum: from })),
    );
    expect(report.kept).toEqual([
      { id: idOf(v1, 'chapter', '1'), kind: 'chapter', num: '1' },
      { id: idOf(v1, 'article', '1'), kind: 'article', num: '1' },
      { id: idOf(v1, 'paragraph', '1.1'), kind: 'paragraph', num: '1.1' },
      { id: idOf(v1, 'chapter', '2'), kind: 'chapter', num: '2' },
      { id: idOf(v1, 'point', 'а)'), kind: 'point', num: 'а)' },
      { id: idOf(v1, 'point', 'б)'), kind: 'point', num: 'б)' },
    ]);
    expect(report.new).toEqual([
      { id: idOf(v2, 'article', '2'), kind: 'article', num: '2' },
      { id: idOf(v2, 'paragraph', '2.1'), kind: 'paragraph', num: '2.1' },
    ]);
    expect(report.removed).toEqual([]);
    // The input is left as it was.
    expect(idOf(v2, 'article', '3')).not.toBe(idOf(v1, 'article', '2'));
  });

  it('keeps the id of a clause reworded slightly, and gives a replaced one a new id', () => {
    const source = MONGOLIAN_DRAFT.replace(
      '4.1.Мэдээлэл хүсэгч хүсэлтээ бичгээр, цахим хэлбэрээр эсхүл амаар гаргаж болно.',
      '4.1.Мэдээлэл авахад хураамж төлөхгүй.',
    ).replace(
      '4.2.Хүсэлтийг хүлээн авсан байгууллага ажлын 7 өдрийн дотор хариу өгнө.',
      '4.2.Хүсэлтийг хүлээн авсан байгууллага ажлын 5 өдрийн дотор бичгээр хариу өгнө.',
    );
    const v2 = read(source, 'draft-1/v2');
    const { text, report } = carryIds(v1, v2);
    expect(idOf(text, 'paragraph', '4.2')).toBe(idOf(v1, 'paragraph', '4.2'));
    expect(idOf(text, 'article', '4')).toBe(idOf(v1, 'article', '4'));
    expect(idOf(text, 'paragraph', '4.1')).toBe(idOf(v2, 'paragraph', '4.1'));
    expect(idOf(text, 'paragraph', '4.1')).not.toBe(idOf(v1, 'paragraph', '4.1'));
    expect(report.new).toEqual([{ id: idOf(v2, 'paragraph', '4.1'), kind: 'paragraph', num: '4.1' }]);
    expect(report.removed).toEqual([{ id: idOf(v1, 'paragraph', '4.1'), kind: 'paragraph', num: '4.1' }]);
    expect(report.kept).toHaveLength(15);
  });

  it('tells two clauses with the same words apart by their place', () => {
    const before = read(
      'Act\nArticle 1. Registers\n1.1. The Minister approves the procedure.\nArticle 2. Reports\n2.1. The Minister approves the procedure.',
      'a/v1',
    );
    const after = read(
      'Act\nArticle 1. Registers\n1.1. The Minister approves the procedure.\nArticle 2. Fees\n2.1. Requests are free of charge.\n' +
        'Article 3. Reports\n3.1. The Minister approves the procedure.',
      'a/v2',
    );
    const { text, report } = carryIds(before, after);
    expect(idOf(text, 'paragraph', '1.1')).toBe(idOf(before, 'paragraph', '1.1'));
    expect(idOf(text, 'paragraph', '3.1')).toBe(idOf(before, 'paragraph', '2.1'));
    expect(idOf(text, 'article', '3')).toBe(idOf(before, 'article', '2'));
    expect(report.new.map((c) => c.num)).toEqual(['2', '2.1']);
    expect(report.removed).toEqual([]);
  });

  it('never gives an earlier id to a different clause, even when the seeds are the same', () => {
    const v2 = read(INSERTED, 'draft-1/v1');
    // Parsed with the first version's seed, the inserted article 2 got the old article 2's id.
    expect(idOf(v2, 'article', '2')).toBe(idOf(v1, 'article', '2'));
    const { text } = carryIds(v1, v2);
    expect(idOf(text, 'article', '3')).toBe(idOf(v1, 'article', '2'));
    const fresh = idOf(text, 'article', '2');
    expect(allIds(v1)).not.toContain(fresh);
    expect(fresh).toMatch(NODE_ID);
    expect(new Set(allIds(text)).size).toBe(allIds(text).length);
  });
});
