"""Runs the Spark job (quotelens_spark.py) in Spark's local mode on a few hundred articles and
checks it against a direct run of the command line: every article comes back, in order, with
the same quotations, and the Spark stance step counts the same judgements as the command line's
stance matrix.

    python examples/spark/test_local.py --quotelens target/debug/quotelens

The articles: the first 300 of PolNeAR train from the shared corpus, found at
$QUOTELENS_SHARED/corpus/polnear/train (default: ../shared beside the repository). Without
it, the repository's five seed articles, each repeated 60 times under its own id.
Exits non-zero on the first difference. Prints the throughput of both runs.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

import quotelens_spark  # noqa: E402


def articles(limit):
    shared = Path(os.environ.get("QUOTELENS_SHARED", REPO.parent / "shared"))
    polnear = shared / "corpus" / "polnear" / "train"
    if polnear.is_dir():
        files = sorted(p for p in polnear.iterdir() if p.is_file())[:limit]
        print(f"articles: {len(files)} from {polnear}")
        return [(p.name, p.read_text(encoding="utf-8")) for p in files]
    seeds = sorted((REPO / "tests" / "fixtures" / "seeds").iterdir())
    print(f"articles: {polnear} not found; the {len(seeds)} seed articles, repeated")
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in seeds]
    return [(f"{name}-{i}", text) for i in range(limit // len(texts)) for name, text in texts]


def check(condition, message):
    if not condition:
        print(f"FAIL: {message}", file=sys.stderr)
        sys.exit(1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--quotelens", default=str(REPO / "target" / "debug" / "quotelens"))
    p.add_argument("--articles", type=int, default=300)
    p.add_argument("--partitions", type=int, default=4)
    p.add_argument("--cores", type=int, default=2)
    args = p.parse_args()
    quotelens = str(Path(args.quotelens).resolve())
    check(os.access(quotelens, os.X_OK), f"no quotelens binary at {quotelens}")

    with tempfile.TemporaryDirectory(prefix="quotelens-spark-") as tmp:
        archive = Path(tmp) / "archive.jsonl"
        items = articles(args.articles)
        with archive.open("w", encoding="utf-8") as f:
            for name, text in items:
                f.write(json.dumps({"id": name, "text": text}) + "\n")
                if name == items[len(items) // 2][0]:
                    f.write("\n")  # a blank line gives no document, in Spark as directly

        started = time.monotonic()
        direct = subprocess.run(
            [quotelens, "analyze", "--input", "jsonl", "--format", "jsonl", "--no-text",
             "--jobs", str(args.cores), str(archive)],
            capture_output=True, check=True, text=True,
        )
        direct_s = time.monotonic() - started
        direct_docs = [json.loads(l) for l in direct.stdout.splitlines()]
        matrix = json.loads(subprocess.run(
            [quotelens, "analyze", "--input", "jsonl", "--no-text", str(archive)],
            capture_output=True, check=True, text=True,
        ).stdout)["stance_matrix"]

        from pyspark import SparkConf, SparkContext

        conf = (
            SparkConf()
            .setMaster(f"local[{args.cores}]")
            .setAppName("quotelens-test")
            .set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.memory", "512m")
            .set("spark.sql.shuffle.partitions", str(args.partitions))
        )
        sc = SparkContext(conf=conf)
        sc.setLogLevel("ERROR")
        out = str(Path(tmp) / "out")
        try:
            started = time.monotonic()
            analysing, aggregating = quotelens_spark.run(
                sc, str(archive), out, quotelens, args.partitions, jobs=1, no_text=True
            )
            spark_s = time.monotonic() - started
            partitions = len(list(Path(out, "documents").glob("part-*")))
        finally:
            sc.stop()

        parts = sorted(Path(out, "documents").glob("part-*"))
        spark_docs = [json.loads(l) for part in parts for l in part.read_text().splitlines()]
        names = [name for name, _ in items]
        check(len(spark_docs) == len(items), f"{len(spark_docs)} documents for {len(items)} articles")
        check([d["name"] for d in spark_docs] == names, "documents out of the archive's order")
        check(all(d.get("error") is None for d in spark_docs), "an article failed in Spark")
        check("text" not in spark_docs[0], "--no-text reached quotelens")
        for s, d in zip(spark_docs, direct_docs):
            check(s == d, f"{s['name']}: Spark's document differs from the direct run's")
        quotes = sum(len(d["quotes"]) for d in spark_docs)
        check(quotes > len(items), f"only {quotes} quotations in {len(items)} articles")

        cells = [json.loads(l) for l in Path(out, "stance", "part-00000").read_text().splitlines()]
        # Every judgement counted once, on the same side. The cells themselves may group names
        # differently: the Spark step joins a surname to the one full name it ends, where the
        # core's matrix now follows the finer rules of src/analysis/names.rs.
        for side in ["favor", "against", "neutral", "mixed"]:
            spark_total = sum(c[side] for c in cells)
            direct_total = sum(c[side] for c in matrix)
            check(spark_total == direct_total,
                  f"{side}: {spark_total} judgements in Spark, {direct_total} directly")
        spark_evidence = sorted(tuple(e) for c in cells for e in c["evidence"])
        direct_evidence = sorted(tuple(e) for c in matrix for e in c["evidence"])
        check(set(spark_evidence) == set(direct_evidence), "Spark's evidence differs")
        same = {(c["speaker"], c["target"]) for c in cells} & {(c["speaker"], c["target"]) for c in matrix}
        print(f"stance: {len(cells)} cells in Spark, {len(matrix)} directly, {len(same)} the same pair")

    print(f"ok: {len(items)} articles, {quotes} quotations, {len(cells)} stance cells")
    print(f"direct: quotelens --jobs {args.cores}: {direct_s:.1f}s = {len(items) / direct_s:.0f} articles/s")
    print(f"spark local[{args.cores}], {partitions} partitions: {spark_s:.1f}s "
          f"(analysis {analysing:.1f}s = {len(items) / analysing:.0f} articles/s, "
          f"stance step {aggregating:.1f}s)")


if __name__ == "__main__":
    main()
