#!/usr/bin/python3
"""Pairwise precision, recall and F1 of a `retorno dedupe --clusters` map against known truth.

usage: dedupe_eval.py CLUSTERS --febrl RAW.csv      truth = N of rec-N-org / rec-N-dup-K, by origin line
       dedupe_eval.py CLUSTERS --gen TRUTH_DIR       truth = person_id of truth/persons.csv (file, line)
       [--min-f1 F] [--label TEXT]                   exit 1 when F1 < F

Pairs: every two source rows given one person_id (predicted) or one true person (truth);
P = shared pairs / predicted pairs, R = shared pairs / true pairs. Prints one line.
"""
import argparse
import csv
import sys
from collections import Counter


def pairs(counter):
    return sum(n * (n - 1) // 2 for n in counter.values())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("clusters")
    ap.add_argument("--febrl")
    ap.add_argument("--gen")
    ap.add_argument("--min-f1", type=float, default=0.0)
    ap.add_argument("--label", default="")
    a = ap.parse_args()

    truth = {}  # (file name, line) -> true person
    if a.febrl:
        name = a.febrl.rsplit("/", 1)[-1]
        with open(a.febrl, newline="", encoding="utf-8") as f:
            for line, row in enumerate(csv.reader(f, skipinitialspace=True), start=1):
                if line == 1 or not row:
                    continue
                truth[(name, line)] = row[0].split("-")[1]
    else:
        with open(f"{a.gen}/truth/persons.csv", newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                truth[(row["file"], int(row["line"]))] = row["person_id"]

    pred, true, both = Counter(), Counter(), Counter()
    rows = missing = 0
    with open(a.clusters, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            file, _, line = row["origin"].rpartition(":")
            key = (file.rsplit("/", 1)[-1], int(line))
            rows += 1
            if key not in truth:
                missing += 1
                continue
            t = truth[key]
            pred[row["person_id"]] += 1
            true[t] += 1
            both[(row["person_id"], t)] += 1
    tp, pp, tt = pairs(both), pairs(pred), pairs(true)
    p = tp / pp if pp else 1.0
    r = tp / tt if tt else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{a.label or a.clusters}: rows {rows} (without truth {missing}), persons {len(pred)} "
          f"(truth {len(true)}), pairs predicted {pp} true {tt} shared {tp}: "
          f"precision {p:.4f} recall {r:.4f} F1 {f1:.4f}")
    if missing:
        print(f"error: {missing} rows have no truth", file=sys.stderr)
        return 1
    if f1 < a.min_f1:
        print(f"error: F1 {f1:.4f} below {a.min_f1}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
