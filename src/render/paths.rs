//! Relative links between pages. Every internal link of the site is relative to the page that holds
//! it, so `public/` works at a domain root, under any sub-path and from `file://`.

/// Prefix from `page` (a path relative to the site root) back to the root: `""` or `"../"`….
pub fn root_prefix(page: &str) -> String {
    "../".repeat(page.matches('/').count())
}

/// Link from page `from` to page `to` (both relative to the site root), optionally with a fragment.
/// A link to the same page is the bare fragment (`#ch2-s1-p3`).
pub fn relative(from: &str, to: &str, fragment: Option<&str>) -> String {
    let frag = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    if from == to && fragment.is_some() {
        return frag;
    }
    let from_dir: Vec<&str> = from.split('/').collect();
    let from_dir = &from_dir[..from_dir.len() - 1];
    let to_parts: Vec<&str> = to.split('/').collect();
    let (to_dir, to_file) = to_parts.split_at(to_parts.len() - 1);
    let common = from_dir
        .iter()
        .zip(to_dir)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from_dir.len() - common);
    for d in &to_dir[common..] {
        out.push_str(d);
        out.push('/');
    }
    out.push_str(to_file[0]);
    out.push_str(&frag);
    out
}

/// Full address of a page when the site's public address is known.
pub fn absolute(base_url: &str, page: &str, fragment: Option<&str>) -> String {
    match fragment {
        Some(f) => format!("{base_url}{page}#{f}"),
        None => format!("{base_url}{page}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_relative_to_the_page() {
        assert_eq!(root_prefix("index.html"), "");
        assert_eq!(root_prefix("p/ch2.html"), "../");
        assert_eq!(relative("p/ch2.html", "p/ch3.html", None), "ch3.html");
        assert_eq!(relative("p/ch2.html", "p/ch2.html", Some("a")), "#a");
        assert_eq!(
            relative("p/ch2.html", "q/box-1.html", Some("x")),
            "../q/box-1.html#x"
        );
        assert_eq!(relative("index.html", "p/index.html", None), "p/index.html");
        assert_eq!(relative("p/ch2.html", "boxes.html", None), "../boxes.html");
        assert_eq!(relative("boxes.html", "boxes.html", None), "boxes.html");
    }
}
