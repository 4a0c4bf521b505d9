/* plansite public API for any page of the site: window.plansite.search(query, {plan, kind, limit})
 * returns a Promise of hits [{url, title, plan, kind, snippet, score, …}] (docs/search-index.md).
 * On a page opened from a search hit (`?hl=` in its address) it loads the client and the search
 * page's script (static/search-page.js), which marks the words searched for.
 *
 * This file is small on purpose: it finds the site root from its own URL, and loads the search
 * client (static/search.js) only when a page first searches, together with the index's meta data
 * (search/meta.js), which every first query needs. No inline code, so it works under
 * Content-Security-Policy: default-src 'self', and from file://.
 */
(function (global) {
  'use strict';
  var doc = global.document;
  var here = doc.currentScript && doc.currentScript.src;
  var root = here ? here.replace(/static\/plansite\.js(?:[?#].*)?$/, '') : '';
  var api = global.plansite || {};
  if (api.search) return; /* search.js is already on the page */
  var loading = null;

  /* The client, loaded once; with the index's meta data unless only words are to be marked (the
     client asks for it itself on its first query then), in which case the script that marks them
     follows it. */
  function load(meta) {
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        api._ready = resolve;
        var s = doc.createElement('script');
        s.src = root + 'static/search.js';
        /* Not async: the two scripts download together and run in order, search.js first
           (the index's meta data calls the loader it defines). */
        s.async = false;
        s.onerror = function () { loading = null; reject(new Error('cannot load ' + s.src)); };
        doc.head.appendChild(s);
        if (!meta) {
          var p = doc.createElement('script');
          p.src = root + 'static/search-page.js';
          p.async = false;
          doc.head.appendChild(p);
          return;
        }
        var m = doc.createElement('script');
        m.src = root + 'search/meta.js';
        m.async = false;
        m.setAttribute('data-ps-file', 'meta');
        doc.head.appendChild(m);
      });
    }
    return loading;
  }

  function client() {
    return load(true);
  }

  api.root = root;
  api.search = function (query, opts) {
    return client().then(function (p) { return p.search(query, opts); });
  };
  api.query = function (query, opts) {
    return client().then(function (p) { return p.query(query, opts); });
  };
  global.plansite = api;

  /* A search hit's link carries the words searched for (page.html?hl=…#anchor): the client marks
     them in the page's main content, with a button that takes the marks away. */
  var hl = /[?&]hl=([^&#]*)/.exec(global.location.search);
  if (hl && hl[1]) load(false).catch(function () { /* the page reads on unmarked */ });
})(window);
