//! Paging, so that no view renders a list as long as its input: which items a page holds, and
//! the pages of an article's text (cut between paragraphs, so that a 20 MB article is shown a
//! screenful of text and its highlights at a time).

use std::ops::Range;

/// One page of a list of `len` items, `size` a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The page shown, from 0; a page past the end shows the last.
    pub index: usize,
    /// How many pages there are (at least one, for an empty list).
    pub count: usize,
    /// The items on it.
    pub items: Range<usize>,
}

pub fn page(len: usize, size: usize, asked: usize) -> Page {
    let size = size.max(1);
    let count = len.div_ceil(size).max(1);
    let index = asked.min(count - 1);
    let start = index * size;
    Page {
        index,
        count,
        items: start.min(len)..(start + size).min(len),
    }
}

/// Bytes of article text per page: a few screens.
pub const TEXT_PAGE: usize = 12_000;

/// The text cut into pages of about `size` bytes, each ending after a paragraph break (a blank
/// line) when there is one in the second half of the page, else after a line break or a space,
/// else on a character boundary. The pages cover the text without gaps or overlaps.
pub fn text_pages(text: &str, size: usize) -> Vec<Range<usize>> {
    let size = size.max(16);
    let mut pages = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + size).min(text.len());
        if end < text.len() {
            end = text.floor_char_boundary(end);
            let mid = text.floor_char_boundary(start + size / 2);
            let window = text.get(mid.min(end)..end).unwrap_or("");
            let cut = window
                .rfind("\n\n")
                .map(|i| i + 2)
                .or_else(|| window.rfind('\n').map(|i| i + 1))
                .or_else(|| window.rfind(' ').map(|i| i + 1));
            if let Some(cut) = cut {
                end = mid.min(end) + cut;
            }
        }
        if end <= start {
            // A page of one long character run: take whole characters.
            end = text.ceil_char_boundary(start + 1);
        }
        pages.push(start..end);
        start = end;
    }
    if pages.is_empty() {
        pages.push(0..0);
    }
    pages
}

/// The page of `pages` holding byte `at`.
pub fn page_of(pages: &[Range<usize>], at: usize) -> usize {
    pages
        .iter()
        .position(|p| at < p.end)
        .unwrap_or(pages.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_of_a_list() {
        assert_eq!(
            page(95, 20, 0),
            Page {
                index: 0,
                count: 5,
                items: 0..20
            }
        );
        assert_eq!(page(95, 20, 4).items, 80..95);
        // Past the end (the list shrank under a filter): the last page.
        assert_eq!(page(95, 20, 9).index, 4);
        assert_eq!(
            page(0, 20, 3),
            Page {
                index: 0,
                count: 1,
                items: 0..0
            }
        );
        assert_eq!(page(20, 20, 1).count, 1);
    }

    #[test]
    fn text_pages_cut_between_paragraphs_and_cover_the_text() {
        let para = "Word after word in a paragraph of the article. ".repeat(20);
        let text = vec![para.trim_end(); 40].join("\n\n");
        let pages = text_pages(&text, 4000);
        assert!(pages.len() > 5);
        assert_eq!(pages[0].start, 0);
        assert_eq!(pages.last().unwrap().end, text.len());
        for w in pages.windows(2) {
            assert_eq!(w[0].end, w[1].start, "no gap, no overlap");
        }
        for p in &pages[..pages.len() - 1] {
            assert!(
                text[..p.end].ends_with("\n\n"),
                "{p:?} ends after a paragraph"
            );
            assert!(p.len() <= 4000 && p.len() >= 2000);
        }
    }

    #[test]
    fn text_pages_never_split_a_character_and_take_text_without_breaks() {
        let text = "é".repeat(5000) + &"日本".repeat(3000);
        let pages = text_pages(&text, 1000);
        let joined: String = pages.iter().map(|p| &text[p.clone()]).collect();
        assert_eq!(joined, text);
        assert!(pages.iter().all(|p| p.len() <= 1000));
        let (empty, short) = (text_pages("", 1000), text_pages("short", 1000));
        assert_eq!((empty.len(), &empty[0]), (1, &(0..0)));
        assert_eq!((short.len(), &short[0]), (1, &(0..5)));
    }

    #[test]
    fn the_page_of_a_byte() {
        let pages = [0..10, 10..20, 20..25];
        assert_eq!(page_of(&pages, 0), 0);
        assert_eq!(page_of(&pages, 10), 1);
        assert_eq!(page_of(&pages, 24), 2);
        assert_eq!(page_of(&pages, 99), 2);
    }
}
