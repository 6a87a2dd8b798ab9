//! Native tests of the stance analysis on hand-written sentences.
