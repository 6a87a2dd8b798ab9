#!/usr/bin/env python3
"""Precision of stance claims by confidence band.

    scripts/stance-bands.py GOLD.json SYSTEM.json [--scorer PATH/score.py]

GOLD is a stance gold whose documents are marked "stance_exhaustive" (every clear stance
listed); SYSTEM is what `quotelens analyze` (or `quotelens eval --out`) printed. Each for/against
claim is matched with the scorer's own rules (speaker accept names, target accept words): a
claim matching a gold stance of the same polarity is right, one matching an "also_ok" entry is
left out, any other is wrong. The table shows, per band, the claims, the right ones and the
precision, so the confidence a claim carries can be checked against how often it holds.
"""
import importlib.util
import json
import sys
from pathlib import Path

BANDS = [(0.0, 0.4), (0.4, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 1.01)]


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main():
    argv, args, scorer = sys.argv[1:], [], None
    while argv:
        a = argv.pop(0)
        if a == "--scorer" and argv:
            scorer = Path(argv.pop(0))
        else:
            args.append(a)
    if len(args) != 2:
        sys.exit(__doc__)
    gold_path, system_path = Path(args[0]), Path(args[1])
    score = load_scorer(scorer or gold_path.with_name("score.py"))
    gold = json.loads(gold_path.read_text())
    system = json.loads(Path(system_path).read_text())
    accept = gold.get("speakers", {})
    by_name = {d["name"]: d for d in system.get("documents", [])}

    def same(claim, g):
        return score.speaker_ok(claim.get("speaker"), g["speaker"], accept, g.get("speaker_accept")) and \
            score.target_ok(str(claim.get("target", "")), g["target"], g.get("accept"))

    counts = {band: [0, 0] for band in BANDS}
    for gd in gold.get("documents", []):
        if not gd.get("stance_exhaustive"):
            continue
        for claim in by_name.get(gd["doc"], {}).get("stance", []):
            polarity = score.polarity(claim.get("stance"))
            if polarity not in ("favor", "against"):
                continue
            if any(same(claim, g) and polarity == g["stance"] for g in gd.get("also_ok", [])):
                continue
            right = any(same(claim, g) and polarity == g["stance"] for g in gd.get("stance", []))
            conf = float(claim.get("confidence", 0.0))
            for band in BANDS:
                if band[0] <= conf < band[1]:
                    counts[band][0] += 1
                    counts[band][1] += int(right)
    print("confidence   claims  right  precision")
    for (lo, hi), (n, ok) in counts.items():
        label = f"{lo:.1f}-{min(hi, 1.0):.1f}"
        precision = f"{ok / n:.2f}" if n else "-"
        print(f"{label:<12} {n:>6} {ok:>6}  {precision:>9}")


if __name__ == "__main__":
    main()
