/* The home page's instant filter of the plan catalogue: shows the form the page carries hidden,
 * and on every change hides the plans (and period groups) that do not match every chosen facet
 * and the typed words, updates the counts shown in each list and keeps the choice in the
 * address (?period=period-14&q=…) so a filtered view can be bookmarked. Without JavaScript the
 * page lists every plan and links to one static page per facet value. No inline code (CSP). */
(function () {
  'use strict';
  var form = document.getElementById('cat-filter');
  var groups = document.getElementById('cat-groups');
  if (!form || !groups) return;
  var status = document.getElementById('cf-status');
  var empty = document.getElementById('cf-empty');
  var query = document.getElementById('cf-q');
  var selects = Array.prototype.slice.call(form.querySelectorAll('select[data-facet]'));
  var cards = Array.prototype.slice.call(groups.querySelectorAll('li.card'));
  var total = cards.length;

  function keys(card, facet) {
    var v = card.getAttribute('data-' + facet) || '';
    return v ? v.split(' ') : [];
  }

  /* Whether a card passes every filter except the one of `skip` (for the counts of that list). */
  function passes(card, skip) {
    var words = query.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var text = card.getAttribute('data-text') || '';
    for (var i = 0; i < words.length; i++) if (text.indexOf(words[i]) < 0) return false;
    for (var j = 0; j < selects.length; j++) {
      var s = selects[j];
      if (s === skip || !s.value) continue;
      if (keys(card, s.getAttribute('data-facet')).indexOf(s.value) < 0) return false;
    }
    return true;
  }

  function apply() {
    var shown = 0;
    cards.forEach(function (c) {
      var ok = passes(c, null);
      c.hidden = !ok;
      if (ok) shown++;
    });
    Array.prototype.forEach.call(groups.querySelectorAll('.cat-group'), function (g) {
      var n = g.querySelectorAll('li.card:not([hidden])').length;
      g.hidden = n === 0;
      var count = g.querySelector('h3 .count');
      if (count) count.textContent = '（' + n + '部）';
    });
    selects.forEach(function (s) {
      var facet = s.getAttribute('data-facet');
      Array.prototype.forEach.call(s.options, function (o) {
        if (!o.value) return;
        var n = cards.filter(function (c) {
          return passes(c, s) && keys(c, facet).indexOf(o.value) >= 0;
        }).length;
        o.textContent = o.getAttribute('data-label') + '（' + n + '）';
      });
    });
    empty.hidden = shown > 0;
    status.textContent = shown === total ? '共' + total + '部规划' : '显示 ' + shown + ' 部，共 ' + total + ' 部';
    var params = new URLSearchParams();
    if (query.value.trim()) params.set('q', query.value.trim());
    selects.forEach(function (s) { if (s.value) params.set(s.name, s.value); });
    var qs = params.toString();
    try {
      history.replaceState(null, '', qs ? '?' + qs : location.pathname.split('/').pop() || 'index.html');
    } catch (e) { /* file:// in some browsers */ }
  }

  var params = new URLSearchParams(location.search);
  query.value = params.get('q') || '';
  selects.forEach(function (s) {
    var v = params.get(s.name);
    if (v && s.querySelector('option[value="' + v.replace(/[^A-Za-z0-9-]/g, '') + '"]')) s.value = v;
  });
  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); apply(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  apply();
}());
