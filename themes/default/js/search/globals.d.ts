// What the page and node give the search client (js/search/*.js), for `tsc --noEmit`.

/** window.plansite: the public API (api.js); a page may set `_ready` before the client loads. */
interface PlansiteApi {
  root?: string;
  search?: Engine['search'];
  query?: Engine['query'];
  analyze?: typeof analyze;
  parseQuery?: typeof parseQuery;
  snippet?: typeof snippet;
  _ready?: (api: PlansiteApi) => void;
  /** What static/search-page.js takes from static/search.js (page.js). */
  _client?: {
    engine: Engine;
    parseQuery: typeof parseQuery;
    matchSpans: typeof matchSpans;
    facets: typeof FACETS;
  };
}

interface Window {
  /** Called by every index file `search/NAME.js` with its data (loader.js). */
  __plansiteData: (name: string, data: any) => void;
  plansite?: PlansiteApi;
}

/** The CommonJS module under node, where the client exports its library (main.js). */
declare var module: { exports: unknown } | undefined;
