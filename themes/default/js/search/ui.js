// @ts-check
/* The search page (templates/search.html): binds itself to #ps-search when the page has it. The
 * query, plan, kind and facets live in the address (?q=…&plan=…), results come in pages of ten
 * with a "more" button, counts per plan and per facet are toggles, and the arrow keys move
 * through the results. Text is set with textContent; the snippet HTML is built from escaped text
 * and <mark> only. */

/** @type {Record<string, string>} */
var KIND_LABELS = { paragraph: '段落', heading: '标题', box: '专栏', indicator: '指标', table: '表格' };
/** @type {Record<string, string>} */
var FACET_LABELS = { period: '规划期', region: '地区', issuer: '发文机关' };
var PAGE = 10;
/** What this file takes from the client (static/search.js), bound by page.js when the page
 * starts: the query parser, the matcher and the facets.
 * @type {{parseQuery: typeof parseQuery, matchSpans: typeof matchSpans, facets: typeof FACETS}} */
var uiClient = { parseQuery: function () { return []; }, matchSpans: function () { return []; }, facets: [] };
/** Count toggles shown per row (plans, or one facet's values) before a "more" toggle. */
var TOGGLES = 12;

/**
 * The values to show as count toggles: those with a count and the one filtered on, most counted
 * first (their order given on a tie); the first TOGGLES of them unless `all`, and the one
 * filtered on in any case.
 * @param {string[]} values
 * @param {Record<string, number>} counts
 * @param {string} pressed
 * @param {boolean} all
 * @returns {{shown: string[], hidden: number}}
 */
function countToggles(values, counts, pressed, all) {
  var order = values
    .map(function (v, i) { return { v: v, i: i, n: counts[v] || 0 }; })
    .filter(function (x) { return x.n > 0 || x.v === pressed; });
  order.sort(function (a, b) { return b.n - a.n || a.i - b.i; });
  var shown = (all ? order : order.slice(0, TOGGLES)).map(function (x) { return x.v; });
  if (pressed && shown.indexOf(pressed) < 0 && order.some(function (x) { return x.v === pressed; })) shown.push(pressed);
  return { shown: shown, hidden: order.length - shown.length };
}

/**
 * Binds the search page once the document is there.
 * @param {Document} doc
 * @param {Engine} engine
 */
function startPage(doc, engine) {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', function () { bindPage(doc, engine); });
  else bindPage(doc, engine);
}

/**
 * @param {Document} doc
 * @param {Engine} engine
 */
