//! Line-break hyphens: is `left-`/`right` one word broken across lines, or a compound that keeps its
//! hyphen?

use super::joints::Joint;

/// Decides a hyphen at a line break between `left` (without its hyphen) and `right`.
pub(crate) fn decide(left: &str, right: &str) -> (Joint, &'static str) {
    let last_left = left.chars().next_back().unwrap_or(' ');
    let first_right = right.chars().next().unwrap_or(' ');
    if first_right.is_uppercase() || first_right.is_ascii_digit() {
        return (Joint::KeepHyphen, "right part capitalized: compound");
    }
    let left_word = left.rsplit('-').next().unwrap_or(left);
    if left_word.chars().any(char::is_uppercase) && last_left.is_ascii() {
        return (Joint::KeepHyphen, "left part capitalized: compound");
    }
    (
        Joint::JoinDropHyphen,
        "lowercase parts: word broken at line end",
    )
}
