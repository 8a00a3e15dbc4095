import type { CountryPack } from '../../country/pack.ts';

/** The scheme of an entity that came with a name only; its identifier is the name's match key. */
export const UNIDENTIFIED = 'unidentified';

/** An org-id.guide style scheme: a country code (or X and a letter) and the register's code. */
const SCHEME = /^([A-Z]{2}|X[A-Z])-[A-Z0-9]+$/;

export type IdentifierProblem =
  | { field: 'scheme'; message: { mn: string; en: string } }
  | { field: 'identifier'; message: { mn: string; en: string } };

/**
 * Checks a scheme and identifier: the national scheme against the pack's number format and check
 * rule (only where the pack gives one), any other scheme for its form. Returns the problem, or null.
 */
export function checkIdentifier(
  scheme: string,
  identifier: string,
  pack: CountryPack['legalEntities'],
): IdentifierProblem | null {
  if (scheme === UNIDENTIFIED)
    return {
      field: 'scheme',
      message: {
        mn: '«unidentified» схемийг нэрээр ирсэн этгээдэд систем өөрөө өгдөг',
        en: 'the scheme “unidentified” is given by the platform to parties that came with a name only',
      },
    };
  if (!SCHEME.test(scheme))
    return {
      field: 'scheme',
      message: {
        mn: `«${scheme}» бүртгэлийн схем биш: XX-ABC хэлбэртэй байна (жишээ нь MN-SRN, GB-COH, XI-IATI)`,
        en: `“${scheme}” is not a register scheme: it looks like XX-ABC (e.g. MN-SRN, GB-COH, XI-IATI)`,
      },
    };
  const trimmed = identifier.trim();
  if (trimmed.length === 0 || trimmed.length > 200)
    return {
      field: 'identifier',
      message: { mn: 'Бүртгэлийн дугаар 1–200 тэмдэгт байна', en: 'the identifier is 1–200 characters long' },
    };
  if (scheme !== pack.nationalScheme) return null;
  if (!pack.numberPattern.test(trimmed))
    return {
      field: 'identifier',
      message: {
        mn: `«${trimmed}» улсын бүртгэлийн дугаар биш: ${pack.numberFormat.mn} байна`,
        en: `“${trimmed}” is not a state register number: it is ${pack.numberFormat.en}`,
      },
    };
  if (pack.checkRule && !pack.checkRule(trimmed))
    return {
      field: 'identifier',
      message: {
        mn: `«${trimmed}» улсын бүртгэлийн дугаарын шалгах оронтой таарахгүй байна`,
        en: `“${trimmed}” fails the state register number's check digit`,
      },
    };
  return null;
}
