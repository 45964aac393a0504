import { readFileSync } from 'node:fs';
import { regionsGeoJsonPath } from './reference.loader';

type Ring = [number, number][];
type Polygon = Ring[];
interface RegionShape {
  code: string;
  polygons: Polygon[];
  bbox: [number, number, number, number];
}

let shapes: Map<string, RegionShape> | undefined;

function loadShapes(): Map<string, RegionShape> {
  const geo = JSON.parse(readFileSync(regionsGeoJsonPath, 'utf8')) as {
    features: { properties: { code: string }; geometry: { type: string; coordinates: unknown } }[];
  };
  const map = new Map<string, RegionShape>();
  for (const f of geo.features) {
    const polygons =
      f.geometry.type === 'Polygon'
        ? [f.geometry.coordinates as Polygon]
        : (f.geometry.coordinates as Polygon[]);
    const xs = polygons.flatMap((p) => p[0].map((c) => c[0]));
    const ys = polygons.flatMap((p) => p[0].map((c) => c[1]));
    map.set(f.properties.code, {
      code: f.properties.code,
      polygons,
      bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
    });
  }
  return map;
}

// Ray casting: counts crossings of a ray going east from the point.
function inRing(lon: number, lat: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Whether a point lies inside a region's boundary (holes, such as the cities inside regions, excluded). */
export function regionContainsPoint(regionCode: string, latitude: number, longitude: number): boolean {
  shapes ??= loadShapes();
  const shape = shapes.get(regionCode);
  if (!shape) return false;
  const [minX, minY, maxX, maxY] = shape.bbox;
  if (longitude < minX || longitude > maxX || latitude < minY || latitude > maxY) return false;
  return shape.polygons.some(
    ([outer, ...holes]) =>
      inRing(longitude, latitude, outer) && !holes.some((h) => inRing(longitude, latitude, h)),
  );
}

/** Bounding box of a region as [minLon, minLat, maxLon, maxLat], for sampling points inside it. */
export function regionBoundingBox(regionCode: string): [number, number, number, number] | undefined {
  shapes ??= loadShapes();
  return shapes.get(regionCode)?.bbox;
}
