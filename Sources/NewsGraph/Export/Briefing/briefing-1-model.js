// NewsGraph briefing page, part 1 of 7 (model): the graph's data, indexes and small helpers shared by the other parts.
// The seven briefing-N-*.js files are the body of one function, joined in order and wrapped by
// BriefingResources (`(function () { 'use strict'; … })();`), inlined into graph.html; the
// page's Content-Security-Policy holds the SHA-256 of the whole. Article text is only ever put in
// the page as text (textContent, text nodes), never as markup.

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
