import { describe, expect, test } from 'vitest';
import { registerMessages } from '../../i18n/index.ts';
import { locationField } from './location.ts';
import { componentMessages } from './messages.ts';
import { testContext } from './test-support.ts';

registerMessages(componentMessages);

const units = [
  {
    code: '11',
    nameMn: 'Улаанбаатар',
    nameEn: 'Ulaanbaatar',
    children: [
      { code: '1101', nameMn: 'Багануур', nameEn: 'Baganuur' },
      { code: '1104', nameMn: 'Багахангай', nameEn: 'Bagakhangai' },
    ],
  },
  { code: '83', nameMn: 'Баян-Өлгий', nameEn: 'Bayan-Ölgii', children: [] },
];

describe('locationField', () => {
  test('without JavaScript: an aimag select, soums grouped under their aimag, latitude and longitude inputs', () => {
    const out = locationField(testContext('en'), {
      units,
      value: { aimag: '11', soum: '1104', lat: '47.35', lon: '107.48' },
    }).value;
    expect(out).toContain('<fieldset class="location-field" id="location">');
    expect(out).toMatch(/<label for="aimag">Aimag or capital<\/label>/);
    expect(out).toContain('<option value="11" selected>Ulaanbaatar</option>');
    expect(out).toContain('<option value="83">Bayan-Ölgii</option>');
    expect(out).toContain('<optgroup label="Ulaanbaatar">');
    expect(out).toContain('<option value="1104" data-parent="11" selected>Bagakhangai</option>');
    // An aimag without soums in the pack gets no empty group.
    expect(out).not.toContain('<optgroup label="Bayan-Ölgii">');
    expect(out).toMatch(/<input id="lat" name="lat" type="text" value="47.35"/);
    expect(out).toMatch(/<input id="lon" name="lon" type="text" value="107.48"/);
    // A point was given, so its part is open; no map and no script where the page has no assets for them.
    expect(out).toContain('<details class="location-point" open>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('data-location-picker');
  });

  test('a problem shows on its field, and the form’s own words replace the field’s', () => {
    const out = locationField(testContext('en'), {
      units,
      value: { aimag: '83', soum: '1101' },
      errors: { soum: 'Baganuur is not in Bayan-Ölgii' },
      labels: { legend: 'Where did it happen?', aimag: 'Aimag', anyAimag: 'Nationwide' },
    }).value;
    expect(out).toContain('<legend>Where did it happen?</legend>');
    expect(out).toContain('<option value="">Nationwide</option>');
    expect(out).toMatch(
      /<p class="error-message" id="soum-error"><span class="visually-hidden">Error:<\/span> Baganuur is not in Bayan-Ölgii<\/p>/,
    );
    expect(out).toMatch(
      /<select id="soum" name="soum" aria-describedby="soum-hint soum-error" aria-invalid="true">/,
    );
    expect(out).toContain('<details class="location-point">');
  });

  test('with the site’s assets, the picker’s script and what it needs are named on the field', () => {
    const ctx = {
      ...testContext('mn'),
      assets: {
        css: '/assets/shilen.css',
        files: {
          'location-picker.js': '/assets/location-picker.1.js',
          'leaflet.js': '/assets/leaflet.2.js',
          'leaflet.css': '/assets/leaflet.3.css',
        },
      },
    };
    const out = locationField(ctx, { units, value: {} }).value;
    expect(out).toContain('data-location-picker');
    expect(out).toContain('data-units="/api/v1/geo/admin-units.geojson?limit=5000"');
    expect(out).toContain('data-leaflet="/assets/leaflet.2.js"');
    expect(out).toContain('<script src="/assets/location-picker.1.js" defer></script>');
    // The map's place is hidden until the script draws it.
    expect(out).toContain('<div class="location-map" hidden></div>');
    expect(out).toContain('data-chosen="Сонгосон цэг: {lat}, {lon} — {aimag}"');
  });

  test('withoutPoint gives the aimag and soum only', () => {
    const out = locationField(testContext('en'), { units, value: {}, withoutPoint: true }).value;
    expect(out).toContain('id="soum"');
    expect(out).not.toContain('id="lat"');
    expect(out).not.toContain('location-map');
  });
});
