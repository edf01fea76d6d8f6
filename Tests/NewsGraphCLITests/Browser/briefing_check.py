#!/usr/bin/env python3
"""Checks NewsGraph briefing pages (graph.html) in headless Chromium, driven by Selenium.

    briefing_check.py --seeds PAGE [--hostile PAGE ...] [--screenshot PNG]

--seeds: the page of Examples/articles. Loads it (no console error), clicks the Putin-Pezeshkian
call in the diagram (the panel must show sentences from both documents, triggers marked),
unticks "call" (the call must be dimmed and leave the relations table), searches "Zakharova"
(found, highlighted, centred, selected with Enter).
--hostile: pages of articles full of markup and script. Nothing may run, on load or after
clicking every entity and relation in the diagram and every row of both tables: no alert (the
test replaces alert/confirm/prompt before the page loads and also asks the browser), no
Content-Security-Policy violation, no element or attribute that could run code added to the
document, and the hostile text must be on the page as text.
--screenshot: after the seeds checks, the page with the call selected, saved as PNG.

Prints one JSON object (the checks and what they saw) and exits 1 if any check failed.
Uses Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver).
"""
import argparse
import json
import os
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

# Runs before any of the page's own code (DevTools, so the page's CSP does not apply to it).
WATCH = r"""
window.__newsgraphTest = {alerts: [], violations: [], added: []};
['alert', 'confirm', 'prompt', 'print'].forEach(function (name) {
  window[name] = function () { window.__newsgraphTest.alerts.push(name + ': ' + Array.prototype.join.call(arguments, ' ')); };
});
document.addEventListener('securitypolicyviolation', function (e) {
  window.__newsgraphTest.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
});
"""

# After load: records every element or attribute added that could run code or load something.
OBSERVE = r"""
var record = window.__newsgraphTest.added;
var risky = /^(SCRIPT|IMG|IFRAME|OBJECT|EMBED|LINK|META|BASE|FORM|FOREIGNOBJECT|ANIMATE|SET)$/i;
function check(node) {
  if (node.nodeType !== 1) return;
  if (risky.test(node.tagName)) record.push('element ' + node.tagName);
  Array.prototype.forEach.call(node.attributes, function (a) {
    if (/^on/i.test(a.name)) record.push('attribute ' + a.name + ' on ' + node.tagName);
    if (/^(href|src|xlink:href|action)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) record.push('link ' + a.value);
  });
  Array.prototype.forEach.call(node.children || [], check);
}
new MutationObserver(function (mutations) {
  mutations.forEach(function (m) {
    if (m.type === 'attributes') check(m.target); else Array.prototype.forEach.call(m.addedNodes, check);
  });
}).observe(document.documentElement, {subtree: true, childList: true, attributes: true});
"""

# The whole document: anything that could run code, whenever it was added.
SCAN = r"""
var found = [];
var scripts = document.querySelectorAll('script');
Array.prototype.forEach.call(scripts, function (s, i) {
  var isData = s.type === 'application/json' && s.id === 'newsgraph-data';
  var isPage = !s.type && i === scripts.length - 1;
  if (!isData && !isPage) found.push('script #' + i);
});
['img', 'iframe', 'object', 'embed', 'foreignObject', 'animate', 'set', 'form', 'base', 'link'].forEach(function (tag) {
  var n = document.getElementsByTagName(tag).length;
  if (n) found.push(n + ' ' + tag);
});
Array.prototype.forEach.call(document.querySelectorAll('*'), function (node) {
  Array.prototype.forEach.call(node.attributes, function (a) {
    if (/^on/i.test(a.name)) found.push('attribute ' + a.name + ' on ' + node.tagName);
    if (/^(href|src|xlink:href|action)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) found.push('link ' + a.value);
  });
});
return found;
"""

# A point of the element that a click there reaches (elementFromPoint), in viewport pixels.
CLICK_POINT = r"""
var g = document.getElementById(arguments[0]);
if (!g) return null;
function hits(x, y) {
  var at = document.elementFromPoint(x, y);
  return at && at.closest && at.closest('g.node, g.edge') === g;
}
var path = g.classList.contains('edge') ? g.querySelector('path') : null;
if (path && path.getTotalLength) {
  var length = path.getTotalLength(), m = path.getScreenCTM();
  for (var i = 1; i < 20; i++) {
    var p = path.getPointAtLength(length * (i % 2 ? 0.5 + i / 40 : 0.5 - i / 40));
    var x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
    if (hits(x, y)) return [x, y];
  }
}
var r = g.getBoundingClientRect();
for (var fx = 0.5; fx > 0.05; fx -= 0.1) {
  var points = [[r.left + r.width * fx, r.top + r.height / 2], [r.left + r.width * (1 - fx), r.top + r.height / 2]];
  for (var j = 0; j < points.length; j++) if (hits(points[j][0], points[j][1])) return points[j];
}
return null;
"""


