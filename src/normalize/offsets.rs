//! Offset maps: where each byte of repaired text came from in the source, so highlights and line
//! numbers computed on repaired text land on the words the user sees in the file.

use std::ops::Range;

/// A run of output bytes and the source bytes it came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Seg {
    out: usize,
    out_len: usize,
    src: usize,
    src_len: usize,
    /// Copied byte for byte (offsets inside map one to one) rather than replaced.
    linear: bool,
}

/// Maps byte offsets of a repaired text back to byte offsets of its source.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    segs: Vec<Seg>,
}

impl OffsetMap {
    /// The identity map for a text of `len` bytes.
    pub fn identity(len: usize) -> OffsetMap {
        let mut map = OffsetMap::default();
        map.push(Seg {
            out: 0,
            out_len: len,
            src: 0,
            src_len: len,
            linear: true,
        });
        map
    }

    fn push(&mut self, seg: Seg) {
        if seg.out_len == 0 {
            return;
        }
        if let Some(last) = self.segs.last_mut() {
            if last.linear
                && seg.linear
                && last.out + last.out_len == seg.out
                && last.src + last.src_len == seg.src
            {
                last.out_len += seg.out_len;
                last.src_len += seg.src_len;
                return;
            }
        }
        self.segs.push(seg);
    }

    /// Source offset of the output offset `out`, taken as the start of a range.
    pub fn to_source(&self, out: usize) -> usize {
        let i = self.segs.partition_point(|s| s.out <= out);
        if i == 0 {
            return self.segs.first().map_or(out, |s| s.src);
        }
        let s = self.segs[i - 1];
        if out >= s.out + s.out_len {
            s.src + s.src_len
        } else if s.linear {
            s.src + (out - s.out)
        } else {
            s.src
        }
    }

    /// Source offset of the output offset `out`, taken as the (exclusive) end of a range.
    pub fn to_source_end(&self, out: usize) -> usize {
        let i = self.segs.partition_point(|s| s.out < out);
        if i == 0 {
            return self.segs.first().map_or(out, |s| s.src);
        }
        let s = self.segs[i - 1];
        if out >= s.out + s.out_len {
            s.src + s.src_len
        } else if s.linear {
            s.src + (out - s.out)
        } else {
            s.src + s.src_len
        }
    }

    /// The source range that produced the output range `out`.
    pub fn source_range(&self, out: Range<usize>) -> Range<usize> {
        let start = self.to_source(out.start);
        let end = self.to_source_end(out.end).max(start);
        start..end
    }

    /// The map of a two-step repair: `self` maps step one's output to the source, `outer` maps step
    /// two's output to step one's output; the result maps step two's output to the source.
    pub fn compose(&self, outer: &OffsetMap) -> OffsetMap {
        let mut map = OffsetMap::default();
        for o in &outer.segs {
            if !o.linear {
                let src = self.source_range(o.src..o.src + o.src_len);
                map.push(Seg {
                    out: o.out,
                    out_len: o.out_len,
                    src: src.start,
                    src_len: src.len(),
                    linear: false,
                });
                continue;
            }
            // A copied run may cross several segments of the inner map: split it at their bounds.
            let (lo, hi) = (o.src, o.src + o.src_len);
            let first = self.segs.partition_point(|s| s.out + s.out_len <= lo);
            for s in &self.segs[first..] {
                if s.out >= hi {
                    break;
                }
                let a = s.out.max(lo);
                let b = (s.out + s.out_len).min(hi);
                let out = o.out + (a - lo);
                if s.linear {
                    map.push(Seg {
                        out,
                        out_len: b - a,
                        src: s.src + (a - s.out),
                        src_len: b - a,
                        linear: true,
                    });
                } else {
                    map.push(Seg {
                        out,
                        out_len: b - a,
                        src: s.src,
                        src_len: s.src_len,
                        linear: false,
                    });
                }
            }
        }
        map
    }
}

/// Builds a repaired text from an input text, recording where each piece came from.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    text: String,
    map: OffsetMap,
}

impl Builder {
    pub(crate) fn with_capacity(n: usize) -> Builder {
        Builder {
            text: String::with_capacity(n),
            map: OffsetMap::default(),
        }
    }

    /// Appends `s`, copied unchanged from input offset `src`.
    pub(crate) fn copy(&mut self, src: usize, s: &str) {
        let out = self.text.len();
        self.text.push_str(s);
        self.map.push(Seg {
            out,
            out_len: s.len(),
            src,
            src_len: s.len(),
            linear: true,
        });
    }

    /// Appends `s` in place of the input bytes `src` (an empty `s` deletes them).
    pub(crate) fn replace(&mut self, src: Range<usize>, s: &str) {
        let out = self.text.len();
        self.text.push_str(s);
        self.map.push(Seg {
            out,
            out_len: s.len(),
            src: src.start,
            src_len: src.len(),
            linear: false,
        });
    }

    /// The text built so far.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    pub(crate) fn finish(self) -> (String, OffsetMap) {
        (self.text, self.map)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copy_replace_delete_map_back() {
        // source: "ab\u{ad}cd  ef" -> "abcd ef"
        let src = "ab\u{ad}cd  ef";
        let mut b = Builder::default();
        b.copy(0, "ab");
        b.replace(2..4, "");
        b.copy(4, "cd");
        b.replace(6..8, " ");
        b.copy(8, "ef");
        let (text, map) = b.finish();
        assert_eq!(text, "abcd ef");
        assert_eq!(&src[map.source_range(0..4)], "ab\u{ad}cd");
        assert_eq!(&src[map.source_range(5..7)], "ef");
        assert_eq!(&src[map.source_range(2..4)], "cd");
    }

    #[test]
    fn composition_follows_both_steps() {
        let src = "x\u{ad}yz w";
        // step one removes the soft hyphen: "xyz w"
        let mut one = Builder::default();
        one.copy(0, "x");
        one.replace(1..3, "");
        one.copy(3, "yz w");
        let (t1, m1) = one.finish();
        // step two joins "xyz" and "w": "xyzw"
        let mut two = Builder::default();
        two.copy(0, &t1[..3]);
        two.replace(3..4, "");
        two.copy(4, &t1[4..]);
        let (t2, m2) = two.finish();
        let m = m1.compose(&m2);
        assert_eq!(t2, "xyzw");
        assert_eq!(&src[m.source_range(0..4)], src);
        assert_eq!(&src[m.source_range(3..4)], "w");
        assert_eq!(&src[m.source_range(1..3)], "yz");
    }
}
