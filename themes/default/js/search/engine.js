// @ts-check
/* The engine over one site's index: loads the files a query needs through the `load` it is
 * given (the postings shards holding the query's terms, found from the first term of each shard
 * in the meta data; the fragments of the hits shown), ranks every match and answers with hits,
 * counts per plan and per facet. It does not know how files arrive (see loader.js). */

/**
 * @typedef {object} EngineOptions
 * @property {string} [root] the site root, prefixed to the hits' links
 * @property {(name: string) => any} load the data of `search/NAME` (or a promise of it)
 * @property {() => (RawMeta | undefined)} [meta] the meta data when the page already has it
 */

/**
 * Options of a query: filters and the number of hits wanted.
 * @typedef {{plan?: string, kind?: string, period?: string, region?: string, issuer?: string, limit?: number}} QueryOptions
 */

/** @typedef {{doc: number, score: number, plan: string, kind: string}} Match */

/** @typedef {Record<string, number>} Counts */

/**
 * Every match of a query, ranked.
 * @typedef {object} Ranked
 * @property {Clause[]} clauses
 * @property {number} total matches without the plan and facet filters
 * @property {number} count matches
 * @property {Counts} perPlan
 * @property {Record<string, Counts>} perFacet
 * @property {Match[]} matches
 */

/**
 * A hit with its text.
 * @typedef {object} Hit
 * @property {number} doc
 * @property {string} url
 * @property {string} title
 * @property {string} citation
 * @property {string} plan
 * @property {string} planTitle
 * @property {string} kind
 * @property {number} score
 * @property {string} snippet HTML
 */

/**
 * The full answer to a query.
 * @typedef {object} Answer
 * @property {unknown} query
 * @property {number} total
 * @property {number} count
 * @property {Counts} perPlan
 * @property {Record<string, Counts>} perFacet
 * @property {Record<string, string[]>} facets
 * @property {{slug: string, title: string}[]} plans
 * @property {Hit[]} hits
 * @property {(from: number, count: number) => Promise<Hit[]>} more
 */

/**
 * @typedef {object} Engine
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Ranked>} rank
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Answer>} query
 * @property {(query: unknown, opts?: QueryOptions) => Promise<Hit[] & {total?: number, perPlan?: Counts, perFacet?: Record<string, Counts>}>} search
 * @property {(ranked: Ranked, from: number, count: number) => Promise<Hit[]>} hits
 */

/** @type {[string, number][]} */
var FACETS = [['period', 4], ['region', 5], ['issuer', 6]];

/**
 * The values of a facet for a plan entry of meta.plans.
 * @param {PlanEntry} plan
 * @param {string} name
 * @returns {string[]}
 */
function facetValues(plan, name) {
  if (name === 'issuer') return plan[6] || [];
  var v = plan[name === 'period' ? 4 : 5];
  return v ? [v] : [];
}

/**
 * An engine over one site's index.
 * @param {EngineOptions} options
 * @returns {Engine}
 */