function bindPage(doc, engine) {
  /**
   * @param {string} tag
   * @param {string | null} [cls]
   * @param {string | null} [text]
   */
  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  var box = doc.getElementById('ps-search');
  if (!box) return;
  var form = /** @type {HTMLFormElement} */ (doc.getElementById('ps-form'));
  var input = /** @type {HTMLInputElement} */ (doc.getElementById('ps-q'));
  var planSel = /** @type {HTMLSelectElement} */ (doc.getElementById('ps-plan'));
  var kindSel = /** @type {HTMLSelectElement} */ (doc.getElementById('ps-kind'));
  var status = /** @type {HTMLElement} */ (doc.getElementById('ps-status'));
  var plansBox = /** @type {HTMLElement} */ (doc.getElementById('ps-plans'));
  var list = /** @type {HTMLElement} */ (doc.getElementById('ps-results'));
  var moreBtn = /** @type {HTMLButtonElement} */ (doc.getElementById('ps-more'));
  var facetsBox = /** @type {HTMLElement} */ (doc.getElementById('ps-facets'));
  if (!facetsBox) {
    facetsBox = el('div', 'ps-facets');
    facetsBox.id = 'ps-facets';
    /** @type {Node} */ (plansBox.parentNode).insertBefore(facetsBox, plansBox.nextSibling);
  }
  /** @type {Answer | null} */
  var current = null;
  /** Rows of count toggles shown whole ('plan', facet names) for the current query.
   * @type {Record<string, boolean>} */
  var allShown = {};
  var shown = 0;
  /** The query of the results shown. */
  var asked = '';
  var seq = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var timer;
  /** Whether an input method is composing in the query box (pinyin not yet turned into 汉字). */
  var composing = false;
  /** The toggle to focus again once the toggles are drawn anew (its data-plan, or facet and value).
   * @type {{plan?: string, facet?: string, value?: string} | null} */
  var refocus = null;

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  if (params.get('kind')) kindSel.value = /** @type {string} */ (params.get('kind'));
  var wantPlan = params.get('plan') || '';
  /** @type {Record<string, string>} */
  var facetSel = {};
  uiClient.facets.forEach(function (fc) { facetSel[fc[0]] = params.get(fc[0]) || ''; });

  /** @param {Answer} r */
  function setPlans(r) {
    var keep = planSel.value || wantPlan;
    while (planSel.options.length > 1) planSel.remove(1);
    r.plans.forEach(function (p) {
      var o = /** @type {HTMLOptionElement} */ (el('option', null, p.title + '（' + (r.perPlan[p.slug] || 0) + '）'));
      o.value = p.slug;
      planSel.appendChild(o);
    });
    planSel.value = keep;
    wantPlan = '';
    plansBox.textContent = '';
    /** @type {Record<string, string>} */
    var titles = {};
    r.plans.forEach(function (p) { titles[p.slug] = p.title; });
    var t = countToggles(r.plans.map(function (p) { return p.slug; }), r.perPlan, planSel.value, allShown.plan);
    t.shown.forEach(function (slug) {
      var b = /** @type {HTMLButtonElement} */ (el('button', 'ps-plan-count', titles[slug] + ' ' + (r.perPlan[slug] || 0)));
      b.type = 'button';
      b.dataset.plan = slug;
      if (planSel.value === slug) b.setAttribute('aria-pressed', 'true');
      plansBox.appendChild(b);
    });
    if (t.hidden > 0) plansBox.appendChild(moreToggle('plan', '其余 ' + t.hidden + ' 个规划'));
  }

  /**
   * The toggle that shows every value of a row of count toggles.
   * @param {string} row 'plan' or a facet's name
   * @param {string} label
   */
  function moreToggle(row, label) {
    var b = /** @type {HTMLButtonElement} */ (el('button', 'ps-plan-count ps-more-toggles', label));
    b.type = 'button';
    b.dataset.allOf = row;
    return b;
  }

  /**
   * One group of toggles per facet the site offers (period, region, issuer), with counts.
   * @param {Answer} r
   */
  function setFacets(r) {
    facetsBox.textContent = '';
    uiClient.facets.forEach(function (fc) {
      var name = fc[0];
      var values = r.facets[name];
      if (!values) return;
      var t = countToggles(values, r.perFacet[name] || {}, facetSel[name], allShown[name]);
      if (!t.shown.length) return;
      var group = el('div', 'ps-plans ps-facet');
      group.setAttribute('role', 'group');
      group.dataset.row = name;
      group.setAttribute('aria-label', FACET_LABELS[name] + '（结果数）');
      group.appendChild(el('span', 'ps-facet-name', FACET_LABELS[name]));
      t.shown.forEach(function (v) {
        var b = /** @type {HTMLButtonElement} */ (el('button', 'ps-plan-count', v + ' ' + ((r.perFacet[name] || {})[v] || 0)));
        b.type = 'button';
        b.dataset.facet = name;
        b.dataset.value = v;
        b.setAttribute('aria-pressed', facetSel[name] === v ? 'true' : 'false');
        group.appendChild(b);
      });
      if (t.hidden > 0) group.appendChild(moreToggle(name, '其余 ' + t.hidden + ' 项'));
      facetsBox.appendChild(group);
    });
  }

  /** @param {Hit[]} hits */
  function render(hits) {
    hits.forEach(function (h) {
      var li = el('li', 'ps-hit ps-kind-' + h.kind);
      var a = /** @type {HTMLAnchorElement} */ (el('a', 'ps-link'));
      // The page marks the words searched for (highlightPage); the citation's address is the hit's own.
      a.href = highlightUrl(h.url, asked);
      a.appendChild(el('span', 'ps-title', h.title || h.planTitle));
      a.appendChild(el('span', 'ps-kind', KIND_LABELS[h.kind] || h.kind));
      li.appendChild(a);
      var p = el('p', 'ps-snippet');
      p.innerHTML = h.snippet; /* built from escaped text and <mark> only */
      li.appendChild(p);
      // The citation with a copy button, as on the pages (static/cite.js copies the citation and
      // the address in data-url, the hit's absolute address).
      var cite = el('p', 'ps-cite');
      cite.dataset.url = h.url;
      cite.appendChild(el('span', 'cite-text', h.citation));
      cite.appendChild(doc.createTextNode(' '));
      var copy = /** @type {HTMLButtonElement} */ (el('button', 'cite-copy', '复制'));
      copy.type = 'button';
      copy.setAttribute('aria-label', '复制引用：' + h.citation);
      cite.appendChild(copy);
      li.appendChild(cite);
      list.appendChild(li);
    });
    shown += hits.length;
    moreBtn.hidden = !current || shown >= current.count;
  }

  /** @param {boolean} push */
  function run(push) {
    var q = input.value.trim();
    var mine = ++seq;
    /** @type {QueryOptions & Record<string, string | number | undefined>} */
    var opts = { plan: planSel.value || wantPlan || undefined, kind: kindSel.value || undefined, limit: PAGE };
    uiClient.facets.forEach(function (fc) { if (facetSel[fc[0]]) opts[fc[0]] = facetSel[fc[0]]; });
    if (push) {
      var u = new URL(window.location.href);
      u.search = '';
      if (q) u.searchParams.set('q', q);
      if (opts.plan) u.searchParams.set('plan', opts.plan);
      if (opts.kind) u.searchParams.set('kind', opts.kind);
      uiClient.facets.forEach(function (fc) { if (opts[fc[0]]) u.searchParams.set(fc[0], String(opts[fc[0]])); });
      try { window.history.replaceState(null, '', u.href); } catch (e) { /* file:// may refuse */ }
    }
    list.textContent = '';
    plansBox.textContent = '';
    facetsBox.textContent = '';
    moreBtn.hidden = true;
    shown = 0;
    current = null;
    allShown = {};
    if (!q) { status.textContent = ''; return; }
    status.textContent = '正在搜索…';
    engine.query(q, opts).then(function (r) {
      if (mine !== seq) return;
      current = r;
      asked = q;
      setPlans(r);
      setFacets(r);
      var filtered = opts.plan || uiClient.facets.some(function (fc) { return opts[fc[0]]; });
      if (r.count) {
        say('找到 ' + r.count + ' 处' + (filtered ? '（全部规划共 ' + r.total + ' 处）' : ''));
      } else if (!uiClient.parseQuery(q).length) {
        status.textContent = '请输入要查找的词语';
      } else if (filtered || opts.kind) {
        // The words may be elsewhere: say so, with the count in all plans, and offer to clear.
        say(!filtered
          ? '在' + (KIND_LABELS[opts.kind || ''] || '所选类型') + '中没有找到“' + q + '”。'
          : r.total
            ? '在所选筛选条件下没有找到“' + q + '”，全部规划中共有 ' + r.total + ' 处。'
            : '在所选筛选条件下没有找到“' + q + '”。');
        var clear = el('button', 'ps-clear', '清除筛选');
        clear.setAttribute('type', 'button');
        status.appendChild(clear);
      } else {
        status.textContent = '没有找到“' + q + '”';
      }
      render(r.hits);
      refocusToggle();
    }).catch(function (e) {
      if (mine === seq) status.textContent = '搜索出错：' + e.message;
    });
  }

  /**
   * Sets the status line to `text`, each count with its unit ("52 处") kept on one line.
   * @param {string} text
   */
  function say(text) {
    status.textContent = '';
    text.split(/([0-9]+ 处)/).forEach(function (part, i) {
      if (part) status.appendChild(i % 2 ? el('span', 'nw', part) : doc.createTextNode(part));
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 150);
  }

  /** Focuses the toggle that was clicked, drawn anew with the results (see `refocus`). */
  function refocusToggle() {
    if (!refocus) return;
    var want = refocus;
    refocus = null;
    /** @type {HTMLButtonElement[]} */
    var buttons = Array.prototype.slice.call(doc.querySelectorAll('#ps-plans button, #ps-facets button'));
    var b = buttons.filter(function (x) {
      return want.plan ? x.dataset.plan === want.plan : (x.dataset.facet === want.facet && x.dataset.value === want.value);
    })[0];
    if (b) b.focus();
  }

  /**
   * The button with `attr` that was clicked, if any.
   * @param {Event} e
   * @param {string} attr
   * @returns {HTMLButtonElement | null}
   */
  function clicked(e, attr) {
    return /** @type {Element} */ (e.target).closest('button[' + attr + ']');
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); run(true); });
  // While an input method composes (拼音 before it becomes 汉字), the text is not the query yet:
  // no search, no new address; the composed text is searched when the composition ends.
  input.addEventListener('compositionstart', function () { composing = true; clearTimeout(timer); });
  input.addEventListener('compositionend', function () { composing = false; later(); });
  input.addEventListener('input', function (e) {
    if (composing || /** @type {InputEvent} */ (e).isComposing) return;
    later();
  });
  status.addEventListener('click', function (e) {
    if (!/** @type {Element} */ (e.target).closest('button.ps-clear')) return;
    planSel.value = '';
    kindSel.value = '';
    wantPlan = '';
    uiClient.facets.forEach(function (fc) { facetSel[fc[0]] = ''; });
    input.focus();
    run(true);
  });
  planSel.addEventListener('change', function () { run(true); });
  kindSel.addEventListener('change', function () { run(true); });
  /**
   * Shows every toggle of the row whose "more" toggle was clicked, keeping the focus in the row.
   * @param {Event} e
   * @returns {boolean} whether the click was on a "more" toggle
   */
  function showAll(e) {
    var b = clicked(e, 'data-all-of');
    if (!b || !current) return !!b;
    var row = /** @type {string} */ (b.dataset.allOf);
    /** @returns {HTMLElement[]} */
    function buttons() {
      var box = row === 'plan' ? plansBox : facetsBox.querySelector('[data-row="' + row + '"]');
      return box ? Array.prototype.slice.call(box.querySelectorAll('button')) : [];
    }
    var at = buttons().indexOf(b);
    allShown[row] = true;
    if (row === 'plan') setPlans(current); else setFacets(current);
    var next = buttons()[at];
    if (next) next.focus();
    return true;
  }

  plansBox.addEventListener('click', function (e) {
    if (showAll(e)) return;
    var b = clicked(e, 'data-plan');
    if (!b) return;
    planSel.value = planSel.value === b.dataset.plan ? '' : /** @type {string} */ (b.dataset.plan);
    refocus = { plan: b.dataset.plan };
    run(true);
  });
  facetsBox.addEventListener('click', function (e) {
    if (showAll(e)) return;
    var b = clicked(e, 'data-facet');
    if (!b) return;
    var name = /** @type {string} */ (b.dataset.facet);
    facetSel[name] = facetSel[name] === b.dataset.value ? '' : /** @type {string} */ (b.dataset.value);
    refocus = { facet: name, value: b.dataset.value };
    run(true);
  });
  moreBtn.addEventListener('click', function () {
    if (!current) return;
    var from = list.children.length;
    current.more(shown, PAGE).then(function (hits) {
      render(hits);
      // The button is gone after the last results: the focus goes to the first of them.
      var first = list.children[from];
      var link = moreBtn.hidden && first ? /** @type {HTMLElement | null} */ (first.querySelector('a.ps-link')) : null;
      if (link) link.focus();
    });
  });
  box.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    // While an input method composes, its arrow keys choose among its candidates.
    if (composing || e.isComposing) return;
    // A select, a button or another field keeps its own keys; only the query box hands them on.
    var at = /** @type {Element} */ (e.target);
    if (at !== input && at.closest('select, input, textarea, button')) return;
    /** @type {HTMLElement[]} */
    var links = Array.prototype.slice.call(list.querySelectorAll('a.ps-link'));
    if (!links.length) return;
    var i = links.indexOf(/** @type {HTMLElement} */ (doc.activeElement));
    if (e.key === 'ArrowDown') i = i < 0 ? 0 : Math.min(links.length - 1, i + 1);
    else if (i <= 0) { input.focus(); e.preventDefault(); return; } else i -= 1;
    links[i].focus();
    e.preventDefault();
  });
  if (input.value) run(false);
  input.focus();
}

