//! Guesses the legacy encoding of text that is neither UTF-8 nor declares its charset: the
//! sample is decoded as each candidate and the candidate whose text reads most like prose wins.
//! Prose is letters of one script a word, lower case after the first letter, common letters of
//! its language, the usual punctuation; misread bytes give undecodable sequences, control
//! characters, symbols, scripts mixed inside a word and capitals inside lower-case words.

use super::encodings;

/// The candidates in order of preference: on a tie the earlier one wins, so text that reads the
/// same either way (plain Western European) is windows-1252.
const CANDIDATES: &[&str] = &[
    "windows-1252",
    "windows-1250",
    "windows-1251",
    "KOI8-U",
    "IBM866",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-874",
    "Shift_JIS",
    "EUC-JP",
    "GBK",
    "EUC-KR",
    "Big5",
];

/// The most frequent letters of the languages written in each script (lower case), which a
/// correct reading gives far more often than a misreading does.
const COMMON_CYRILLIC: &str = "оеаинтсрвлкмдпуяыь";
const COMMON_GREEK: &str = "αοιετσνηυρπκμλάέίόύήώ";
const COMMON_HEBREW: &str = "יוהלארבנמתשע";
const COMMON_ARABIC: &str = "اليمونهرتبعد";
/// The most frequent Chinese characters (most of them the same in traditional writing and in
/// Japanese): a misread multi-byte sequence rarely lands on one.
const COMMON_HAN: &str =
    "的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子\
    那得于着下自之年过发后作里用道行所然家种事成方多经么去法学如都同现当没动面起看定天分还进好小部\
    其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情明性知全三又关点正业外\
    将两高间由问很政府市新月表示";

/// How many bytes are looked at: enough for a clear verdict on any article.
const SAMPLE: usize = 64 * 1024;

/// The name of the most likely encoding of `bytes` (see [`encodings`]).
pub fn guess(bytes: &[u8]) -> &'static str {
    let sample = &bytes[..bytes.len().min(SAMPLE)];
    let mut best = (i64::MIN, CANDIDATES[0]);
    for &candidate in CANDIDATES {
        let (text, _) = encodings::decode(candidate, sample);
        let score = score(&text);
        if score > best.0 {
            best = (score, candidate);
        }
    }
    best.1
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Hebrew,
    Arabic,
    Thai,
    Han,
    Kana,
    Hangul,
    Other,
}

fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{C0}'..='\u{24F}' => Script::Latin,
        '\u{370}'..='\u{3FF}' => Script::Greek,
        '\u{400}'..='\u{52F}' => Script::Cyrillic,
        '\u{590}'..='\u{5FF}' => Script::Hebrew,
        '\u{600}'..='\u{6FF}' => Script::Arabic,
        '\u{E00}'..='\u{E7F}' => Script::Thai,
        '\u{3040}'..='\u{30FF}' => Script::Kana,
        '\u{4E00}'..='\u{9FFF}' => Script::Han,
        '\u{AC00}'..='\u{D7AF}' => Script::Hangul,
        _ => Script::Other,
    }
}

/// Punctuation and signs news text uses beyond ASCII.
fn usual_sign(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'
            | '«'
            | '»'
            | '“'
            | '”'
            | '„'
            | '‘'
            | '’'
            | '‚'
            | '–'
            | '—'
            | '…'
            | '•'
            | '·'
            | '°'
            | '€'
            | '£'
            | '§'
            | '©'
            | '®'
            | '™'
            | '№'
            | '\u{3000}'..='\u{303F}'
            | '\u{FF01}'..='\u{FF60}'
            | '\u{5BE}'
            | '\u{5C0}'
            | '\u{5C3}'
            | '\u{60C}'
            | '\u{61B}'
            | '\u{61F}'
    )
}

