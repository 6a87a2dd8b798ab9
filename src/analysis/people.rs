//! People and organisations: name mentions, aliases, roles, and resolution of a speaker
//! mention (name, surname, pronoun, role noun) to one person of the document.

use super::attribution::Found;
use super::report::Person;

/// Builds the document's people and points each found quote at one of them.
pub fn resolve(_text: &str, _found: &mut [Found]) -> Vec<Person> {
    Vec::new()
}