def make_driver():
    options = webdriver.ChromeOptions()
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1500,1000", "--hide-scrollbars", "--force-device-scale-factor=1"]:
        options.add_argument(argument)
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    driver = webdriver.Chrome(service=service, options=options)
    driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
    return driver


def open_page(driver, page):
    driver.get("file://" + os.path.abspath(page))
    for _ in range(100):
        if driver.execute_script("return document.documentElement.getAttribute('data-ready')") == "true":
            break
        time.sleep(0.05)
    return driver.execute_script("return document.documentElement.getAttribute('data-ready')") == "true"


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


def real_click(driver, svg_id):
    """Clicks the element where a user would; returns how ('mouse', 'event', or None)."""
    point = driver.execute_script(CLICK_POINT, svg_id)
    if point:
        actions = ActionChains(driver)
        actions.w3c_actions.pointer_action.move_to_location(int(round(point[0])), int(round(point[1])))
        actions.w3c_actions.pointer_action.click()
        actions.perform()
        return "mouse"
    # Hidden under other elements everywhere: deliver the click to the element itself.
    done = driver.execute_script(
        "var g = document.getElementById(arguments[0]); if (!g) return false;"
        "g.dispatchEvent(new MouseEvent('click', {bubbles: true})); return true;", svg_id)
    return "event" if done else None


def details(driver):
    return driver.execute_script(r"""
      var d = document.getElementById('details');
      var h = d.querySelector('h3');
      return {heading: h ? h.textContent : '', text: d.textContent,
              sentences: Array.prototype.map.call(d.querySelectorAll('.evidence blockquote'), function (b) { return b.textContent; }),
              sources: Array.prototype.map.call(d.querySelectorAll('.evidence .source'), function (s) { return s.textContent; }),
              marks: Array.prototype.map.call(d.querySelectorAll('.evidence mark'), function (m) { return m.textContent; })};
    """)


def page_data(driver):
    return driver.execute_script("return JSON.parse(document.getElementById('newsgraph-data').textContent)")


class Checks:
    def __init__(self):
        self.results = []

    def check(self, name, ok, seen=None):
        self.results.append({"check": name, "ok": bool(ok), "seen": seen})
        return ok

    @property
    def failed(self):
        return [r for r in self.results if not r["ok"]]


