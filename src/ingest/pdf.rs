//! Text from PDF, with the pure-Rust `pdf-extract` (on `lopdf`). Its output has the damage that the
//! repair stage exists for (split syllables, broken hyphens, stray gaps); we keep it as extracted so
//! cited lines are lines of this text.

use std::cell::Cell;
use std::panic::{self, AssertUnwindSafe};
use std::sync::Once;

thread_local! {
    /// Set while this thread extracts a PDF, so a panic inside the extractor stays quiet.
    static EXTRACTING: Cell<bool> = const { Cell::new(false) };
}

/// Extracts the text of a PDF, or says why it cannot.
pub fn pdf_text(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF-")
        && !bytes[..bytes.len().min(1024)]
            .windows(5)
            .any(|w| w == b"%PDF-")
    {
        return Err("not a PDF file (no %PDF- header)".into());
    }
    quiet_panics();
    EXTRACTING.with(|e| e.set(true));
    // A malformed PDF can make the extractor panic; that is one bad file, not the end of the run.
    let result = panic::catch_unwind(AssertUnwindSafe(|| {
        pdf_extract::extract_text_from_mem(bytes)
    }));
    EXTRACTING.with(|e| e.set(false));
    match result {
        // Pages of images alone: a scan, whose text only OCR can give.
        Ok(Ok(text)) if text.trim().is_empty() => Err(
            "no text layer: its pages hold no text to extract (a scanned PDF is images only: \
             run it through OCR first)"
                .into(),
        ),
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(format!("malformed PDF: {e}")),
        Err(panic) => {
            let why = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "unknown error".into());
            Err(format!("malformed PDF (the extractor failed: {why})"))
        }
    }
}

/// Installs, once, a panic hook that silences panics raised while extracting a PDF and passes the
/// others to the previous hook.
fn quiet_panics() {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if !EXTRACTING.with(Cell::get) {
                previous(info);
            }
        }));
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_refused_with_a_reason() {
        let err = pdf_text(b"hello, not a pdf").unwrap_err();
        assert!(err.contains("not a PDF"), "{err}");
        let err = pdf_text(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ntrailer garbage").unwrap_err();
        assert!(err.starts_with("malformed PDF"), "{err}");
    }

    #[test]
    fn a_pdf_without_text_is_told_to_be_a_scan() {
        use lopdf::{dictionary, Document, Object, Stream};
        // One page whose content draws nothing, as a scan's draws only its image.
        let mut doc = Document::with_version("1.5");
        let pages = doc.new_object_id();
        let content = doc.add_object(Stream::new(dictionary! {}, Vec::new()));
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => content,
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(dictionary! {
                "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1,
                "MediaBox" => vec![0.into(), 0.into(), 595.into(), 842.into()],
            }),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        let mut pdf = Vec::new();
        doc.save_to(&mut pdf).unwrap();
        let err = pdf_text(&pdf).unwrap_err();
        assert!(err.starts_with("no text layer"), "{err}");
    }
}
