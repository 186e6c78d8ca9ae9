use super::*;

#[test]
fn plain_clusters_keep_ratatuis_width() {
    for (g, w) in [
        ("a", 1),
        ("é", 1),
        ("e\u{301}", 1),
        ("日", 2),
        ("\u{E25}\u{E37}\u{E49}", 1), // Thai with an above vowel and a tone mark
        ("\u{645}\u{64F}", 1),        // Arabic with a damma
        ("\u{1F600}", 2),
    ] {
        assert!(!is_exact(g), "{g:?}");
        assert_eq!(columns(g), w, "{g:?}");
        assert_eq!(columns(g), ratatui_width(g), "{g:?}");
    }
}

#[test]
fn clusters_terminals_disagree_on_get_the_widest_width() {
    for (g, w) in [
        ("\u{915}\u{93F}", 2),               // Devanagari ki: Mc vowel sign
        ("\u{92A}\u{94D}\u{930}\u{93F}", 3), // Devanagari pri: a conjunct
        ("\u{B95}\u{BBE}", 2),               // Tamil kaa: unicode-width says 1
        ("\u{9B0}\u{9BE}", 2),               // Bengali raa: unicode-width says 1
        ("\u{1F44D}\u{1F3FD}", 4),           // thumbs up, medium skin tone
        ("\u{1F1FA}\u{1F1F8}", 2),           // a flag
        ("\u{2764}\u{FE0F}", 2),             // text heart as an emoji
        ("\u{1100}\u{1161}\u{11A8}", 2),     // Hangul L+V+T
        ("\u{301}", 0),                      // a mark with no base
    ] {
        assert!(is_exact(g), "{g:?}");
        assert_eq!(columns(g), w, "{g:?}");
        assert!(columns(g) >= ratatui_width(g), "{g:?}");
    }
}
