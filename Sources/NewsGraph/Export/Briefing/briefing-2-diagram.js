// NewsGraph briefing page, part 2 of 7 (diagram): the SVG: pan, zoom, centring, labels by zoom level, clicks on entities and relations.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

// ---- The diagram ---------------------------------------------------------------------------
var container = $('diagram');
var svg = container.querySelector('svg');
var elementOf = new Map();   // node or edge id → its <g> in the SVG
var itemOfElement = new Map(); // <g> → {kind, item}
var view = null, fullView = null;

// Labels too small to read are not drawn until the reader zooms in (a large graph's thousands
// of labels cost more to lay out than its shapes). Hidden before anything is laid out.
var LABEL_MIN_PIXELS = 3, SMALLEST_FONT = 8;
if (svg) container.classList.add('far');

if (svg) {
  var box = svg.viewBox && svg.viewBox.baseVal;
  fullView = box && box.width > 0 ? { x: box.x, y: box.y, w: box.width, h: box.height }
    : { x: 0, y: 0, w: parseFloat(svg.getAttribute('width')) || 1000, h: parseFloat(svg.getAttribute('height')) || 1000 };
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  nodes.forEach(function (n) {
    var g = n.svg ? document.getElementById(n.svg) : null;
    if (g) { elementOf.set(n.id, g); itemOfElement.set(g, { kind: 'node', item: n }); }
  });
  edges.forEach(function (e) {
    var g = e.svg ? document.getElementById(e.svg) : null;
    if (!g) return;
    elementOf.set(e.id, g);
    itemOfElement.set(g, { kind: 'edge', item: e });
  });
  setView(fullView);
}

function setView(v) {
  view = { x: v.x, y: v.y, w: v.w, h: v.h };
  svg.setAttribute('viewBox', [view.x, view.y, view.w, view.h].join(' '));
  var scale = Math.min(container.clientWidth / view.w, container.clientHeight / view.h);
  container.classList.toggle('far', scale * SMALLEST_FONT < LABEL_MIN_PIXELS);
}

// The SVG's user-space point under a client (screen) point.
function toUser(clientX, clientY) {
  var matrix = svg.getScreenCTM();
  if (!matrix) return { x: view.x, y: view.y };
  var p = svg.createSVGPoint();
  p.x = clientX; p.y = clientY;
  var q = p.matrixTransform(matrix.inverse());
  return { x: q.x, y: q.y };
}

function zoom(factor, clientX, clientY) {
  if (!svg) return;
  var rect = svg.getBoundingClientRect();
  if (clientX === undefined) { clientX = rect.left + rect.width / 2; clientY = rect.top + rect.height / 2; }
  var at = toUser(clientX, clientY);
  var w = Math.min(Math.max(view.w / factor, fullView.w / 200), fullView.w * 4);
  var scale = w / view.w;
  setView({ x: at.x - (at.x - view.x) * scale, y: at.y - (at.y - view.y) * scale, w: w, h: view.h * scale });
}

// Centres the view on an element, zooming in if the whole diagram is shown.
function centreOn(g) {
  if (!svg || !g) return;
  var r = g.getBoundingClientRect();
  var c = toUser(r.left + r.width / 2, r.top + r.height / 2);
  // Close enough to read the labels (8-point type at 6 pixels or more).
  var w = Math.min(view.w, Math.max(200, container.clientWidth * SMALLEST_FONT / 6));
  var h = view.h * w / view.w;
  setView({ x: c.x - w / 2, y: c.y - h / 2, w: w, h: h });
}

if (svg) {
  var drag = null;
  container.addEventListener('wheel', function (event) {
    event.preventDefault();
    zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2, event.clientX, event.clientY);
  }, { passive: false });
  container.addEventListener('pointerdown', function (event) {
    if (event.button !== 0) return;
    drag = { x: event.clientX, y: event.clientY, view: view, moved: false, id: event.pointerId };
  });
  container.addEventListener('pointermove', function (event) {
    if (!drag) return;
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
    if (!drag.moved) { drag.moved = true; container.classList.add('panning'); container.setPointerCapture(drag.id); }
    var rect = svg.getBoundingClientRect();
    var scale = Math.max(drag.view.w / rect.width, drag.view.h / rect.height);
    setView({ x: drag.view.x - dx * scale, y: drag.view.y - dy * scale, w: drag.view.w, h: drag.view.h });
  });
  var endDrag = function (event) {
    if (!drag) return;
    var moved = drag.moved;
    if (moved) { container.classList.remove('panning'); try { container.releasePointerCapture(drag.id); } catch (e) { /* gone */ } }
    drag = null;
    if (moved && event.type === 'pointerup') suppressClick = true;
  };
  var suppressClick = false;
  container.addEventListener('pointerup', endDrag);
  container.addEventListener('pointercancel', endDrag);
  // The node or edge at a point, or within a few pixels of it: thin lines are hard to hit.
  var itemAt = function (target, x, y) {
    var g = target && target.closest ? target.closest('g.node, g.edge') : null;
    for (var radius = 2; !itemOfElement.has(g) && radius <= 6; radius += 2) {
      for (var angle = 0; angle < 8 && !itemOfElement.has(g); angle++) {
        var at = document.elementFromPoint(x + radius * Math.cos(angle * Math.PI / 4), y + radius * Math.sin(angle * Math.PI / 4));
        g = at && at.closest ? at.closest('g.node, g.edge') : null;
      }
    }
    return itemOfElement.get(g);
  };
  container.addEventListener('click', function (event) {
    if (suppressClick) { suppressClick = false; return; }
    var hit = itemAt(event.target, event.clientX, event.clientY);
    if (hit) { event.preventDefault(); select(hit.kind, hit.item.id, false); }
  });
  $('zoom-in').addEventListener('click', function () { zoom(1.4); });
  $('zoom-out').addEventListener('click', function () { zoom(1 / 1.4); });
  $('zoom-fit').addEventListener('click', function () { setView(fullView); });
  var viewBeforePrint = null;
  window.addEventListener('beforeprint', function () { viewBeforePrint = view; setView(fullView); });
  window.addEventListener('afterprint', function () { if (viewBeforePrint) setView(viewBeforePrint); });
} else {
  ['zoom-in', 'zoom-out', 'zoom-fit'].forEach(function (id) { $(id).disabled = true; });
}