def check_seeds(driver, page, checks, screenshot):
    checks.check("seeds page: loads and starts", open_page(driver, page))
    errors = console_errors(driver)
    checks.check("seeds page: no console error on load", not errors, errors)
    data = page_data(driver)
    documents = {d["id"]: d for d in data["documents"]}
    ends = {"person:vladimir-putin", "person:masoud-pezeshkian"}
    calls = [e for e in data["edges"] if e["relation"] == "call" and {e["source"], e["target"]} == ends]
    if not checks.check("seeds page: has the Putin-Pezeshkian call", len(calls) == 1, [e["id"] for e in calls]):
        return
    call = calls[0]
    how = real_click(driver, call["svg"])
    shown = details(driver)
    checks.check("clicking the call in the diagram selects it", how == "mouse" and "Putin" in shown["heading"]
                 and "Pezeshkian" in shown["heading"] and "phone call" in shown["heading"], [how, shown["heading"]])
    wanted_documents = sorted({item["document"] for item in call["evidence"]})
    shown_documents = sorted(d for d in documents if any(documents[d]["path"] in s for s in shown["sources"]))
    checks.check("the panel shows sentences from both documents", len(wanted_documents) == 2
                 and shown_documents == wanted_documents
                 and all(item["text"] in shown["sentences"] for item in call["evidence"]),
                 {"documents": shown_documents, "sentences": shown["sentences"]})
    titled = [d for d in documents.values() if d.get("title")]
    checks.check("the panel names each document's title and date", all(
        any(d["title"] in s and d.get("date", "") in s for s in shown["sources"]) for d in titled) and titled,
        shown["sources"])
    # (A mark may hold the verb the trigger completes: "held a phone call".)
    checks.check("trigger words are highlighted",
                 all(any(word in m.lower() for m in shown["marks"]) for word in ("phone call", "phoned")),
                 shown["marks"])
    if screenshot:
        driver.save_screenshot(screenshot)

    # Untick "call".
    driver.find_element(By.CSS_SELECTOR, 'input[data-relation="call"]').click()
    driver.find_element(By.ID, "tab-relations").click()
    state = driver.execute_script(r"""
      var g = document.getElementById(arguments[0]);
      var row = document.querySelector('#relations-table tr[data-id="' + CSS.escape(arguments[1]) + '"]');
      var dimmed = Array.prototype.filter.call(document.querySelectorAll('g.edge'), function (e) { return e.classList.contains('filtered'); }).length;
      var line = g.querySelector('path');
      return {filtered: g.classList.contains('filtered'), opacity: parseFloat(getComputedStyle(line).strokeOpacity),
              rowHidden: !row || row.hidden || row.offsetParent === null, dimmedEdges: dimmed};
    """, call["svg"], call["id"])
    call_count = sum(1 for e in data["edges"] if e["relation"] == "call")
    checks.check('unticking "call" hides the call', state["filtered"] and state["opacity"] < 0.3 and state["rowHidden"]
                 and state["dimmedEdges"] == call_count, state)
    driver.find_element(By.CSS_SELECTOR, 'input[data-relation="call"]').click()
    back = driver.execute_script("return document.getElementById(arguments[0]).classList.contains('filtered')", call["svg"])
    checks.check('ticking "call" again shows it', not back)

    # The other filters, each against the data: dates, minimum sources, focus; then the tables.
    def shown_edges():
        return set(driver.execute_script(r"""
          return Array.prototype.filter.call(document.querySelectorAll('g.edge'), function (g) { return !g.classList.contains('filtered'); })
            .map(function (g) { return g.id; });"""))

    def set_value(selector, value):
        driver.execute_script("var i = document.querySelector(arguments[0]); i.value = arguments[1];"
                              "i.dispatchEvent(new Event('change', {bubbles: true}));", selector, value)

    last_day = max(e["span"][1] for e in data["edges"] if e.get("span"))
    day_after = last_day[:-2] + "%02d" % (int(last_day[-2:]) + 1)
    set_value("#date-from", day_after)
    undated_ids = {e["svg"] for e in data["edges"] if not e.get("span")}
    checks.check("a date range after every evidence date keeps only the undated relations", shown_edges() == undated_ids,
                 sorted(shown_edges()))
    driver.find_element(By.ID, "undated").click()
    checks.check('unticking "relations without a date" hides those too', shown_edges() == set(), sorted(shown_edges()))
    driver.find_element(By.ID, "reset").click()
    checks.check("reset shows every relation", shown_edges() == {e["svg"] for e in data["edges"]})
    set_value("#min-sources", "2")
    wanted = {e["svg"] for e in data["edges"] if e["sources"] >= 2}
    checks.check("minimum sources 2 keeps the relations two documents report", wanted and shown_edges() == wanted,
                 sorted(shown_edges()))
    driver.find_element(By.ID, "reset").click()
    focus_id = "person:maria-zakharova"
    set_value("#focus", focus_id)
    # As --focus does: her neighbours, and every relation among them.
    near = {focus_id} | {end for e in data["edges"] if focus_id in (e["source"], e["target"]) for end in (e["source"], e["target"])}
    wanted = {e["svg"] for e in data["edges"] if e["source"] in near and e["target"] in near}
    checks.check("focus on Zakharova keeps her neighbourhood, as --focus does", len(near) > 1 and shown_edges() == wanted,
                 sorted(shown_edges()))
    driver.find_element(By.ID, "reset").click()
    driver.find_element(By.ID, "tab-entities").click()
    driver.find_element(By.CSS_SELECTOR, '#entities-table th[data-key="mentions"]').click()
    first = driver.execute_script("return document.querySelector('#entities-table tbody tr td').textContent")
    most = max(data["nodes"], key=lambda n: (n["mentions"], n["label"]))
    checks.check("sorting the entities by mentions puts the most mentioned first", first == most["label"], first)
    driver.find_element(By.CSS_SELECTOR, "#entities-table tbody tr").click()
    heading = driver.execute_script("return document.querySelector('#details h3').textContent")
    selected_in_diagram = driver.execute_script("return document.getElementById(arguments[0]).classList.contains('selected')", most["svg"])
    checks.check("clicking a row selects the entity in the diagram", heading.startswith(most["label"]) and selected_in_diagram,
                 heading)

    # Search.
    box = driver.find_element(By.ID, "search")
    box.click()
    box.send_keys("Zakharova")
    found = driver.execute_script(r"""
      return {results: Array.prototype.map.call(document.querySelectorAll('#search-results li'), function (li) { return li.textContent; }),
              matches: Array.prototype.map.call(document.querySelectorAll('g.node.match'), function (g) { return g.id; })};
    """)
    zakharova = [n for n in data["nodes"] if "Zakharova" in n["label"]]
    checks.check('the search finds "Zakharova"', zakharova and any("Maria Zakharova" in r for r in found["results"])
                 and zakharova[0]["svg"] in found["matches"], found)
    box.send_keys(Keys.ENTER)
    time.sleep(0.1)
    centred = driver.execute_script(r"""
      var g = document.getElementById(arguments[0]).getBoundingClientRect();
      var d = document.getElementById('diagram').getBoundingClientRect();
      return {dx: Math.abs(g.left + g.width / 2 - (d.left + d.width / 2)), dy: Math.abs(g.top + g.height / 2 - (d.top + d.height / 2)),
              heading: document.querySelector('#details h3').textContent};
    """, zakharova[0]["svg"] if zakharova else "")
    checks.check("Enter selects and centres the entity found", centred["dx"] < 5 and centred["dy"] < 5
                 and centred["heading"].startswith("Maria Zakharova"), centred)
    # Printed: the diagram and the selected evidence, without the controls and tables.
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    printed = driver.execute_script(r"""
      function shown(selector) { var e = document.querySelector(selector); return !!e && getComputedStyle(e).display !== 'none'; }
      return {diagram: shown('#diagram svg'), details: shown('#details'), filters: shown('#filters'), tables: shown('#tables'),
              search: shown('.search'), toolbar: shown('.toolbar')};
    """)
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    checks.check("the print stylesheet prints the diagram and the selected evidence only", printed["diagram"] and printed["details"]
                 and not any(printed[k] for k in ("filters", "tables", "search", "toolbar")), printed)
    errors = console_errors(driver)
    checks.check("seeds page: no console error after use", not errors, errors)


