// Added to pages only by `plansite serve`: reloads the page when the site has been rebuilt.
// It asks the server for the build generation once a second; pages written by `build` never
// load this file.
(function () {
  'use strict';
  var seen = null;
  function later(ms) { setTimeout(poll, ms); }
  function poll() {
    fetch('/__plansite/version', { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (v) {
        if (v.error) { console.warn('plansite serve: rebuild failed: ' + v.error); }
        if (seen === null) { seen = v.generation; }
        else if (v.generation !== seen) { location.reload(); return; }
        later(1000);
      })
      .catch(function () { later(2000); });
  }
  poll();
})();
