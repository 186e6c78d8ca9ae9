//! The layering the code keeps (ARCHITECTURE.md), checked on the sources: `app` never
//! imports `ui`, `commands` and `people` never import `app` or `ui`, and no files inside
//! `app/` import each other in a cycle. Test files are left out.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every non-test source file under `dir`, with its module path (`app::keys::list`).
fn modules(root: &Path, dir: &str) -> BTreeMap<String, PathBuf> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.join(dir)];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
                continue;
            }
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or_default();
            let is_test = name.ends_with("_tests.rs") || name == "tests.rs" || name == "testing.rs";
            if !name.ends_with(".rs") || is_test {
                continue;
            }
            let rel = p.strip_prefix(root).unwrap_or(&p).with_extension("");
            let mut parts: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            if parts.last().is_some_and(|l| l == "mod") {
                parts.pop();
            }
            out.insert(parts.join("::"), p);
        }
    }
    out
}

/// The source without line comments (doc comments name modules without importing them).
fn code(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The module paths `file` (module `module`) names: `crate::a::b`, `super::c`, and the
/// items of `use` groups (`use crate::a::{b, c::d}`).
fn named_paths(module: &str, source: &str) -> BTreeSet<String> {
    // One space between words, none around `::`, braces and commas.
    let flat: String = source
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace(" ::", "::")
        .replace(":: ", "::")
        .replace("{ ", "{")
        .replace(" }", "}")
        .replace(", ", ",");
    let mut out = BTreeSet::new();
    let bytes: Vec<char> = flat.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        let rest: String = bytes[i..].iter().take(7).collect();
        let starts = (rest.starts_with("crate::") || rest.starts_with("super::"))
            && (i == 0 || !(bytes[i - 1].is_alphanumeric() || bytes[i - 1] == '_'));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && (bytes[j].is_alphanumeric() || bytes[j] == '_' || bytes[j] == ':')
        {
            j += 1;
        }
        let path: String = bytes[i..j].iter().collect();
        let path = path.trim_end_matches(':').to_string();
        let base = absolute(module, &path);
        if j < bytes.len() && bytes[j] == '{' {
            // A use group: each member, nested groups flattened one level.
            let mut depth = 0;
            let mut k = j;
            let mut member = String::new();
            while k < bytes.len() {
                let c = bytes[k];
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if (c == ',' || c == '}' || c == '{') && !member.is_empty() {
                    // `a as b`: the path is `a`.
                    let path = member.split(' ').next().unwrap_or_default();
                    out.insert(format!("{base}::{}", path.trim_end_matches(':')));
                    member.clear();
                } else if c != '{' && c != '}' && c != ',' {
                    member.push(c);
                }
                k += 1;
                if depth == 0 {
                    break;
                }
            }
            i = k;
        } else {
            out.insert(base);
            i = j;
        }
    }
    out
}

/// `super::x` seen from `module` as a path from the crate root (without `crate::`).
fn absolute(module: &str, path: &str) -> String {
    let mut here: Vec<&str> = module.split("::").collect();
    let mut segs: Vec<&str> = path.split("::").collect();
    if segs.first() == Some(&"crate") {
        segs.remove(0);
        return segs.join("::");
    }
    while segs.first() == Some(&"super") {
        segs.remove(0);
        here.pop();
    }
    here.extend(segs);
    here.join("::")
}

/// The longest known module a path lies in, following one `pub use` re-export of a
/// folder module (`crate::app::Model` → `app::state::model`).
fn resolve(
    path: &str,
    known: &BTreeMap<String, PathBuf>,
    reexports: &BTreeMap<String, String>,
) -> Option<String> {
    let segs: Vec<&str> = path.split("::").collect();
    for n in (1..=segs.len()).rev() {
        let m = segs[..n].join("::");
        if known.contains_key(&m) {
            if let Some(next) = segs.get(n)
                && let Some(target) = reexports.get(&format!("{m}::{next}"))
            {
                return Some(target.clone());
            }
            return Some(m);
        }
    }
    None
}

/// Names a folder module re-exports, mapped to the module they come from.
fn reexports(known: &BTreeMap<String, PathBuf>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for (module, path) in known {
        for stmt in code(path).split(';') {
            // `A as B` keeps only `A`: marked before the spaces go.
            let s: String = stmt
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .replace(" as ", "@")
                .replace(' ', "");
            let Some(rest) = s
                .strip_prefix("pubuse")
                .or_else(|| s.strip_prefix("pub(crate)use"))
            else {
                continue;
            };
            let (from, names) = match rest.split_once("::{") {
                Some((from, names)) => (from, names.trim_end_matches('}')),
                None => match rest.rsplit_once("::") {
                    Some(pair) => pair,
                    None => continue,
                },
            };
            let target = if from.starts_with("crate::") || from.starts_with("super::") {
                absolute(module, from)
            } else {
                format!("{module}::{}", from.trim_start_matches("self::"))
            };
            for name in names.split(',') {
                let name = name.split('@').next().unwrap_or_default();
                if !name.is_empty() && !name.contains('{') {
                    out.insert(format!("{module}::{name}"), target.clone());
                }
            }
        }
    }
    out
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// The modules under `dir` that name a module under one of `forbidden`.
fn reaching(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let root = root();
    let mut bad = Vec::new();
    for (module, path) in modules(&root, dir) {
        for p in named_paths(&module, &code(&path)) {
            if forbidden
                .iter()
                .any(|f| p == *f || p.starts_with(&format!("{f}::")))
            {
                bad.push(format!("{module} names {p}"));
            }
        }
    }
    bad
}

#[test]
fn the_model_never_imports_the_view() {
    assert_eq!(reaching("app", &["ui"]), Vec::<String>::new());
}

#[test]
fn the_commands_and_the_shared_rules_never_import_the_tui() {
    assert_eq!(reaching("commands", &["app", "ui"]), Vec::<String>::new());
    assert_eq!(reaching("people", &["app", "ui"]), Vec::<String>::new());
}

#[test]
fn no_files_in_app_import_each_other_in_a_cycle() {
    let root = root();
    let known = modules(&root, "app");
    let reexports = reexports(&known);
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, path) in &known {
        let targets = edges.entry(module.clone()).or_default();
        for p in named_paths(module, &code(path)) {
            if let Some(t) = resolve(&p, &known, &reexports)
                && t != *module
                && !module.starts_with(&format!("{t}::"))
            {
                targets.insert(t);
            }
        }
    }
    let cycles = cycles(&edges);
    assert!(cycles.is_empty(), "import cycles in app/: {cycles:#?}");
}

/// The strongly connected groups of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct State<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        next: usize,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a str) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(ws) = s.edges.get(v) {
            for w in ws {
                let w = w.as_str();
                if !s.edges.contains_key(w) {
                    continue;
                }
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let lw = s.low[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(lw));
                } else if s.on_stack.contains(w) {
                    let iw = s.index[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(iw));
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut group = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                group.push(w.to_string());
                if w == v {
                    break;
                }
            }
            if group.len() > 1 {
                s.out.push(group);
            }
        }
    }
    let mut s = State {
        edges,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        next: 0,
        out: Vec::new(),
    };
    for v in edges.keys() {
        if !s.index.contains_key(v.as_str()) {
            visit(&mut s, v);
        }
    }
    s.out
}
