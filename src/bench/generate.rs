//! Generators of benchmark inputs: ordinary news-like text and adversarial classes of input that
//! a dropped file can be. Deterministic (a fixed-seed xorshift), so every run times the same bytes
//! and any later change can be checked against the same classes.

/// A small deterministic random source (xorshift64*); no dependency, same output everywhere.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed.max(1))
    }
    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// One class of input: a name, what it stands for, and how to make `size` bytes of it.
pub struct Class {
    pub name: &'static str,
    pub what: &'static str,
    pub make: fn(usize) -> Generated,
}

/// Generated input: the bytes and the file name it is analysed under (the name picks the format).
pub struct Generated {
    pub file_name: &'static str,
    pub bytes: Vec<u8>,
}

fn text(s: String) -> Generated {
    Generated {
        file_name: "input.txt",
        bytes: s.into_bytes(),
    }
}

/// Every class the scaling benchmark times; the first is the ordinary text the others are
/// compared with.
pub const CLASSES: &[Class] = &[
    Class {
        name: "ordinary",
        what: "news-like paragraphs: narrative, quotations with attributions, reported speech",
        make: ordinary,
    },
    Class {
        name: "no-punctuation",
        what: "one long text of words with no sentence punctuation and no line breaks",
        make: no_punctuation,
    },
    Class {
        name: "names-said",
        what: "capitalised two-word names each followed by \"said\", in one paragraph",
        make: names_said,
    },
    Class {
        name: "yes-he-said",
        what: "short `\"Yes,\" he said.` sentences, one paragraph",
        make: yes_he_said,
    },
    Class {
        name: "only-quote-marks",
        what: "nothing but quotation marks of every style",
        make: only_quote_marks,
    },
    Class {
        name: "legacy-cyrillic",
        what: "Russian-like text in windows-1251 (no byte-order mark, no declaration)",
        make: legacy_cyrillic,
    },
    Class {
        name: "unclosed-quotes",
        what: "opening quotation marks that are never closed, in long paragraphs",
        make: unclosed_quotes,
    },
    Class {
        name: "nested-markup",
        what: "HTML with elements nested thousands deep around the article",
        make: nested_markup,
    },
    Class {
        name: "huge-paragraph",
        what: "ordinary sentences with no paragraph breaks: one paragraph",
        make: huge_paragraph,
    },
    Class {
        name: "many-people",
        what: "thousands of distinct people, each named, titled and quoted once",
        make: many_people,
    },
    Class {
        name: "many-quotes",
        what: "thousands of quotations per paragraph, split and multi-paragraph quotes",
        make: many_quotes,
    },
    Class {
        name: "one-line-per-paragraph",
        what: "short lines with no blank lines between them (one paragraph per line)",
        make: one_line_per_paragraph,
    },
    Class {
        name: "one-long-word",
        what: "a single word of letters with no space at all",
        make: one_long_word,
    },
    Class {
        name: "apostrophes",
        what: "single quotes and apostrophes: possessives, elisions, nested 'quotes'",
        make: apostrophes,
    },
    Class {
        name: "many-cues",
        what: "reporting verbs and role nouns everywhere: said, told, according to, spokesman",
        make: many_cues,
    },
    Class {
        name: "stance-words",
        what: "support/oppose cues, negations and issue words in every clause",
        make: stance_words,
    },
    Class {
        name: "html-ordinary",
        what: "the ordinary text as an HTML page with navigation and captions",
        make: html_ordinary,
    },
    Class {
        name: "jsonl-articles",
        what: "a JSON Lines export of many short articles",
        make: jsonl_articles,
    },
];

/// The class called `name`.
pub fn class(name: &str) -> Option<&'static Class> {
    CLASSES.iter().find(|c| c.name == name)
}