/* The words searched for, marked on the page a hit links to. A hit's link carries the query
 * (`ch2.html?hl=新就业形态#ch2-s2-p3`); static/plansite.js loads this client on a page whose address
 * has `hl`, and the client marks every place of the main content where the query's words and
 * phrases match, as the search does (the same analyzer: width and case folded, CJK wording exact,
 * quoted phrases), with <mark class="ps-hl"> around text nodes (no HTML is made from the query).
 * A bar with a button takes the marks away again. */

/** The parameter of a page's address that holds the words to mark. */
var HL_PARAM = 'hl';

/**
 * `url` with the query in its `hl` parameter, before its anchor.
 * @param {string} url
 * @param {string} query
 * @returns {string}
 */
function highlightUrl(url, query) {
  var hash = url.indexOf('#');
  var base = hash < 0 ? url : url.slice(0, hash);
  var anchor = hash < 0 ? '' : url.slice(hash);
  return base + (base.indexOf('?') < 0 ? '?' : '&') + HL_PARAM + '=' + encodeURIComponent(query) + anchor;
}

/** Elements whose text is not marked: controls, navigation, citation lines, hidden things. */
var HL_SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|INPUT|SELECT|BUTTON|NAV|MARK|SVG|IFRAME|OBJECT)$/;
/** Elements that end a run of text: a match never reaches across them. */
var HL_BLOCK = /^(P|DIV|LI|UL|OL|DL|DT|DD|TABLE|THEAD|TBODY|TFOOT|TR|TD|TH|CAPTION|H[1-6]|ARTICLE|SECTION|ASIDE|FIGURE|FIGCAPTION|BLOCKQUOTE|PRE|HEADER|FOOTER|MAIN|BR|HR|DETAILS|SUMMARY|ADDRESS)$/;

