"""Turns a benchmark folder (Benchmarks/run.sh) into the Markdown table of the README.

    python report.py WORK_DIR 10 100 1000
"""
import json
import os
import platform
import statistics
import subprocess
import sys

TOOLS = ["networkx", "igraph", "networkit"]
ROWS = [("load", "load: CSV → graphs"), ("strength", "strength"), ("pagerank", "PageRank"),
        ("eigenvector", "eigenvector"), ("betweenness", "betweenness"), ("harmonic", "harmonic closeness"),
        ("components", "components"), ("core", "k-core"), ("louvain", "Louvain"), ("constraint", "constraint")]


def read_json(path):
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def median(xs):
    return statistics.median(xs) if xs else None


def fmt(seconds):
    if seconds is None:
        return "—"
    if seconds < 0.001:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1000:.1f} ms"
    return f"{seconds:.2f} s"


def measured(path):
    """(median seconds, max peak MB) of the `seconds kb` lines /usr/bin/time wrote."""
    try:
        lines = [l.split() for l in open(path) if l.strip() and l.split()[0].replace(".", "").isdigit()]
    except OSError:
        return None, None
    if not lines:
        return None, None
    return median([float(l[0]) for l in lines]), max(int(l[1]) for l in lines) / 1024


def machine():
    cpu = "?"
    for line in open("/proc/cpuinfo"):
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem = "?"
    for line in open("/proc/meminfo"):
        if line.startswith("MemTotal"):
            mem = f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
    return cpu, os.cpu_count(), mem


