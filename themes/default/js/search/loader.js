// @ts-check
/* Loading index files in the browser: each file `search/NAME.js` is a <script> element that calls
 * window.__plansiteData(NAME, data), which works from file:// and under Content-Security-Policy:
 * default-src 'self' (no fetch, no eval). Data that arrives before it is asked for (the meta data
 * the build appends to search.js) is kept until it is. */

/**
 * A loader of the index files under `siteRoot + 'search/'`, and the meta data the page has.
 * @param {Document} doc
 * @param {string} siteRoot
 * @returns {{load: (name: string) => Promise<any>, meta: () => (RawMeta | undefined)}}
 */
function scriptLoader(doc, siteRoot) {
  /** @type {Record<string, (data: any) => void>} */
  var waiting = {};
  /** @type {Record<string, any>} */
  var arrived = {};

  window.__plansiteData = function (name, data) {
    if (waiting[name]) waiting[name](data);
    else arrived[name] = data;
  };

  /**
   * @param {string} name
   * @returns {Promise<any>}
   */
  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      if (arrived[name]) { resolve(arrived[name]); delete arrived[name]; return; }
      var s = doc.createElement('script');
      s.src = siteRoot + 'search/' + name + '.js';
      s.async = true;
      waiting[name] = function (data) { delete waiting[name]; resolve(data); };
      s.onerror = function () {
        delete waiting[name];
        s.remove();
        reject(new Error('cannot load ' + s.src));
      };
      s.onload = function () { s.remove(); };
      doc.head.appendChild(s);
    });
  }

  return { load: loadScript, meta: function () { return arrived.meta; } };
}
