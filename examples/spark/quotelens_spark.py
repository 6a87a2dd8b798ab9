"""QuoteLens over a newsroom archive on Apache Spark.

The archive is JSON Lines, one article object per line (``{"id": ..., "title": ...,
"text": ...}``, the fields ``quotelens analyze --input jsonl`` reads). Each partition streams
through one ``quotelens analyze --input jsonl --format jsonl -`` process with ``RDD.pipe``; the
results are written as JSON Lines in the archive's order, one document per article. A second
step aggregates the documents' stance judgements across the whole archive into the speaker x
target matrix, decided by the rules of the command line's ``stance_matrix`` (speakers' names
joined by a simpler rule: a surname alone joins the one full name it ends).

    spark-submit examples/spark/quotelens_spark.py ARCHIVE.jsonl OUT_DIR \\
        --quotelens /path/to/quotelens [--partitions 64] [--jobs 1] [--no-text]

writes ``OUT_DIR/documents/part-*`` (one document per line) and ``OUT_DIR/stance/part-00000``
(one matrix cell per line). The quotelens binary must exist at the same path on every executor
(ship it with ``--files`` or install it on the image).
"""

import argparse
import json
import shlex
import sys
import time
from collections import Counter

# The share of the evidence weight the leading side needs to decide (the core's DECISIVE).
DECISIVE = 0.3

_FOLD = {}
for _plain, _accented in [
    ("a", "áàâäãåā"), ("e", "éèêëēę"), ("i", "íìîïı"), ("o", "óòôöõø"), ("u", "úùûü"),
    ("c", "çčć"), ("n", "ñń"), ("s", "šś"), ("z", "žźż"), ("l", "ł"), ("g", "ğ"),
]:
    for _c in _accented:
        _FOLD[_c] = _plain


def name_key(name):
    """A name folded for comparison, as the core folds it (case, accents, -iy/-yy endings)."""
    s = "".join(
        _FOLD.get(c, c)
        for c in (ch.lower()[:1] or ch for ch in name)
        if c not in ("'", "\u2019", ".")
    )
    for old, new in (("iy", "y"), ("yy", "y"), ("ii", "i")):
        s = s.replace(old, new)
    if len(s.encode("utf-8")) > 4 and (s.endswith("y") or s.endswith("i")):
        s = s[:-1]
    return s


def given_and_surname(name):
    """"Donald J. Trump" and "Donald John Trump Jr." meet on "donald trump"."""
    words = [name_key(w) for w in name.split()]
    words = [w for w in words if w and w not in ("jr", "sr", "ii", "iii", "iv")]
    return f"{words[0]} {words[-1]}" if len(words) > 1 else " ".join(words)


def person_keys(names):
    """Speaker keys across the archive: a one-word name joins the full name it ends."""
    full = [n for n in names if len(n.split()) > 1]
    keys = {}
    for n in names:
        words = [name_key(w) for w in n.split()]
        if len(words) == 1:
            key = words[0]
            for f in full:
                if name_key(f.split()[-1]) == words[0]:
                    key = given_and_surname(f)
                    break
        else:
            key = given_and_surname(n)
        keys[n] = key
    return keys


def fold_plural(w):
    """"tax returns" and "tax return" are one target, as in the core."""
    if len(w.encode("utf-8")) <= 3 or w.endswith(("ss", "us", "is")):
        return w
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith("s"):
        return w[:-1]
    return w


def target_key(j):
    if j.get("target_kind") == "person":
        words = j["target"].split()
        return "person:" + (name_key(words[-1]) if words else "")
    return "other:" + " ".join(fold_plural(w) for w in j["target"].lower().split())


def most_common(counts):
    """The most frequent spelling; on a tie the longer, then the first alphabetically."""
    return min(counts.items(), key=lambda kv: (-kv[1], -len(kv[0].encode("utf-8")), kv[0]))[0]


def judgements(indexed, keys):
    """(cell key, partial aggregate) for each stance judgement of one document."""
    line, index = indexed
    doc = json.loads(line)
    for position, j in enumerate(doc.get("stance") or []):
        at = (index, position)
        slot = {"favor": 0, "against": 1, "neutral": 2, "mixed": 3}[j["stance"]]
        counts = [0, 0, 0, 0]
        counts[slot] = 1
        evidence = []
        for e in j.get("evidence") or []:
            pair = (doc["name"], e["quote_id"])
            if pair not in evidence:
                evidence.append(pair)
        key = (keys.get(j["speaker"], j["speaker"].lower()), target_key(j))
        yield key, {
            "speakers": Counter([j["speaker"]]),
            "targets": Counter([j["target"]]),
            "kind": (at, j.get("target_kind", "issue")),
            "counts": counts,
            "scores": [(j["score"], j["confidence"])] if j["stance"] != "neutral" else [],
            "evidence": [(at, i, pair) for i, pair in enumerate(evidence)],
            "dates": {doc["date"]} if doc.get("date") else set(),
        }


def merge(a, b):
    return {
        "speakers": a["speakers"] + b["speakers"],
        "targets": a["targets"] + b["targets"],
        "kind": min(a["kind"], b["kind"]),
        "counts": [x + y for x, y in zip(a["counts"], b["counts"])],
        "scores": a["scores"] + b["scores"],
        "evidence": a["evidence"] + b["evidence"],
        "dates": a["dates"] | b["dates"],
    }


