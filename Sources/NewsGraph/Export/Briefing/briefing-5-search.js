// NewsGraph briefing page, part 5 of 7 (search): search by name or alias: highlights, lists and centres what it finds.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

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
