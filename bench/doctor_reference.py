#!/usr/bin/python3
"""The data doctor's reference and metrics, for bench/run-doctor.sh.

  flip PROJECT RATE SEED
      Gives RATE of the labelled images of PROJECT/project.hone.json another class, uniformly at random
      (seeded), in place. Prints the number flipped.

  labels FEATURES CLEAN PROJECT HONE_JSON SEED [--hone-only]
      FEATURES: the output of `hone-cli embed` (one {"image","features"} line per image) for the images
      of the CLEAN project (its project.hone.json holds the true labels); PROJECT: the copy whose labels
      were flipped; HONE_JSON: `hone-cli doctor PROJECT --json`. The baseline, on the same features:
      scikit-learn LogisticRegression (C=1, lbfgs, max_iter=2000) after StandardScaler in a pipeline,
      out-of-sample probabilities by cross_val_predict over StratifiedKFold(5, shuffle, seed), then
      confident learning in NumPy (per-class thresholds = mean self-confidence, confident joint,
      calibration, pruning by noise rate), ranked by self-confidence; the same without the scaler.
      Prints one line of numbers:
        flipped  hone: auroc p@k flagged recall precision  baseline: the same  unscaled: auroc p@k
      AUROC: of the label-quality score against "the label was flipped" (low score = flagged).
      P@k: precision of the first k of the ranking, k = the number flipped; the ranking puts the
      flagged issues first (by score), then the rest (by score), as a user reviewing the list sees it.
      Recall and precision: of the flagged set itself. --hone-only: Hone's five numbers only.

  duplicates MANIFEST_DIR PROJECT HONE_JSON
      Near-duplicate metrics of `hone-cli doctor --json` on a project imported from
      bench/make_duplicates.py's folder: the recall per variant kind (the share of original-variant
      pairs that share a group), the false pairs (pairs of images of different originals sharing a
      group) over all such pairs, the groups and the exact ones. Prints one JSON object.

  groups HONE_JSON
      For a project with no known duplicates: groups, exact groups, images in groups, pairs in groups,
      the largest group. Prints one JSON object.
"""
import json
import os
import random
import sys
import warnings

import numpy as np


def load_project(folder):
    with open(os.path.join(folder, "project.hone.json")) as f:
        return json.load(f)


def flip(folder, rate, seed):
    project = load_project(folder)
    ids = [c["id"] for c in project["classes"]]
    labelled = [i for i, im in enumerate(project["images"]) if im.get("label", -1) in ids]
    rng = random.Random(seed)
    chosen = rng.sample(labelled, int(round(rate * len(labelled))))
    for i in chosen:
        image = project["images"][i]
        image["label"] = rng.choice([c for c in ids if c != image["label"]])
    with open(os.path.join(folder, "project.hone.json"), "w") as f:
        json.dump(project, f, indent=1)
    print(len(chosen))


def confident_learning(p, labels):
    """The label issues (a boolean mask) of Northcutt et al. 2021, prune by noise rate."""
    n, k = p.shape
    counts = np.bincount(labels, minlength=k)
    thresholds = np.array([p[labels == j, j].mean() if counts[j] else 2.0 for j in range(k)])
    joint = np.zeros((k, k))
    above = p >= thresholds
    for r in range(n):
        candidates = np.where(above[r])[0]
        if len(candidates):
            joint[labels[r], candidates[np.argmax(p[r, candidates])]] += 1
    rows = joint.sum(axis=1, keepdims=True)
    q = np.where(rows > 0, joint / np.maximum(rows, 1) * counts[:, None], np.diag(counts.astype(float)))
    q /= q.sum()
    issues = np.zeros(n, dtype=bool)
    for i in range(k):
        members = np.where(labels == i)[0]
        for j in range(k):
            if j == i:
                continue
            remove = min(len(members), int(np.floor(n * q[i, j] + 0.5)))
            if remove <= 0:
                continue
            margin = p[members, j] - p[members, i]
            order = members[np.argsort(-margin, kind="stable")]
            issues[order[:remove]] = True
    return issues


def metrics(score, flagged, truth):
    """AUROC, P@k, flagged count, recall and precision of the flagged set."""
    from sklearn.metrics import roc_auc_score
    k = int(truth.sum())
    # Flagged first, each part by score, lowest first.
    order = np.lexsort((score, ~flagged))
    p_at_k = truth[order[:k]].mean() if k else float("nan")
    hits = int((flagged & truth).sum())
    recall = hits / k if k else float("nan")
    precision = hits / flagged.sum() if flagged.sum() else float("nan")
    return [roc_auc_score(truth, -score), p_at_k, int(flagged.sum()), recall, precision]


