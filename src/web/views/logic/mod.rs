//! What the views show, computed without the browser: the corpus of analysed documents with its
//! stance matrix and topics, the filters, the article's highlight tree, the speakers table, the timeline
//! points and the exports. Each function is pure so that native unit tests cover it.

pub mod article;
pub mod corpus;
pub mod export;
pub mod filters;
pub mod paging;
pub mod speakers;
pub mod timeline;
pub mod topics;