const FIRST: &[&str] = &[
    "Anna", "Boris", "Carla", "David", "Elena", "Farid", "Grace", "Hugo", "Ines", "James", "Karin",
    "Lars", "Maria", "Nadia", "Omar", "Petra", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor",
    "Wendy", "Yusuf", "Zofia",
];
const LAST: &[&str] = &[
    "Adler",
    "Brennan",
    "Castillo",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Hansen",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Schmidt",
    "Tanaka",
    "Ulrich",
    "Varga",
    "Weber",
    "Yilmaz",
];
const ROLES: &[&str] = &[
    "the interior minister",
    "a spokeswoman for the ministry",
    "the party's leader",
    "a senior official",
    "the opposition leader",
    "an economist at the central bank",
    "the mayor",
    "a government spokesman",
];
const CUES: &[&str] = &[
    "said",
    "told reporters",
    "said on Tuesday",
    "added",
    "warned",
];
const SUBJECTS: &[&str] = &[
    "The government",
    "The ministry",
    "Parliament",
    "The commission",
    "Officials",
    "The coalition",
    "Critics",
    "The central bank",
];
const VERBS: &[&str] = &[
    "approved",
    "rejected",
    "debated",
    "postponed",
    "criticised",
    "welcomed",
    "announced",
    "reviewed",
];
const OBJECTS: &[&str] = &[
    "the new budget",
    "the sanctions against Russia",
    "the pension reform",
    "a ban on imports",
    "the climate agreement",
    "the tax increase",
    "the trade deal with China",
    "the immigration bill",
];
const TAILS: &[&str] = &[
    "after a long debate",
    "on Monday",
    "despite strong protests",
    "in a narrow vote",
    "for the second time this year",
    "without comment",
];
const QUOTES: &[&str] = &[
    "We will not accept this plan",
    "This is a good day for the country",
    "The reform goes too far and helps no one",
    "We support the agreement, but it must be fair",
    "Nobody wants a trade war",
    "The sanctions are working and they must stay",
    "It is too early to say what will happen",
    "We are ready to talk to anyone who wants peace",
];

fn name(rng: &mut Rng) -> String {
    format!("{} {}", rng.pick(FIRST), rng.pick(LAST))
}

/// A pronounceable capitalised made-up word, distinct for distinct `n`.
fn made_up_name(mut n: usize) -> String {
    const ONSETS: &[&str] = &[
        "B", "D", "F", "G", "K", "L", "M", "N", "P", "R", "S", "T", "V", "Z",
    ];
    const VOWELS: &[&str] = &["a", "e", "i", "o", "u"];
    const CODAS: &[&str] = &["n", "r", "l", "s", "k", "m"];
    let mut s = String::new();
    let mut first = true;
    loop {
        let onset = ONSETS[n % ONSETS.len()];
        n /= ONSETS.len();
        let vowel = VOWELS[n % VOWELS.len()];
        n /= VOWELS.len();
        if first {
            s.push_str(onset);
            first = false;
        } else {
            s.push_str(&onset.to_lowercase());
        }
        s.push_str(vowel);
        if n == 0 {
            break;
        }
    }
    s.push_str(CODAS[s.len() % CODAS.len()]);
    s
}

fn ordinary_sentence(rng: &mut Rng, out: &mut String) {
    match rng.below(6) {
        0 | 1 => {
            out.push_str(&format!(
                "{} {} {} {}.",
                rng.pick(SUBJECTS),
                rng.pick(VERBS),
                rng.pick(OBJECTS),
                rng.pick(TAILS)
            ));
        }
        2 => {
            out.push_str(&format!(
                "\u{201c}{},\u{201d} {}, {}, {}.",
                rng.pick(QUOTES),
                name(rng),
                rng.pick(ROLES),
                rng.pick(CUES)
            ));
        }
        3 => {
            out.push_str(&format!(
                "{} {} that {} {} {}.",
                name(rng),
                rng.pick(&["said", "told reporters", "argued"]),
                rng.pick(SUBJECTS).to_lowercase(),
                rng.pick(&["would oppose", "supported", "could not accept"]),
                rng.pick(OBJECTS)
            ));
        }
        4 => {
            out.push_str(&format!(
                "\"{}. {},\" {} said.",
                rng.pick(QUOTES),
                rng.pick(QUOTES),
                rng.pick(&["he", "she", "the minister"])
            ));
        }
        _ => {
            out.push_str(&format!(
                "According to {}, {} {} {} {}.",
                rng.pick(ROLES),
                rng.pick(SUBJECTS).to_lowercase(),
                rng.pick(&["will", "may", "does not"]),
                rng.pick(&["support", "oppose", "discuss"]),
                rng.pick(OBJECTS)
            ));
        }
    }
}