def labels_command(features_path, clean_dir, noisy_dir, hone_path, seed, hone_only=False):
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    clean_dir = os.path.abspath(clean_dir)
    noisy_dir = os.path.abspath(noisy_dir)
    features = {}
    with open(features_path) as f:
        for line in f:
            entry = json.loads(line)
            features[os.path.relpath(os.path.abspath(entry["image"]), clean_dir)] = entry["features"]
    clean = {im["path"]: im["label"] for im in load_project(clean_dir)["images"]}
    noisy = load_project(noisy_dir)
    ids = sorted(c["id"] for c in noisy["classes"])
    names = {c["name"]: ids.index(c["id"]) for c in noisy["classes"]}
    paths = [im["path"] for im in noisy["images"] if im.get("label", -1) in ids]
    given = np.array([ids.index(im["label"]) for im in noisy["images"] if im.get("label", -1) in ids])
    true = np.array([ids.index(clean[p]) for p in paths])
    truth = given != true
    x = np.array([features[p] for p in paths], dtype=np.float64)

    with open(hone_path) as f:
        hone = json.load(f)
    row = {p: i for i, p in enumerate(paths)}
    rel = lambda image: os.path.relpath(image, noisy_dir)  # noqa: E731
    hone_score = np.full(len(paths), np.nan)
    for entry in hone["labelScores"]:
        hone_score[row[rel(entry["image"])]] = entry["score"]
    hone_flagged = np.zeros(len(paths), dtype=bool)
    for issue in hone["labelIssues"]:
        hone_flagged[row[rel(issue["image"])]] = True
        assert names[issue["label"]] == given[row[rel(issue["image"])]]
    if np.isnan(hone_score).any():
        sys.exit(f"hone left {int(np.isnan(hone_score).sum())} labelled images unscored")

    out = [int(truth.sum())] + metrics(hone_score, hone_flagged, truth)
    if hone_only:
        print(" ".join(f"{v:.4f}" if isinstance(v, float) else str(v) for v in out))
        return
    cv = StratifiedKFold(5, shuffle=True, random_state=seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for model, full in ((make_pipeline(StandardScaler(), LogisticRegression(C=1.0, max_iter=2000)), True),
                            (LogisticRegression(C=1.0, max_iter=2000), False)):
            p = cross_val_predict(model, x, given, cv=cv, method="predict_proba")
            score = p[np.arange(len(given)), given]
            m = metrics(score, confident_learning(p, given), truth)
            out += m if full else m[:2]
    print(" ".join(f"{v:.4f}" if isinstance(v, float) else str(v) for v in out))


def group_pairs(groups):
    pairs = set()
    for g in groups:
        images = sorted(g["images"])
        for a in range(len(images)):
            for b in range(a + 1, len(images)):
                pairs.add((images[a], images[b]))
    return pairs


def duplicates_command(manifest_dir, project_dir, hone_path):
    with open(os.path.join(manifest_dir, "manifest.json")) as f:
        manifest = json.load(f)
    with open(hone_path) as f:
        hone = json.load(f)
    project = load_project(project_dir)
    project_dir = os.path.abspath(project_dir)
    # The importer copies SOURCE/<class>/<name> to PROJECT/images/<class>/<name>.
    entry_of = {}
    for image in project["images"]:
        key = os.path.relpath(image["path"], "images")
        if key not in manifest:
            sys.exit(f"imported {image['path']} is not in the manifest")
        entry_of[os.path.join(project_dir, image["path"])] = manifest[key]
    if len(entry_of) != len(manifest):
        sys.exit(f"{len(manifest)} files in the manifest, {len(entry_of)} imported")
    group_of = {}
    for g, group in enumerate(hone["duplicates"]):
        for image in group["images"]:
            group_of[image] = g
    by_original = {}
    for path, entry in entry_of.items():
        by_original.setdefault(entry["original"], {})[entry["kind"]] = path
    recall = {}
    for kinds in by_original.values():
        original = kinds.get("original")
        for kind, path in kinds.items():
            if kind == "original":
                continue
            hit = original in group_of and group_of.get(path) == group_of[original]
            recall.setdefault(kind, []).append(hit)
    paths = sorted(entry_of)
    false_pairs, different = 0, 0
    for a in range(len(paths)):
        for b in range(a + 1, len(paths)):
            if entry_of[paths[a]]["original"] == entry_of[paths[b]]["original"]:
                continue
            different += 1
            ga = group_of.get(paths[a])
            false_pairs += ga is not None and ga == group_of.get(paths[b])
    print(json.dumps({
        "recall": {kind: sum(hits) / len(hits) for kind, hits in sorted(recall.items())},
        "recallAll": sum(sum(h) for h in recall.values()) / sum(len(h) for h in recall.values()),
        "falsePairs": false_pairs,
        "differentPairs": different,
        "groups": len(hone["duplicates"]),
        "exact": sum(g["kind"] == "exact" for g in hone["duplicates"]),
    }))


def groups_command(hone_path):
    with open(hone_path) as f:
        groups = json.load(f)["duplicates"]
    print(json.dumps({
        "groups": len(groups),
        "exact": sum(g["kind"] == "exact" for g in groups),
        "images": sum(len(g["images"]) for g in groups),
        "pairs": len(group_pairs(groups)),
        "largest": max((len(g["images"]) for g in groups), default=0),
    }))


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    if command == "flip":
        flip(args[0], float(args[1]), int(args[2]))
    elif command == "labels":
        labels_command(args[0], args[1], args[2], args[3], int(args[4]), "--hone-only" in args[5:])
    elif command == "duplicates":
        duplicates_command(*args)
    elif command == "groups":
        groups_command(*args)
    else:
        sys.exit(__doc__)
