// The location field's map (src/platform/views/components/location.ts), an enhancement only: the
// field's selects and inputs work without it. It loads Leaflet from the site's own assets, draws
// the administrative units from the site's own GeoJSON without any tile layer (the CSP allows
// nothing else), and on a click fills the latitude and longitude and chooses the aimag: the one
// whose shape holds the point when boundaries were imported, else the one with the nearest centre.
(() => {
  const roots = document.querySelectorAll('[data-location-picker]');
  if (roots.length === 0 || !window.fetch) return;
  const first = roots[0];

  function loadLeaflet(done) {
    if (window.L) return done();
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = first.dataset.leafletCss;
    document.head.appendChild(css);
    const script = document.createElement('script');
    script.src = first.dataset.leaflet;
    script.onload = done;
    document.head.appendChild(script);
  }

  const isTop = (f) => f.properties.kind === 'capital' || f.properties.kind === 'aimag';

  // Ray casting over a ring of [lon, lat] positions.
  function inRing(ring, lon, lat) {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  }
  function inPolygon(rings, lon, lat) {
    if (!inRing(rings[0], lon, lat)) return false;
    for (let k = 1; k < rings.length; k++) if (inRing(rings[k], lon, lat)) return false;
    return true;
  }
  function contains(geometry, lon, lat) {
    if (geometry.type === 'Polygon') return inPolygon(geometry.coordinates, lon, lat);
    if (geometry.type === 'MultiPolygon') return geometry.coordinates.some((p) => inPolygon(p, lon, lat));
    return false;
  }

  /** The unit a point is in: by shape where there are shapes, else by the nearest centre. */
  function unitAt(units, lon, lat) {
    const shaped = units.filter((f) => f.geometry.type !== 'Point');
    if (shaped.length > 0) return shaped.find((f) => contains(f.geometry, lon, lat)) || null;
    let best = null;
    let bestDistance = Number.POSITIVE_INFINITY;
    const scale = Math.cos((lat * Math.PI) / 180);
    for (const f of units) {
      const [x, y] = f.geometry.coordinates;
      const d = ((x - lon) * scale) ** 2 + (y - lat) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = f;
      }
    }
    return best;
  }

  function enhance(root, collection) {
    const L = window.L;
    const byId = (name) => document.getElementById(root.dataset[name]);
    const aimag = byId('aimag');
    const soum = byId('soum');
    const lat = byId('lat');
    const lon = byId('lon');
    const box = root.querySelector('.location-map');
    const hint = root.querySelector('[id$="-map-hint"]');
    const status = root.querySelector('.location-status');
    if (!aimag || !lat || !lon || !box) return;
    const units = collection.features.filter(isTop);
    const english = document.documentElement.lang === 'en';
    const nameOf = (f) => (english ? f.properties.name_en : f.properties.name_mn);
    box.hidden = false;
    if (hint) hint.hidden = false;
    box.setAttribute('role', 'application');
    box.setAttribute('aria-label', root.dataset.mapLabel);
    if (hint) box.setAttribute('aria-describedby', hint.id);
    const map = L.map(box, { attributionControl: false, zoomSnap: 0.25 });
    const drawn = L.geoJSON(units, {
      interactive: false,
      style: () => ({ color: '#1d4f91', weight: 1, fillOpacity: 0.08 }),
      pointToLayer: (f, at) =>
        L.circleMarker(at, {
          radius: 4,
          color: '#1d4f91',
          weight: 1,
          fillOpacity: 0.6,
          interactive: false,
        }).bindTooltip(nameOf(f), {
          permanent: true,
          direction: 'right',
          className: 'location-map-label',
          interactive: false,
        }),
    }).addTo(map);
    const bounds = drawn.getBounds().pad(0.05);
    // Leaflet needs a view before anything else; fitted again once the map has a size.
    map.fitBounds(bounds);
    let marker = null;
    const mark = (y, x) => {
      if (marker) marker.setLatLng([y, x]);
      else
        marker = L.circleMarker([y, x], {
          radius: 8,
          color: '#b10e1e',
          weight: 3,
          fillOpacity: 0.3,
          interactive: false,
        }).addTo(map);
    };
    // A point typed in (or sent back with the form) shows on the map too.
    const follow = () => {
      const y = Number(lat.value);
      const x = Number(lon.value);
      if (lat.value && lon.value && Number.isFinite(y) && Number.isFinite(x)) mark(y, x);
    };
    follow();
    lat.addEventListener('change', follow);
    lon.addEventListener('change', follow);
    map.on('click', (event) => {
      const y = Math.round(event.latlng.lat * 1e5) / 1e5;
      const x = Math.round(event.latlng.lng * 1e5) / 1e5;
      lat.value = String(y);
      lon.value = String(x);
      mark(y, x);
      const unit = unitAt(units, x, y);
      if (unit) {
        aimag.value = unit.properties.code;
        aimag.dispatchEvent(new Event('change', { bubbles: true }));
        // A soum chosen before goes when the point is in another aimag.
        const parent = soum?.selectedOptions[0]?.dataset.parent;
        if (soum && parent && parent !== unit.properties.code) soum.value = '';
      }
      if (status)
        status.textContent = root.dataset.chosen
          .replace('{lat}', String(y))
          .replace('{lon}', String(x))
          .replace('{aimag}', unit ? nameOf(unit) : '—');
    });
    // A map laid out while its <details> was closed has no size: measure again when it opens.
    const details = root.querySelector('details');
    if (details)
      details.addEventListener('toggle', () => {
        if (!details.open) return;
        map.invalidateSize();
        map.fitBounds(bounds);
      });
  }

  loadLeaflet(() => {
    for (const root of roots)
      fetch(root.dataset.units, { headers: { accept: 'application/geo+json' } })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((collection) => enhance(root, collection))
        .catch(() => {
          // Without the units the map stays hidden: the selects and inputs still do everything.
        });
  });
})();
