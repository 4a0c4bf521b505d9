// @ts-check
/* The public API: the library (under node, what the tests use) and, in a page, window.plansite
 * (search, query, analyze, parseQuery, snippet; see docs/search-index.md). A page script may set
 * window.plansite._ready(api) before this one loads to be called once the API is there. */

var lib = {
  analyze: analyze,
  parseQuery: parseQuery,
  cover: cover,
  readNums: readNums,
  decodePostings: decodePostings,
  gapK: gapK,
  decodeTerms: decodeTerms,
  decodeTermList: decodeTermList,
  decodeFragment: decodeFragment,
  successor: successor,
  compareCodePoints: compareCodePoints,
  isUnigram: isUnigram,
  unigramPostings: unigramPostings,
  rankOrder: rankOrder,
  matchSpans: matchSpans,
  snippet: snippet,
  escapeHtml: escapeHtml,
  rowCitation: rowCitation,
  createEngine: createEngine
};

/**
 * Publishes window.plansite over the site's engine, and (as `_client`) what the search page's
 * script (static/search-page.js) takes from this one: the engine, the query parser, the matcher
 * and the facets.
 * @param {Engine} engine
 * @param {string} siteRoot
 */
function publishApi(engine, siteRoot) {
  var api = window.plansite || {};
  api.root = siteRoot;
  api._client = { engine: engine, parseQuery: parseQuery, matchSpans: matchSpans, facets: FACETS };
  api.search = engine.search;
  api.query = engine.query;
  api.analyze = analyze;
  api.parseQuery = parseQuery;
  api.snippet = snippet;
  window.plansite = api;
  if (typeof api._ready === 'function') api._ready(api);
}
