"""ECE, reliability diagram and strategy accuracy from `maestro-heal eval --format json` output.

A scenario contributes one point when the healer had a non-display-only fix for its first failure: the fix's
confidence, and whether it was right -- applied and the scenario passed; not applied on a trap: wrong (a fix for
a failure that must be refused); not applied on a heal scenario: right when its re-run passed, unknown (left
out) when it was not re-run.
"""
import json
import sys

BINS = 10


def main(path, png):
    outcomes = json.load(open(path))
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
        points.append((fix["confidence"], right))
    bins = [[0.0, 0, 0] for _ in range(BINS)]
    for c, r in points:
        i = min(int(c * BINS), BINS - 1)
        bins[i][0] += c
        bins[i][1] += int(r)
        bins[i][2] += 1
    n = max(len(points), 1)
    ece = sum(b[2] / n * abs(b[0] / b[2] - b[1] / b[2]) for b in bins if b[2])
    heal = [o for o in outcomes if o["strategy"]]
    clf = [o for o in heal if o.get("predicted")]
    clf_right = sum(o["predicted"][0] == o["strategy"] for o in clf)
    fixed = [o for o in heal if o.get("fix")]
    fix_right = sum(o["fix"]["strategy"] == o["strategy"] for o in fixed)
    print(f"scenarios: {len(outcomes)}; calibration points: {len(points)}")
    print(f"expected calibration error ({BINS} bins): {ece:.4f}")
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
    xs = [b[0] / b[2] for b in bins if b[2]]
    ys = [b[1] / b[2] for b in bins if b[2]]
    ks = [b[2] for b in bins if b[2]]
    ax.bar([(i + 0.5) / BINS for i, b in enumerate(bins) if b[2]], ys, width=1 / BINS, alpha=0.3, edgecolor="k",
           label="accuracy per bin")
    ax.scatter(xs, ys, s=[20 + 6 * k for k in ks], color="C1", zorder=3, label="mean confidence vs accuracy")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_xlabel("confidence")
    ax.set_ylabel("share of fixes that were right")
    ax.set_title(f"Reliability on the scenario corpus (n={len(points)}, ECE={ece:.3f})")
    ax.legend(loc="upper left", fontsize=8)
    fig.tight_layout()
    fig.savefig(png, dpi=110)
    print(f"wrote {png}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
