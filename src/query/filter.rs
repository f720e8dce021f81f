//! Filters: restrict a search to some documents, kinds of document or years, from the metadata
//! stored with every passage.

use std::ops::Bound;

use tantivy::query::{BooleanQuery, Occur, Query, RangeQuery, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::Term;

use crate::error::{Error, Result};
use crate::index::Fields;

/// Which documents a search may return. Several values of one filter are alternatives; different
/// filters must all hold.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// Document identifiers (as `trilingua list` shows them).
    pub docs: Vec<String>,
    /// Kinds of document (article, treaty, declaration, …).
    pub kinds: Vec<String>,
    /// Years, inclusive.
    pub years: Option<(i64, i64)>,
}

impl Filters {
    /// Whether no filter is set.
    pub fn is_empty(&self) -> bool {
        self.docs.is_empty() && self.kinds.is_empty() && self.years.is_none()
    }

    /// Parses a `--year` value: `2014`, or a range `2012..2014` (also `2012-2014`, `2012..`, `..2014`).
    pub fn parse_years(text: &str) -> Result<(i64, i64)> {
        let bad = || {
            Error::Query(format!(
                "--year takes a year or a range such as 2012..2014, not '{text}'"
            ))
        };
        let year = |s: &str| -> Result<Option<i64>> {
            let s = s.trim();
            if s.is_empty() {
                return Ok(None);
            }
            s.parse().map(Some).map_err(|_| bad())
        };
        let (lo, hi) = match text.split_once("..").or_else(|| text.split_once('-')) {
            Some((lo, hi)) => (year(lo)?, year(hi)?),
            None => {
                let y = year(text)?.ok_or_else(bad)?;
                (Some(y), Some(y))
            }
        };
        let (lo, hi) = (lo.unwrap_or(i64::MIN), hi.unwrap_or(i64::MAX));
        if lo > hi {
            return Err(bad());
        }
        Ok((lo, hi))
    }
}

/// The clauses that enforce `filters`, to add to a search's boolean query.
pub fn clauses(filters: &Filters, fields: &Fields) -> Vec<(Occur, Box<dyn Query>)> {
    let any_of = |field, values: &[String]| -> Box<dyn Query> {
        Box::new(BooleanQuery::new(
            values
                .iter()
                .map(|v| {
                    let q: Box<dyn Query> = Box::new(TermQuery::new(
                        Term::from_field_text(field, v),
                        IndexRecordOption::Basic,
                    ));
                    (Occur::Should, q)
                })
                .collect(),
        ))
    };
    let mut out = Vec::new();
    if !filters.docs.is_empty() {
        out.push((Occur::Must, any_of(fields.doc, &filters.docs)));
    }
    if !filters.kinds.is_empty() {
        out.push((Occur::Must, any_of(fields.kind, &filters.kinds)));
    }
    if let Some((lo, hi)) = filters.years {
        let q: Box<dyn Query> = Box::new(RangeQuery::new(
            Bound::Included(Term::from_field_i64(fields.year, lo)),
            Bound::Included(Term::from_field_i64(fields.year, hi)),
        ));
        out.push((Occur::Must, q));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn year_ranges_parse() {
        assert_eq!(Filters::parse_years("2014").unwrap(), (2014, 2014));
        assert_eq!(Filters::parse_years("2012..2014").unwrap(), (2012, 2014));
        assert_eq!(Filters::parse_years("1990-1999").unwrap(), (1990, 1999));
        assert_eq!(Filters::parse_years("2000..").unwrap(), (2000, i64::MAX));
        assert!(Filters::parse_years("2014..2012").is_err());
        assert!(Filters::parse_years("soon")
            .unwrap_err()
            .to_string()
            .contains("--year"));
    }
}