def cell(acc):
    """One matrix cell from the merged aggregate, decided as the core decides it."""
    favor, against, neutral, mixed = acc["counts"]
    weight = sum(max(c, 0.05) for _, c in acc["scores"])
    score = sum(s * max(c, 0.05) for s, c in acc["scores"]) / weight if weight > 0 else 0.0
    polar = favor + against + mixed
    if polar == 0:
        stance = "neutral"
    elif favor > 0 and against == 0 and favor >= mixed:
        stance = "favor"
    elif against > 0 and favor == 0 and against >= mixed:
        stance = "against"
    elif score >= DECISIVE / 2 and favor > against:
        stance = "favor"
    elif score <= -DECISIVE / 2 and against > favor:
        stance = "against"
    else:
        stance = "mixed"
    agreement = {"favor": favor, "against": against}.get(stance)
    agreement = agreement / max(polar, 1) if agreement is not None else 0.5
    scores = acc["scores"]
    mean_conf = sum(c for _, c in scores) / len(scores) if scores else 0.1
    evidence = []
    # In the archive's order, as the core lists it.
    for _, _, pair in sorted(acc["evidence"], key=lambda e: (e[0], e[1])):
        if list(pair) not in evidence:
            evidence.append(list(pair))
    return {
        "speaker": most_common(acc["speakers"]),
        "target": most_common(acc["targets"]),
        "target_kind": acc["kind"][1],
        "stance": stance,
        "favor": favor,
        "against": against,
        "neutral": neutral,
        "mixed": mixed,
        "score": round(score, 2),
        "confidence": round(mean_conf * agreement, 2),
        "evidence": evidence,
        "dates": sorted(acc["dates"]),
    }


def analyze(sc, archive, quotelens, partitions, jobs=1, no_text=False, targets=None):
    """The archive's articles through quotelens, one process per partition: an RDD of
    document lines (JSON), in the archive's order."""
    command = [quotelens, "analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", str(jobs)]
    if no_text:
        command.append("--no-text")
    if targets:
        command += ["--targets", targets]
    command.append("-")
    # Blank lines are no articles (quotelens skips them too): dropped here so that each line in
    # gives exactly one line out.
    lines = sc.textFile(archive, minPartitions=partitions).filter(lambda l: l.strip())
    return lines.pipe(shlex.join(command))


def stance_matrix(documents):
    """The speaker x target matrix across all documents (an RDD of document lines)."""
    names = (
        documents.flatMap(lambda line: [j["speaker"] for j in json.loads(line).get("stance") or []])
        .distinct()
        .collect()
    )
    # The speakers are far fewer than the articles: their keys go to every executor.
    keys = documents.context.broadcast(person_keys(sorted(names)))
    return (
        documents.zipWithIndex()
        .flatMap(lambda indexed: judgements(indexed, keys.value))
        .reduceByKey(merge)
        .map(lambda kv: cell(kv[1]))
        .sortBy(lambda c: (c["speaker"], -c["confidence"], c["target"]), numPartitions=1)
    )


def run(sc, archive, out, quotelens, partitions, jobs=1, no_text=False, targets=None):
    """Both steps; returns seconds spent in each."""
    from pyspark import StorageLevel

    # The stance step's functions live in this module: the executors' Python workers need it.
    sc.addPyFile(__file__)
    started = time.monotonic()
    documents = analyze(sc, archive, quotelens, partitions, jobs, no_text, targets)
    # Kept (spilling to disk) for the stance step rather than read back from the output folder:
    # a folder's part files are not listed in order everywhere, and the stance step orders its
    # evidence by the archive's order.
    documents.persist(StorageLevel.MEMORY_AND_DISK)
    documents.saveAsTextFile(out + "/documents")
    analysed = time.monotonic()
    stance_matrix(documents).map(json.dumps).saveAsTextFile(out + "/stance")
    documents.unpersist()
    return analysed - started, time.monotonic() - analysed


def main(argv):
    from pyspark import SparkConf, SparkContext

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("archive", help="JSON Lines archive (a file, folder or glob Spark can read)")
    p.add_argument("out", help="output folder (must not exist)")
    p.add_argument("--quotelens", default="quotelens", help="path of the quotelens binary")
    p.add_argument("--partitions", type=int, default=None, help="at least this many partitions")
    p.add_argument("--jobs", type=int, default=1, help="threads of each quotelens process")
    p.add_argument("--no-text", action="store_true", help="leave the article text out")
    p.add_argument("--targets", help="stance targets, as quotelens analyze --targets")
    args = p.parse_args(argv)
    sc = SparkContext.getOrCreate(SparkConf().setAppName("quotelens"))
    try:
        analysing, aggregating = run(
            sc, args.archive, args.out, args.quotelens,
            args.partitions or sc.defaultParallelism, args.jobs, args.no_text, args.targets,
        )
        print(f"analysed in {analysing:.1f}s, stance aggregated in {aggregating:.1f}s", file=sys.stderr)
    finally:
        sc.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
