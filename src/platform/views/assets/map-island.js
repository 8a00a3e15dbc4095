// The map page's island (src/platform/geo/page.ts), an enhancement only: without it the page shows
// the same layer drawn on the server as SVG, with its table. The page loads Leaflet before it from
// the site's own assets (both deferred, in order); it draws, with no tile layer (the CSP allows
// no other host, and no blob: worker), the country's outline, the aimags' shapes where boundaries were imported and the layer's features,
// all from the site's own GeoJSON; points close together on the screen (in one square of a grid
// of 48 pixels) are one circle with their count, recomputed at every zoom. The SVG stays in the
// page for print (the stylesheet shows it there and hides the Leaflet map).
(() => {
  const roots = document.querySelectorAll('[data-map-island]');
  if (roots.length === 0 || !window.fetch || !window.L) return;
  const css = document.createElement('link');
  css.rel = 'stylesheet';
  css.href = roots[0].dataset.leafletCss;
  document.head.appendChild(css);
  const CELL = 48;
  const english = document.documentElement.lang === 'en';

  const getJson = (url) =>
    fetch(url, { headers: { accept: 'application/geo+json' } }).then((r) =>
      r.ok ? r.json() : Promise.reject(new Error(String(r.status))),
    );

  // As the server names a feature (featureLabel in src/platform/geo/page.ts).
  function labelOf(f) {
    const p = f.properties || {};
    const own = english ? p.name_en : p.name_mn;
    for (const v of [own, p.name_mn, p.name_en, p.title, p.name])
      if (typeof v === 'string' && v.trim()) return v;
    return String(f.id);
  }

  // Where a feature is drawn: its point, or the middle of its shape's box.
  function pointOf(f) {
    const g = f.geometry;
    if (g.type === 'Point') return [g.coordinates[1], g.coordinates[0]];
    const flat = JSON.stringify(g.coordinates)
      .match(/-?\d+(\.\d+)?(e-?\d+)?/g)
      .map(Number);
    let [w, s, e, n] = [180, 90, -180, -90];
    for (let i = 0; i + 1 < flat.length; i += 2) {
      w = Math.min(w, flat[i]);
      e = Math.max(e, flat[i]);
      s = Math.min(s, flat[i + 1]);
      n = Math.max(n, flat[i + 1]);
    }
    return [(s + n) / 2, (w + e) / 2];
  }

  /** Points by the square of a grid of CELL screen pixels they fall in, at the map's zoom. */
  function clusters(map, places) {
    const cells = new Map();
    for (const place of places) {
      const at = map.latLngToLayerPoint(place.at);
      const key = `${Math.floor(at.x / CELL)}:${Math.floor(at.y / CELL)}`;
      const members = cells.get(key);
      if (members) members.push(place);
      else cells.set(key, [place]);
    }
    return [...cells.values()];
  }

  function enhance(root, outline, units, layer) {
    const L = window.L;
    const figure = root.querySelector('figure');
    if (!figure) return;
    const canvas = document.createElement('div');
    canvas.className = 'map-island-canvas';
    canvas.setAttribute('role', 'region');
    canvas.setAttribute('aria-label', root.dataset.label);
    figure.insertBefore(canvas, figure.firstChild);
    root.classList.add('map-island-live');
    const map = L.map(canvas, { attributionControl: false, zoomSnap: 0.5 });
    const country = L.geoJSON(outline, {
      interactive: false,
      style: () => ({ color: '#4a5561', weight: 1.5, fill: false }),
    }).addTo(map);
    const shapes = units.features.filter(
      (f) =>
        (f.properties.kind === 'capital' || f.properties.kind === 'aimag') && f.geometry.type !== 'Point',
    );
    const aimags = L.geoJSON(shapes, {
      interactive: false,
      style: () => ({ color: '#4a5561', weight: 0.75, fill: false }),
    }).addTo(map);
    const places = layer.features.map((f) => ({ at: L.latLng(pointOf(f)), label: labelOf(f) }));
    const marks = L.layerGroup().addTo(map);
    const draw = () => {
      marks.clearLayers();
      for (const members of clusters(map, places)) {
        const lat = members.reduce((a, m) => a + m.at.lat, 0) / members.length;
        const lon = members.reduce((a, m) => a + m.at.lng, 0) / members.length;
        const names = members
          .slice(0, 5)
          .map((m) => m.label)
          .join(', ');
        const title = members.length > 5 ? `${members.length}: ${names} …` : names;
        if (members.length === 1) {
          L.circleMarker([lat, lon], {
            radius: 6,
            color: '#ffffff',
            weight: 1.5,
            fillColor: '#0b4f8a',
            fillOpacity: 1,
          })
            .bindTooltip(title)
            .addTo(marks);
          continue;
        }
        const size = members.length < 10 ? 'small' : members.length < 100 ? 'medium' : 'large';
        const icon = L.divIcon({
          className: `map-cluster map-cluster-${size}`,
          html: `<span>${members.length}</span>`,
          iconSize: size === 'small' ? [28, 28] : size === 'medium' ? [36, 36] : [46, 46],
        });
        const bounds = L.latLngBounds(members.map((m) => m.at));
        L.marker([lat, lon], { icon, title, alt: title, keyboard: true })
          .on('click', () => {
            // Zooming in splits the circle; points at one spot stay together at every zoom.
            if (bounds.getNorthEast().equals(bounds.getSouthWest()))
              map.setView(bounds.getCenter(), map.getZoom() + 2);
            else map.fitBounds(bounds.pad(0.2));
          })
          .addTo(marks);
      }
    };
    // The country (or, without its outline, the aimags and the places) fills the map.
    const all = L.latLngBounds([]);
    for (const drawn of [country, aimags]) if (drawn.getLayers().length > 0) all.extend(drawn.getBounds());
    for (const place of places) all.extend(place.at);
    if (all.isValid()) map.fitBounds(all.pad(0.05));
    else map.setView([0, 0], 1);
    map.on('zoomend', draw);
    draw();
  }

  for (const root of roots)
    Promise.all([getJson(root.dataset.outline), getJson(root.dataset.units), getJson(root.dataset.layer)])
      .then(([outline, units, layer]) => enhance(root, outline, units, layer))
      .catch(() => {
        // Without the GeoJSON the drawing made on the server stays: it shows the same layer.
      });
})();
