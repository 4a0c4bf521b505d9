// @ts-check
/* The search page and the marks of a hit's words (ui.js), started over the client that
 * static/search.js has published: the build joins ui.js and this file into static/search-page.js,
 * which a page loads after static/search.js (the search page, and a page opened from a hit with
 * `?hl=` in its address). A query through window.plansite needs only static/search.js. */

/** The functions of this file the tests use under node. */
var pageLib = {
  countToggles: countToggles,
  highlightUrl: highlightUrl
};

/**
 * Starts the search page and the marks over the client of window.plansite, when it is there.
 * @param {Document} doc
 */
function startUi(doc) {
  var api = window.plansite;
  var client = api && api._client;
  if (!client) return;
  uiClient = { parseQuery: client.parseQuery, matchSpans: client.matchSpans, facets: client.facets };
  startPage(doc, client.engine);
  startHighlight(doc);
}

if (typeof module === 'object' && module.exports) {
  module.exports = pageLib;
} else {
  startUi(window.document);
}
