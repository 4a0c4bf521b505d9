// @ts-check
/* Loading index files in the browser: each file `search/NAME.js` is a <script> element that calls
 * window.__plansiteData(NAME, data), which works from file:// and under Content-Security-Policy:
 * default-src 'self' (no fetch, no eval). Data that arrives before it is asked for is kept until it
 * is.
 *
 * A page may request an index file itself, to fetch it while search.js is being fetched: a
 * `<script src="…/search/NAME.js" data-ps-file="NAME">` placed after search.js and executed after
 * it (`defer` in the page, or inserted with `async = false` as static/plansite.js does). The
 * loader then waits for that element instead of requesting the file a second time, and requests
 * it itself only if the element fails. */

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

  /** @type {Record<string, HTMLScriptElement>} elements of the page's own requests, not yet run */
  var requested = {};

  window.__plansiteData = function (name, data) {
    if (waiting[name]) waiting[name](data);
    else arrived[name] = data;
  };

  Array.prototype.forEach.call(doc.querySelectorAll('script[data-ps-file]'),
    /** @param {HTMLScriptElement} s */
    function (s) {
      var name = s.getAttribute('data-ps-file') || '';
      requested[name] = s;
      var done = function () { if (requested[name] === s) delete requested[name]; };
      s.addEventListener('load', done);
      s.addEventListener('error', done);
    });

  /**
   * @param {string} name
   * @returns {Promise<any>}
   */
  function loadScript(name) {
    return new Promise(function (resolve, reject) {
      if (arrived[name]) { resolve(arrived[name]); delete arrived[name]; return; }
      waiting[name] = function (data) { delete waiting[name]; resolve(data); };
      var own = requested[name];
      if (own) {
        own.addEventListener('error', function () {
          delete waiting[name];
          loadScript(name).then(resolve, reject);
        });
        return;
      }
      var s = doc.createElement('script');
      s.src = siteRoot + 'search/' + name + '.js';
      s.async = true;
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
