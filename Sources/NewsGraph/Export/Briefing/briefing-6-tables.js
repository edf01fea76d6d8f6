// NewsGraph briefing page, part 6 of 7 (tables): the sortable tables of entities and relations, linked to the diagram.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

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
