"""Times one peer (networkx, python-igraph or networkit) on one generated city, on the same
views Guanxi measures (DESIGN §4), and checks its answers against Guanxi's.

    python peers.py --tool igraph --city DIR --guanxi DIR --runs 3 [--skip a,b] > out.json

The views, built from nodes.csv and ties.csv as Guanxi builds them:
- structural: undirected, ties of trust > 0 without self-loops, parallel ties merged keeping
  the highest trust; `trust` weights (strength, eigenvector, Louvain, constraint) and
  `distance` = 1/trust (betweenness, harmonic closeness);
- reversed flow: each tie receiver → giver (both ways when mutual), merged keeping the
  highest trust: PageRank on it is Guanxi's "relied upon" rank.
Loading is timed from the CSV files to those graphs, as Guanxi's load + graphs.

Guanxi's answers come from GuanxiBench (`<measure>.f64`, nodes.csv order; pivots in
guanxi.json). Each check is Spearman's rank correlation and, for measures defined the same
way, the largest difference once both are scaled to a maximum of 1.
"""
import argparse
import json
import resource
import sys
import time

import numpy as np
import pandas as pd
from scipy.stats import spearmanr


def frames(city):
    nodes = pd.read_csv(f"{city}/nodes.csv", usecols=["id"], dtype={"id": str}, encoding="utf-8-sig")
    ties = pd.read_csv(f"{city}/ties.csv", usecols=["source", "target", "trust", "mutual"],
                       dtype={"source": str, "target": str, "trust": float, "mutual": str},
                       encoding="utf-8-sig")
    index = pd.Index(nodes["id"])
    s = index.get_indexer(ties["source"]).astype(np.int64)
    t = index.get_indexer(ties["target"]).astype(np.int64)
    w = ties["trust"].to_numpy(dtype=np.float64)
    mutual = ties["mutual"].isin(["yes", "是", "true", "1"]).to_numpy()
    keep = (w > 0) & (s != t)
    s, t, w, mutual = s[keep], t[keep], w[keep], mutual[keep]
    n = len(index)
    # Structural: unordered pairs, highest trust.
    a, b = np.minimum(s, t), np.maximum(s, t)
    pairs = pd.DataFrame({"a": a, "b": b, "w": w}).groupby(["a", "b"], sort=True)["w"].max().reset_index()
    # Reversed flow: receiver → giver, and giver → receiver for mutual ties.
    u = np.concatenate([t, s[mutual]])
    v = np.concatenate([s, t[mutual]])
    wf = np.concatenate([w, w[mutual]])
    arcs = pd.DataFrame({"u": u, "v": v, "w": wf}).groupby(["u", "v"], sort=True)["w"].max().reset_index()
    return (n, list(nodes["id"]), pairs["a"].to_numpy(), pairs["b"].to_numpy(), pairs["w"].to_numpy(),
            arcs["u"].to_numpy(), arcs["v"].to_numpy(), arcs["w"].to_numpy())


class NetworkX:
    name = "networkx"

    def __init__(self):
        import networkx as nx
        self.nx = nx
        self.version = nx.__version__

    def load(self, city):
        nx = self.nx
        n, ids, a, b, w, u, v, wf = frames(city)
        G = nx.Graph()
        G.add_nodes_from(range(n))
        G.add_edges_from((int(x), int(y), {"trust": float(z), "distance": 1.0 / float(z)})
                         for x, y, z in zip(a, b, w))
        D = nx.DiGraph()
        D.add_nodes_from(range(n))
        D.add_weighted_edges_from(((int(x), int(y), float(z)) for x, y, z in zip(u, v, wf)), weight="trust")
        self.G, self.D, self.n, self.ids = G, D, n, ids

    def vec(self, d):
        return np.array([d.get(i, np.nan) for i in range(self.n)], dtype=float)

    def strength(self):
        return self.vec(dict(self.G.degree(weight="trust")))

    def pagerank(self):
        return self.vec(self.nx.pagerank(self.D, alpha=0.85, weight="trust"))

    def betweenness(self, pivots):
        if pivots is None:
            return self.vec(self.nx.betweenness_centrality(self.G, weight="distance", normalized=True))
        return self.vec(self.nx.betweenness_centrality_subset(self.G, sources=pivots, targets=list(self.G),
                                                              weight="distance", normalized=False))

    def harmonic(self):
        return self.vec(self.nx.harmonic_centrality(self.G, distance="distance"))

    def components(self):
        return self.nx.number_connected_components(self.G)

    def core(self):
        return self.vec(self.nx.core_number(self.G))

    def louvain(self):
        return self.nx.community.louvain_communities(self.G, weight="trust", seed=42)

    def modularity(self, communities):
        return self.nx.community.modularity(self.G, communities, weight="trust")

    def eigenvector(self):
        return self.vec(self.nx.eigenvector_centrality(self.G, weight="trust", max_iter=1000))

    def constraint(self):
        return self.vec(self.nx.constraint(self.G, weight="trust"))


