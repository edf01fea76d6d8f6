// NewsGraph briefing page, part 3 of 7 (filters): relation kinds, dates, minimum sources, focus: the selection the command line's filters make, applied live.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

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
