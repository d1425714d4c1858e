// Generates resources/map/world.bin, the world map Sekutu draws, from Natural Earth's country
// shapes as packaged by world-atlas (TopoJSON). Run: cd tools/map && npm ci && npm run generate
//
// Why a generator: the app must not parse TopoJSON at startup. The shapes are projected here once
// (Equal Earth, y pointing down like the screen), quantized to integers and delta-encoded.
//
// Ids: world-atlas ids are ISO 3166-1 numeric codes. They are mapped to alpha-2 codes through
// Debian's iso-codes (/usr/share/iso-codes/json/iso_3166-1.json) and the mapping is written into
// the resource (each feature carries both), so the C++ side holds no list of codes.
//
// Each shape is written twice: simplified (Douglas–Peucker, no point of the outline moves by
// more than the coarse tolerance), which the app draws while the whole world is in view, and in
// full detail, which it decodes only when a zoom needs it. Simplifying here, not at startup,
// keeps that work off the app's first second.
//
// Format (little-endian):
//   "SKMP" u16 version=2 u16 0
//   u32 quantization Q (integer units per unit of the Equal Earth projection at scale 1)
//   u32 coarse tolerance T, in those integer units
//   u32 n, n bytes of UTF-8 JSON metadata (source, version, licence, counts)
//   u16 feature count, then per feature:
//     2 bytes alpha-2 code ("\0\0" when Natural Earth gives no ISO code: Kosovo, N. Cyprus, ...)
//     u16 ISO numeric code (0 when none)
//     i16 x, i16 y: a label point inside the feature's largest polygon (centroid of that ring)
//     i16 left, top, right, bottom: the extent of the full detail
//     u16 the largest width or height of one of its polygons
//     the simplified rings, then u32 the byte size of the detailed rings, then those; each set
//       is a u16 ring count, then per ring: u32 point count, points as zigzag varint deltas
//       (the first point relative to 0,0), the closing point left out.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import * as topojson from 'topojson-client';
import { geoEqualEarth, geoPath } from 'd3-geo';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const atlasDir = path.dirname(require.resolve('world-atlas/package.json'));
const atlasVersion = JSON.parse(fs.readFileSync(path.join(atlasDir, 'package.json'))).version;
const isoPath = '/usr/share/iso-codes/json/iso_3166-1.json';

const Q = 5000;
// WorldMap::coarseTolerance (0.003 of the projection's unit), in quantized units: under a pixel
// while the whole world is on a screen.
const T = 15;
// Antarctica is left out: it takes a fifth of the map's height and no alliance of ours covers it.
const excluded = new Set(['010']);

const iso = JSON.parse(fs.readFileSync(isoPath))['3166-1'];
const alpha2ByNumeric = new Map(iso.map(c => [c.numeric, c.alpha_2]));
const ours = JSON.parse(fs.readFileSync(path.join(root, 'resources/data/countries.json'))).countries.map(c => c.code);

function load(file) {
  const topo = JSON.parse(fs.readFileSync(path.join(atlasDir, file)));
  return topojson.feature(topo, topo.objects.countries).features;
}
const features50 = load('countries-50m.json');
const features10 = load('countries-10m.json');

// Countries of ours that the 50m file leaves out (Tuvalu) come from the 10m file.
const present = new Set(features50.map(f => alpha2ByNumeric.get(f.id)).filter(Boolean));
const fromTenMetre = features10.filter(f => {
  const code = alpha2ByNumeric.get(f.id);
  return code && ours.includes(code) && !present.has(code);
});
const features = [...features50, ...fromTenMetre].filter(f => !excluded.has(f.id));

// Natural Earth draws Crimea inside Russia's shape (its de facto line). Crimea is disputed and
// no record of ours covers it, so it becomes a shape of its own, without a code, drawn neutral.
// In the 50m file it is one polygon of Russia's MultiPolygon, apart from the Russian mainland.
const crimeaBox = [32.0, 44.0, 37.0, 46.5]; // west, south, east, north
const inCrimea = polygon => polygon[0].every(([x, y]) =>
  x >= crimeaBox[0] && x <= crimeaBox[2] && y >= crimeaBox[1] && y <= crimeaBox[3]);