/// How much `text` reads like prose in one language (higher is better).
fn score(text: &str) -> i64 {
    let mut score = 0i64;
    let mut word = Word::default();
    // What each character beyond ASCII is, from the Unicode tables once per character and
    // slot: a sample repeats a few dozen letters, and every candidate's sample is read whole.
    let mut seen: [Option<(char, Beyond)>; 128] = [None; 128];
    for c in text.chars() {
        if c.is_ascii() {
            if c.is_ascii_alphabetic() {
                score += word.letter(
                    c.is_ascii_uppercase(),
                    c.is_ascii_lowercase(),
                    Script::Latin,
                    false,
                );
            } else {
                score += word.end();
            }
            continue;
        }
        let slot = &mut seen[c as usize % 128];
        let kind = match *slot {
            Some((known, kind)) if known == c => kind,
            _ => {
                let kind = beyond(c);
                *slot = Some((c, kind));
                kind
            }
        };
        match kind {
            Beyond::Letter {
                script,
                value,
                upper,
                lower,
            } => score += word.letter(upper, lower, script, true) + value,
            Beyond::Sign(value) => {
                score += word.end();
                score += value;
            }
        }
    }
    score + word.end()
}

/// A character beyond ASCII as `score` reads it.
#[derive(Clone, Copy)]
enum Beyond {
    /// A letter: its script, what it is worth there, and its case.
    Letter {
        script: Script,
        value: i64,
        upper: bool,
        lower: bool,
    },
    /// Anything else, with what it is worth.
    Sign(i64),
}

fn beyond(c: char) -> Beyond {
    if c.is_alphabetic() {
        let s = script(c);
        return Beyond::Letter {
            script: s,
            value: letter_value(c, s),
            upper: c.is_uppercase(),
            lower: c.is_lowercase(),
        };
    }
    Beyond::Sign(if c == '\u{FFFD}' {
        -40
    } else if c.is_control() {
        -20
    } else if usual_sign(c) {
        0
    } else {
        -5
    })
}

/// What one letter beyond ASCII is worth in its script.
fn letter_value(c: char, s: Script) -> i64 {
    let lower = crate::analysis::chars::lower(c).0;
    let common = match s {
        Script::Cyrillic => crate::analysis::substr::has_char(COMMON_CYRILLIC, lower),
        Script::Greek => crate::analysis::substr::has_char(COMMON_GREEK, lower),
        Script::Hebrew => crate::analysis::substr::has_char(COMMON_HEBREW, lower),
        Script::Arabic => crate::analysis::substr::has_char(COMMON_ARABIC, lower),
        Script::Kana => true,
        Script::Han => crate::analysis::substr::has_char(COMMON_HAN, lower),
        Script::Hangul => true,
        _ => false,
    };
    match s {
        Script::Other => -3,
        _ if common => 2,
        _ => 1,
    }
}

/// The word being read: its script, length and letters beyond ASCII, and its last letter.
#[derive(Default)]
struct Word {
    script: Option<Script>,
    len: i64,
    beyond_ascii: i64,
    last_lower: bool,
}

impl Word {
    /// Adds a letter, upper or lower case (or neither); returns the penalty it earns (mixed
    /// scripts, a capital after lower case).
    fn letter(&mut self, upper: bool, lower: bool, s: Script, beyond_ascii: bool) -> i64 {
        let mut penalty = 0;
        match self.script {
            Some(w)
                if w != s
                    && !matches!(
                        (w, s),
                        (Script::Han, Script::Kana) | (Script::Kana, Script::Han)
                    ) =>
            {
                penalty -= 8
            }
            _ => {}
        }
        if self.last_lower && upper {
            penalty -= 4;
        }
        self.script.get_or_insert(s);
        self.len += 1;
        self.beyond_ascii += i64::from(beyond_ascii);
        self.last_lower = lower;
        penalty
    }

