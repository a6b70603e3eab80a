"""Calibration of the healer's confidence on the scenario corpus, from `maestro-heal eval --format json` output.

    python3 scripts/calibration.py EVAL_JSON PNG          ECE (raw and calibrated), reliability diagram, top-1
    python3 scripts/calibration.py EVAL_JSON --fit OUT    fits the calibration map and writes it to OUT

A scenario contributes one point when the healer had a non-display-only fix for its first failure: the fix's
confidence, and whether it was right -- applied and the scenario passed harmlessly: right; not applied on a trap:
wrong (a fix for a failure that must be refused); not applied on a heal scenario: right when its re-run passed,
unknown (left out) when it was not re-run. The same rule as `calibration_points` in cli/src/eval.rs.

The map is Platt scaling, `p = sigmoid(a * logit(raw) + b)`, fitted by Newton's method on Platt's smoothed
targets ((N+ + 1) / (N+ + 2) for right fixes, 1 / (N- + 2) for wrong ones), which keeps the fit finite when
the classes are separable, as they are on this corpus. `cv_ece` is the ECE of leave-one-out calibrated
scores: each point scored by a map fitted without it. The healer applies the map with the rule in
core/src/confidence.rs (`Calibration::apply`): never across the apply threshold, in either direction.
"""
import json
import math
import os
import sys

BINS = 10
THRESHOLD = 0.75
BELOW_THRESHOLD_MARGIN = 0.01
CALIBRATED_CEILING = 0.99  # confidence.rs: no fix is reported as certain
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED = os.path.join(ROOT, "core", "src", "classify", "calibration.json")


def points_of(outcomes):
    points = []
    for o in outcomes:
        fix = o.get("fix")
        if not fix:
            continue
        if fix["applied"]:
            right = o["passed"] and not o["harmful"]
        elif o["expect"] == "refuse":
            right = False
        elif fix.get("validated") is not None:
            right = bool(fix["validated"])
        else:
            continue
        # Runs from before calibration shipped carry only `confidence`, which was raw then.
        raw = fix.get("raw_confidence") or fix["confidence"]
        points.append((raw, right))
    return points


def logit(p):
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def sigmoid(z):
    return 1 / (1 + math.exp(-z))


