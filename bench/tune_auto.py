#!/usr/bin/python3
"""Chooses the Auto recipe's rule: test accuracy of candidate settings on tuning tasks that are not
the tasks bench/run-recipes.sh reports (Fashion-MNIST *training* images of subsets of the demo's
classes, and classes the bundled backbone saw; never the test images of the demo's four).

usage: tune_auto.py HONE_CLI [SIZES=10,25] [SEEDS=1,2] [CANDIDATES=first] [TASKS=tuning]
CANDIDATES: first or second (the rounds the rule was chosen in), or names separated by ';'.
TASKS are ';'-separated; bench/run-recipes.sh passes the reported task.
Prints one line per run and a table: mean test accuracy (and seconds) per candidate and size.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import fewshot

TASKS = ["fashion-train:1,8", "fashion-train:5,7,8", "fashion-train:0,1,7,9"]
TEST = 150
BASE = ["--backbone", "mobilenet_v3_small", "--weights", "default", "--image-size", "64"]
CANDIDATES = {
    "feature-extraction": ["--recipe", "feature-extraction", "--epochs", "10"],
    "fine-tune": ["--recipe", "fine-tune", "--freeze", "0", "--epochs", "10"],
    "full 1e-3 e10": ["--recipe", "custom", "--freeze", "0", "--lr", "1e-3", "--epochs", "10"],
    "full 1e-3 e20": ["--recipe", "custom", "--freeze", "0", "--lr", "1e-3", "--epochs", "20"],
    "full 3e-4 e20": ["--recipe", "custom", "--freeze", "0", "--lr", "3e-4", "--epochs", "20"],
    "full 3e-3 e20": ["--recipe", "custom", "--freeze", "0", "--lr", "3e-3", "--epochs", "20"],
    "full 1e-3 e20 crop": ["--recipe", "custom", "--freeze", "0", "--lr", "1e-3", "--epochs", "20",
                           "--augment", "flip,crop"],
    "freeze2 1e-3 e20": ["--recipe", "custom", "--freeze", "2", "--lr", "1e-3", "--epochs", "20"],
    "auto": ["--recipe", "auto"],
    "fastai-style": ["fastai"],   # after "auto": the same number of epochs
    # The second round, around the first round's best (freeze2 1e-3 e20):
    "freeze2 1e-3 e20 crop": ["--recipe", "custom", "--freeze", "2", "--lr", "1e-3", "--epochs", "20",
                              "--augment", "flip,crop"],
    "freeze2 3e-4 e20": ["--recipe", "custom", "--freeze", "2", "--lr", "3e-4", "--epochs", "20"],
    "freeze2 1e-3 e40": ["--recipe", "custom", "--freeze", "2", "--lr", "1e-3", "--epochs", "40"],
    "freeze3 1e-3 e20": ["--recipe", "custom", "--freeze", "3", "--lr", "1e-3", "--epochs", "20"],
}
FIRST_ROUND = ["feature-extraction", "fine-tune", "full 1e-3 e10", "full 1e-3 e20", "full 3e-4 e20",
               "full 3e-3 e20", "full 1e-3 e20 crop", "freeze2 1e-3 e20"]
SECOND_ROUND = ["freeze2 1e-3 e20", "freeze2 1e-3 e20 crop", "freeze2 3e-4 e20", "freeze2 1e-3 e40",
                "freeze3 1e-3 e20", "auto"]


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUNDLED = os.path.join(ROOT, "resources", "backbones", "mobilenet_v3_small-fashion6.safetensors")
last_auto_epochs = [20]


def accuracy(cli, project, flags, seed):
    if flags == ["fastai"]:   # bench/fastai_reference.py, as many epochs in all as Auto's last run
        out = subprocess.run([sys.executable, os.path.join(ROOT, "bench", "fastai_reference.py"), project, BUNDLED,
                              str(max(1, last_auto_epochs[0] - 1)), str(seed), "64"],
                             capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(out.stderr)
        return json.loads(out.stdout)["accuracy"]
    out = subprocess.run([cli, "train", project, "--seed", str(seed)] + BASE + flags,
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(out.stderr)
    run = out.stdout.strip().splitlines()[-1]
    if flags == ["--recipe", "auto"]:
        with open(os.path.join(project, "runs", run, "run.json")) as f:
            last_auto_epochs[0] = json.load(f)["config"]["epochs"]
    ev = subprocess.run([cli, "evaluate", project, "--run", run, "--split", "test", "--json"],
                        capture_output=True, text=True, check=True)
    return json.loads(ev.stdout)["accuracy"]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    cli = sys.argv[1]
    sizes = [int(s) for s in (sys.argv[2] if len(sys.argv) > 2 else "10,25").split(",")]
    seeds = [int(s) for s in (sys.argv[3] if len(sys.argv) > 3 else "1,2").split(",")]
    rounds = {"first": FIRST_ROUND, "second": SECOND_ROUND}
    names = sys.argv[4] if len(sys.argv) > 4 and sys.argv[4] else "first"
    names = rounds[names] if names in rounds else names.split(";")
    tasks = sys.argv[5].split(";") if len(sys.argv) > 5 else TASKS
    results = {}
    seconds = {}
    work = tempfile.mkdtemp()
    try:
        for task in tasks:
            images = fewshot.pool(task, 0)
            for size in sizes:
                for seed in seeds:
                    project = os.path.join(work, "p")
                    shutil.rmtree(project, ignore_errors=True)
                    fewshot.make_project(cli, task, size, TEST, seed, project, images)
                    for name in names:
                        start = time.time()
                        acc = accuracy(cli, project, CANDIDATES[name], seed)
                        results.setdefault((name, size), []).append(acc)
                        seconds.setdefault((name, size), []).append(time.time() - start)
                        print("%-22s %-20s n=%-3d seed %d  %.3f  %.1f s" % (task, name, size, seed, acc, time.time() - start),
                              flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    mean = lambda v: sum(v) / len(v)
    print("\nmean test accuracy (seconds a run, train + evaluate) over %d tasks x %d seeds" % (len(tasks), len(seeds)))
    print("%-22s" % "candidate" + "".join("%16s" % ("n=%d" % s) for s in sizes))
    for name in names:
        print("%-22s" % name + "".join("%9.3f (%4.1f)" % (mean(results[(name, s)]), mean(seconds[(name, s)]))
                                       for s in sizes))


if __name__ == "__main__":
    main()