const russia = features.find(f => f.id === '643');
const crimea = russia.geometry.coordinates.filter(inCrimea);
if (crimea.length !== 1)
  throw new Error(`expected Crimea as one polygon of Russia's shape, found ${crimea.length}`);
russia.geometry.coordinates = russia.geometry.coordinates.filter(p => !inCrimea(p));
features.push({ type: 'Feature', id: undefined, properties: { name: 'Crimea' },
                geometry: { type: 'Polygon', coordinates: crimea[0] } });

// Equal Earth at scale Q centred on 0,0; d3 cuts shapes at the antimeridian (Russia, Fiji).
const projection = geoEqualEarth().scale(Q).translate([0, 0]).precision(0.5);

class RingRecorder {
  constructor() { this.rings = []; this.current = null; }
  moveTo(x, y) { this.current = [[Math.round(x), Math.round(y)]]; this.rings.push(this.current); }
  lineTo(x, y) {
    const p = [Math.round(x), Math.round(y)];
    const last = this.current[this.current.length - 1];
    if (p[0] !== last[0] || p[1] !== last[1])
      this.current.push(p);
  }
  closePath() {}
  arc() {}
}

function ringArea(ring) {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return a / 2;
}

function ringCentroid(ring) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    a += f; cx += (ring[j][0] + ring[i][0]) * f; cy += (ring[j][1] + ring[i][1]) * f;
  }
  if (a === 0) {
    const n = ring.length;
    return [Math.round(ring.reduce((s, p) => s + p[0], 0) / n), Math.round(ring.reduce((s, p) => s + p[1], 0) / n)];
  }
  return [Math.round(cx / (3 * a)), Math.round(cy / (3 * a))];
}

// Douglas–Peucker on a closed ring (last point = first): keeps the points that stray more than
// T from the line between the points kept around them. The ring is split at the point farthest
// from its start; at least a triangle is kept so that small islands stay visible. (Keeping a
// whole islet instead, as this did at first, kept 9,700 points, half of the simplified map.)
function distanceToSegmentSquared(p, a, b) {
  const abx = b[0] - a[0], aby = b[1] - a[1];
  const length = abx * abx + aby * aby;
  const t = length > 0 ? Math.min(1, Math.max(0, ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby) / length)) : 0;
  const dx = p[0] - (a[0] + t * abx), dy = p[1] - (a[1] + t * aby);
  return dx * dx + dy * dy;
}

function simplified(ring) {
  const closed = [...ring, ring[0]];
  const n = closed.length;
  if (n <= 4)
    return ring;
  const keep = new Array(n).fill(false);
  let far = 1, farthest = -1;
  for (let i = 1; i + 1 < n; ++i) {
    const dx = closed[i][0] - closed[0][0], dy = closed[i][1] - closed[0][1];
    if (dx * dx + dy * dy > farthest) { farthest = dx * dx + dy * dy; far = i; }
  }
  keep[0] = keep[far] = keep[n - 1] = true;
  const spans = [[0, far], [far, n - 1]];
  while (spans.length > 0) {
    const [first, last] = spans.pop();
    let worst = -1, worstDistance = T * T;
    for (let i = first + 1; i < last; ++i) {
      const d = distanceToSegmentSquared(closed[i], closed[first], closed[last]);
      if (d > worstDistance) { worstDistance = d; worst = i; }
    }
    if (worst < 0)
      continue;
    keep[worst] = true;
    spans.push([first, worst], [worst, last]);
  }
  if (keep.filter(Boolean).length < 4) {
    // Every point lies within T of the line from the start to the farthest point: an islet. The
    // point farthest from that line makes it a triangle, which stays visible and within T.
    let third = -1, thirdDistance = -1;
    for (let i = 1; i + 1 < n; ++i) {
      const d = i === far ? -1 : distanceToSegmentSquared(closed[i], closed[0], closed[far]);
      if (d > thirdDistance) { thirdDistance = d; third = i; }
    }
    keep[third] = true;
  }
  return closed.filter((_, i) => keep[i]).slice(0, -1);
}

