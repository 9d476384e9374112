#!/usr/bin/python3
"""The reference for Hone's map in bench/run-active.sh: Debian's umap-learn on the very same
embeddings (bench_active --export PREFIX), and for both maps scikit-learn's trustworthiness
(n_neighbors=15) against the embeddings and the kNN-label agreement (the share of images whose
nearest neighbour on the map has the same label; the same in the embedding space as a ceiling).

Both maps see the same input: the embeddings centred and scaled to unit length (what Hone's map
starts from before its 50 principal axes); umap-learn at n_neighbors=15, min_dist=0.1 (Hone's
values), its defaults otherwise (no random_state, so its SGD runs on every core). It is timed after
a warm-up fit of 500 images, so numba's compilation is not counted; that first fit's time is
printed too.

usage: /usr/bin/python3 bench/active_reference.py PREFIX
Prints one line of "key value" pairs.
"""
import sys
import time
import warnings

import numpy as np
from sklearn.manifold import trustworthiness
from sklearn.neighbors import NearestNeighbors


def centred_unit(x):
    x = x - x.mean(axis=0)
    norms = np.linalg.norm(x, axis=1, keepdims=True)
    return x / np.where(norms > 0, norms, 1)


def label_agreement(points, labels):
    _, index = NearestNeighbors(n_neighbors=2).fit(points).kneighbors(points)
    return float(np.mean(labels[index[:, 1]] == labels))


def main():
    prefix = sys.argv[1]
    features = np.load(prefix + "-features.npy").astype(np.float64)
    labels = np.load(prefix + "-labels.npy")
    hone = np.load(prefix + "-map.npy").astype(np.float64)
    x = centred_unit(features).astype(np.float32)

    warnings.filterwarnings("ignore")
    start = time.perf_counter()
    import umap  # noqa: E402  (imported here so its numba set-up is part of the warm-up time)
    umap.UMAP(n_neighbors=15, min_dist=0.1).fit_transform(x[:500])
    warmup = time.perf_counter() - start
    start = time.perf_counter()
    reference = umap.UMAP(n_neighbors=15, min_dist=0.1).fit_transform(x)
    seconds = time.perf_counter() - start

    out = {
        "images": len(labels),
        "umap_s": seconds,
        "umap_warmup_s": warmup,
        "trust_hone": trustworthiness(x, hone, n_neighbors=15),
        "trust_umap": trustworthiness(x, reference, n_neighbors=15),
        "knn_hone": label_agreement(hone, labels),
        "knn_umap": label_agreement(reference, labels),
        "knn_embedding": label_agreement(x, labels),
    }
    print(" ".join("%s %s" % (k, ("%.4f" % v) if isinstance(v, float) else v) for k, v in out.items()))


if __name__ == "__main__":
    main()