def main():
    work, scales = sys.argv[1], sys.argv[2:]
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    cpu, cores, mem = machine()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    guanxi_version = subprocess.run([f"{root}/.build/release/guanxi", "--version"], capture_output=True,
                                    text=True).stdout.strip()
    load_start = open(f"{work}/load-start.txt").read().strip().split("load average:")[-1].strip()
    load_end = open(f"{work}/load-end.txt").read().strip().split("load average:")[-1].strip()
    out = []
    out.append(f"Machine: {cpu}, {cores} cores, {mem} RAM, {platform.system()} {platform.release()}; "
               f"load average {load_start} at the start, {load_end} at the end (the machine is shared: "
               "other builds ran alongside).")
    versions = {}
    for scale in scales:
        for tool in TOOLS:
            r = read_json(f"{work}/r{scale}/{tool}.json")
            if r and "version" in r:
                versions[tool] = r["version"]
    out.append(f"Versions: Guanxi {guanxi_version} (release, {swift[0] if swift else 'swift ?'}); "
               + ", ".join(f"{t} {v}" for t, v in versions.items())
               + f"; Python {platform.python_version()}.")
    out.append("")
    bars = {}
    for scale in scales:
        d = f"{work}/r{scale}"
        g = read_json(f"{d}/guanxi.json")
        if not g:
            out.append(f"Scale {scale}: Guanxi did not run.")
            continue
        peers = {t: read_json(f"{d}/{t}.json") or {} for t in TOOLS}
        gt = {k: median(v) for k, v in g["times"].items()}
        gt["load"] = (gt.get("load") or 0) + (gt.get("graphs") or 0)
        pivots = len(g.get("pivots", []))
        out.append(f"### {g['ties']:,} ties ({g['nodes']:,} nodes; {g['edges']:,} structural edges, "
                   f"{g['arcs']:,} flow arcs)")
        out.append("")
        out.append("| measure | Guanxi | networkx | igraph | networkit | Guanxi / fastest peer | networkx / Guanxi |")
        out.append("|---|---:|---:|---:|---:|---:|---:|")
        for key, label in ROWS:
            if key not in gt and key != "load":
                continue
            if key == "betweenness":
                label += " (exact)" if g.get("betweenness_mode") == "exact" else f" ({pivots} pivot sources)"
            if key == "harmonic":
                label += " (exact)"
            ours = gt.get(key)
            cells, peer_times = [], {}
            for t in TOOLS:
                times = (peers[t].get("times") or {}).get(key)
                note = (peers[t].get("notes") or {}).get(key)
                if times:
                    peer_times[t] = median(times)
                    cells.append(fmt(peer_times[t]) + ("*" if key == "betweenness" and t == "networkit" and pivots else ""))
                elif peers[t].get("failed"):
                    cells.append("failed")
                elif note and note.startswith("not in"):
                    cells.append("n/a")
                else:
                    cells.append("—")
            fastest = min((v for t, v in peer_times.items() if t != "networkx"), default=None)
            ratio = f"{ours / fastest:.2f}" if ours and fastest else "—"
            nx = peer_times.get("networkx")
            speedup = f"{nx / ours:.0f}×" if ours and nx else "—"
            out.append(f"| {label} | {fmt(ours)} | " + " | ".join(cells) + f" | {ratio} | {speedup} |")
            bars.setdefault("ratio", []).append((scale, label, ours, fastest, nx))
        peak = [f"Guanxi (in-process timer) {g['peak_rss_kb'] / 1024:.0f} MB"]
        for t in TOOLS:
            if peers[t].get("peak_rss_kb"):
                peak.append(f"{t} {peers[t]['peak_rss_kb'] / 1024:.0f} MB")
        out.append("")
        out.append("Peak memory of the process (load and every measure above): " + ", ".join(peak) + ".")
        if pivots:
            out.append(f"\\* networkit takes no list of sources: it samples {pivots} of its own "
                       "(`EstimateBetweenness`); networkx and igraph use Guanxi's pivots.")
        # End to end.
        e2e = []
        for name, label in [("generate", "`guanxi generate`"), ("influence", "`guanxi influence` (every measure)"),
                            ("gaps", "`guanxi gaps`"), ("render", "`guanxi render`"),
                            ("render-cli", "`dot`/`sfdp` on the same DOT")]:
            seconds, mb = measured(f"{d}/{name}")
            if seconds is not None and os.path.exists(f"{d}/{name}.failed"):
                reason = ""
                if os.path.exists(f"{d}/{name}.err"):
                    lines = [l.strip() for l in open(f"{d}/{name}.err", encoding="utf-8") if l.strip()]
                    reason = f": {lines[-1]}" if lines else ""
                e2e.append(f"{label} failed after {fmt(seconds)}{reason}")
            elif seconds is not None:
                e2e.append(f"{label} {fmt(seconds)} ({mb:.0f} MB peak)")
                bars.setdefault(name, []).append((scale, seconds, mb))
        if os.path.exists(f"{d}/render.note"):
            e2e.append("`guanxi render`: not in this build (branch diagrams not merged), skipped")
        out.append("End to end (wall, median): " + "; ".join(e2e) + ".")
        # Checks.
        out.append("")
        out.append("<details><summary>Answers checked against Guanxi's</summary>")
        out.append("")
        out.append("| measure | " + " | ".join(TOOLS) + " |")
        out.append("|---|---|---|---|")
        for key, label in ROWS[1:]:
            cells = []
            for t in TOOLS:
                c = (peers[t].get("checks") or {}).get(key)
                if not c:
                    cells.append("—")
                elif "spearman" in c:
                    s = f"ρ {c['spearman']:.4f}, top-100 {c['top100_overlap']:.2f}"
                    if "max_diff_scaled" in c:
                        s += f", Δ {c['max_diff_scaled']:.1e}"
                    cells.append(s)
                elif "same" in c:
                    cells.append("identical" if c["same"] else "DIFFERENT")
                elif "modularity" in c:
                    cells.append(f"Q {c['modularity']} (Guanxi {c['guanxi']})")
                else:
                    cells.append(str(c))
            if any(x != "—" for x in cells):
                out.append(f"| {label} | " + " | ".join(cells) + " |")
        out.append("")
        out.append("ρ: Spearman rank correlation over all nodes; top-100: overlap of the hundred highest; "
                   "Δ: largest difference once both are scaled to a maximum of 1 (given where the "
                   "computation is the same). PageRank and eigenvector are compared converged "
                   "(Guanxi to an L1 change of 1e-6 in all); networkx is timed with its defaults, "
                   "which stop early on large graphs.")
        out.append("</details>")
        out.append("")
    print("\n".join(out))


if __name__ == "__main__":
    main()
