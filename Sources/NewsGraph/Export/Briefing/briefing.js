// NewsGraph briefing page: pan and zoom, search, details and evidence, filters, tables.
// Inlined into graph.html; its SHA-256 is in the page's Content-Security-Policy.
// Article text is only ever put in the page as text (textContent, text nodes), never as markup.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('newsgraph-data').textContent);
  var $ = function (id) { return document.getElementById(id); };
  var collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

  // ---- Indexes -------------------------------------------------------------------------------
  var nodes = data.nodes, edges = data.edges;
  var nodeById = new Map(), edgeById = new Map(), docById = new Map();
  var edgesOfNode = new Map();
  data.documents.forEach(function (d) { docById.set(d.id, d); });
  nodes.forEach(function (n) { nodeById.set(n.id, n); edgesOfNode.set(n.id, []); });
  edges.forEach(function (e) {
    edgeById.set(e.id, e);
    if (edgesOfNode.has(e.source)) edgesOfNode.get(e.source).push(e);
    if (e.target !== e.source && edgesOfNode.has(e.target)) edgesOfNode.get(e.target).push(e);
  });
  var relationInfo = new Map();
  data.relations.forEach(function (r) { relationInfo.set(r.relation, r); });
  var typeInfo = new Map();
  data.types.forEach(function (t) { typeInfo.set(t.type, t); });

  function label(id) { var n = nodeById.get(id); return n ? n.label : id; }
  function relationName(e) { var r = relationInfo.get(e.relation); return r ? r.name : (e.relation || 'related'); }
  function fold(text) {
    return String(text).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
  }
  function el(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text !== undefined && text !== null) element.textContent = String(text);
    return element;
  }
  function clear(element) { while (element.firstChild) element.removeChild(element.firstChild); }
  function isWebAddress(url) { return typeof url === 'string' && /^https?:\/\/[^\s]+$/i.test(url); }

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

  // ---- Filters -------------------------------------------------------------------------------
  var relationBoxes = new Map();
  var relationFilters = $('relation-filters');
  data.relations.forEach(function (r) {
    var row = el('label');
    var box = el('input');
    box.type = 'checkbox';
    box.checked = true;
    box.value = r.relation;
    box.setAttribute('data-relation', r.relation);
    var swatch = el('span', 'swatch' + (r.style === 'dashed' ? ' dashed' : r.style === 'bold' ? ' bold' : ''));
    swatch.style.borderTopColor = r.color;
    row.appendChild(box);
    row.appendChild(swatch);
    row.appendChild(el('span', null, r.name + (r.directed ? ' \u2192' : '')));
    row.appendChild(el('span', 'count', r.count));
    relationFilters.appendChild(row);
    relationBoxes.set(r.relation, box);
    box.addEventListener('change', applyFilters);
  });
  var typeLegend = $('type-legend');
  data.types.forEach(function (t) {
    var item = el('li');
    var chip = el('span', 'chip');
    chip.style.backgroundColor = t.fill;
    chip.style.borderColor = t.border;
    item.appendChild(chip);
    item.appendChild(el('span', null, t.name));
    item.appendChild(el('span', 'count', t.count));
    typeLegend.appendChild(item);
  });

  var dates = [];
  edges.forEach(function (e) { if (e.span) { dates.push(e.span[0]); dates.push(e.span[1]); } });
  dates.sort();
  var dateFrom = $('date-from'), dateTo = $('date-to'), undated = $('undated');
  if (dates.length) {
    [dateFrom, dateTo].forEach(function (input) { input.min = dates[0]; input.max = dates[dates.length - 1]; });
  }
  var maxSources = edges.reduce(function (m, e) { return Math.max(m, e.sources); }, 1);
  var minSources = $('min-sources');
  minSources.max = String(maxSources);
  var focus = $('focus'), depth = $('depth');
  nodes.slice().sort(function (a, b) { return collator.compare(a.label, b.label); }).forEach(function (n) {
    var option = el('option', null, n.label);
    option.value = n.id;
    focus.appendChild(option);
  });
  [dateFrom, dateTo, undated, minSources, focus, depth].forEach(function (input) {
    input.addEventListener('change', applyFilters);
    input.addEventListener('input', applyFilters);
  });
  $('reset').addEventListener('click', function () {
    relationBoxes.forEach(function (box) { box.checked = true; });
    dateFrom.value = ''; dateTo.value = ''; undated.checked = true;
    minSources.value = '1'; focus.value = ''; depth.value = '1';
    applyFilters();
  });

  var visibleNodes = new Set(), visibleEdges = new Set(), dimmedAny = false;

  // The same selection as the command line's filters (GraphFilter), plus the date range.
  function applyFilters() {
    var from = dateFrom.value, to = dateTo.value;
    var least = Math.max(1, parseInt(minSources.value, 10) || 1);
    var steps = Math.max(0, parseInt(depth.value, 10) || 0);
    var focusID = focus.value;
    var active = from !== '' || to !== '' || !undated.checked || least > 1 || focusID !== '';
    var kept = edges.filter(function (e) {
      var box = relationBoxes.get(e.relation);
      if (box && !box.checked) { active = true; return false; }
      if (e.sources < least) return false;
      if (!e.span) return undated.checked;
      if (from && e.span[1] < from) return false;
      if (to && e.span[0] > to) return false;
      return true;
    });
    var keptNodes;
    if (focusID && nodeById.has(focusID)) {
      var adjacent = new Map();
      kept.forEach(function (e) {
        if (!adjacent.has(e.source)) adjacent.set(e.source, []);
        if (!adjacent.has(e.target)) adjacent.set(e.target, []);
        adjacent.get(e.source).push(e.target);
        adjacent.get(e.target).push(e.source);
      });
      keptNodes = new Set([focusID]);
      var frontier = [focusID];
      for (var step = 0; step < steps && frontier.length; step++) {
        var next = [];
        frontier.forEach(function (id) {
          (adjacent.get(id) || []).forEach(function (other) {
            if (!keptNodes.has(other)) { keptNodes.add(other); next.push(other); }
          });
        });
        frontier = next;
      }
      kept = kept.filter(function (e) { return keptNodes.has(e.source) && keptNodes.has(e.target); });
    }
    visibleEdges = new Set(kept.map(function (e) { return e.id; }));
    if (!active) {
      visibleNodes = new Set(nodeById.keys());
    } else {
      visibleNodes = new Set(focusID ? [focusID] : []);
      kept.forEach(function (e) { visibleNodes.add(e.source); visibleNodes.add(e.target); });
    }
    // Nothing is dimmed before the first filter: the first call has nothing to undo.
    if (active || dimmedAny) {
      elementOf.forEach(function (g, id) {
        var shown = edgeById.has(id) ? visibleEdges.has(id) : visibleNodes.has(id);
        g.classList.toggle('filtered', !shown);
      });
    }
    dimmedAny = active;
    tables.forEach(function (table) { table.refresh(); });
    $('status').textContent = 'Showing ' + visibleNodes.size + ' of ' + nodes.length + ' entities and ' +
      visibleEdges.size + ' of ' + edges.length + ' relations.';
  }

  // ---- Details panel -------------------------------------------------------------------------
  var details = $('details');
  var selected = null;

  function select(kind, id, centre) {
    if (selected) {
      var old = elementOf.get(selected.id);
      if (old) old.classList.remove('selected');
    }
    selected = { kind: kind, id: id };
    var g = elementOf.get(id);
    if (g) {
      g.classList.add('selected');
      if (centre) centreOn(g);
    }
    tables.forEach(function (table) { table.markSelected(id); });
    if (kind === 'node') showNode(nodeById.get(id)); else showEdge(edgeById.get(id));
  }

  function entityLink(id) {
    var link = el('a', 'entity-link', label(id));
    link.tabIndex = 0;
    link.setAttribute('role', 'button');
    var go = function (event) { event.preventDefault(); select('node', id, true); };
    link.addEventListener('click', go);
    link.addEventListener('keydown', function (event) { if (event.key === 'Enter') go(event); });
    return link;
  }

  function facts(pairs) {
    var list = el('dl');
    pairs.forEach(function (pair) {
      if (pair[1] === undefined || pair[1] === null || pair[1] === '') return;
      list.appendChild(el('dt', null, pair[0]));
      var dd = el('dd');
      if (pair[1] instanceof Node) dd.appendChild(pair[1]); else dd.textContent = String(pair[1]);
      list.appendChild(dd);
    });
    return list;
  }

  function documentLine(id) {
    var doc = docById.get(id) || { id: id, path: id };
    var line = el('span', 'source');
    if (doc.title) { line.appendChild(el('span', 'doc-title', doc.title)); line.appendChild(document.createTextNode(' \u00b7 ')); }
    if (doc.date) line.appendChild(document.createTextNode(doc.date + ' \u00b7 '));
    if (isWebAddress(doc.url)) {
      var link = el('a', null, doc.url);
      link.href = doc.url;
      link.rel = 'noopener noreferrer';
      link.target = '_blank';
      line.appendChild(link);
    } else {
      line.appendChild(document.createTextNode(doc.path));
    }
    return line;
  }

  function showNode(n) {
    clear(details);
    var heading = el('h3', null, n.label);
    var type = typeInfo.get(n.type);
    var tag = el('span', 'kind-tag', type ? type.name : n.type);
    if (type) { tag.style.borderColor = type.border; tag.style.backgroundColor = type.fill; }
    heading.appendChild(tag);
    details.appendChild(heading);
    details.appendChild(facts([
      ['Code', n.code], ['Country', n.country], ['Roles', n.roles.join('; ')],
      ['Also called', n.aliases.join('; ')], ['Mentions', n.mentions], ['Id', n.id]
    ]));
    var related = edgesOfNode.get(n.id) || [];
    details.appendChild(el('h2', null, 'Relations (' + related.length + ')'));
    var list = el('ul', 'links');
    related.forEach(function (e) {
      var item = el('li');
      var link = el('a', 'entity-link', e.source === n.id ? relationName(e) + ' \u2192 ' + label(e.target)
        : label(e.source) + ' \u2192 ' + relationName(e));
      link.tabIndex = 0;
      link.addEventListener('click', function (event) { event.preventDefault(); select('edge', e.id, true); });
      item.appendChild(link);
      if (!visibleEdges.has(e.id)) item.appendChild(el('span', 'source', ' (filtered out)'));
      list.appendChild(item);
    });
    details.appendChild(list);
    details.appendChild(el('h2', null, 'Documents (' + n.documents.length + ')'));
    var docs = el('ul', 'links');
    n.documents.forEach(function (id) { var item = el('li'); item.appendChild(documentLine(id)); docs.appendChild(item); });
    details.appendChild(docs);
  }

  function showEdge(e) {
    clear(details);
    var heading = el('h3');
    heading.appendChild(entityLink(e.source));
    heading.appendChild(document.createTextNode(' \u2014 ' + e.label + ' \u2014 '));
    heading.appendChild(entityLink(e.target));
    details.appendChild(heading);
    details.appendChild(facts([
      ['Relation', relationName(e) + (e.directed ? ' (directed)' : ' (mutual)')],
      ['Date', e.date], ['Evidence dates', e.span ? (e.span[0] === e.span[1] ? e.span[0] : e.span[0] + ' to ' + e.span[1]) : ''],
      ['Documents', e.sources], ['Confidence', e.confidence === undefined ? '' : e.confidence.toFixed(2)],
      ['CAMEO', e.cameo], ['PLOVER', e.plover], ['Triggers', e.triggers.join('; ')]
    ]));
    details.appendChild(el('h2', null, 'Evidence (' + e.evidence.length + ')'));
    var list = el('ol', 'evidence');
    e.evidence.forEach(function (item) {
      var entry = el('li');
      var quote = el('blockquote');
      quote.appendChild(highlight(item.text, item.triggers.length ? item.triggers : e.triggers));
      entry.appendChild(quote);
      var source = documentLine(item.document);
      source.appendChild(document.createTextNode(' \u00b7 characters ' + item.start + '\u2013' + item.end +
        ' \u00b7 confidence ' + Number(item.confidence).toFixed(2) + (item.date ? ' \u00b7 event ' + item.date : '')));
      entry.appendChild(source);
      list.appendChild(entry);
    });
    details.appendChild(list);
  }

  // The sentence as text nodes, with each trigger phrase in a <mark>.
  function highlight(text, triggers) {
    var fragment = document.createDocumentFragment();
    var words = triggers.filter(function (t) { return t && t.trim(); })
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (t) { return t.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'); });
    if (!words.length) { fragment.appendChild(document.createTextNode(text)); return fragment; }
    var pattern = new RegExp(words.join('|'), 'giu');
    var last = 0, match;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) { pattern.lastIndex++; continue; }
      if (match.index > last) fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
      fragment.appendChild(el('mark', null, match[0]));
      last = match.index + match[0].length;
    }
    if (last < text.length) fragment.appendChild(document.createTextNode(text.slice(last)));
    return fragment;
  }

  // ---- Search --------------------------------------------------------------------------------
  var search = $('search'), results = $('search-results');
  var searchIndex = null;  // made on the first search
  var matches = [], active = -1, matched = [];

  function runSearch() {
    var query = fold(search.value);
    matched.forEach(function (g) { g.classList.remove('match'); });
    matched = [];
    clear(results);
    active = -1;
    if (!query) { results.hidden = true; matches = []; return; }
    var scored = [];
    if (!searchIndex) {
      searchIndex = nodes.map(function (n) { return { node: n, names: [n.label].concat(n.aliases).map(fold) }; });
    }
    searchIndex.forEach(function (entry) {
      var best = -1;
      entry.names.forEach(function (name, index) {
        var at = name.indexOf(query);
        if (at < 0) return;
        var score = (at === 0 ? 2 : name.indexOf(' ' + query) >= 0 ? 1 : 0) + (index === 0 ? 0.5 : 0);
        if (score > best) best = score;
      });
      if (best >= 0) scored.push({ node: entry.node, score: best });
    });
    scored.sort(function (a, b) { return b.score - a.score || collator.compare(a.node.label, b.node.label); });
    matches = scored.map(function (s) { return s.node; });
    matches.forEach(function (n) {
      var g = elementOf.get(n.id);
      if (g) { g.classList.add('match'); matched.push(g); }
    });
    if (!matches.length) {
      results.appendChild(el('li', 'empty', 'No entity is called that.'));
    }
    matches.slice(0, 30).forEach(function (n, index) {
      var item = el('li');
      item.setAttribute('data-id', n.id);
      item.appendChild(el('span', null, n.label));
      var type = typeInfo.get(n.type);
      item.appendChild(el('span', 'kind', type ? type.name : n.type));
      item.addEventListener('mousedown', function (event) { event.preventDefault(); choose(index); });
      results.appendChild(item);
    });
    if (matches.length > 30) results.appendChild(el('li', 'empty', 'and ' + (matches.length - 30) + ' more'));
    results.hidden = false;
    $('status').textContent = matches.length + (matches.length === 1 ? ' entity matches.' : ' entities match.');
  }

  function choose(index) {
    var n = matches[index];
    if (!n) return;
    active = index;
    Array.prototype.forEach.call(results.children, function (item, i) { item.classList.toggle('active', i === index); });
    select('node', n.id, true);
  }

  search.addEventListener('input', runSearch);
  search.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { event.preventDefault(); choose(matches.length ? (active + 1) % Math.min(matches.length, 30) : -1); }
    else if (event.key === 'ArrowDown') { event.preventDefault(); choose(Math.min(active + 1, Math.min(matches.length, 30) - 1)); }
    else if (event.key === 'ArrowUp') { event.preventDefault(); choose(Math.max(active - 1, 0)); }
    else if (event.key === 'Escape') { search.value = ''; runSearch(); }
  });
  search.addEventListener('blur', function () { setTimeout(function () { results.hidden = true; }, 150); });
  search.addEventListener('focus', function () { if (search.value) results.hidden = false; });

  // ---- Tables --------------------------------------------------------------------------------
  var degree = new Map();
  nodes.forEach(function (n) { degree.set(n.id, (edgesOfNode.get(n.id) || []).length); });

  // A sortable table of entities or relations. Rows are made when first shown, and at most
  // ROW_LIMIT at a time until the reader asks for all: a large graph's table would otherwise
  // cost more to lay out than the diagram.
  var ROW_LIMIT = 200;

  function Table(name, items, kind, columns) {
    this.name = name; this.items = items; this.kind = kind; this.columns = columns;
    this.table = $(name + '-table');
    this.body = this.table.tBodies[0];
    this.rows = new Map();
    this.order = items;
    this.built = false;
    this.showAll = false;
    this.sortKey = null; this.descending = false;
    var self = this;
    Array.prototype.forEach.call(this.table.tHead.rows[0].cells, function (cell) {
      cell.addEventListener('click', function () { self.sort(cell.getAttribute('data-key'), cell); });
    });
  }
  Table.prototype.row = function (item) {
    var row = this.rows.get(item.id);
    if (row) return row;
    var self = this;
    row = document.createElement('tr');
    row.setAttribute('data-id', item.id);
    this.columns.forEach(function (column) {
      row.appendChild(el('td', column.number ? 'number' : null, column.text(item)));
    });
    row.addEventListener('click', function () { select(self.kind, item.id, true); });
    this.rows.set(item.id, row);
    return row;
  };
  Table.prototype.build = function () {
    if (this.built) return;
    this.built = true;
    this.refresh();
  };
  Table.prototype.visible = function () { return !$(this.name + '-wrap').hidden; };
  // Shows the rows the filters keep, in the table's order.
  Table.prototype.refresh = function () {
    if (!this.built) return;
    var self = this;
    var shown = this.kind === 'node' ? visibleNodes : visibleEdges;
    var kept = this.order.filter(function (item) { return shown.has(item.id); });
    var count = this.showAll ? kept.length : Math.min(kept.length, ROW_LIMIT);
    var fragment = document.createDocumentFragment();
    for (var i = 0; i < count; i++) fragment.appendChild(this.row(kept[i]));
    if (count < kept.length) {
      var more = el('tr', 'more');
      var cell = el('td');
      cell.colSpan = this.columns.length;
      var button = el('button', null, 'Show all ' + kept.length + ' rows');
      button.type = 'button';
      button.addEventListener('click', function (event) { event.stopPropagation(); self.showAll = true; self.refresh(); });
      cell.appendChild(document.createTextNode('Showing ' + count + ' of ' + kept.length + '. '));
      cell.appendChild(button);
      more.appendChild(cell);
      fragment.appendChild(more);
    }
    clear(this.body);
    this.body.appendChild(fragment);
    if (selected) this.markSelected(selected.id);
  };
  Table.prototype.markSelected = function (id) {
    if (!this.built) return;
    Array.prototype.forEach.call(this.body.querySelectorAll('tr.selected'), function (row) {
      if (row.getAttribute('data-id') !== id) row.classList.remove('selected');
    });
    var row = this.rows.get(id);
    if (row && row.parentNode === this.body) {
      row.classList.add('selected');
      if (this.visible() && row.scrollIntoView) row.scrollIntoView({ block: 'nearest' });
    }
  };
  Table.prototype.sort = function (key, cell) {
    var column = this.columns.filter(function (c) { return c.key === key; })[0];
    if (!column) return;
    this.descending = this.sortKey === key ? !this.descending : !!column.number;
    this.sortKey = key;
    Array.prototype.forEach.call(cell.parentNode.cells, function (c) { c.classList.remove('sorted-asc', 'sorted-desc'); });
    cell.classList.add(this.descending ? 'sorted-desc' : 'sorted-asc');
    var sign = this.descending ? -1 : 1;
    var value = column.value || column.text;
    this.order = this.items.slice().sort(function (a, b) {
      var x = value(a), y = value(b);
      var order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sign * order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    });
    this.built = true;
    this.refresh();
  };

  var tables = [
    new Table('entities', nodes, 'node', [
      { key: 'label', text: function (n) { return n.label; } },
      { key: 'type', text: function (n) { var t = typeInfo.get(n.type); return t ? t.name : n.type; } },
      { key: 'country', text: function (n) { return n.code || n.country || ''; } },
      { key: 'relations', number: true, text: function (n) { return degree.get(n.id); }, value: function (n) { return degree.get(n.id); } },
      { key: 'mentions', number: true, text: function (n) { return n.mentions; }, value: function (n) { return n.mentions; } },
      { key: 'documents', number: true, text: function (n) { return n.documents.length; }, value: function (n) { return n.documents.length; } }
    ]),
    new Table('relations', edges, 'edge', [
      { key: 'source', text: function (e) { return label(e.source); } },
      { key: 'relation', text: function (e) { return e.label; } },
      { key: 'target', text: function (e) { return label(e.target); } },
      { key: 'date', text: function (e) { return e.date || (e.span ? e.span[0] : ''); } },
      { key: 'sources', number: true, text: function (e) { return e.sources; }, value: function (e) { return e.sources; } },
      { key: 'confidence', number: true, text: function (e) { return e.confidence === undefined ? '' : e.confidence.toFixed(2); },
        value: function (e) { return e.confidence === undefined ? -1 : e.confidence; } }
    ])
  ];
  var tabs = document.querySelectorAll('.tabs button');
  Array.prototype.forEach.call(tabs, function (tab) {
    tab.addEventListener('click', function () {
      Array.prototype.forEach.call(tabs, function (other) {
        var on = other === tab;
        other.setAttribute('aria-selected', on ? 'true' : 'false');
        $(other.getAttribute('data-table') + '-wrap').hidden = !on;
      });
      tables.forEach(function (table) { if (table.name === tab.getAttribute('data-table')) table.build(); });
    });
  });

  // ---- Start ---------------------------------------------------------------------------------
  tables[0].build();
  applyFilters();
  document.documentElement.setAttribute('data-ready', 'true');
})();
