import area from '@turf/area';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { readAreas } from './read-areas.ts';
import { type Ring, shapefileZip, utmNorthPrj } from './test-shapefile.ts';

// A 10 km square in UTM zone 48N (central meridian 105°E), its west edge on the meridian.
const square: Ring = [
  [500000, 5300000],
  [500000, 5310000],
  [510000, 5310000],
  [510000, 5300000],
  [500000, 5300000],
];
const utm48 = '+proj=utm +zone=48 +datum=WGS84 +units=m +no_defs';

describe('a zipped shapefile in UTM 48N', () => {
  it('is read with its attributes and reprojected to WGS 84', async () => {
    const zip = shapefileZip('licences', [[square]], {
      prj: utmNorthPrj(48),
      fields: ['number', 'name'],
      rows: [['MV-016869', 'Хөшөөт']],
    });
    const { areas, problems } = await readAreas({ bytes: zip, name: 'cadastre.zip' });
    expect(problems).toEqual([]);
    expect(areas).toHaveLength(1);
    const [a] = areas;
    expect(a!.where).toBe('cadastre.zip: licences.shp, feature 0');
    expect(a!.properties).toEqual({ number: 'MV-016869', name: 'Хөшөөт' });
    expect(a!.geometry.type).toBe('Polygon');
    const corners = (a!.geometry.coordinates as number[][][])[0]!;
    // Each corner as an independent definition of the zone (a PROJ string) puts it.
    square.forEach((corner, i) => {
      const [lon, lat] = proj4(utm48, 'WGS84', [...corner]);
      expect(corners[i]![0]).toBeCloseTo(lon!, 9);
      expect(corners[i]![1]).toBeCloseTo(lat!, 9);
    });
    // The central meridian is 105°E exactly; 5,300 km north of the equator is about 47.84°N.
    expect(corners[0]![0]).toBeCloseTo(105, 9);
    expect(corners[0]![1]).toBeGreaterThan(47.8);
    expect(corners[0]![1]).toBeLessThan(47.9);
    expect(a!.box.minLon).toBeCloseTo(105, 9);
    // 100 km² on the grid is about 10,000 ha on the ground (turf's sphere is within half a percent).
    const ha = area(a!.geometry) / 1e4;
    expect(ha).toBeGreaterThan(9950);
    expect(ha).toBeLessThan(10050);
  });

  it('names the file and the feature of a polygon that does not close', async () => {
    const open: Ring = square.slice(0, 4);
    const zip = shapefileZip('areas', [[square], [open]], { prj: utmNorthPrj(48) });
    const { areas, problems } = await readAreas({ bytes: zip, name: 'cadastre.zip' });
    expect(areas).toEqual([]);
    expect(problems).toContainEqual({
      where: 'cadastre.zip: areas.shp, feature 1',
      message: 'ring 0 is not closed: its last position must repeat its first',
    });
  });

  it('refuses a shapefile without its .prj or its .dbf, naming the part missing', async () => {
    const noPrj = shapefileZip('areas', [[square]], { prj: utmNorthPrj(48), without: ['.prj'] });
    expect((await readAreas({ bytes: noPrj, name: 'x.zip' })).problems).toEqual([
      { where: 'x.zip: areas.shp', message: 'has no areas.prj beside it (the projection)' },
    ]);
    const noDbf = shapefileZip('areas', [[square]], { prj: utmNorthPrj(48), without: ['.dbf'] });
    expect((await readAreas({ bytes: noDbf, name: 'x.zip' })).problems).toEqual([
      { where: 'x.zip: areas.shp', message: 'has no areas.dbf beside it (the attributes)' },
    ]);
  });

  it('refuses a projection it cannot read, and a file that is not a ZIP', async () => {
    const zip = shapefileZip('areas', [[square]], { prj: 'LOCAL_CS["somewhere"' });
    const bad = await readAreas({ bytes: zip, name: 'x.zip' });
    expect(bad.areas).toEqual([]);
    expect(bad.problems[0]!.where).toBe('x.zip: areas.prj');
    expect(bad.problems[0]!.message).toMatch(/^names a projection that cannot be read/);
    const geographic =
      'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
    const metresAsDegrees = shapefileZip('areas', [[square]], { prj: geographic });
    const [outside] = (await readAreas({ bytes: metresAsDegrees, name: 'x.zip' })).problems;
    expect(outside!.where).toBe('x.zip: areas.shp, feature 0');
    expect(outside!.message).toMatch(
      /^ring 0, position 0 \[(499999\.9+4?|500000), 5300000\] is out of range/,
    );
    const notZip = await readAreas({ bytes: new TextEncoder().encode('hello'), name: 'x.zip' });
    expect(notZip.problems).toEqual([{ where: 'x.zip', message: 'is named .zip but is not a ZIP archive' }]);
    const other = await readAreas({ bytes: new TextEncoder().encode('hello'), name: 'x.txt' });
    expect(other.problems[0]!.message).toMatch(/^is neither a ZIP of shapefiles/);
  });
});

describe('a GeoJSON FeatureCollection', () => {
  const polygon = (coordinates: number[][][]) => ({
    type: 'Feature',
    properties: { name: 'A' },
    geometry: { type: 'Polygon', coordinates },
  });
  const text = (features: unknown[]) =>
    new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features }));
  const ring = [
    [106, 47],
    [106.1, 47],
    [106.1, 47.1],
    [106, 47.1],
    [106, 47],
  ];

  it('is read as it is, with each box', async () => {
    const { areas, problems } = await readAreas({ bytes: text([polygon([ring])]), name: 'a.geojson' });
    expect(problems).toEqual([]);
    expect(areas[0]!.box).toEqual({ minLon: 106, minLat: 47, maxLon: 106.1, maxLat: 47.1 });
    expect(areas[0]!.where).toBe('a.geojson, feature 0');
  });

  it('names each bad feature: unclosed, crossing itself, not a polygon', async () => {
    const bowtie = [
      [106, 47],
      [106.1, 47.1],
      [106.1, 47],
      [106, 47.1],
      [106, 47],
    ];
    const { areas, problems } = await readAreas({
      bytes: text([
        polygon([ring]),
        polygon([ring.slice(0, 4)]),
        polygon([bowtie]),
        { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [106, 47] } },
      ]),
      name: 'a.geojson',
    });
    expect(areas).toEqual([]);
    expect(problems.map((p) => p.where)).toEqual([
      'a.geojson, feature 1',
      'a.geojson, feature 2',
      'a.geojson, feature 3',
    ]);
    expect(problems[0]!.message).toBe('ring 0 is not closed: its last position must repeat its first');
    expect(problems[1]!.message).toMatch(/^crosses itself near \[106\.05000, 47\.05000\]/);
    expect(problems[2]!.message).toBe(
      'has a geometry of type "Point": an area is a Polygon or a MultiPolygon',
    );
  });
});
