// NewsGraph briefing page, part 7 of 7 (start): what runs once every part is in place.
// The parts are one function's body, joined in order by BriefingResources; see briefing-1-model.js.

// ---- Start ---------------------------------------------------------------------------------
tables[0].build();
applyFilters();
document.documentElement.setAttribute('data-ready', 'true');