/// Ordinary paragraphs of two to five sentences, joined by `sep`.
fn paragraphs(size: usize, seed: u64, sep: &str) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(size + 512);
    out.push_str("Parliament rejects the budget\n\n");
    while out.len() < size {
        let n = 2 + rng.below(4);
        for k in 0..n {
            if k > 0 {
                out.push(' ');
            }
            ordinary_sentence(&mut rng, &mut out);
        }
        out.push_str(sep);
    }
    out
}

fn ordinary(size: usize) -> Generated {
    text(paragraphs(size, 1, "\n\n"))
}

fn huge_paragraph(size: usize) -> Generated {
    text(paragraphs(size, 2, " "))
}

fn one_line_per_paragraph(size: usize) -> Generated {
    let mut rng = Rng::new(3);
    let mut out = String::with_capacity(size + 128);
    while out.len() < size {
        ordinary_sentence(&mut rng, &mut out);
        out.push('\n');
    }
    text(out)
}

fn no_punctuation(size: usize) -> Generated {
    let mut rng = Rng::new(4);
    let words: &[&str] = &[
        "the",
        "government",
        "said",
        "Minister",
        "Anna",
        "Weber",
        "reform",
        "told",
        "they",
        "would",
        "support",
        "oppose",
        "budget",
        "Russia",
        "sanctions",
        "according",
        "to",
        "and",
        "not",
        "people",
        "party",
        "leader",
        "President",
    ];
    let mut out = String::with_capacity(size + 16);
    while out.len() < size {
        out.push_str(rng.pick(words));
        out.push(' ');
    }
    text(out)
}

fn names_said(size: usize) -> Generated {
    let mut out = String::with_capacity(size + 32);
    let mut n = 0;
    while out.len() < size {
        out.push_str(&made_up_name(n));
        out.push(' ');
        out.push_str(&made_up_name(n / 7 + 1_000_003));
        out.push_str(" said ");
        n += 1;
    }
    text(out)
}

fn yes_he_said(size: usize) -> Generated {
    let mut out = String::with_capacity(size + 32);
    while out.len() < size {
        out.push_str("\"Yes,\" he said. ");
    }
    text(out)
}

fn only_quote_marks(size: usize) -> Generated {
    let marks = [
        "\"", "'", "\u{201c}", "\u{201d}", "\u{2018}", "\u{2019}", "\u{00ab}", "\u{00bb}",
        "\u{201e}", "``", "''",
    ];
    let mut rng = Rng::new(5);
    let mut out = String::with_capacity(size + 8);
    while out.len() < size {
        out.push_str(marks[rng.below(marks.len())]);
    }
    text(out)
}

fn legacy_cyrillic(size: usize) -> Generated {
    let words: &[&str] = &[
        "правительство",
        "заявил",
        "министр",
        "президент",
        "сказал",
        "реформа",
        "против",
        "поддерживает",
        "Россия",
        "санкции",
        "бюджет",
        "партия",
        "Иван",
        "Петров",
        "сегодня",
        "не",
        "и",
        "в",
    ];
    let mut rng = Rng::new(6);
    let mut s = String::with_capacity(size * 2);
    // Size counts encoded bytes: one byte per Cyrillic letter in windows-1251.
    let mut encoded_len = 0;
    while encoded_len < size {
        let n = 6 + rng.below(8);
        for k in 0..n {
            let w = rng.pick(words);
            if k == 0 {
                let mut cs = w.chars();
                if let Some(c) = cs.next() {
                    s.extend(c.to_uppercase());
                    s.push_str(cs.as_str());
                }
            } else {
                s.push(' ');
                s.push_str(w);
            }
            encoded_len += w.chars().count() + 1;
        }
        match rng.below(4) {
            0 => s.push_str(", \u{2014} заявил Иван Петров.\n\n"),
            1 => s.push_str(".\n\n"),
            _ => s.push_str(". "),
        }
        encoded_len += 3;
    }
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&s);
    Generated {
        file_name: "input.txt",
        bytes: bytes.into_owned(),
    }
}

