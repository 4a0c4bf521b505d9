// Added to pages only by `plansite serve`: reloads the page when the site has been rebuilt.
// It asks the server once a second for the build generation (a new one after each rebuild of
// pages) and for the version of this page's file, which the whole build that follows an edit
// may change later (a catalogue or topic page); pages written by `build` never load this file.
(function () {
  'use strict';
  var seen = null;
  var url = '/__plansite/version?page=' + encodeURIComponent(location.pathname);
  function later(ms) { setTimeout(poll, ms); }
  function poll() {
    fetch(url, { cache: 'no-store' })
      .then(function (r) { return r.json(); })
      .then(function (v) {
        if (v.error) { console.warn('plansite serve: rebuild failed: ' + v.error); }
        if (seen === null) { seen = v; }
        else if (v.generation !== seen.generation || v.page !== seen.page) {
          location.reload();
          return;
        }
        later(1000);
      })
      .catch(function () { later(2000); });
  }
  poll();
})();