    /// Ends the word: a Latin word of four letters or more, most of them beyond ASCII, is
    /// another script misread; a long run of Hangul is Chinese misread (Korean spaces its words).
    fn end(&mut self) -> i64 {
        let penalty = match self.script {
            Some(Script::Latin) if self.len >= 4 && self.beyond_ascii * 2 > self.len => {
                -3 * self.beyond_ascii
            }
            Some(Script::Hangul) if self.len > 8 => -3 * self.len,
            _ => 0,
        };
        *self = Word::default();
        penalty
    }
}

// The samples are encoded with encoding_rs, a native dependency only.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// `score` as it read every character from the Unicode tables: the reference.
    fn score_by_tables(text: &str) -> i64 {
        let mut score = 0i64;
        let mut word = Word::default();
        for c in text.chars() {
            if c.is_ascii() {
                score += if c.is_ascii_alphabetic() {
                    word.letter(c.is_uppercase(), c.is_lowercase(), Script::Latin, false)
                } else {
                    word.end()
                };
                continue;
            }
            if c.is_alphabetic() {
                let s = script(c);
                score +=
                    word.letter(c.is_uppercase(), c.is_lowercase(), s, true) + letter_value(c, s);
                continue;
            }
            score += word.end();
            score += if c == '\u{FFFD}' {
                -40
            } else if c.is_control() {
                -20
            } else if usual_sign(c) {
                0
            } else {
                -5
            };
        }
        score + word.end()
    }

    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn remembered_characters_score_as_the_tables_do(
            text in "[ aZ.\u{80}-\u{4ff}\u{fffd}\u{ab}\u{4e00}-\u{4e10}\u{3042}\u{ac00}]{0,60}",
        ) {
            prop_assert_eq!(score(&text), score_by_tables(&text));
        }
    }

    fn encode(text: &str, encoding: &'static encoding_rs::Encoding) -> Vec<u8> {
        encoding.encode(text).0.into_owned()
    }

    const RU: &str = "Мэрия города обещает открыть новый пешеходный мост через реку к осени, \
        сообщил во вторник заместитель мэра Андрей Соколов. \"Мы закончим работы в сентябре\", \
        - сказал Соколов журналистам.";

    #[test]
    fn russian_in_each_cyrillic_encoding() {
        assert_eq!(
            guess(&encode(RU, encoding_rs::WINDOWS_1251)),
            "windows-1251"
        );
        assert_eq!(guess(&encode(RU, encoding_rs::KOI8_U)), "KOI8-U");
        assert_eq!(guess(&encode(RU, encoding_rs::IBM866)), "IBM866");
    }

    #[test]
    fn european_languages() {
        let es = "“Pagamos el doble que el año pasado,” dijo José Muñoz, técnico de la región.";
        assert_eq!(
            guess(&encode(es, encoding_rs::WINDOWS_1252)),
            "windows-1252"
        );
        let pl = "Rząd zapowiedział, że budowa mostu zacznie się wiosną; mieszkańcy są źli.";
        assert_eq!(
            guess(&encode(pl, encoding_rs::WINDOWS_1250)),
            "windows-1250"
        );
        let el = "Η κυβέρνηση ανακοίνωσε ότι η γέφυρα θα ανοίξει το φθινόπωρο, είπε ο δήμαρχος.";
        assert_eq!(
            guess(&encode(el, encoding_rs::WINDOWS_1253)),
            "windows-1253"
        );
    }

    #[test]
    fn east_asian_languages() {
        let ja = "市長は、新しい橋が秋に開通すると述べた。「九月に工事を終えます」と話した。";
        assert_eq!(guess(&encode(ja, encoding_rs::SHIFT_JIS)), "Shift_JIS");
        let ko = "시장은 새 다리가 가을에 개통된다고 말했다. 공사는 구월에 끝난다.";
        assert_eq!(guess(&encode(ko, encoding_rs::EUC_KR)), "EUC-KR");
        let zh = "市长表示，新的人行桥将在秋天开通，工程将于九月完成，居民对此表示欢迎。";
        assert_eq!(guess(&encode(zh, encoding_rs::GBK)), "GBK");
    }
}