class IGraph:
    name = "igraph"

    def __init__(self):
        import igraph as ig
        self.ig = ig
        self.version = ig.__version__

    def load(self, city):
        ig = self.ig
        n, ids, a, b, w, u, v, wf = frames(city)
        g = ig.Graph(n=n, edges=np.column_stack([a, b]), directed=False)
        g.es["trust"] = w
        g.es["distance"] = 1.0 / w
        d = ig.Graph(n=n, edges=np.column_stack([u, v]), directed=True)
        d.es["trust"] = wf
        self.g, self.d, self.n, self.ids = g, d, n, ids

    def strength(self):
        return np.array(self.g.strength(weights="trust"))

    def pagerank(self):
        return np.array(self.d.pagerank(damping=0.85, weights="trust"))

    def betweenness(self, pivots):
        if pivots is None:
            return np.array(self.g.betweenness(weights="distance"))
        return np.array(self.g.betweenness(weights="distance", sources=pivots))

    def harmonic(self):
        return np.array(self.g.harmonic_centrality(weights="distance", normalized=False))

    def components(self):
        return len(self.g.connected_components())

    def core(self):
        return np.array(self.g.coreness(), dtype=float)

    def louvain(self):
        return self.g.community_multilevel(weights="trust")

    def modularity(self, clustering):
        return self.g.modularity(clustering.membership, weights="trust")

    def eigenvector(self):
        return np.array(self.g.eigenvector_centrality(weights="trust", scale=True))

    def constraint(self):
        return np.array(self.g.constraint(weights="trust"))


class NetworKit:
    name = "networkit"

    def __init__(self):
        import networkit as nk
        nk.engineering.setNumberOfThreads(2)
        nk.setLogLevel("ERROR")
        self.nk = nk
        self.version = nk.__version__

    def load(self, city):
        nk = self.nk
        n, ids, a, b, w, u, v, wf = frames(city)
        self.gt = nk.GraphFromCoo((w, (a.astype(np.uint64), b.astype(np.uint64))), n=n, weighted=True, directed=False)
        self.gd = nk.GraphFromCoo((1.0 / w, (a.astype(np.uint64), b.astype(np.uint64))), n=n, weighted=True,
                                  directed=False)
        self.df = nk.GraphFromCoo((wf, (u.astype(np.uint64), v.astype(np.uint64))), n=n, weighted=True, directed=True)
        self.n, self.ids = n, ids

    def strength(self):
        g = self.gt
        return np.array([g.weightedDegree(i) for i in range(self.n)])

    def pagerank(self):
        nk = self.nk
        pr = nk.centrality.PageRank(self.df, damp=0.85, tol=1e-9,
                                    distributeSinks=nk.centrality.SinkHandling.DistributeSinks)
        pr.norm = nk.centrality.Norm.L1_NORM
        return np.array(pr.run().scores())

    def betweenness(self, pivots):
        nk = self.nk
        if pivots is None:
            return np.array(nk.centrality.Betweenness(self.gd, normalized=True).run().scores())
        # networkit takes no list of sources: it samples the same number itself.
        return np.array(nk.centrality.EstimateBetweenness(self.gd, len(pivots), normalized=True,
                                                          parallel=True).run().scores())

    def harmonic(self):
        return np.array(self.nk.centrality.HarmonicCloseness(self.gd, normalized=False).run().scores())

    def components(self):
        return self.nk.components.ConnectedComponents(self.gt).run().numberOfComponents()

    def core(self):
        return np.array(self.nk.centrality.CoreDecomposition(self.gt).run().scores(), dtype=float)

    def louvain(self):
        return self.nk.community.PLM(self.gt, refine=False).run().getPartition()

    def modularity(self, partition):
        return self.nk.community.Modularity().getQuality(partition, self.gt)

    def eigenvector(self):
        return np.array(self.nk.centrality.EigenvectorCentrality(self.gt, tol=1e-9).run().scores())

    constraint = None


