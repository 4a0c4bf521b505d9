//! What pages tell machines: meta descriptions, schema.org JSON-LD for plans, `sitemap.xml` and
//! `robots.txt`. Values only; the templates place them.

use super::theme::escape_html;
use crate::config::Config;
use crate::model::Plan;
use serde_json::{json, Map, Value};

/// Longest meta description, in characters.
const DESCRIPTION_CHARS: usize = 120;

/// A meta description from text: whitespace collapsed, cut at a character boundary.
pub fn description(text: &str) -> String {
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if collapsed.chars().count() <= DESCRIPTION_CHARS {
        return collapsed;
    }
    let mut s: String = collapsed.chars().take(DESCRIPTION_CHARS - 1).collect();
    s.push('…');
    s
}

/// The plan as a schema.org `Legislation`: title, issuers, date, document number.
pub fn legislation(plan: &Plan, url: Option<String>) -> Value {
    let m = &plan.meta;
    let mut o = Map::new();
    o.insert("@type".into(), json!("Legislation"));
    o.insert("name".into(), json!(m.title));
    o.insert("inLanguage".into(), json!("zh-CN"));
    if !m.issuers.is_empty() {
        let orgs: Vec<Value> = m
            .issuers
            .iter()
            .map(|i| json!({"@type": "GovernmentOrganization", "name": i}))
            .collect();
        o.insert("legislationPassedBy".into(), json!(orgs));
        o.insert("author".into(), json!(orgs));
    }
    if let Some(d) = &m.doc_number {
        o.insert("legislationIdentifier".into(), json!(d));
    }
    if let Some(d) = &m.date {
        o.insert("legislationDate".into(), json!(d));
        o.insert("datePublished".into(), json!(d));
    }
    if let Some(s) = &m.source {
        o.insert(
            "publisher".into(),
            json!({"@type": "Organization", "name": s}),
        );
    }
    if m.draft {
        o.insert("creativeWorkStatus".into(), json!("Draft"));
    }
    if let Some(u) = url {
        o.insert("url".into(), json!(u));
    }
    Value::Object(o)
}

/// JSON-LD of a page of the plan's overview: the plan itself.
pub fn plan_overview(plan: &Plan, url: Option<String>) -> Value {
    let mut v = legislation(plan, url);
    v.as_object_mut()
        .expect("object")
        .insert("@context".into(), json!("https://schema.org"));
    v
}

/// JSON-LD of a page that shows a part of a plan (chapter, 专栏, print view).
pub fn plan_part(plan: &Plan, name: &str, plan_url: Option<String>, url: Option<String>) -> Value {
    let mut o = Map::new();
    o.insert("@context".into(), json!("https://schema.org"));
    o.insert("@type".into(), json!("WebPage"));
    o.insert("name".into(), json!(name));
    o.insert("inLanguage".into(), json!("zh-CN"));
    o.insert("isPartOf".into(), legislation(plan, plan_url));
    if let Some(u) = url {
        o.insert("url".into(), json!(u));
    }
    Value::Object(o)
}

/// JSON-LD of the home page.
pub fn website(config: &Config) -> Value {
    let mut v = json!({
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": config.title,
        "inLanguage": "zh-CN",
    });
    if let Some(b) = &config.base_url {
        v["url"] = json!(b);
    }
    v
}

/// `sitemap.xml` for the given pages (paths relative to the root). Sitemaps need full addresses:
/// without a `base_url` the entries are relative and search engines will ignore them.
pub fn sitemap(base_url: Option<&str>, pages: &[String]) -> String {
    let mut s = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for p in pages {
        let loc = format!("{}{}", base_url.unwrap_or(""), p);
        s.push_str("  <url><loc>");
        s.push_str(&escape_html(&loc));
        s.push_str("</loc></url>\n");
    }
    s.push_str("</urlset>\n");
    s
}

/// `robots.txt`: everything may be read; names the sitemap when the address is known.
pub fn robots(base_url: Option<&str>) -> String {
    let mut s = String::from("User-agent: *\nAllow: /\n");
    if let Some(b) = base_url {
        s.push_str(&format!("Sitemap: {b}{}\n", crate::link::site_map::SITEMAP));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_are_cut_at_characters() {
        let long = "就业".repeat(100);
        let d = description(&long);
        assert_eq!(d.chars().count(), DESCRIPTION_CHARS);
        assert!(d.ends_with('…'));
        assert_eq!(description(" a \n b "), "a b");
    }

    #[test]
    fn legislation_carries_issuer_date_and_number() {
        let mut plan = Plan::default();
        plan.meta.title = "某规划".into();
        plan.meta.issuers = vec!["某局".into()];
        plan.meta.doc_number = Some("京人社规字〔2021〕54号".into());
        plan.meta.date = Some("2021-09-22".into());
        let v = plan_overview(&plan, None);
        assert_eq!(v["@type"], "Legislation");
        assert_eq!(v["legislationIdentifier"], "京人社规字〔2021〕54号");
        assert_eq!(v["legislationDate"], "2021-09-22");
        assert_eq!(v["legislationPassedBy"][0]["name"], "某局");
    }
}
