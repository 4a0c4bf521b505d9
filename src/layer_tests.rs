//! The layer rule of `lib.rs`, checked on the source: every `crate::`, `super::` and `self::` path
//! in `src/` (in `use` lines, in code and in macro arguments) is resolved to the module it names.
//! A use of a higher layer, or a cycle among the top-level modules or among the files of one
//! module directory, fails with the file and line. Test-only code is not read: files declared
//! `#[cfg(test)] mod x;` and every `#[cfg(test)]` item, since tests may reach anywhere. The source
//! is read with a small lexer (identifiers, `::`, punctuation and bracketed groups; comments and
//! literals skipped), which is all a path needs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Uses that still run against the page modules' direction, as (module directory, from, to); the
/// rest of the graph must be acyclic without them. Each goes when the page addresses and the
/// page jobs move below the page modules (issue 11, items 2 and 3): delete its line then (the test
/// fails on a listed use that no longer exists).
const KNOWN_BACK_EDGES: &[(&str, &str, &str)] = &[];

/// A module path, `["indicators", "table"]` for `src/indicators/table.rs`.
type ModPath = Vec<String>;

/// A token of Rust source, with its line; comments are dropped and literals kept as `Lit`.
#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String, usize),
    /// `::`
    Sep(usize),
    Punct(char, usize),
    Lit(usize),
    /// A bracketed group: its opening bracket and its tokens.
    Group(char, Vec<Tok>, usize),
}

impl Tok {
    fn line(&self) -> usize {
        match self {
            Tok::Ident(_, l)
            | Tok::Sep(l)
            | Tok::Punct(_, l)
            | Tok::Lit(l)
            | Tok::Group(_, _, l) => *l,
        }
    }
    fn is_punct(&self, c: char) -> bool {
        matches!(self, Tok::Punct(p, _) if *p == c)
    }
    fn is_ident(&self, name: &str) -> bool {
        matches!(self, Tok::Ident(n, _) if n == name)
    }
}

/// Splits Rust source into tokens; unbalanced brackets are closed where they end, never an error.
fn lex(src: &str) -> Vec<Tok> {
    let cs: Vec<char> = src.chars().collect();
    let at = |i: usize| cs.get(i).copied().unwrap_or('\0');
    let mut stack: Vec<(char, Vec<Tok>, usize)> = vec![(' ', Vec::new(), 1)];
    let (mut i, mut line) = (0, 1);
    // Skips to just after the `"` that closes a string opened before `i`, `hashes` `#` after it.
    let skip_string = |mut i: usize, line: &mut usize, raw: bool, hashes: usize| {
        while i < cs.len() {
            match cs[i] {
                '\\' if !raw => {
                    *line += usize::from(at(i + 1) == '\n');
                    i += 1;
                }
                '"' if (1..=hashes).all(|k| at(i + k) == '#') => return i + 1 + hashes,
                '\n' => *line += 1,
                _ => {}
            }
            i += 1;
        }
        i
    };
    while i < cs.len() {
        let c = cs[i];
        let start = line;
        let tok = if c == '\n' || c.is_whitespace() {
            line += usize::from(c == '\n');
            i += 1;
            None
        } else if c == '/' && at(i + 1) == '/' {
            while i < cs.len() && cs[i] != '\n' {
                i += 1;
            }
            None
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < cs.len() {
                if cs[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 1;
                } else if cs[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 1;
                } else if cs[i] == '\n' {
                    line += 1;
                }
                i += 1;
                if depth == 0 {
                    break;
                }
            }
            None
        } else if c == '"' || (c == 'b' && at(i + 1) == '"') {
            i = skip_string(i + if c == 'b' { 2 } else { 1 }, &mut line, false, 0);
            Some(Tok::Lit(start))
        } else if (c == 'r' || (c == 'b' && at(i + 1) == 'r')) && {
            let r = i + usize::from(c == 'b') + 1;
            let h = (r..).take_while(|&k| at(k) == '#').count();
            at(r + h) == '"'
        } {
            let r = i + usize::from(c == 'b') + 1;
            let h = (r..).take_while(|&k| at(k) == '#').count();
            i = skip_string(r + h + 1, &mut line, true, h);
            Some(Tok::Lit(start))
        } else if c == '\'' && (at(i + 1) == '\\' || at(i + 2) == '\'') {
            // A character literal (a lifetime's quote falls through to punctuation).
            i += if at(i + 1) == '\\' { 3 } else { 2 };
            while i < cs.len() && cs[i] != '\'' {
                i += 1;
            }
            i += 1;
            Some(Tok::Lit(start))
        } else if c.is_alphanumeric() || c == '_' {
            let from = i;
            while i < cs.len() && (cs[i].is_alphanumeric() || cs[i] == '_') {
                i += 1;
            }
            let word: String = cs[from..i].iter().collect();
            if c.is_ascii_digit() {
                Some(Tok::Lit(start))
            } else {
                Some(Tok::Ident(word, start))
            }
        } else if c == ':' && at(i + 1) == ':' {
            i += 2;
            Some(Tok::Sep(start))
        } else if matches!(c, '(' | '[' | '{') {
            stack.push((c, Vec::new(), start));
            i += 1;
            None
        } else if matches!(c, ')' | ']' | '}') {
            i += 1;
            match stack.len() {
                1 => None,
                _ => stack.pop().map(|(open, toks, l)| Tok::Group(open, toks, l)),
            }
        } else {
            i += 1;
            Some(Tok::Punct(c, start))
        };
        if let (Some(t), Some(top)) = (tok, stack.last_mut()) {
            top.1.push(t);
        }
    }
    while stack.len() > 1 {
        if let Some((open, toks, l)) = stack.pop() {
            if let Some(top) = stack.last_mut() {
                top.1.push(Tok::Group(open, toks, l));
            }
        }
    }
    stack.pop().map(|s| s.1).unwrap_or_default()
}

