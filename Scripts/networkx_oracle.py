"""Writes the networkx oracle fixtures for GraphCore/Analysis tests.

Run through networkx_oracle.sh (which pins the networkx version). Each graph is
written as Tests/Fixtures/oracle/<graph>.json holding the node list, the edge list
(source index, target index, trust, mutual) and the expected value per node of
every measure, computed by networkx on graphs built with Guanxi's rules:

* structural G (undirected): each edge as an unordered pair, parallel edges merged
  keeping the highest trust; edges with trust <= 0 and self-loops dropped;
  attribute distance = 1 / trust.
* flow D (directed): source -> target, mutual edges both ways, parallel arcs merged
  keeping the highest trust, same dropping rules.

Values that networkx leaves undefined (NaN: constraint/effective size of isolated
nodes; modularity of a graph without edges) are written as null.
"""
import json
import math
import os
import sys

import networkx as nx

SEED = 42


def build(n, edges):
    G = nx.Graph()
    D = nx.DiGraph()
    G.add_nodes_from(range(n))
    D.add_nodes_from(range(n))

    def add(H, u, v, t):
        if H.has_edge(u, v):
            if t > H[u][v]["trust"]:
                H[u][v]["trust"] = t
        else:
            H.add_edge(u, v, trust=t)

    for (u, v, t, mutual) in edges:
        if u == v or not (t > 0) or math.isinf(t):
            continue
        add(G, u, v, t)
        add(D, u, v, t)
        if mutual:
            add(D, v, u, t)
    for H in (G, D):
        for u, v, d in H.edges(data=True):
            d["distance"] = 1.0 / d["trust"]
    return G, D


def clean(x):
    if isinstance(x, float) and math.isnan(x):
        return None
    return x


def per_node(d, n):
    return [clean(float(d[i])) for i in range(n)]


PAGERANK_CALL = "pagerank(alpha=0.85, weight='trust', tol=1e-13, max_iter=10000)"


