/**
 * One reading of PostgreSQL values on both engines: bigint as a JS number while it is exact,
 * numeric as a string (money is never a float), date as 'YYYY-MM-DD' (no time-zone shift),
 * timestamptz as a Date.
 */
export const OID = { int8: 20, numeric: 1700, date: 1082 } as const;

export function parseInt8(text: string): number | bigint {
  const n = Number(text);
  return Number.isSafeInteger(n) ? n : BigInt(text);
}

export const keepText = (text: string): string => text;