/**
 * The runs of text of `root`: the text nodes between two block boundaries, in document order.
 * @param {Element} root
 * @returns {Text[][]}
 */
function textRuns(root) {
  /** @type {Text[][]} */
  var runs = [];
  /** @type {Text[]} */
  var run = [];
  function end() {
    if (run.length) runs.push(run);
    run = [];
  }
  /** @param {Node} node */
  function walk(node) {
    for (var c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        run.push(/** @type {Text} */ (c));
      } else if (c.nodeType === 1) {
        var e = /** @type {Element} */ (c);
        var tag = e.tagName.toUpperCase();
        if (HL_SKIP.test(tag) || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' ||
            e.classList.contains('cite') || e.classList.contains('pl') || e.classList.contains('ps-hl-bar')) {
          end();
        } else if (HL_BLOCK.test(tag)) {
          end();
          walk(e);
          end();
        } else {
          walk(e);
        }
      }
    }
  }
  walk(root);
  end();
  return runs;
}

/**
 * Marks every place of `root`'s text where a clause of `query` matches, with <mark class="ps-hl">
 * around the text (one mark per text node a place spans).
 * @param {Document} doc
 * @param {Element} root
 * @param {string} query
 * @returns {{places: number, marks: HTMLElement[]}}
 */
function markMatches(doc, root, query) {
  var clauses = uiClient.parseQuery(query);
  /** @type {HTMLElement[]} */
  var marks = [];
  var places = 0;
  if (!clauses.length) return { places: 0, marks: marks };
  textRuns(root).forEach(function (run) {
    var text = run.map(function (n) { return n.data; }).join('');
    var spans = uiClient.matchSpans(text, clauses);
    if (!spans.length) return;
    places += spans.length;
    var at = 0;
    run.forEach(function (node) {
      var from = at, to = at + node.data.length;
      at = to;
      /** @type {[number, number][]} */
      var pieces = [];
      spans.forEach(function (s) {
        var a = Math.max(s[0], from), b = Math.min(s[1], to);
        if (a < b) pieces.push([a - from, b - from]);
      });
      // From the last piece back, so that `node` keeps the text before the pieces not yet done.
      /** @type {HTMLElement[]} */
      var own = [];
      for (var i = pieces.length - 1; i >= 0; i--) {
        var mid = node.splitText(pieces[i][0]);
        mid.splitText(pieces[i][1] - pieces[i][0]);
        var m = doc.createElement('mark');
        m.className = 'ps-hl';
        /** @type {Node} */ (mid.parentNode).insertBefore(m, mid);
        m.appendChild(mid);
        own.unshift(m);
      }
      marks.push.apply(marks, own);
    });
  });
  return { places: places, marks: marks };
}