def oracle(name, labels, edges, note):
    n = len(labels)
    G, D = build(n, edges)
    out = {
        "name": name,
        "note": note,
        "networkx": nx.__version__,
        "nodes": labels,
        "edges": [[u, v, t, bool(m)] for (u, v, t, m) in edges],
    }
    # Converged (networkx's default tol=1e-6 stops within ~1e-6 of the fixed point,
    # as close as the tests compare): the fixed point is what Guanxi solves for.
    out["pagerank_oracle"] = PAGERANK_CALL
    out["pagerank_reversed_flow"] = per_node(
        nx.pagerank(D.reverse(), alpha=0.85, weight="trust", tol=1e-13, max_iter=10000), n)
    out["betweenness"] = per_node(
        nx.betweenness_centrality(G, weight="distance", normalized=True), n)
    out["betweenness_unnormalized"] = per_node(
        nx.betweenness_centrality(G, weight="distance", normalized=False), n)
    out["harmonic"] = per_node(nx.harmonic_centrality(G, distance="distance"), n)
    # Summed over a fixed subset of sources (every third node), as sampled closeness uses.
    out["harmonic_sources"] = list(range(0, n, 3))
    out["harmonic_from_sources"] = per_node(
        nx.harmonic_centrality(G, distance="distance", sources=out["harmonic_sources"]), n)
    out["flow_harmonic_from_sources"] = per_node(
        nx.harmonic_centrality(D, distance="distance", sources=out["harmonic_sources"]), n)
    # Directed variants on the flow graph D.
    out["flow_pagerank"] = per_node(
        nx.pagerank(D, alpha=0.85, weight="trust", tol=1e-13, max_iter=10000), n)
    out["flow_betweenness"] = per_node(
        nx.betweenness_centrality(D, weight="distance", normalized=True), n)
    out["flow_betweenness_unnormalized"] = per_node(
        nx.betweenness_centrality(D, weight="distance", normalized=False), n)
    out["flow_harmonic"] = per_node(nx.harmonic_centrality(D, distance="distance"), n)
    out["flow_modularity_of_louvain"] = None  # filled below
    # Converged far past networkx's default (tol=1e-6: an L1 change below n * 1e-6, which
    # leaves errors near 1e-5 on these graphs), so the fixture is the eigenvector itself to
    # about 1e-10 and Guanxi's Lanczos answer is compared with it, not with an early iterate.
    try:
        ev = nx.eigenvector_centrality(G, weight="trust", max_iter=100000, tol=1e-12)
        out["eigenvector_oracle"] = "eigenvector_centrality(max_iter=100000, tol=1e-12)"
    except nx.PowerIterationFailedConvergence:
        ev = nx.eigenvector_centrality_numpy(G, weight="trust")
        out["eigenvector_oracle"] = "eigenvector_centrality_numpy"
    out["eigenvector"] = per_node(ev, n)
    out["constraint"] = per_node(nx.constraint(G, weight="trust"), n)
    # networkx 3.6.1's default (sparse) path of effective_size divides each column
    # by the wrong row's maximum for weighted graphs (networkx PR #8906); its
    # iterative path, taken when `nodes` is given, is Burt's formula and agrees
    # with UCINET and igraph. That path is the oracle; the other is kept for record.
    out["effective_size"] = per_node(
        nx.effective_size(G, nodes=list(G), weight="trust"), n)
    out["effective_size_sparse_path"] = per_node(nx.effective_size(G, weight="trust"), n)
    out["core_number"] = [nx.core_number(G)[i] for i in range(n)]
    out["degree"] = [G.degree(i) for i in range(n)]
    out["strength"] = [float(G.degree(i, weight="trust")) for i in range(n)]
    out["in_degree"] = [D.in_degree(i) for i in range(n)]
    out["out_degree"] = [D.out_degree(i) for i in range(n)]
    out["in_strength"] = [float(D.in_degree(i, weight="trust")) for i in range(n)]
    out["out_strength"] = [float(D.out_degree(i, weight="trust")) for i in range(n)]
    comms = nx.community.louvain_communities(G, weight="trust", seed=SEED)
    out["louvain_seed"] = SEED
    out["flow_modularity_of_louvain"] = (
        nx.community.modularity(D, comms, weight="trust") if D.number_of_edges() > 0 else None)
    out["louvain_communities"] = sorted(sorted(c) for c in comms)
    if G.number_of_edges() > 0:
        out["louvain_modularity"] = nx.community.modularity(G, comms, weight="trust")
        out["singleton_modularity"] = nx.community.modularity(
            G, [{v} for v in G], weight="trust")
    else:
        out["louvain_modularity"] = None
        out["singleton_modularity"] = None
    out["components"] = nx.number_connected_components(G)
    out["articulation_points"] = sorted(nx.articulation_points(G))
    out["bridges"] = sorted(sorted(e) for e in nx.bridges(G))
    # Paths from node 0: structural distance (1/trust) and flow-graph path trust.
    dist0 = nx.single_source_dijkstra_path_length(G, 0, weight="distance")
    out["distance_from_0"] = [dist0.get(i) for i in range(n)]  # null: unreachable
    for u, v, d in D.edges(data=True):
        d["cost"] = -math.log(d["trust"])
    cost0 = nx.single_source_dijkstra_path_length(D, 0, weight="cost")
    out["flow_trust_from_0"] = [math.exp(-cost0[i]) if i in cost0 else 0.0 for i in range(n)]
    # Trust reach with one person per node at threshold 0.5 on the flow graph.
    reach = []
    for s in range(n):
        c = nx.single_source_dijkstra_path_length(D, s, weight="cost")
        reach.append(float(sum(1 for v, x in c.items()
                               if v != s and math.exp(-x) >= 0.5 - 1e-12)))
    out["trust_reach_0_5"] = reach
    return out