fn unclosed_quotes(size: usize) -> Generated {
    let mut rng = Rng::new(7);
    let mut out = String::with_capacity(size + 256);
    while out.len() < size {
        for _ in 0..40 {
            out.push_str(&format!(
                "\u{201c}{} and {} {} {}, {} said. ",
                rng.pick(QUOTES),
                rng.pick(SUBJECTS).to_lowercase(),
                rng.pick(VERBS),
                rng.pick(OBJECTS),
                name(&mut rng)
            ));
            out.push_str(rng.pick(&["'", "\"", "\u{2018}", "\u{00ab}", "\u{201e}"]));
        }
        out.push_str("\n\n");
    }
    text(out)
}

fn nested_markup(size: usize) -> Generated {
    // Half the bytes are nesting, half the article inside it.
    let inner = paragraphs(size / 2, 8, "\n\n");
    // An opening and a closing tag take 17 bytes a level on average.
    let depth = (size / 2) / 17;
    let mut out = String::with_capacity(size + 256);
    out.push_str(
        "<!DOCTYPE html><html><head><title>Parliament rejects the budget</title></head><body>",
    );
    for k in 0..depth {
        out.push_str(if k % 2 == 0 {
            "<div class=\"x\">"
        } else {
            "<span>"
        });
    }
    for p in inner.split("\n\n").filter(|p| !p.is_empty()) {
        out.push_str("<p>");
        out.push_str(p);
        out.push_str("</p>\n");
    }
    for k in (0..depth).rev() {
        out.push_str(if k % 2 == 0 { "</div>" } else { "</span>" });
    }
    out.push_str("</body></html>");
    Generated {
        file_name: "input.html",
        bytes: out.into_bytes(),
    }
}

fn many_people(size: usize) -> Generated {
    let mut rng = Rng::new(9);
    let mut out = String::with_capacity(size + 256);
    out.push_str("Hundreds speak out\n\n");
    let mut n = 0usize;
    while out.len() < size {
        let first = made_up_name(n);
        let last = made_up_name(n + 500_009);
        let title = rng.pick(&["Minister", "Senator", "Dr.", "Mr.", "Mrs.", "General"]);
        out.push_str(&format!(
            "{title} {first} {last}, {}, said {} {}. \u{201c}{},\u{201d} {last} said. {first} {last} later told reporters that {} {} {}.\n\n",
            rng.pick(ROLES),
            rng.pick(&["she opposed", "he supported", "they rejected"]),
            rng.pick(OBJECTS),
            rng.pick(QUOTES),
            rng.pick(SUBJECTS).to_lowercase(),
            rng.pick(&["would support", "opposed"]),
            rng.pick(OBJECTS),
        ));
        n += 1;
    }
    text(out)
}

fn many_quotes(size: usize) -> Generated {
    let mut rng = Rng::new(10);
    let mut out = String::with_capacity(size + 256);
    while out.len() < size {
        // A paragraph of a hundred short quotes, then a three-paragraph quote.
        for _ in 0..100 {
            out.push_str(&format!(
                "\"{},\" {} said, \"{}.\" ",
                rng.pick(QUOTES),
                name(&mut rng),
                rng.pick(QUOTES)
            ));
        }
        out.push_str("\n\n");
        for _ in 0..3 {
            out.push_str(&format!("\u{201c}{}.\n\n", rng.pick(QUOTES)));
        }
        out.push_str(&format!(
            "\u{201c}{},\u{201d} {} said.\n\n",
            rng.pick(QUOTES),
            name(&mut rng)
        ));
    }
    text(out)
}

fn one_long_word(size: usize) -> Generated {
    let mut out = String::with_capacity(size);
    let letters = b"abcdefghijklmnopqrstuvwxyz";
    let mut k = 0;
    while out.len() < size {
        out.push(letters[k % letters.len()] as char);
        k += 7;
    }
    text(out)
}

fn apostrophes(size: usize) -> Generated {
    let mut rng = Rng::new(11);
    let parts: &[&str] = &[
        "the leaders' talks",
        "Putin's plan",
        "rock 'n' roll",
        "back in the '90s",
        "'em",
        "'never'",
        "O'Brien's 'deal'",
        "didn't",
        "the workers\u{2019} money",
        "\u{2018}peace\u{2019}",
        "6' tall",
        "'",
    ];
    let mut out = String::with_capacity(size + 64);
    let mut in_para = 0;
    while out.len() < size {
        out.push_str(rng.pick(parts));
        out.push(' ');
        in_para += 1;
        if in_para == 200 {
            out.push_str("she said.\n\n");
            in_para = 0;
        }
    }
    text(out)
}

