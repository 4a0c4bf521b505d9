//! Relative links between pages: the functions of [`crate::link::site_map`], under the name the
//! render stage has always used for them. Every internal link of the site is relative to the page
//! that holds it, so `public/` works at a domain root, under any sub-path and from `file://`.

pub use crate::link::site_map::{absolute, relative, root_prefix};

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
