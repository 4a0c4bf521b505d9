/* Copy citation: adds a "复制" button to every citation line (p.cite), and copies the line of any
   such button, also those the search page adds to its results. The citation text and its address
   are already in the page; this only copies them. No inline code: loaded with <script src>. */
(function () {
  'use strict';

  /* A line's address: its data-url (a search result's), its link's (a page's), or the page's. */
  function citationOf(line) {
    var text = line.querySelector('.cite-text');
    var link = line.querySelector('.cite-url');
    var url = location.href;
    if (line.getAttribute('data-url')) {
      url = line.getAttribute('data-url');
    } else if (link) {
      var shown = link.textContent.trim();
      url = /^https?:\/\//.test(shown) ? shown : new URL(link.getAttribute('href'), location.href).href;
    }
    return (text ? text.textContent.trim() : '') + ' ' + url;
  }

  function copyText(value) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(value);
    }
    return new Promise(function (resolve, reject) {
      var area = document.createElement('textarea');
      area.value = value;
      area.setAttribute('readonly', '');
      area.className = 'vh';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error('copy failed')); }
    });
  }

  function addButtons() {
    var lines = document.querySelectorAll('p.cite');
    for (var i = 0; i < lines.length; i++) {
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'cite-copy';
      button.textContent = '复制';
      lines[i].appendChild(button);
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest ? event.target.closest('button.cite-copy') : null;
    if (!button) { return; }
    copyText(citationOf(button.parentNode)).then(function () {
      button.textContent = '已复制';
    }, function () {
      button.textContent = '请手动复制';
    });
    setTimeout(function () { button.textContent = '复制'; }, 2000);
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', addButtons);
  } else {
    addButtons();
  }
}());
