import { zipSync } from 'fflate';

/**
 * Writes polygon shapefiles for tests, byte by byte after the ESRI Shapefile Technical Description
 * (1998): the main file (`.shp`, shape type 5), its index (`.shx`) and the attributes (`.dbf`,
 * dBASE III with text fields), so that the reader is tested against files it did not write itself.
 */

export type Ring = readonly (readonly [number, number])[];

/** The WKT of WGS 84 / UTM zone `zone`N as ESRI tools write it in a `.prj`. */
export const utmNorthPrj = (zone: number) =>
  `PROJCS["WGS_1984_UTM_Zone_${zone}N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],PARAMETER["Central_Meridian",${zone * 6 - 183}.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]`;

/** A square of `side` metres from (`east`, `north`) in UTM, one closed ring, as a polygon's rings. */
export const utmSquare = (east: number, north: number, side = 10000): Ring[] => [
  [
    [east, north],
    [east, north + side],
    [east + side, north + side],
    [east + side, north],
    [east, north],
  ],
];

function header(view: DataView, words: number, box: number[]) {
  view.setInt32(0, 9994, false);
  view.setInt32(24, words, false);
  view.setInt32(28, 1000, true);
  view.setInt32(32, 5, true);
  for (const [i, v] of box.entries()) view.setFloat64(36 + i * 8, v, true);
}

/** `.shp` and `.shx` of polygons, each a list of rings written as given (closed or not). */
export function shpAndShx(polygons: readonly (readonly Ring[])[]): { shp: Uint8Array; shx: Uint8Array } {
  const all = polygons.flat(2);
  const box = [
    Math.min(...all.map((p) => p[0])),
    Math.min(...all.map((p) => p[1])),
    Math.max(...all.map((p) => p[0])),
    Math.max(...all.map((p) => p[1])),
  ];
  const contents = polygons.map((rings) => 44 + 4 * rings.length + 16 * rings.flat().length);
  const shpLength = 100 + contents.reduce((a, c) => a + 8 + c, 0);
  const shp = new DataView(new ArrayBuffer(shpLength));
  const shx = new DataView(new ArrayBuffer(100 + 8 * polygons.length));
  header(shp, shpLength / 2, box);
  header(shx, shx.byteLength / 2, box);
  let at = 100;
  polygons.forEach((rings, i) => {
    shx.setInt32(100 + i * 8, at / 2, false);
    shx.setInt32(104 + i * 8, contents[i]! / 2, false);
    shp.setInt32(at, i + 1, false);
    shp.setInt32(at + 4, contents[i]! / 2, false);
    const points = rings.flat();
    let o = at + 8;
    shp.setInt32(o, 5, true);
    const own = [
      Math.min(...points.map((p) => p[0])),
      Math.min(...points.map((p) => p[1])),
      Math.max(...points.map((p) => p[0])),
      Math.max(...points.map((p) => p[1])),
    ];
    for (const [k, v] of own.entries()) shp.setFloat64(o + 4 + k * 8, v, true);
    shp.setInt32(o + 36, rings.length, true);
    shp.setInt32(o + 40, points.length, true);
    o += 44;
    let start = 0;
    for (const ring of rings) {
      shp.setInt32(o, start, true);
      start += ring.length;
      o += 4;
    }
    for (const [x, y] of points) {
      shp.setFloat64(o, x, true);
      shp.setFloat64(o + 8, y, true);
      o += 16;
    }
    at += 8 + contents[i]!;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** A `.dbf` of text fields (`names`, each at most 10 ASCII characters) with one record per row. */
export function dbf(names: readonly string[], rows: readonly (readonly string[])[], width = 50): Uint8Array {
  const headerLength = 32 + 32 * names.length + 1;
  const recordLength = 1 + width * names.length;
  const bytes = new Uint8Array(headerLength + recordLength * rows.length + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 0x03;
  bytes.set([126, 12, 7], 1);
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  const encoder = new TextEncoder();
  names.forEach((name, i) => {
    const o = 32 + i * 32;
    bytes.set(encoder.encode(name.slice(0, 10)), o);
    bytes[o + 11] = 'C'.charCodeAt(0);
    bytes[o + 16] = width;
  });
  bytes[headerLength - 1] = 0x0d;
  rows.forEach((row, r) => {
    const o = headerLength + r * recordLength;
    bytes.fill(0x20, o, o + recordLength);
    for (const [i, value] of row.entries())
      bytes.set(encoder.encode(value).slice(0, width), o + 1 + i * width);
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}

/** A ZIP of one shapefile `name` (`.shp`, `.shx`, `.dbf`, `.prj`), leaving out the parts in `without`. */
export function shapefileZip(
  name: string,
  polygons: readonly (readonly Ring[])[],
  options: {
    prj: string;
    fields?: readonly string[];
    rows?: readonly (readonly string[])[];
    without?: string[];
  },
): Uint8Array {
  const { shp, shx } = shpAndShx(polygons);
  const parts: Record<string, Uint8Array> = {
    [`${name}.shp`]: shp,
    [`${name}.shx`]: shx,
    [`${name}.dbf`]: dbf(options.fields ?? ['name'], options.rows ?? polygons.map((_, i) => [`area ${i}`])),
    [`${name}.prj`]: new TextEncoder().encode(options.prj),
  };
  for (const ext of options.without ?? []) delete parts[`${name}${ext}`];
  return zipSync(parts);
}