def check_hostile(driver, page, checks):
    name = os.path.basename(os.path.dirname(page)) or page
    checks.check(f"{name}: loads and starts", open_page(driver, page))
    driver.execute_script(OBSERVE)
    data = page_data(driver)
    clicks = {"mouse": 0, "event": 0, "missed": 0}
    for item in data["nodes"] + data["edges"]:
        how = real_click(driver, item["svg"]) if item.get("svg") else None
        clicks[how or "missed"] += 1
    for tab in ["tab-entities", "tab-relations"]:
        driver.find_element(By.ID, tab).click()
        rows = driver.find_elements(By.CSS_SELECTOR, f"#{tab[4:]}-table tbody tr")
        for row in rows:
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
            row.click()
            clicks["rows"] = clicks.get("rows", 0) + 1
    # Search for every name, to run the search paths too.
    box = driver.find_element(By.ID, "search")
    for node in data["nodes"][:20]:
        box.clear()
        box.send_keys(node["label"][:12])
        box.send_keys(Keys.ENTER)
    try:
        alert = driver.switch_to.alert
        native = alert.text
        alert.dismiss()
    except NoAlertPresentException:
        native = None
    state = driver.execute_script("return window.__newsgraphTest")
    scan = driver.execute_script(SCAN)
    text = driver.execute_script("return document.body.textContent")
    checks.check(f"{name}: every entity and relation clicked", clicks["missed"] == 0 and clicks["mouse"] > 0
                 and len(data["nodes"]) + len(data["edges"]) > 0, clicks)
    checks.check(f"{name}: no alert, confirm or prompt ran", not state["alerts"] and native is None,
                 {"replaced": state["alerts"], "native": native})
    checks.check(f"{name}: no Content-Security-Policy violation", not state["violations"], state["violations"])
    checks.check(f"{name}: nothing that runs code was added to the page", not state["added"], state["added"])
    checks.check(f"{name}: the page holds nothing that runs code", not scan, scan)
    errors = console_errors(driver)
    checks.check(f"{name}: no console error", not errors, errors)
    checks.check(f"{name}: the hostile text is shown as text", "<script>alert(" in text and "onerror=" in text,
                 [part for part in ["<script>alert(", "onerror=", "</script>", "javascript:"] if part in text])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seeds")
    parser.add_argument("--hostile", nargs="*", default=[])
    parser.add_argument("--screenshot")
    arguments = parser.parse_args()
    checks = Checks()
    driver = make_driver()
    try:
        if arguments.seeds:
            check_seeds(driver, arguments.seeds, checks, arguments.screenshot)
        for page in arguments.hostile:
            check_hostile(driver, page, checks)
    finally:
        driver.quit()
    print(json.dumps({"checks": checks.results, "failed": len(checks.failed), "passed": len(checks.results) - len(checks.failed)}, indent=1))
    return 1 if checks.failed else 0


if __name__ == "__main__":
    sys.exit(main())
