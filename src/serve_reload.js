// Added to pages only by `plansite serve`: reloads the page when the site has been rebuilt.
// It asks the server once a second for the build generation (a new one after each rebuild of
// pages) and for the version of this page's file, which the whole build that follows an edit
// may change later (a catalogue or topic page), and compares them with those the page was served
// at; pages written by `build` never load this file.
(function () {
  'use strict';
  // The generation and this page's version when the server sent it (the script tag's data): a
  // rebuild before the first answer below still reloads the page.
  var me = document.currentScript;
  var seen = null;
  if (me && me.getAttribute('data-generation') !== null) {
    seen = { generation: Number(me.getAttribute('data-generation')), page: me.getAttribute('data-page') };
  }
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