def fit_platt(points):
    pos = sum(1 for _, r in points if r)
    neg = len(points) - pos
    t_pos, t_neg = (pos + 1) / (pos + 2), 1 / (neg + 2)
    a, b = 1.0, 0.0
    for _ in range(200):
        ga = gb = 0.0
        haa, hab, hbb = 1e-9, 0.0, 1e-9
        for c, r in points:
            x = logit(c)
            p = sigmoid(a * x + b)
            d, w = p - (t_pos if r else t_neg), p * (1 - p)
            ga, gb = ga + d * x, gb + d
            haa, hab, hbb = haa + w * x * x, hab + w * x, hbb + w
        det = haa * hbb - hab * hab
        da, db = (hbb * ga - hab * gb) / det, (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-12:
            break
    return a, b


def apply(a, b, raw, threshold=THRESHOLD):
    """Mirror of `Calibration::apply` in core/src/confidence.rs."""
    p = min(sigmoid(a * logit(min(max(raw, 0.0), 1.0)) + b), CALIBRATED_CEILING)
    return max(p, threshold) if raw >= threshold else max(min(p, threshold - BELOW_THRESHOLD_MARGIN), 0.0)


def ece(points):
    bins = [[0.0, 0, 0] for _ in range(BINS)]
    for c, r in points:
        i = min(int(c * BINS), BINS - 1)
        bins[i][0] += c
        bins[i][1] += int(r)
        bins[i][2] += 1
    n = max(len(points), 1)
    return sum(k / n * abs(s / k - t / k) for s, t, k in bins if k), bins


def fit(path, out):
    points = points_of(json.load(open(path)))
    a, b = fit_platt(points)
    loo = []
    for i, (c, r) in enumerate(points):
        ai, bi = fit_platt(points[:i] + points[i + 1:])
        loo.append((apply(ai, bi, c), r))
    result = {
        "version": 1,
        "method": "platt",
        "a": round(a, 6),
        "b": round(b, 6),
        "fitted_on": f"maestro-heal eval tests/scenarios ({len(json.load(open(path)))} scenarios)",
        "points": len(points),
        "right": sum(1 for _, r in points if r),
        "raw_ece": round(ece(points)[0], 4),
        "cv_ece": round(ece(loo)[0], 4),
    }
    with open(out, "w") as fh:
        json.dump(result, fh, indent=2)
        fh.write("\n")
    print(f"fitted on {len(points)} points ({result['right']} right): a={a:.4f} b={b:.4f}")
    print(f"ECE raw {result['raw_ece']:.4f}; leave-one-out calibrated {result['cv_ece']:.4f}")
    for raw in (0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        print(f"  raw {raw:.2f} -> {apply(a, b, raw):.3f}")
    print(f"wrote {out}")


def report(path, png):
    outcomes = json.load(open(path))
    raw_points = points_of(outcomes)
    shipped = json.load(open(SHIPPED))
    a, b = shipped["a"], shipped["b"]
    points = [(apply(a, b, c), r) for c, r in raw_points]
    raw_ece, _ = ece(raw_points)
    cal_ece, bins = ece(points)
    heal = [o for o in outcomes if o["strategy"]]
    clf = [o for o in heal if o.get("predicted")]
    clf_right = sum(o["predicted"][0] == o["strategy"] for o in clf)
    fixed = [o for o in heal if o.get("fix")]
    fix_right = sum(o["fix"]["strategy"] == o["strategy"] for o in fixed)
    print(f"scenarios: {len(outcomes)}; calibration points: {len(points)}")
    print(f"expected calibration error ({BINS} bins): raw {raw_ece:.4f}, calibrated {cal_ece:.4f} "
          f"(shipped map: a={a}, b={b}; its leave-one-out ECE when fitted: {shipped.get('cv_ece')})")
    print(f"classifier top-1 strategy accuracy: {clf_right}/{len(clf)} = {clf_right / max(len(clf), 1):.3f}")
    print(f"best fix's strategy matches the scenario's: {fix_right}/{len(fixed)} = {fix_right / max(len(fixed), 1):.3f}")
    for i, (sc, sr, k) in enumerate(bins):
        if k:
            print(f"  bin {i / BINS:.1f}-{(i + 1) / BINS:.1f}: n={k:3d} mean confidence {sc / k:.3f} accuracy {sr / k:.3f}")
    for o in clf:
        if o["predicted"][0] != o["strategy"]:
            print(f"  misclassified {o['id']}: {o['strategy']} -> {o['predicted'][0]} ({o['predicted'][1]:.2f})")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot([0, 1], [0, 1], "--", color="grey", label="perfect calibration")
    _, raw_bins = ece(raw_points)
    ax.scatter([s / k for s, _, k in raw_bins if k], [t / k for _, t, k in raw_bins if k],
               s=[20 + 6 * k for _, _, k in raw_bins if k], facecolors="none", edgecolors="C0", zorder=2,
               label=f"raw scores (ECE {raw_ece:.3f})")
    ax.bar([(i + 0.5) / BINS for i, b_ in enumerate(bins) if b_[2]], [t / k for _, t, k in bins if k], width=1 / BINS,
           alpha=0.3, edgecolor="k", label="accuracy per bin (calibrated)")
    ax.scatter([s / k for s, _, k in bins if k], [t / k for _, t, k in bins if k],
               s=[20 + 6 * k for _, _, k in bins if k], color="C1", zorder=3,
               label=f"calibrated (ECE {cal_ece:.3f})")
    ax.axvline(THRESHOLD, color="C3", lw=0.8, ls=":", label="apply threshold")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    ax.set_xlabel("confidence")
    ax.set_ylabel("share of fixes that were right")
    ax.set_title(f"Reliability on the scenario corpus (n={len(points)})")
    ax.legend(loc="upper left", fontsize=7)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    print(f"wrote {png}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[2] == "--fit":
        fit(sys.argv[1], sys.argv[3])
    elif len(sys.argv) == 3:
        report(sys.argv[1], sys.argv[2])
    else:
        sys.exit(__doc__)