/// What one file names: (line, the path as written, the module it is written in).
#[derive(Default)]
struct Scan {
    uses: Vec<(usize, Vec<String>, ModPath)>,
    /// Modules declared `#[cfg(test)] mod x;`.
    test_mods: Vec<ModPath>,
    /// The file says `#![cfg(test)]`.
    test_only: bool,
}

fn is_path_sep(tt: &[Tok], i: usize) -> bool {
    matches!(tt.get(i), Some(Tok::Sep(_)))
}

/// The index after a `#[cfg(test)]` or `#![cfg(test)]` at `tt[i]`, and whether it is inner; a
/// `cfg(any(test, …))` counts too (test support such as the test kit, also built for the fuzz
/// targets).
fn cfg_test(tt: &[Tok], i: usize) -> Option<(usize, bool)> {
    if !tt.get(i)?.is_punct('#') {
        return None;
    }
    let inner = tt.get(i + 1).is_some_and(|t| t.is_punct('!'));
    let at = i + 1 + usize::from(inner);
    match tt.get(at) {
        Some(Tok::Group('[', attr, _)) => match attr.as_slice() {
            [cfg, Tok::Group('(', arg, _)] if cfg.is_ident("cfg") => match arg.as_slice() {
                [test] if test.is_ident("test") => Some((at + 1, inner)),
                [any, Tok::Group('(', alts, _)]
                    if any.is_ident("any") && alts.iter().any(|t| t.is_ident("test")) =>
                {
                    Some((at + 1, inner))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

/// Splits a `use` group's tokens at its top-level commas.
fn split_commas(tokens: &[Tok]) -> Vec<Vec<Tok>> {
    tokens
        .split(|t| t.is_punct(','))
        .filter(|p| !p.is_empty())
        .map(<[Tok]>::to_vec)
        .collect()
}

impl Scan {
    fn of(source: &str) -> Scan {
        let mut scan = Scan::default();
        scan.walk(&lex(source), &[]);
        scan
    }

    fn walk(&mut self, tt: &[Tok], module: &[String]) {
        let mut i = 0;
        while i < tt.len() {
            match cfg_test(tt, i) {
                // `#![cfg(test)]`: the whole file (or inline module) is test code.
                Some((_, true)) => {
                    self.test_only |= module.is_empty();
                    return;
                }
                Some((next, false)) => {
                    i = self.skip_test_item(tt, next, module);
                    continue;
                }
                None => {}
            }
            match (&tt[i], tt.get(i + 1), tt.get(i + 2)) {
                (m, Some(Tok::Ident(name, _)), Some(Tok::Group('{', inner, _)))
                    if m.is_ident("mod") =>
                {
                    let mut path = module.to_vec();
                    path.push(name.clone());
                    self.walk(inner, &path);
                    i += 3;
                    continue;
                }
                (Tok::Ident(root, _), _, _)
                    if ["crate", "super", "self"].contains(&root.as_str())
                        && is_path_sep(tt, i + 1) =>
                {
                    i = self.path(tt, i, Vec::new(), module);
                    continue;
                }
                (Tok::Group(_, inner, _), _, _) => self.walk(inner, module),
                _ => {}
            }
            i += 1;
        }
    }

    /// Reads the path starting at `tt[i]` (with `use` groups), records it and returns the index
    /// after it.
    fn path(
        &mut self,
        tt: &[Tok],
        mut i: usize,
        mut segs: Vec<String>,
        module: &[String],
    ) -> usize {
        let line = tt.get(i).map_or(0, Tok::line);
        loop {
            match tt.get(i) {
                Some(Tok::Ident(id, _)) => segs.push(id.clone()),
                Some(Tok::Group('{', inner, _)) => {
                    for part in split_commas(inner) {
                        self.path(&part, 0, segs.clone(), module);
                    }
                    return i + 1;
                }
                _ => break,
            }
            i += 1;
            if !is_path_sep(tt, i) {
                break;
            }
            i += 1;
        }
        self.uses.push((line, segs, module.to_vec()));
        i
    }

    /// Skips the item after a `#[cfg(test)]` (up to its body or its `;`), noting `mod x;`.
    fn skip_test_item(&mut self, tt: &[Tok], mut i: usize, module: &[String]) -> usize {
        if tt.get(i).is_some_and(|t| t.is_ident("pub")) {
            i += 1;
            if matches!(tt.get(i), Some(Tok::Group('(', _, _))) {
                i += 1;
            }
        }
        if let (Some(m), Some(Tok::Ident(name, _)), Some(semi)) =
            (tt.get(i), tt.get(i + 1), tt.get(i + 2))
        {
            if m.is_ident("mod") && semi.is_punct(';') {
                let mut path = module.to_vec();
                path.push(name.clone());
                self.test_mods.push(path);
            }
        }
        while let Some(t) = tt.get(i) {
            i += 1;
            if matches!(t, Tok::Group('{', _, _)) || t.is_punct(';') {
                break;
            }
        }
        i
    }
}

/// The module a path names, absolute; `None` for a `super` above the crate.
fn resolve(module: &[String], segs: &[String]) -> Option<ModPath> {
    let mut out: ModPath = module.to_vec();
    for (k, s) in segs.iter().enumerate() {
        match s.as_str() {
            "crate" if k == 0 => out.clear(),
            "super" => {
                out.pop()?;
            }
            "self" => {}
            _ => out.push(s.clone()),
        }
    }
    Some(out)
}

/// `src/indicators/table.rs` → `["indicators", "table"]`; `src/lib.rs` → `[]`.
fn module_of(rel: &Path) -> ModPath {
    let mut path: ModPath = rel
        .with_extension("")
        .iter()
        .map(|c| c.to_string_lossy().into_owned())
        .collect();
    if matches!(path.last().map(String::as_str), Some("mod" | "lib")) {
        path.pop();
    }
    path
}

/// The layer table of `lib.rs`: module name → layer number.
fn layers(lib: &str) -> BTreeMap<String, u32> {
    lib.lines()
        .skip_while(|l| !l.starts_with("//! # Layers"))
        .skip_while(|l| !l.starts_with("//! ```text"))
        .skip(1)
        .take_while(|l| !l.starts_with("//! ```"))
        .filter_map(|l| {
            let (n, names) = l.trim_start_matches("//!").trim().split_once(' ')?;
            let n: u32 = n.parse().ok()?;
            Some(names.split(',').map(move |m| (m.trim().to_string(), n)))
        })
        .flatten()
        .collect()
}

/// A use between two sibling modules: (directory, from, to) → where it is written.
type Edges = BTreeMap<(String, String, String), Vec<String>>;

/// Every use between sibling modules in the non-test files of `src/`.
fn edges(src: &Path) -> (Edges, BTreeSet<ModPath>) {
    let mut scans = Vec::new();
    for entry in walkdir::WalkDir::new(src)
        .into_iter()
        .filter_map(|e| e.ok())
    {
        let rel = entry
            .path()
            .strip_prefix(src)
            .unwrap_or(entry.path())
            .to_path_buf();
        if rel.extension().is_some_and(|e| e == "rs") && rel != Path::new("main.rs") {
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            scans.push((
                format!("src/{}", rel.display()),
                module_of(&rel),
                Scan::of(&text),
            ));
        }
    }
    let test_mods: Vec<ModPath> = scans
        .iter()
        .flat_map(|(_, m, s)| {
            s.test_mods
                .iter()
                .map(move |t| m.iter().chain(t).cloned().collect())
        })
        .collect();
    scans.retain(|(_, m, s)| !s.test_only && !test_mods.iter().any(|t| m.starts_with(t)));
    let modules: BTreeSet<ModPath> = scans.iter().map(|(_, m, _)| m.clone()).collect();
    let mut edges = Edges::new();
    for (file, from, scan) in &scans {
        for (line, segs, inline) in &scan.uses {
            let at: ModPath = from.iter().chain(inline).cloned().collect();
            let Some(to) = resolve(&at, segs) else {
                continue;
            };
            let d = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
            if d < from.len() && d < to.len() && modules.contains(&to[..=d]) {
                let key = (from[..d].join("/"), from[d].clone(), to[d].clone());
                edges.entry(key).or_default().push(format!("{file}:{line}"));
            }
        }
    }
    (edges, modules)
}

/// The groups of two or more nodes that reach each other.
fn cycles(graph: &BTreeMap<&str, BTreeSet<&str>>) -> Vec<BTreeSet<String>> {
    let reach = |start: &str| {
        let mut seen = BTreeSet::new();
        let mut todo = vec![start];
        while let Some(n) = todo.pop() {
            for &m in graph.get(n).into_iter().flatten() {
                if seen.insert(m) {
                    todo.push(m);
                }
            }
        }
        seen
    };
    let reached: BTreeMap<&str, BTreeSet<&str>> = graph.keys().map(|&n| (n, reach(n))).collect();
    let mut groups = BTreeSet::new();
    for (&n, r) in &reached {
        let group: BTreeSet<String> = r
            .iter()
            .filter(|m| reached.get(*m).is_some_and(|back| back.contains(n)))
            .map(|m| m.to_string())
            .collect();
        if group.len() > 1 {
            groups.insert(group);
        }
    }
    groups.into_iter().collect()
}

#[test]
fn modules_use_only_their_own_layer_or_lower_ones_and_no_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = std::fs::read_to_string(root.join("src/lib.rs")).unwrap();
    let layer = layers(&lib);
    let (edges, modules) = edges(&root.join("src"));
    let mut problems = Vec::new();

    let top: BTreeSet<String> = modules
        .iter()
        .filter(|m| m.len() == 1)
        .map(|m| m[0].clone())
        .collect();
    let listed: BTreeSet<String> = layer.keys().cloned().collect();
    for m in top.symmetric_difference(&listed) {
        problems.push(format!(
            "module `{m}` is a module or in the layer table of src/lib.rs, not both"
        ));
    }
    for ((dir, from, to), places) in &edges {
        if let (true, Some(a), Some(b)) = (dir.is_empty(), layer.get(from), layer.get(to)) {
            if b > a {
                problems.push(format!(
                    "{}: `{from}` (layer {a}) uses `{to}` (layer {b}), a higher layer",
                    places[0]
                ));
            }
        }
    }
    for &(dir, from, to) in KNOWN_BACK_EDGES {
        if !edges.contains_key(&(dir.to_string(), from.to_string(), to.to_string())) {
            problems.push(format!(
                "KNOWN_BACK_EDGES lists {dir}: {from} → {to}, which is gone: delete its line"
            ));
        }
    }
    let mut graphs: BTreeMap<&str, BTreeMap<&str, BTreeSet<&str>>> = BTreeMap::new();
    for (dir, from, to) in edges.keys() {
        if !KNOWN_BACK_EDGES.contains(&(dir.as_str(), from.as_str(), to.as_str())) {
            graphs
                .entry(dir)
                .or_default()
                .entry(from)
                .or_default()
                .insert(to);
        }
    }
    for (dir, graph) in &graphs {
        for group in cycles(graph) {
            let uses: Vec<String> = edges
                .iter()
                .filter(|((d, f, t), _)| d == dir && group.contains(f) && group.contains(t))
                .filter(|((d, f, t), _)| {
                    !KNOWN_BACK_EDGES.contains(&(d.as_str(), f.as_str(), t.as_str()))
                })
                .map(|((_, f, t), places)| format!("{f} → {t} ({})", places[0]))
                .collect();
            problems.push(format!("cycle in src/{dir}: {}", uses.join(", ")));
        }
    }
    // The scan reads the tree: the grammar is shared from below the importer and the loader.
    assert!(edges.contains_key(&(String::new(), "content".into(), "grammar".into())));
    assert!(edges.contains_key(&("indicators".into(), "verdict".into(), "table".into())));
    assert!(
        problems.is_empty(),
        "the module graph breaks the layers of src/lib.rs:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_scan_reads_use_groups_inline_paths_and_macros_and_skips_test_code() {
    let source = r###"
        use crate::{error::{Error, Result}, model};
        use super::table::Row;
        fn f() -> String { format!("{}", super::matrix::DIR) + self::g() }
        #[cfg(test)]
        mod tests { use crate::hidden; }
        #[cfg(test)]
        mod fixtures;
        mod inner { use super::sibling::X; }
        // crate::in_a_comment
        /* crate::in_a /* nested */ block comment */
        const S: &str = "crate::in_a_string \" { (";
        fn h<'a>(x: &'a str) -> char { let _ = r##"crate::raw "# }"##; '{' }
        fn k() -> char { let _ = '\''; '}' }
        use crate::last;
    "###;
    let scan = Scan::of(source);
    let module = ["indicators".to_string(), "pages".to_string()];
    let got: Vec<ModPath> = scan
        .uses
        .iter()
        .filter_map(|(_, segs, m)| {
            let m: ModPath = module.iter().chain(m).cloned().collect();
            resolve(&m, segs)
        })
        .collect();
    let want: Vec<Vec<&str>> = vec![
        vec!["error", "Error"],
        vec!["error", "Result"],
        vec!["model"],
        vec!["indicators", "table", "Row"],
        vec!["indicators", "matrix", "DIR"],
        vec!["indicators", "pages", "g"],
        vec!["indicators", "pages", "sibling", "X"],
        vec!["last"],
    ];
    assert_eq!(got, want);
    assert_eq!(scan.uses[3].0, 3, "the line of `super::table::Row`");
    assert_eq!(scan.uses[7].0, 15, "the line of `crate::last`");
    assert_eq!(scan.test_mods, vec![vec!["fixtures".to_string()]]);
    assert!(Scan::of("#![cfg(test)]\nuse crate::a;").test_only);
}