function createEngine(options) {
  var load = options.load;
  var root = options.root || '';
  /** @type {Map<string, Promise<any>>} */
  var files = new Map();
  /** @type {Map<number, Map<string, string>>} shard index -> term -> encoded postings */
  var shards = new Map();
  /** @type {Map<string, Postings>} */
  var decoded = new Map();
  /** @type {Meta} */
  var meta = /** @type {any} */ (null);

  /** @param {string} name */
  function file(name) {
    if (!files.has(name)) {
      var p = Promise.resolve().then(function () { return load(name); });
      p.catch(function () { files.delete(name); });
      files.set(name, p);
    }
    return /** @type {Promise<any>} */ (files.get(name));
  }

  /** @returns {Promise<Meta>} */
  function getMeta() {
    if (meta) return Promise.resolve(meta);
    var given = options.meta ? options.meta() : null;
    return (given ? Promise.resolve(given) : file('meta')).then(function (/** @type {RawMeta} */ m) {
      if (!m || m.v !== FORMAT_VERSION) throw new Error('search index format not understood (rebuild the site)');
      meta = decodeMeta(m);
      return meta;
    });
  }

  /** @param {string} term */
  function shardOf(term) {
    return lastAtMost(meta.shardFirsts, term, compareCodePoints);
  }

  /** @param {number} i */
  function loadShard(i) {
    if (shards.has(i)) return Promise.resolve();
    return file('p/' + i).then(function (/** @type {Shard} */ data) {
      var terms = decodeTerms(data.t);
      var lists = data.p.split(' ');
      var m = new Map();
      for (var k = 0; k < terms.length; k++) m.set(terms[k], lists[k]);
      shards.set(i, m);
    });
  }

  /**
   * @param {string} term
   * @returns {Postings}
   */
  function postings(term) {
    var known = decoded.get(term);
    if (known) return known;
    var i = shardOf(term);
    var s = i >= 0 ? shards.get(i) : null;
    var enc = s ? s.get(term) : undefined;
    var p = enc === undefined ? new Map() : decodePostings(enc);
    decoded.set(term, p);
    return p;
  }

  /**
   * @param {number} doc
   * @returns {PlanEntry}
   */
  function planOf(doc) {
    var plans = meta.plans;
    var lo = 0, hi = plans.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (plans[mid][3] <= doc) lo = mid + 1; else hi = mid;
    }
    return plans[lo] || ['', '', 0, 0, null, null, []];
  }

  /**
   * Ranks every match.
   * @param {unknown} query
   * @param {QueryOptions} [opts]
   * @returns {Promise<Ranked>}
   */
  function rank(query, opts) {
    var o = opts || {};
    var clauses = parseQuery(query);
    var empty = { clauses: clauses, total: 0, count: 0, perPlan: {}, perFacet: {}, matches: [] };
    if (!clauses.length) return getMeta().then(function () { return empty; });
    return getMeta().then(function () {
      /** @type {number[]} */
      var need = [];
      clauses.forEach(function (c) {
        c.terms.forEach(function (t) {
          var i = shardOf(t[1]);
          if (i >= 0 && need.indexOf(i) < 0) need.push(i);
        });
      });
      return Promise.all(need.map(loadShard));
    }).then(function () {
      var scored = clauses.map(function (c) { return scoreClause(c, postings, meta); });
      var kindCode = o.kind ? meta.kinds.indexOf(o.kind) : -1;
      /** @type {Match[]} */
      var matches = [];
      /** @type {Counts} */
      var perPlan = {};
      /** @type {Record<string, Counts>} */
      var perFacet = {};
      var total = 0;
      scored[0].forEach(function (score, doc) {
        var sum = score;
        for (var i = 1; i < scored.length; i++) {
          var s = scored[i].get(doc);
          if (s === undefined) return;
          sum = f(sum + s);
        }
        if (o.kind && meta.docKinds[doc] !== kindCode) return;
        total += 1;
        var plan = planOf(doc);
        perPlan[plan[0]] = (perPlan[plan[0]] || 0) + 1;
        var pass = !o.plan || o.plan === plan[0];
        FACETS.forEach(function (fc) {
          var name = fc[0];
          var values = facetValues(plan, name);
          values.forEach(function (v) {
            var m = perFacet[name] || (perFacet[name] = {});
            m[v] = (m[v] || 0) + 1;
          });
          var wanted = o[/** @type {'period' | 'region' | 'issuer'} */ (name)];
          if (wanted && values.indexOf(wanted) < 0) pass = false;
        });
        if (!pass) return;
        matches.push({ doc: doc, score: sum, plan: plan[0], kind: meta.kinds[meta.docKinds[doc]] });
      });
      matches.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      return { clauses: clauses, total: total, count: matches.length, perPlan: perPlan, perFacet: perFacet, matches: matches };
    });
  }

  /** @param {number} doc */
  function fragmentOf(doc) {
    return lastAtMost(meta.fragmentStarts, doc, function (a, b) { return a - b; });
  }

  /**
   * Hits with text. Only the fragments holding the shown hits are loaded.
   * @param {Ranked} ranked
   * @param {number} from
   * @param {number} count
   * @returns {Promise<Hit[]>}
   */
  function hits(ranked, from, count) {
    var shown = ranked.matches.slice(from, from + count);
    if (!shown.length) return Promise.resolve([]);
    /** @type {number[]} */
    var need = [];
    shown.forEach(function (m) {
      var i = fragmentOf(m.doc);
      if (need.indexOf(i) < 0) need.push(i);
    });
    return Promise.all(need.map(function (i) { return file('f/' + i); })).then(function (/** @type {Fragment[]} */ frags) {
      return shown.map(function (m) {
        var x = frags[need.indexOf(fragmentOf(m.doc))];
        var d = x.docs[m.doc - x.from];
        var title = x.titles[d[2]];
        var planTitle = planOf(m.doc)[1];
        var citation = typeof d[3] === 'string'
          ? '\u300a' + planTitle + '\u300b' + title.split(' \u203a ').join('') + d[3]
          : d[3][0];
        return {
          doc: m.doc,
          url: root + x.pages[d[0]] + '#' + d[1],
          title: title,
          citation: citation,
          plan: m.plan,
          planTitle: planTitle,
          kind: m.kind,
          score: m.score,
          snippet: snippet(d[4], ranked.clauses)
        };
      });
    });
  }

  /**
   * The facets the site offers: the values of each facet some plan has a value for.
   * @returns {Record<string, string[]>}
   */
  function facets() {
    /** @type {Record<string, string[]>} */
    var out = {};
    FACETS.forEach(function (fc) {
      /** @type {string[]} */
      var seen = [];
      meta.plans.forEach(function (p) {
        facetValues(p, fc[0]).forEach(function (v) { if (seen.indexOf(v) < 0) seen.push(v); });
      });
      if (seen.length) out[fc[0]] = seen;
    });
    return out;
  }

  /**
   * The full answer.
   * @param {unknown} q
   * @param {QueryOptions} [opts]
   * @returns {Promise<Answer>}
   */
  function query(q, opts) {
    var o = opts || {};
    var limit = o.limit || 10;
    return rank(q, o).then(function (ranked) {
      return hits(ranked, 0, limit).then(function (list) {
        return {
          query: q,
          total: ranked.total,
          count: ranked.count,
          perPlan: ranked.perPlan,
          perFacet: ranked.perFacet,
          facets: facets(),
          plans: meta.plans.map(function (p) { return { slug: p[0], title: p[1] }; }),
          hits: list,
          more: function (/** @type {number} */ from, /** @type {number} */ count) { return hits(ranked, from, count); }
        };
      });
    });
  }

  /**
   * Hits only (the documented API); the array also carries total, perPlan and perFacet.
   * @param {unknown} q
   * @param {QueryOptions} [opts]
   */
  function search(q, opts) {
    return query(q, opts).then(function (r) {
      /** @type {Hit[] & {total?: number, perPlan?: Counts, perFacet?: Record<string, Counts>}} */
      var list = r.hits;
      list.total = r.count;
      list.perPlan = r.perPlan;
      list.perFacet = r.perFacet;
      return list;
    });
  }

  return { rank: rank, query: query, search: search, hits: hits };
}