fn many_cues(size: usize) -> Generated {
    let mut rng = Rng::new(12);
    let words: &[&str] = &[
        "said",
        "told",
        "according to",
        "spokesman",
        "the minister said",
        "he said",
        "she told reporters",
        "officials said",
        "added",
        "argued that",
        "claimed",
        "the Kremlin",
        "a spokeswoman",
        "said that",
        ",",
    ];
    let mut out = String::with_capacity(size + 64);
    let mut n = 0;
    while out.len() < size {
        out.push_str(rng.pick(words));
        out.push(' ');
        n += 1;
        if n % 50 == 0 {
            out.push_str(". ");
        }
        if n % 1000 == 0 {
            out.push_str("\n\n");
        }
    }
    text(out)
}

fn stance_words(size: usize) -> Generated {
    let mut rng = Rng::new(13);
    let mut out = String::with_capacity(size + 256);
    while out.len() < size {
        out.push_str(&format!(
            "\u{201c}We do not {} {} and we {} {}, but if they {} {} we would not {} it,\u{201d} {} said.\n\n",
            rng.pick(&["support", "oppose", "reject", "welcome", "back"]),
            rng.pick(OBJECTS),
            rng.pick(&["condemn", "praise", "fight", "endorse"]),
            rng.pick(&["Russia", "NATO", "the European Union", "China", "Ukraine", "Brexit"]),
            rng.pick(&["drop", "support", "block"]),
            rng.pick(OBJECTS),
            rng.pick(&["accept", "oppose", "resist"]),
            name(&mut rng)
        ));
    }
    text(out)
}

fn html_ordinary(size: usize) -> Generated {
    let inner = paragraphs(size, 14, "\n\n");
    let mut out = String::with_capacity(size + 512);
    out.push_str("<!DOCTYPE html><html><head><title>Parliament rejects the budget</title><meta name=\"author\" content=\"Staff\"></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>Parliament rejects the budget</h1>\n");
    for (k, p) in inner.split("\n\n").filter(|p| !p.is_empty()).enumerate() {
        out.push_str("<p>");
        out.push_str(p);
        out.push_str("</p>\n");
        if k % 10 == 9 {
            out.push_str(
                "<figure><img src=\"a.jpg\"><figcaption>Photo: Reuters</figcaption></figure>\n",
            );
        }
    }
    out.push_str("</article><footer>Copyright 2025</footer></body></html>");
    Generated {
        file_name: "input.html",
        bytes: out.into_bytes(),
    }
}

fn jsonl_articles(size: usize) -> Generated {
    let mut rng = Rng::new(15);
    let mut out = String::with_capacity(size + 1024);
    let mut k = 0;
    while out.len() < size {
        let mut body = String::new();
        for _ in 0..4 {
            for _ in 0..3 {
                ordinary_sentence(&mut rng, &mut body);
                body.push(' ');
            }
            body.push_str("\n\n");
        }
        let line = serde_json::json!({
            "title": format!("Article {k}"),
            "date": "2025-03-04",
            "text": body,
        });
        out.push_str(&line.to_string());
        out.push('\n');
        k += 1;
    }
    Generated {
        file_name: "input.jsonl",
        bytes: out.into_bytes(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_class_makes_about_the_size_asked() {
        for c in CLASSES {
            let g = (c.make)(50_000);
            assert!(
                g.bytes.len() >= 50_000 && g.bytes.len() < 60_000,
                "{}: {} bytes",
                c.name,
                g.bytes.len()
            );
        }
    }

    #[test]
    fn generators_are_deterministic_and_names_distinct() {
        assert_eq!(ordinary(10_000).bytes, ordinary(10_000).bytes);
        let names: crate::analysis::fasthash::HashSet<String> =
            (0..5000).map(made_up_name).collect();
        assert_eq!(names.len(), 5000);
    }

    #[test]
    fn legacy_cyrillic_is_not_utf8() {
        let g = legacy_cyrillic(10_000);
        assert!(std::str::from_utf8(&g.bytes).is_err());
    }
}
