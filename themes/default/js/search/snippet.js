// @ts-check
/* Snippets: the places of a text where the query's clauses match, and an HTML excerpt around
 * the first, built from escaped text and <mark> elements only. */

/**
 * @param {unknown} s
 * @returns {string}
 */
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, function (c) {
    return /** @type {Record<string, string>} */ ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c];
  });
}

/**
 * UTF-16 ranges of text where a clause matches, sorted and merged.
 * @param {string} text
 * @param {Clause[]} clauses
 * @returns {[number, number][]}
 */
function matchSpans(text, clauses) {
  var terms = analyze(text);
  /** @type {Map<string, Term>} */
  var at = new Map();
  terms.forEach(function (t) { at.set(t.position + '\u0000' + t.text, t); });
  /** @type {[number, number][]} */
  var spans = [];
  clauses.forEach(function (c) {
    terms.forEach(function (start) {
      if (start.text !== c.terms[0][1]) return;
      var from = start.from, to = start.to;
      for (var i = 0; i < c.terms.length; i++) {
        var t = at.get((start.position + c.terms[i][0]) + '\u0000' + c.terms[i][1]);
        if (!t) return;
        from = Math.min(from, t.from);
        to = Math.max(to, t.to);
      }
      spans.push([from, to]);
    });
  });
  spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
  /** @type {[number, number][]} */
  var merged = [];
  spans.forEach(function (s) {
    var last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  });
  return merged;
}

/**
 * HTML snippet: `before` characters before the first match and `after` from it, matches in
 * <mark>, … where the text is cut (not twice where the text already has one).
 * @param {string} text
 * @param {Clause[]} clauses
 * @param {number} [before]
 * @param {number} [after]
 * @returns {string}
 */
function snippet(text, clauses, before, after) {
  before = before || 16;
  after = after || 48;
  var spans = matchSpans(text, clauses);
  var first = spans.length ? spans[0][0] : 0;
  var start = Math.max(0, first - before);
  var end = Math.min(text.length, first + after);
  if (spans.length && spans[0][1] > end) end = spans[0][1];
  if (start > 0 && /[\udc00-\udfff]/.test(text.charAt(start))) start -= 1;
  if (end < text.length && /[\udc00-\udfff]/.test(text.charAt(end))) end += 1;
  var ell = '\u2026';
  var html = start > 0 && text.charAt(start) !== ell && text.charAt(start - 1) !== ell ? ell : '';
  var at = start;
  spans.forEach(function (s) {
    if (s[0] < start || s[1] > end) return;
    html += escapeHtml(text.slice(at, s[0])) + '<mark>' + escapeHtml(text.slice(s[0], s[1])) + '</mark>';
    at = s[1];
  });
  html += escapeHtml(text.slice(at, end));
  if (end < text.length && text.charAt(end - 1) !== ell && text.charAt(end) !== ell) html += ell;
  return html;
}
