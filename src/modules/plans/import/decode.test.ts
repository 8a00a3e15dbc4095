import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePlanText } from './decode.ts';

const bytes = (s: string) => new TextEncoder().encode(s);
const failure = async (b: Uint8Array) => {
  const r = await decodePlanText(b);
  if (r.ok) throw new Error('decoded');
  return r.message;
};

describe('reading an uploaded plan as text', () => {
  it('reads UTF-8, with or without a byte-order mark', async () => {
    expect(await decodePlanText(bytes('I)\tХэрэг'))).toEqual({ ok: true, text: 'I)\tХэрэг' });
    expect(await decodePlanText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('I)')]))).toEqual({
      ok: true,
      text: 'I)',
    });
  });

  it('refuses an empty file and one of blank lines', async () => {
    expect(await failure(new Uint8Array())).toBe('The file is empty.');
    expect(await failure(bytes(' \n\t\n'))).toMatch(/only spaces/);
  });

  it('names UTF-16, with and without a byte-order mark, Latin and Cyrillic', async () => {
    expect(await failure(new Uint8Array([0xff, 0xfe, ...iconv.encode('I) plan', 'utf16le')]))).toMatch(
      /UTF-16/,
    );
    expect(await failure(new Uint8Array(iconv.encode('I)\tPreparatory actions\t2014', 'utf16le')))).toMatch(
      /UTF-16/,
    );
    expect(
      await failure(new Uint8Array(iconv.encode('Засгийн газрын хэрэг эрхлэх газар', 'utf16le'))),
    ).toMatch(/UTF-16/);
    expect(await failure(new Uint8Array(iconv.encode('I) plan text here', 'utf16be')))).toMatch(/UTF-16/);
  });

  it('names Windows-1251 Cyrillic and says how to fix it', async () => {
    const text = 'Засгийн газрын хэрэг эрхлэх газар. Сангийн яам. Хууль зүйн яам. Ил тод байдал, мэдээлэл.';
    const message = await failure(new Uint8Array(iconv.encode(text, 'win1251')));
    expect(message).toMatch(/not UTF-8/);
    expect(message).toMatch(/Windows-1251/);
    expect(message).toMatch(/Save it as "UTF-8"/);
  });

  it('names a PDF, a zip and other binary data', async () => {
    expect(await failure(bytes('%PDF-1.7\n%âãÏÓ\n1 0 obj'))).toMatch(/PDF file/);
    expect(await failure(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 0, 0]))).toMatch(
      /not text|ZIP/i,
    );
    expect(await failure(new Uint8Array([0x49, 0x29, 0x01, 0x02, 0x03, 0x41]))).toMatch(/binary data/);
  });
});
