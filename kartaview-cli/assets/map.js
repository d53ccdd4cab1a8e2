// The map of `kartaview export --format html`: draws the photos' GeoJSON (embedded in this page)
// with Leaflet, tiles (OpenStreetMap's unless --tiles) behind when online. Once drawn, <body> carries
// data-ready="ok" and data-markers (the number of photo points drawn); `window.kartaviewMap` is
// the Leaflet map, for scripts that read the page.
(function () {
  "use strict";
  var COLORS = ["#d62728", "#1f77b4", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#e377c2", "#8c564b"];

  function read(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  // Only web addresses become links and images: the data comes from a server.
  function web(url) {
    return typeof url === "string" && /^https?:\/\//i.test(url) ? url : null;
  }

  function line(parent, className, text) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    parent.appendChild(p);
  }

  function index(photo) {
    return typeof photo.sequenceIndex === "number" ? "#" + photo.sequenceIndex : "no index";
  }

  // The popup of a photo, built as elements (never from HTML text) with its thumbnail, capture
  // time (UTC) and index in its sequence.
  function popup(photo, thumbnail) {
    var box = document.createElement("div");
    box.className = "kv-photo";
    var full = web(photo.imageUrl);
    if (thumbnail) {
      var img = document.createElement("img");
      img.src = thumbnail;
      img.alt = "photo " + photo.id;
      if (photo.width && photo.height) {
        img.style.aspectRatio = photo.width + " / " + photo.height;
      }
      var holder = box;
      if (full) {
        holder = document.createElement("a");
        holder.href = full;
        holder.target = "_blank";
        holder.rel = "noopener noreferrer";
        box.appendChild(holder);
      }
      holder.appendChild(img);
    }
    line(box, "kv-time", photo.shotDate ? photo.shotDate.replace("T", " ").replace("Z", " UTC") : "capture time unknown");
    line(box, "kv-index", index(photo) + (photo.sequenceId ? " in sequence " + photo.sequenceId : ""));
    line(box, "kv-id", "photo " + photo.id);
    return box;
  }

  // Plain text as HTML, for Leaflet's attribution.
  function html(text) {
    var box = document.createElement("div");
    box.textContent = text;
    return box.innerHTML;
  }

  var photos = read("photos");
  var thumbnails = read("thumbnails");
  var tiles = read("tiles");
  var map = L.map("map", { renderer: L.canvas({ tolerance: 4 }) });
  window.kartaviewMap = map;
  var credit = "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors";
  L.tileLayer(tiles.tiles, {
    maxZoom: 19,
    attribution: credit + (tiles.attribution ? ", " + html(tiles.attribution) : "")
  }).addTo(map);

  // One color per track (by sequence), its points in the same color.
  var colors = {};
  function color(sequenceId) {
    var key = String(sequenceId);
    if (!(key in colors)) {
      colors[key] = COLORS[Object.keys(colors).length % COLORS.length];
    }
    return colors[key];
  }

  var markers = 0;
  var drawn = L.geoJSON(photos, {
    style: function (feature) {
      return { color: color(feature.properties.sequenceId), weight: 4, opacity: 0.7 };
    },
    pointToLayer: function (feature, at) {
      markers += 1;
      return L.circleMarker(at, {
        radius: 5, color: "#fff", weight: 1, fillColor: color(feature.properties.sequenceId), fillOpacity: 1
      });
    },
    onEachFeature: function (feature, layer) {
      var p = feature.properties;
      if (p.kind === "photo") {
        layer.bindPopup(function () { return popup(p, web(thumbnails[p.id])); }, { minWidth: 240 });
        layer.bindTooltip(index(p));
      } else {
        layer.bindPopup(function () {
          var box = document.createElement("div");
          line(box, "kv-track", p.name + ": " + p.photos + " photos");
          return box;
        });
      }
    }
  }).addTo(map);
  // The page's image sizes are unknown until they load: move the popup to fit them.
  map.on("popupopen", function (event) {
    var img = event.popup.getElement().querySelector("img");
    if (img) {
      img.addEventListener("load", function () { event.popup.update(); });
    }
  });

  var title = L.control({ position: "topright" });
  title.onAdd = function () {
    var box = L.DomUtil.create("div", "kv-title");
    var h1 = document.createElement("h1");
    h1.textContent = document.title;
    box.appendChild(h1);
    line(box, "kv-count", markers === 0 ? "no photo has a position" : markers + (markers === 1 ? " photo" : " photos"));
    return box;
  };
  title.addTo(map);

  var bounds = drawn.getBounds();
  if (bounds.isValid()) {
    map.fitBounds(bounds, { padding: [24, 24], maxZoom: 18 });
  } else {
    map.setView([0, 0], 2);
  }
  document.body.dataset.markers = String(markers);
  document.body.dataset.ready = "ok";
})();