def timed(runs, body):
    seconds, result = [], None
    while len(seconds) < runs:
        start = time.perf_counter()
        result = body()
        seconds.append(time.perf_counter() - start)
        if seconds[-1] > 10:
            break
    return seconds, result


def scaled(x):
    x = np.nan_to_num(np.asarray(x, dtype=float), nan=0.0)
    m = np.max(np.abs(x)) if len(x) else 0
    return x / m if m > 0 else x


def compare(ours, theirs, exact):
    mask = ~(np.isnan(ours) | np.isnan(theirs))
    rho = float(spearmanr(ours[mask], theirs[mask]).statistic) if mask.sum() > 2 else float("nan")
    top = 100
    a, b = set(np.argsort(-np.nan_to_num(ours, nan=-1))[:top]), set(np.argsort(-np.nan_to_num(theirs, nan=-1))[:top])
    out = {"spearman": round(rho, 6), "top100_overlap": len(a & b) / top}
    if exact:
        out["max_diff_scaled"] = float(np.max(np.abs(scaled(ours[mask]) - scaled(theirs[mask]))))
    return out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--tool", required=True)
    p.add_argument("--city", required=True)
    p.add_argument("--guanxi", required=True, help="GuanxiBench output folder")
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--skip", default="")
    args = p.parse_args()
    tool = {"networkx": NetworkX, "igraph": IGraph, "networkit": NetworKit}[args.tool]()
    skip = set(filter(None, args.skip.split(",")))
    guanxi = json.load(open(f"{args.guanxi}/guanxi.json"))

    def ours(name):
        return np.fromfile(f"{args.guanxi}/{name}.f64", dtype="<f8")

    report = {"tool": tool.name, "version": tool.version, "times": {}, "checks": {}, "notes": {}}
    report["times"]["load"], _ = timed(args.runs, lambda: tool.load(args.city))
    ids = {v: i for i, v in enumerate(tool.ids)}
    pivots = [ids[x] for x in guanxi["pivots"]] if guanxi.get("betweenness_mode") == "pivots" else None

    def run(name, body, check=None):
        if name in skip or body is None:
            return
        try:
            seconds, result = timed(args.runs, body)
        except Exception as error:  # a peer without the measure on this graph
            report["notes"][name] = f"failed: {type(error).__name__}: {error}"[:200]
            return
        report["times"][name] = seconds
        if check:
            try:
                report["checks"][name] = check(result)
            except Exception as error:
                report["checks"][name] = {"error": str(error)[:200]}

    # Exact where the computation is the same; ranks only where the peer normalises,
    # stops or samples differently.
    run("strength", tool.strength, lambda r: compare(ours("strength"), r, True))
    run("pagerank", tool.pagerank, lambda r: compare(ours("pagerank"), r, True))
    run("eigenvector", tool.eigenvector, lambda r: compare(ours("eigenvector"), r, True))
    if "betweenness" in guanxi["times"]:
        same_pivots = pivots is None or tool.name != "networkit"
        run("betweenness", lambda: tool.betweenness(pivots),
            lambda r: compare(ours("betweenness"), r, same_pivots))
        if pivots is not None and tool.name == "networkit":
            report["notes"]["betweenness"] = f"networkit samples its own {len(pivots)} sources"
    if "harmonic" in guanxi["times"]:
        run("harmonic", tool.harmonic, lambda r: compare(ours("harmonic"), r, True))
    run("components", tool.components, lambda r: {"count": r, "guanxi": guanxi["components"], "same": r == guanxi["components"]})
    run("core", tool.core, lambda r: {"same": bool(np.array_equal(ours("core"), r))})
    run("louvain", tool.louvain,
        lambda r: {"modularity": round(tool.modularity(r), 4), "guanxi": round(guanxi["modularity"], 4)})
    if tool.constraint is not None:
        run("constraint", tool.constraint, lambda r: compare(ours("constraint"), r, True))
    else:
        report["notes"]["constraint"] = "not in networkit"
    report["peak_rss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    json.dump(report, sys.stdout)
    print()


if __name__ == "__main__":
    main()