/**
 * Takes the marks away, leaving the text as it was.
 * @param {HTMLElement[]} marks
 */
function unmark(marks) {
  marks.forEach(function (m) {
    var parent = m.parentNode;
    if (!parent) return;
    while (m.firstChild) parent.insertBefore(m.firstChild, m);
    parent.removeChild(m);
    parent.normalize();
  });
}

/**
 * Marks the words of the page's `hl` parameter in its main content, once the document is there.
 * @param {Document} doc
 */
function startHighlight(doc) {
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', function () { highlightPage(doc); });
  else highlightPage(doc);
}

/**
 * Marks the words of the page's `hl` parameter in its main content (#main), keeps the anchored
 * unit in view (or brings the first mark into view) and offers a button that takes the marks
 * away. Not on the search page.
 * @param {Document} doc
 * @returns {number} the places marked
 */
function highlightPage(doc) {
  var query = new URLSearchParams(window.location.search).get(HL_PARAM) || '';
  var main = doc.getElementById('main');
  if (!query.trim() || !main || doc.getElementById('ps-search') || main.querySelector('.ps-hl-bar')) return 0;
  var found = markMatches(doc, main, query);
  if (!found.places) return 0;
  var bar = doc.createElement('div');
  bar.className = 'ps-hl-bar';
  var said = doc.createElement('span');
  said.className = 'ps-hl-said';
  said.appendChild(doc.createTextNode('已标出“' + query.trim() + '”，共 '));
  var count = doc.createElement('span');
  count.className = 'nw';
  count.textContent = found.places + ' 处';
  said.appendChild(count);
  bar.appendChild(said);
  bar.appendChild(doc.createTextNode(' '));
  var off = doc.createElement('button');
  off.type = 'button';
  off.className = 'ps-hl-off';
  off.textContent = '取消标记';
  bar.appendChild(off);
  main.insertBefore(bar, main.firstChild);
  doc.body.classList.add('ps-hl-on');
  off.addEventListener('click', function () {
    unmark(found.marks);
    bar.remove();
    doc.body.classList.remove('ps-hl-on');
    // The address without the words (a reload marks nothing), the anchor kept.
    try {
      var u = new URL(window.location.href);
      u.searchParams.delete(HL_PARAM);
      window.history.replaceState(window.history.state, '', u.href);
    } catch (e) { /* file:// may refuse */ }
    /** @type {HTMLElement} */ (main).focus({ preventScroll: true });
  });
  // The unit the link points at stays in view (it keeps its own highlight, :target); without an
  // anchor the first mark is brought into view.
  var id = window.location.hash.slice(1);
  var target = null;
  try { target = id ? doc.getElementById(decodeURIComponent(id)) : null; } catch (e) { target = doc.getElementById(id); }
  var view = window.innerHeight || doc.documentElement.clientHeight;
  if (target) {
    var r = target.getBoundingClientRect();
    if (r.top < 0 || r.top > view) target.scrollIntoView({ block: 'start' });
  } else {
    found.marks[0].scrollIntoView({ block: 'center' });
  }
  return found.places;
}
