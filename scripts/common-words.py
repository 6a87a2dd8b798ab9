#!/usr/bin/env python3
"""Writes src/analysis/lexicon/common_words.txt from the English Web Treebank (UD_English-EWT,
CC BY-SA 4.0): lower-case words the treebank uses at least MIN times and almost never as a
proper noun, so that a capitalised one opening a sentence ("Small groups of protesters …",
"Several said …") is not taken for a person's name. Given names the `names` lexicon knows and
plural nouns (groups that speak: "Critics said") are left out.

usage: scripts/common-words.py ../shared/corpus/ud-ewt/en_ewt-ud-train.conllu > src/analysis/lexicon/common_words.txt
"""
import collections
import re
import sys

MIN = 5
# At most this share of a word's uses may be proper nouns ("Bush", "Mark" are out).
PROPN_SHARE = 0.05

def main(path):
    uses = collections.defaultdict(collections.Counter)
    plural = collections.Counter()
    for line in open(path, encoding="utf-8"):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        form, upos, feats = cols[1].lower(), cols[3], cols[5]
        uses[form][upos] += 1
        if upos == "NOUN" and "Number=Plur" in feats:
            plural[form] += 1
    given = set()
    for line in open("src/analysis/lexicon/first_names.tsv", encoding="utf-8"):
        if "\t" in line and not line.startswith("#"):
            given.update(line.split("\t")[1].split())
    words = []
    for w, c in uses.items():
        total = sum(c.values())
        if total < MIN or not re.fullmatch(r"[a-z]+(-[a-z]+)*", w) or w in given:
            continue
        if c["PROPN"] > PROPN_SHARE * total or c["X"] > 0:
            continue
        if plural[w] * 2 > c["NOUN"] and c["NOUN"] * 2 > total:
            continue
        words.append(w)
    print("# licence: CC BY-SA 4.0 (derived from the Universal Dependencies English Web Treebank, "
          "UD_English-EWT; see the README's Lexicons section)")
    print("# Common English words, almost never proper nouns in the treebank: a capitalised one that")
    print("# opens a sentence is not a person's name unless a surname follows. Written by")
    print("# scripts/common-words.py; given names of first_names.tsv and plural nouns left out.")
    for w in sorted(words):
        print(w)

if __name__ == "__main__":
    main(sys.argv[1])
