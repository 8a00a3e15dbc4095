import type { LicenceType } from '../../../country/extractives-pack.ts';

/**
 * The country pack's kinds of licence, for what is declared once per process outside a request
 * (the list's filter labels, the dataset): the module sets them when its routes are registered
 * (`useLicenceKinds(ctx.country.extractives.licenceTypes)`), before any list is read.
 */
let kinds: readonly LicenceType[] = [];

export function useLicenceKinds(pack: readonly LicenceType[]): void {
  kinds = pack;
}

export function licenceKinds(): readonly LicenceType[] {
  return kinds;
}
