//! Key specs (`"ctrl-c"`, `"shift-tab"`, `"pgdn"`, `"G"`), the keymap built from the defaults
//! plus the config's `[keys]` table, and the reverse lookup used by help and hints.

use std::collections::{BTreeMap, HashMap};

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::{Action, Context};

/// A key with its modifiers, normalised so a spec and an event compare equal
/// (`G` is `Char('G')` without SHIFT; `shift-tab` is `BackTab`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const NAMED: &[(&str, KeyCode)] = &[
    ("enter", KeyCode::Enter),
    ("return", KeyCode::Enter),
    ("esc", KeyCode::Esc),
    ("escape", KeyCode::Esc),
    ("tab", KeyCode::Tab),
    ("backtab", KeyCode::BackTab),
    ("backspace", KeyCode::Backspace),
    ("delete", KeyCode::Delete),
    ("del", KeyCode::Delete),
    ("insert", KeyCode::Insert),
    ("ins", KeyCode::Insert),
    ("space", KeyCode::Char(' ')),
    ("up", KeyCode::Up),
    ("down", KeyCode::Down),
    ("left", KeyCode::Left),
    ("right", KeyCode::Right),
    ("home", KeyCode::Home),
    ("end", KeyCode::End),
    ("pgup", KeyCode::PageUp),
    ("pageup", KeyCode::PageUp),
    ("pgdn", KeyCode::PageDown),
    ("pagedown", KeyCode::PageDown),
    ("minus", KeyCode::Char('-')),
];

impl KeySpec {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        normalise(code, mods)
    }

    /// The normalised form of a key event.
    pub fn from_event(k: &KeyEvent) -> Self {
        normalise(k.code, k.modifiers)
    }

    /// Parses a spec: modifiers `ctrl-`, `alt-`, `shift-` then a key name or one character.
    pub fn parse(spec: &str) -> Option<Self> {
        let s = spec.trim();
        if s.is_empty() {
            return None;
        }
        let (mod_part, key_part) = match s.strip_suffix("--") {
            Some(head) => (head, "-"),
            None if s == "-" => ("", "-"),
            None => match s.rfind('-') {
                Some(i) => (&s[..i], &s[i + 1..]),
                None => ("", s),
            },
        };
        let mut mods = KeyModifiers::NONE;
        for m in mod_part.split('-').filter(|m| !m.is_empty()) {
            mods |= match m.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "m" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                _ => return None,
            };
        }
        let lower = key_part.to_ascii_lowercase();
        let code = if let Some((_, c)) = NAMED.iter().find(|(n, _)| *n == lower) {
            *c
        } else if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
            if (1..=24).contains(&n) {
                KeyCode::F(n)
            } else {
                return None;
            }
        } else {
            let mut chars = key_part.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) if !c.is_control() => KeyCode::Char(c),
                _ => return None,
            }
        };
        Some(normalise(code, mods))
    }

    /// The spec text, as the config file would spell it.
    pub fn label(&self) -> String {
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str("shift-");
        }
        let key = match self.code {
            KeyCode::BackTab => "shift-tab".to_string(),
            KeyCode::Char(' ') => "space".to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::F(n) => format!("f{n}"),
            code => NAMED.iter().find(|(_, c)| *c == code).map_or_else(
                || format!("{code:?}").to_lowercase(),
                |(n, _)| n.to_string(),
            ),
        };
        out.push_str(&key);
        out
    }

    /// A printable character typed without ctrl/alt: text in a prompt, not a command.
    pub fn typed_char(&self) -> Option<char> {
        match self.code {
            KeyCode::Char(c)
                if !self
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                Some(c)
            }
            _ => None,
        }
    }
}

fn normalise(code: KeyCode, mods: KeyModifiers) -> KeySpec {
    let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    let code = match code {
        KeyCode::BackTab => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
            mods.remove(KeyModifiers::SHIFT);
            KeyCode::BackTab
        }
        KeyCode::Char(c) => {
            let c = if mods.contains(KeyModifiers::SHIFT) && c.is_ascii_lowercase() {
                c.to_ascii_uppercase()
            } else {
                c
            };
            if c != ' ' {
                mods.remove(KeyModifiers::SHIFT);
            }
            // Terminals report ctrl-letters in either case; keep one form.
            if mods.contains(KeyModifiers::CONTROL) && c.is_ascii_uppercase() {
                KeyCode::Char(c.to_ascii_lowercase())
            } else {
                KeyCode::Char(c)
            }
        }
        other => other,
    };
    KeySpec { code, mods }
}

/// Whether keys in `a` and `b` can be pressed in the same place (forms and prompts read
/// the keys of [`Context::Form`] and of [`Context::Text`]).
fn overlap(a: Context, b: Context) -> bool {
    let text = |x: Context, y: Context| x == Context::Form && y == Context::Text;
    a == b || a == Context::Global || b == Context::Global || text(a, b) || text(b, a)
}

/// Whether an action's keys are read where characters are typed as text (forms and
/// prompts): a character bound there would type itself instead.
fn read_beside_text(action: Action) -> bool {
    matches!(action.context(), Context::Form | Context::Text)
}

