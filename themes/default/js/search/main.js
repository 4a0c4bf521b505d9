// @ts-check
/* plansite search client: finds exact wording in the site's plans, in the browser, with no server.
 *
 * The build joins the files of js/search/ into static/search.js, in this order, inside one
 * function scope: analyzer.js and query.js (the same analyzer and query language as
 * src/search/analyzer.rs and query.rs), format.js (the index files), rank.js (BM25 as tantivy),
 * snippet.js, engine.js (loads what a query needs and answers it), loader.js (<script> loading),
 * api.js (window.plansite), then this file, which starts the client. The search page and the words
 * of a hit marked on the page it links to are static/search-page.js (ui.js and page.js), which a
 * page loads after this file when it needs them: a query through window.plansite does not.
 *
 * Plain ES5-style JavaScript: no framework, no module syntax, no eval, no inline handlers, so the
 * site works from file:// and under Content-Security-Policy: default-src 'self'. */

/**
 * Starts the client in a page: the engine over the index next to this script, and window.plansite.
 * @param {Document} doc
 */
function startClient(doc) {
  var script = /** @type {HTMLScriptElement | null} */ (doc.currentScript);
  var here = script && script.src;
  var siteRoot = here ? here.replace(/static\/search\.js(?:[?#].*)?$/, '') : '';
  var loader = scriptLoader(doc, siteRoot);
  var engine = createEngine({
    root: siteRoot,
    load: loader.load,
    meta: loader.meta
  });
  publishApi(engine, siteRoot);
}

if (typeof module === 'object' && module.exports) {
  module.exports = lib;
} else {
  startClient(window.document);
}
