#!/usr/bin/env python3
"""Runs `retorno ingest` on every export of a generated world and compares with truth/dirt.csv.

usage: check_ingest.py RETORNO WORLD_DIR WORK_DIR [--country MX|CO] [--examples N]

For each export: the rows rejected must be exactly the rows truth/dirt.csv marks "reject",
and every "flag" expectation must appear in that row's dq_flags. Flags nobody expected are
counted by field:problem with examples, since they are either dirt the truth forgot or a
normaliser at fault. Exit status 0 only when nothing is missing and nothing is unexpected.
"""
import collections
import csv
import os
import subprocess
import sys

EXPORTS = [
    ("vehiculos.csv", "dms_vehiculos"),
    ("recordatorio_servicio.txt", "recordatorio"),
    ("contactos.csv", "dms_contactos"),
    ("historial_servicio.csv", "historial_servicio"),
    ("campanas.csv", "dms_campanas"),
    ("citas.csv", "citas"),
    ("cotizaciones.csv", "cotizaciones"),
    ("leads_web.csv", "leads_web"),
    ("bajas.csv", "bajas"),
    ("gestion_spiga.txt", "spiga_gestion"),
]


def parse_flags(text):
    """'phone_home:placeholder;email:domain_typo=a@b.com' -> {(field, problem): detail}"""
    out = {}
    for part in text.split(";") if text else []:
        if ":" not in part:
            continue
        field, rest = part.split(":", 1)
        problem, _, detail = rest.partition("=")
        out[(field, problem)] = detail
    return out


def check_values(world, work, examples):
    """Unflagged phones, e-mails and VINs of the DMS exports must be the person's own, normalised."""
    people = {}
    with open(os.path.join(world, "truth", "people.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            people[row["person_id"]] = row
    who = {}
    with open(os.path.join(world, "truth", "persons.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            who[(row["file"], int(row["line"]))] = row["person_id"]
    vins = set()
    with open(os.path.join(world, "truth", "vehicles.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            vins.add(row["vin"])
    failures = 0
    for name in ("vehiculos.csv", "contactos.csv", "recordatorio_servicio.txt"):
        out = os.path.join(work, name + ".out.csv")
        if not os.path.exists(out):
            continue
        wrong = collections.Counter()
        wrong_ex = collections.defaultdict(list)
        checked = 0
        with open(out, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                line = int(row["origin"].rsplit(":", 1)[1])
                flagged = {k[0] for k in parse_flags(row["dq_flags"])}
                p = people.get(who.get((name, line)))
                if p is None:
                    wrong["no person in truth"] += 1
                    continue
                for field in ("phone_mobile", "phone_home", "phone_work", "email"):
                    got = row.get(field, "")
                    if not got or field in flagged:
                        continue
                    checked += 1
                    if got != p[field]:
                        wrong[field] += 1
                        wrong_ex[field].append((line, got, p[field]))
                if "vin" not in flagged and row["vin"] not in vins:
                    wrong["vin"] += 1
                    wrong_ex["vin"].append((line, row["vin"]))
        print(f"== values of {name}: {checked} phones and e-mails checked, {sum(wrong.values())} wrong")
        for k, n in wrong.most_common():
            print(f"     {k} x{n} e.g. {wrong_ex[k][:examples]}")
        failures += bool(wrong)
    return failures


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    opts = dict(zip(argv[1::1], argv[2::1]))
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    retorno, world, work = args[0], args[1], args[2]
    country = opts.get("--country", "MX")
    examples = int(opts.get("--examples", "3"))
    os.makedirs(work, exist_ok=True)
    schemas = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "schemas")

    expected = collections.defaultdict(lambda: collections.defaultdict(list))
    with open(os.path.join(world, "truth", "dirt.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            expected[row["file"]][int(row["line"])].append(row)

    failures = 0
    for name, schema in EXPORTS:
        src = os.path.join(world, name)
        if not os.path.exists(src):
            continue
        out = os.path.join(work, name + ".out.csv")
        rej = os.path.join(work, name + ".rejects.csv")
        proc = subprocess.run([retorno, "ingest", src, "--schema", os.path.join(schemas, schema + ".csv"),
                               "--country", country, "-o", out, "--rejects", rej, "--max-reject-rate", "1"],
                              capture_output=True, text=True)
        summary = proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else ""
        print(f"== {name} (schema {schema}): exit {proc.returncode}; {summary}")
        if proc.returncode not in (0, 1):
            print(proc.stderr)
            failures += 1
            continue
        exp = expected.get(name, {})
        exp_reject = {line for line, rows in exp.items() if any(r["action"] == "reject" for r in rows)}
        got_reject = {}
        if os.path.exists(rej):
            with open(rej, newline="", encoding="utf-8") as f:
                for row in csv.DictReader(f):
                    got_reject[int(row["line"])] = row
        missing_rejects = sorted(exp_reject - set(got_reject))
        extra_rejects = sorted(set(got_reject) - exp_reject)
        print(f"   rejects: expected {len(exp_reject)}, got {len(got_reject)}"
              f" (missing {len(missing_rejects)}, unexpected {len(extra_rejects)})")
        for line in missing_rejects[:examples]:
            print(f"     not rejected, line {line}: {exp[line]}")
        for line in extra_rejects[:examples]:
            print(f"     rejected unexpectedly, line {line}: {dict(got_reject[line])}")
        failures += bool(missing_rejects) + bool(extra_rejects)

        missing = collections.Counter()
        unexpected = collections.Counter()
        missing_ex = collections.defaultdict(list)
        unexpected_ex = collections.defaultdict(list)
        n_flags = 0
        with open(out, newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                line = int(row["origin"].rsplit(":", 1)[1])
                got = parse_flags(row["dq_flags"])
                n_flags += len(got)
                want = {(r["field"], r["problem"]): r for r in exp.get(line, []) if r["action"] == "flag"}
                for key, r in want.items():
                    if key not in got:
                        missing[key] += 1
                        missing_ex[key].append((line, r["raw"]))
                for key, detail in got.items():
                    if key not in want:
                        unexpected[key] += 1
                        unexpected_ex[key].append((line, detail))
        print(f"   flags: {n_flags} in output; expected but missing {sum(missing.values())},"
              f" unexpected {sum(unexpected.values())}")
        for key, n in missing.most_common():
            print(f"     missing {key[0]}:{key[1]} x{n} e.g. {missing_ex[key][:examples]}")
        for key, n in unexpected.most_common():
            print(f"     unexpected {key[0]}:{key[1]} x{n} e.g. {unexpected_ex[key][:examples]}")
        failures += bool(missing) + bool(unexpected)
    failures += check_values(world, work, examples)
    print("OK" if failures == 0 else f"{failures} problem(s)")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
