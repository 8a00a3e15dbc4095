import type { LocationUnit } from '../../forms/location.ts';
import type { PageContext } from '../context.ts';
import { type Html, html } from '../html.ts';
import { select, textField } from './fields.ts';
import './messages.ts';

/** The ids (and form names) of a location field's controls. */
export interface LocationIds {
  aimag: string;
  soum: string;
  lat: string;
  lon: string;
}

export interface LocationFieldParams {
  /** The id of the fieldset (`location` unless said). */
  id?: string;
  /** The choices: `locationUnits(db, locale)` (src/platform/forms/location.ts). */
  units: readonly LocationUnit[];
  /** What was sent, by part. */
  value: Partial<Record<keyof LocationIds, string>>;
  /** Field problems, already translated, by part. */
  errors?: Partial<Record<keyof LocationIds, string | undefined>>;
  /** Controls' ids when they differ from `aimag`, `soum`, `lat`, `lon`. */
  ids?: Partial<LocationIds>;
  /** Words of the form's own, in place of the field's (`legend`, the parts' labels, the aimag's empty choice). */
  labels?: Partial<Record<keyof LocationIds | 'legend' | 'anyAimag', string>>;
  /** Leave out the point (latitude, longitude and the map): the aimag and soum only. */
  withoutPoint?: boolean;
}

/**
 * Where something is: an aimag (or the capital) and a soum (or district) from the country's units,
 * and optionally a point by latitude and longitude. It works as plain selects and text inputs
 * (the soums listed under their aimags as `<optgroup>`s; the server checks that the soum is the
 * aimag's, `checkLocation`); where the page has JavaScript, `location-picker.js` adds a map of the
 * units drawn by Leaflet from the site's own GeoJSON, without tiles: a click fills the latitude
 * and longitude and chooses the aimag the point is in (by its shape once boundaries are imported,
 * else the nearest aimag centre).
 *
 * @example
 * locationField(ctx, { units: [{ code: '11', nameMn: 'Улаанбаатар', nameEn: 'Ulaanbaatar',
 *   children: [{ code: '1101', nameMn: 'Багануур', nameEn: 'Baganuur' }] }],
 *   value: { aimag: '11', soum: '1101', lat: '47.78', lon: '108.37' }, errors: { soum: 'Choose a soum of the aimag' } })
 */
export function locationField(
  ctx: Pick<PageContext, 't' | 'locale' | 'assets'>,
  p: LocationFieldParams,
): Html {
  const { t } = ctx;
  const ids: LocationIds = { aimag: 'aimag', soum: 'soum', lat: 'lat', lon: 'lon', ...p.ids };
  const errors = p.errors ?? {};
  const label = (part: keyof LocationIds | 'legend' | 'anyAimag', fallback: string) =>
    p.labels?.[part] ?? fallback;
  const name = (u: { nameMn: string; nameEn: string }) => (ctx.locale === 'mn' ? u.nameMn : u.nameEn);
  const aimag = select(ctx, {
    id: ids.aimag,
    label: label('aimag', t('location.aimag')),
    placeholder: label('anyAimag', t('location.anyAimag')),
    options: p.units.map((u) => ({ value: u.code, label: name(u) })),
    selected: p.value.aimag,
    error: errors.aimag,
  });
  const withChildren = p.units.filter((u) => u.children.length > 0);
  const soum =
    withChildren.length === 0
      ? html``
      : select(ctx, {
          id: ids.soum,
          label: label('soum', t('location.soum')),
          hint: t('location.soumHint'),
          placeholder: t('location.anySoum'),
          options: [],
          groups: withChildren.map((u) => ({
            label: name(u),
            options: u.children.map((c) => ({ value: c.code, label: name(c), data: { parent: u.code } })),
          })),
          selected: p.value.soum,
          error: errors.soum,
        });
  const fieldsetId = p.id ?? 'location';
  if (p.withoutPoint)
    return html`<fieldset class="location-field" id="${fieldsetId}"><legend>${label('legend', t('location.legend'))}</legend>
${aimag}${soum}</fieldset>`;
  const open = Boolean(p.value.lat || p.value.lon || errors.lat || errors.lon);
  const script = ctx.assets.files?.['location-picker.js'];
  const leaflet = ctx.assets.files?.['leaflet.js'];
  const leafletCss = ctx.assets.files?.['leaflet.css'];
  const enhance =
    script && leaflet && leafletCss
      ? html` data-location-picker data-units="/api/v1/geo/admin-units.geojson?limit=5000" data-leaflet="${leaflet}" data-leaflet-css="${leafletCss}" data-aimag="${ids.aimag}" data-soum="${ids.soum}" data-lat="${ids.lat}" data-lon="${ids.lon}" data-map-label="${t('location.mapLabel')}" data-chosen="${t('location.chosen', { lat: '{lat}', lon: '{lon}', aimag: '{aimag}' })}"`
      : html``;
  return html`<fieldset class="location-field" id="${fieldsetId}"${enhance}><legend>${label('legend', t('location.legend'))}</legend>
${aimag}${soum}
<details class="location-point"${open ? html` open` : ''}><summary>${t('location.point')}</summary>
<p class="hint" id="${fieldsetId}-map-hint" hidden>${t('location.mapHint')}</p>
<div class="location-map" hidden></div>
<p class="location-status" role="status"></p>
${textField(ids.lat, label('lat', t('location.lat')), p.value.lat, { error: errors.lat, inputmode: 'decimal', hint: t('location.latHint') })}
${textField(ids.lon, label('lon', t('location.lon')), p.value.lon, { error: errors.lon, inputmode: 'decimal', hint: t('location.lonHint') })}
</details>
</fieldset>${script && leaflet ? html`<script src="${script}" defer></script>` : ''}`;
}