def karate(weighted):
    K = nx.karate_club_graph()
    labels = [str(v) for v in K.nodes()]
    wmax = max(d["weight"] for _, _, d in K.edges(data=True))
    edges = []
    for u, v, d in K.edges(data=True):
        t = d["weight"] / wmax if weighted else 1.0
        edges.append((u, v, t, True))
    return labels, edges


def lesmis():
    L = nx.les_miserables_graph()
    labels = list(L.nodes())
    idx = {v: i for i, v in enumerate(labels)}
    wmax = max(d["weight"] for _, _, d in L.edges(data=True))
    edges = [(idx[u], idx[v], d["weight"] / wmax, True) for u, v, d in L.edges(data=True)]
    return labels, edges


def kite():
    K = nx.krackhardt_kite_graph()
    names = ["Andre", "Beverly", "Carol", "Diane", "Ed",
             "Fernando", "Garth", "Heather", "Ike", "Jane"]
    edges = [(u, v, 1.0, True) for u, v in K.edges()]
    return names, edges


def stations():
    # A small Guanxi-like network: directed ties, some mutual, an asymmetric pair,
    # a parallel tie, a zero-trust tie (carries nothing), an isolated node and two
    # components.
    names = ["head-station", "station-A", "station-B", "office-1", "street-office",
             "business", "client-1", "client-2", "isolated", "volunteer-team",
             "charity", "zero-tie-only"]
    edges = [
        (0, 1, 0.9, False),   # guidance
        (0, 2, 0.8, False),   # guidance
        (1, 3, 0.7, False),   # guidance
        (4, 1, 0.6, False),   # support
        (5, 1, 0.5, False),   # resource
        (5, 1, 0.75, False),  # parallel resource tie, higher trust wins
        (1, 6, 0.9, False),   # service
        (3, 7, 0.4, False),   # service
        (1, 2, 0.8, True),    # cooperation (mutual)
        (2, 1, 0.4, False),   # asymmetric extra direction: B trusts A less
        (6, 7, 0.6, True),    # mutual aid
        (3, 2, 0.3, False),
        (9, 10, 0.5, True),   # second component
        (10, 9, 0.9, False),
        (11, 5, 0.0, False),  # zero trust: recorded, carries nothing
    ]
    return names, edges


def ximarket():
    # The demo dataset, read the way Guanxi reads it: nodes in file order; a tie's
    # direction as written, mutual when its 双向 cell says so or, if empty, when its
    # relation is mutual by default (合作/共建 cooperation, 互助/帮扶 mutual aid).
    import csv
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Datasets", "ximarket")
    with open(os.path.join(root, "nodes.csv"), encoding="utf-8") as f:
        ids = [row["编号"] for row in csv.DictReader(f)]
    index = {id_: i for i, id_ in enumerate(ids)}
    mutual_by_default = {"合作", "共建", "互助", "帮扶"}
    edges = []
    with open(os.path.join(root, "ties.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            flag = row["双向"].strip()
            mutual = (flag == "是") if flag else (row["关系"].strip() in mutual_by_default)
            edges.append((index[row["起点"]], index[row["终点"]], float(row["信任"]), mutual))
    return ids, edges


def main():
    outdir = sys.argv[1] if len(sys.argv) > 1 else "Tests/Fixtures/oracle"
    os.makedirs(outdir, exist_ok=True)
    graphs = {
        "karate": (*karate(False), "Zachary's karate club, trust 1"),
        "karate_weighted": (*karate(True), "karate club, trust = weight / max weight"),
        "lesmis": (*lesmis(), "Les Miserables, trust = weight / max weight"),
        "kite": (*kite(), "Krackhardt kite, trust 1"),
        "stations": (*stations(), "small directed weighted network"),
        "single": (["only"], [], "one node, no edges"),
        "ximarket": (*ximarket(), "the demo dataset Datasets/ximarket"),
    }
    for name, (labels, edges, note) in graphs.items():
        data = oracle(name, labels, edges, note)
        path = os.path.join(outdir, name + ".json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, ensure_ascii=False, allow_nan=False, indent=1)
            f.write("\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
