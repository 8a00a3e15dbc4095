import { Type } from 'typebox';
import type { Queryable } from '../../../platform/db/database.ts';
import type { Translator } from '../../../platform/i18n/index.ts';
import { type Html, html } from '../../../platform/views/html.ts';
import { complianceYears } from '../transactions/compliance.ts';

/** The query of a page by fiscal year: any short text, read leniently (`readYear`). */
export const YearQuery = Type.Object({
  year: Type.Optional(Type.String({ maxLength: 10 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  bom: Type.Optional(Type.String({ maxLength: 10 })),
});

/** A year of the query when it is one of `years`; else the newest of them (or none). */
export function chosenYear(raw: string | undefined, years: readonly number[]): number | undefined {
  const asked = raw && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
  return asked !== undefined && years.includes(asked) ? asked : years[0];
}

/** The years with transactions or budget lines, and the one asked for (else the newest). */
export async function readYear(db: Queryable, raw: string | undefined) {
  const years = await complianceYears(db);
  return { years, year: chosenYear(raw, years) };
}

/** Links to the same page in each year, the chosen one marked. */
export function yearLinks(
  t: Translator,
  path: string,
  years: readonly number[],
  chosen: number | undefined,
): Html {
  if (years.length === 0) return html``;
  return html`<nav aria-label="${t('fiscal.splitting.years')}"><ul class="inline-list">${years.map((y) =>
    y === chosen
      ? html`<li><strong aria-current="page">${y}</strong></li>`
      : html`<li><a href="${path}?year=${y}">${y}</a></li>`,
  )}</ul></nav>`;
}