function extent(ring) {
  const xs = ring.map(p => p[0]), ys = ring.map(p => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

const chunks = [];
let bytes = 0;
function push(buf) { chunks.push(buf); bytes += buf.length; }
function u16(v) { const b = Buffer.alloc(2); b.writeUInt16LE(v); push(b); }
function i16(v) { const b = Buffer.alloc(2); b.writeInt16LE(v); push(b); }
function u32(v) { const b = Buffer.alloc(4); b.writeUInt32LE(v); push(b); }
function varint(v) {
  const z = v >= 0 ? v * 2 : -v * 2 - 1; // zigzag
  const out = [];
  let n = z;
  while (n >= 0x80) { out.push((n & 0x7f) | 0x80); n = Math.floor(n / 128); }
  out.push(n);
  push(Buffer.from(out));
}

const records = [];
let pointCount = 0;
for (const f of features) {
  const recorder = new RingRecorder();
  geoPath(projection, recorder)(f);
  const rings = recorder.rings.filter(r => r.length >= 3);
  if (rings.length === 0 && recorder.rings.length > 0)
    rings.push(recorder.rings[0]); // a dot of an island: keep one ring so that it has a place
  if (rings.length === 0)
    throw new Error(`feature ${f.id} ${f.properties.name} has no geometry`);
  const largest = rings.reduce((best, r) => Math.abs(ringArea(r)) > Math.abs(ringArea(best)) ? r : best);
  records.push({ code: alpha2ByNumeric.get(f.id) ?? '', numeric: f.id ? parseInt(f.id, 10) : 0,
                 label: ringCentroid(largest), rings, name: f.properties.name });
  pointCount += rings.reduce((s, r) => s + r.length, 0);
}

const missing = ours.filter(code => !records.some(r => r.code === code));
if (missing.length > 0)
  throw new Error(`countries without a shape: ${missing.join(', ')}`);

const metadata = {
  source: 'Natural Earth 1:50m Admin 0 countries (1:10m for Tuvalu), via world-atlas',
  package: `world-atlas ${atlasVersion} (npm)`,
  licence: 'Natural Earth: public domain; world-atlas: ISC',
  idMapping: `ISO 3166-1 numeric to alpha-2 from Debian iso-codes (${isoPath})`,
  projection: 'Equal Earth, y down',
  quantization: Q,
  excluded: 'Antarctica',
  split: 'Crimea, out of Russia\'s shape, as a territory without a code',
  features: records.length,
  points: pointCount,
};

push(Buffer.from('SKMP', 'ascii'));
u16(2); u16(0);
u32(Q);
u32(T);
const meta = Buffer.from(JSON.stringify(metadata), 'utf8');
let coarsePointCount = 0;
u32(meta.length); push(meta);
u16(records.length);
for (const r of records) {
  push(Buffer.from(r.code ? r.code : '\0\0', 'latin1'));
  u16(r.numeric);
  i16(r.label[0]); i16(r.label[1]);
  const extents = r.rings.map(extent);
  i16(Math.min(...extents.map(e => e[0]))); i16(Math.min(...extents.map(e => e[1])));
  i16(Math.max(...extents.map(e => e[2]))); i16(Math.max(...extents.map(e => e[3])));
  u16(Math.max(...extents.map(e => Math.max(e[2] - e[0], e[3] - e[1]))));
  writeRings(r.rings.map(simplified));
  const before = bytes;
  u32(0); // the detail's size, filled in below
  const sizeChunk = chunks.length - 1;
  writeRings(r.rings);
  chunks[sizeChunk].writeUInt32LE(bytes - before - 4);
  coarsePointCount += r.rings.reduce((s, ring) => s + simplified(ring).length, 0);
}

function writeRings(rings) {
  u16(rings.length);
  for (const ring of rings) {
    u32(ring.length);
    let px = 0, py = 0;
    for (const [x, y] of ring) { varint(x - px); varint(y - py); px = x; py = y; }
  }
}

const out = path.join(root, 'resources/map/world.bin');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, Buffer.concat(chunks, bytes));
console.log(`${out}: ${records.length} features, ${pointCount} points (${coarsePointCount} simplified), ${bytes} bytes`);
