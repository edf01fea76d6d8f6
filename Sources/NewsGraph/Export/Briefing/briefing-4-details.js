// NewsGraph briefing page, part 4 of 7 (details): the side panel: an entity's or a relation's details and evidence, trigger words marked.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

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
