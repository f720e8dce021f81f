//! The index schema: one tantivy document per passage, its text in the field of its language.

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STORED, STRING,
};

use crate::analyze::analyzer_name;
use crate::lang::Lang;

/// The schema's fields.
#[derive(Clone, Copy, Debug)]
pub struct Fields {
    /// Document identifier (path relative to its corpus folder); indexed verbatim, and kept in a
    /// column that orders tied hits.
    pub doc: Field,
    /// Source file path as indexed, for citations.
    pub path: Field,
    /// Document title.
    pub title: Field,
    /// Kind of document (article, treaty, …); indexed verbatim.
    pub kind: Field,
    /// Year of the document (0 when unknown).
    pub year: Field,
    /// Passage language code; indexed verbatim.
    pub lang: Field,
    /// Passage number within its document (0-based); kept in a column that orders tied hits.
    pub passage: Field,
    /// First source line of the passage (1-based).
    pub line_start: Field,
    /// Last source line of the passage (1-based, inclusive).
    pub line_end: Field,
    /// Repaired passage text (stored only).
    pub text: Field,
    /// Analyzed text, one field per language: Kazakh, Russian, English.
    pub body: [Field; 3],
}

impl Fields {
    /// The analyzed field for passages in `lang` (undetermined text goes with English).
    pub fn body_for(&self, lang: Lang) -> Field {
        match lang {
            Lang::Kk => self.body[0],
            Lang::Ru => self.body[1],
            Lang::En | Lang::Und => self.body[2],
        }
    }
}

/// Builds the schema and names its fields.
pub fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let body = |b: &mut tantivy::schema::SchemaBuilder, lang: Lang| {
        let indexing = TextFieldIndexing::default()
            .set_tokenizer(analyzer_name(lang))
            .set_index_option(IndexRecordOption::WithFreqsAndPositions);
        b.add_text_field(
            &format!("body_{}", lang.code()),
            TextOptions::default().set_indexing_options(indexing),
        )
    };
    let fields = Fields {
        doc: b.add_text_field("doc", STRING | STORED | FAST),
        path: b.add_text_field("path", STORED),
        title: b.add_text_field("title", STORED),
        kind: b.add_text_field("kind", STRING | STORED),
        year: b.add_i64_field("year", INDEXED | STORED | FAST),
        lang: b.add_text_field("lang", STRING | STORED),
        passage: b.add_u64_field("passage", STORED | FAST),
        line_start: b.add_u64_field("line_start", STORED),
        line_end: b.add_u64_field("line_end", STORED),
        text: b.add_text_field("text", STORED),
        body: [
            body(&mut b, Lang::Kk),
            body(&mut b, Lang::Ru),
            body(&mut b, Lang::En),
        ],
    };
    (b.build(), fields)
}
