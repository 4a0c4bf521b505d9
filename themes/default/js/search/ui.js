// @ts-check
/* The search page (templates/search.html): binds itself to #ps-search when the page has it. The
 * query, plan, kind and facets live in the address (?q=…&plan=…), results come in pages of ten
 * with a "more" button, counts per plan and per facet are toggles, and the arrow keys move
 * through the results. Text is set with textContent; the snippet HTML is built from escaped text
 * and <mark> only. */

/** @type {Record<string, string>} */
var KIND_LABELS = { paragraph: '段落', heading: '标题', box: '专栏', indicator: '指标' };
/** @type {Record<string, string>} */
var FACET_LABELS = { period: '规划期', region: '地区', issuer: '发文机关' };
var PAGE = 10;

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
  var shown = 0;
  var seq = 0;
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  var timer;

  var params = new URLSearchParams(window.location.search);
  input.value = params.get('q') || '';
  if (params.get('kind')) kindSel.value = /** @type {string} */ (params.get('kind'));
  var wantPlan = params.get('plan') || '';
  /** @type {Record<string, string>} */
  var facetSel = {};
  FACETS.forEach(function (fc) { facetSel[fc[0]] = params.get(fc[0]) || ''; });

  /** @param {Answer} r */
  function setPlans(r) {
    var keep = planSel.value || wantPlan;
    while (planSel.options.length > 1) planSel.remove(1);
    r.plans.forEach(function (p) {
      var o = /** @type {HTMLOptionElement} */ (el('option', null, p.title + ' (' + (r.perPlan[p.slug] || 0) + ')'));
      o.value = p.slug;
      planSel.appendChild(o);
    });
    planSel.value = keep;
    wantPlan = '';
    plansBox.textContent = '';
    r.plans.forEach(function (p) {
      var b = /** @type {HTMLButtonElement} */ (el('button', 'ps-plan-count', p.title + ' ' + (r.perPlan[p.slug] || 0)));
      b.type = 'button';
      b.dataset.plan = p.slug;
      if (planSel.value === p.slug) b.setAttribute('aria-pressed', 'true');
      plansBox.appendChild(b);
    });
  }

  /**
   * One group of toggles per facet the site offers (period, region, issuer), with counts.
   * @param {Answer} r
   */
  function setFacets(r) {
    facetsBox.textContent = '';
    FACETS.forEach(function (fc) {
      var name = fc[0];
      var values = r.facets[name];
      if (!values) return;
      var group = el('div', 'ps-plans ps-facet');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', FACET_LABELS[name] + '(结果数)');
      group.appendChild(el('span', 'ps-facet-name', FACET_LABELS[name]));
      values.forEach(function (v) {
        var b = /** @type {HTMLButtonElement} */ (el('button', 'ps-plan-count', v + ' ' + ((r.perFacet[name] || {})[v] || 0)));
        b.type = 'button';
        b.dataset.facet = name;
        b.dataset.value = v;
        b.setAttribute('aria-pressed', facetSel[name] === v ? 'true' : 'false');
        group.appendChild(b);
      });
      facetsBox.appendChild(group);
    });
  }

  /** @param {Hit[]} hits */
  function render(hits) {
    hits.forEach(function (h) {
      var li = el('li', 'ps-hit ps-kind-' + h.kind);
      var a = /** @type {HTMLAnchorElement} */ (el('a', 'ps-link'));
      a.href = h.url;
      a.appendChild(el('span', 'ps-title', h.title || h.planTitle));
      a.appendChild(el('span', 'ps-kind', KIND_LABELS[h.kind] || h.kind));
      li.appendChild(a);
      var p = el('p', 'ps-snippet');
      p.innerHTML = h.snippet; /* built from escaped text and <mark> only */
      li.appendChild(p);
      li.appendChild(el('p', 'ps-cite', h.citation));
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
    FACETS.forEach(function (fc) { if (facetSel[fc[0]]) opts[fc[0]] = facetSel[fc[0]]; });
    if (push) {
      var u = new URL(window.location.href);
      u.search = '';
      if (q) u.searchParams.set('q', q);
      if (opts.plan) u.searchParams.set('plan', opts.plan);
      if (opts.kind) u.searchParams.set('kind', opts.kind);
      FACETS.forEach(function (fc) { if (opts[fc[0]]) u.searchParams.set(fc[0], String(opts[fc[0]])); });
      try { window.history.replaceState(null, '', u.href); } catch (e) { /* file:// may refuse */ }
    }
    list.textContent = '';
    plansBox.textContent = '';
    facetsBox.textContent = '';
    moreBtn.hidden = true;
    shown = 0;
    current = null;
    if (!q) { status.textContent = ''; return; }
    status.textContent = '正在搜索…';
    engine.query(q, opts).then(function (r) {
      if (mine !== seq) return;
      current = r;
      setPlans(r);
      setFacets(r);
      var filtered = opts.plan || FACETS.some(function (fc) { return opts[fc[0]]; });
      status.textContent = r.count
        ? '找到 ' + r.count + ' 处' + (filtered ? '(全部规划共 ' + r.total + ' 处)' : '')
        : (parseQuery(q).length ? '没有找到“' + q + '”' : '请输入要查找的词语');
      render(r.hits);
    }).catch(function (e) {
      if (mine === seq) status.textContent = '搜索出错:' + e.message;
    });
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(function () { run(true); }, 150);
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
  input.addEventListener('input', later);
  planSel.addEventListener('change', function () { run(true); });
  kindSel.addEventListener('change', function () { run(true); });
  plansBox.addEventListener('click', function (e) {
    var b = clicked(e, 'data-plan');
    if (!b) return;
    planSel.value = planSel.value === b.dataset.plan ? '' : /** @type {string} */ (b.dataset.plan);
    run(true);
  });
  facetsBox.addEventListener('click', function (e) {
    var b = clicked(e, 'data-facet');
    if (!b) return;
    var name = /** @type {string} */ (b.dataset.facet);
    facetSel[name] = facetSel[name] === b.dataset.value ? '' : /** @type {string} */ (b.dataset.value);
    run(true);
  });
  moreBtn.addEventListener('click', function () {
    if (!current) return;
    current.more(shown, PAGE).then(render);
  });
  box.addEventListener('keydown', function (e) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
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