/// Action → keys, plus the reverse index per context.
#[derive(Debug, Clone)]
pub struct Keymap {
    keys: BTreeMap<Action, Vec<KeySpec>>,
    index: HashMap<(Context, KeySpec), Action>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::build(&BTreeMap::new()).0
    }
}

impl Keymap {
    /// Builds the keymap from the defaults and the config's overrides. Problems (unknown
    /// action names, unreadable keys, clashes) come back as sentences; the affected
    /// actions keep their default keys.
    pub fn build(overrides: &BTreeMap<String, Vec<String>>) -> (Keymap, Vec<String>) {
        let mut warnings = Vec::new();
        let defaults: BTreeMap<Action, Vec<KeySpec>> = Action::ALL
            .into_iter()
            .map(|a| {
                (
                    a,
                    a.default_keys()
                        .iter()
                        .filter_map(|s| KeySpec::parse(s))
                        .collect(),
                )
            })
            .collect();
        let mut keys = defaults.clone();
        let mut overridden = Vec::new();
        for (name, specs) in overrides {
            let Some(action) = Action::from_name(name) else {
                warnings.push(format!("[keys]: unknown action \"{}\"", safe(name)));
                continue;
            };
            let parsed: Option<Vec<KeySpec>> = specs.iter().map(|s| KeySpec::parse(s)).collect();
            match parsed {
                Some(p)
                    if read_beside_text(action) && p.iter().any(|k| k.typed_char().is_some()) =>
                {
                    let typed: Vec<String> = p
                        .iter()
                        .filter(|k| k.typed_char().is_some())
                        .map(KeySpec::label)
                        .collect();
                    warnings.push(format!(
                        "[keys]: {} types text in forms and prompts, so it cannot be a key \
                         for {}; keeping its defaults",
                        typed.join(", "),
                        action.name()
                    ));
                }
                Some(p) if !p.is_empty() => {
                    keys.insert(action, p);
                    overridden.push(action);
                }
                Some(_) => warnings.push(format!(
                    "[keys]: no keys given for {}; keeping its defaults",
                    action.name()
                )),
                None => {
                    let bad: Vec<String> = specs
                        .iter()
                        .filter(|s| KeySpec::parse(s).is_none())
                        .map(|s| format!("\"{}\"", safe(s)))
                        .collect();
                    warnings.push(format!(
                        "[keys]: cannot read key {} for {}; keeping its defaults",
                        bad.join(", "),
                        action.name()
                    ));
                }
            }
        }
        while let Some((a, b, key)) = find_clash(&keys) {
            let revert = [a, b].into_iter().find(|x| overridden.contains(x));
            let Some(revert) = revert else { break };
            warnings.push(format!(
                "[keys]: {} is bound to both {} and {}; keeping the defaults of {}",
                key.label(),
                a.name(),
                b.name(),
                revert.name()
            ));
            overridden.retain(|x| *x != revert);
            if let Some(d) = defaults.get(&revert) {
                keys.insert(revert, d.clone());
            }
        }
        let mut index = HashMap::new();
        for (action, specs) in &keys {
            for k in specs {
                index.entry((action.context(), *k)).or_insert(*action);
            }
        }
        (Keymap { keys, index }, warnings)
    }

    /// The action bound to `key` in `ctx` (or globally).
    pub fn action(&self, ctx: Context, key: &KeyEvent) -> Option<Action> {
        self.action_of(ctx, KeySpec::from_event(key))
    }

    /// The action bound to the key `k` in `ctx` (or globally).
    pub fn action_of(&self, ctx: Context, k: KeySpec) -> Option<Action> {
        self.index
            .get(&(ctx, k))
            .or_else(|| self.index.get(&(Context::Global, k)))
            .copied()
    }

    pub fn keys(&self, action: Action) -> &[KeySpec] {
        self.keys.get(&action).map_or(&[], Vec::as_slice)
    }

    /// All keys of an action, as `j, down` (a comma, as `/` may be a key itself).
    pub fn label(&self, action: Action) -> String {
        self.keys(action)
            .iter()
            .map(KeySpec::label)
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The first key of an action, as shown in hints.
    pub fn first(&self, action: Action) -> String {
        self.keys(action)
            .first()
            .map_or_else(|| "(unbound)".to_string(), KeySpec::label)
    }

    /// The first key of an action that types no text: the one that works where characters
    /// are typed as text (a form field, a prompt). None when every key is a character.
    pub fn first_untyped(&self, action: Action) -> Option<String> {
        self.keys(action)
            .iter()
            .find(|k| k.typed_char().is_none())
            .map(KeySpec::label)
    }
}

fn find_clash(keys: &BTreeMap<Action, Vec<KeySpec>>) -> Option<(Action, Action, KeySpec)> {
    let all: Vec<(Action, KeySpec)> = keys
        .iter()
        .flat_map(|(a, ks)| ks.iter().map(move |k| (*a, *k)))
        .collect();
    for (i, (a, ka)) in all.iter().enumerate() {
        for (b, kb) in &all[i + 1..] {
            if a != b && ka == kb && overlap(a.context(), b.context()) {
                return Some((*a, *b, *ka));
            }
        }
    }
    None
}

fn safe(s: &str) -> String {
    crate::sanitize::display_safe_short(s, 40)
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
