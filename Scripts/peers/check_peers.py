#!/usr/bin/env python3
"""Checks that real tools read Guanxi's files with the same nodes, ties and attributes.

Usage: check_peers.py DIR
DIR holds network.json (Guanxi's own JSON: the reference), network.graphml, network.gexf and
network.xlsx (English headers), all written by Guanxi from the same network. Checks:
- networkx reads the GraphML and the GEXF, python-igraph the GraphML, openpyxl the XLSX;
- each sees every node with its id, name, kind, area, tags, size, capacity and extra
  attributes, and every tie with its ends, relation, trust, mutual, frequency, value, since
  and extra attributes.
Prints one line per check; exits 1 on the first difference, 77 if a package is missing
(pip install -r Scripts/peers/requirements.txt).
"""
import json
import math
import os
import sys

try:
    import networkx as nx
    import igraph as ig
    import openpyxl
except ImportError as error:  # the Swift test skips on 77
    print(f"missing Python package: {error.name}; run: pip install -r Scripts/peers/requirements.txt")
    sys.exit(77)

NODE_COLUMNS = ["id", "name", "kind", "area", "resources", "needs", "size", "capacity"]
TIE_COLUMNS = ["source", "target", "relation", "trust", "mutual", "frequency", "value", "since"]


def fail(message):
    print("MISMATCH: " + message)
    sys.exit(1)


def expect(what, got, want):
    if isinstance(want, float) and isinstance(got, (int, float)):
        if not math.isclose(got, want, rel_tol=1e-12, abs_tol=0):
            fail(f"{what}: got {got!r}, want {want!r}")
    elif got != want:
        fail(f"{what}: got {got!r}, want {want!r}")


def reference(folder):
    with open(os.path.join(folder, "network.json"), encoding="utf-8") as f:
        data = json.load(f)
    nodes, ties = [], []
    for row in data["nodes"]:
        node = {k: v for k, v in row.items() if v != ""}
        node["resources"] = ";".join(node.get("resources", []))
        node["needs"] = ";".join(node.get("needs", []))
        nodes.append(node)
    for row in data["ties"]:
        ties.append({k: v for k, v in row.items() if v != ""})
    return data, nodes, ties


def blank(value):
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def check_values(what, got, want, columns, skip=()):
    """got: attribute dict as a peer read it; want: a reference row."""
    for key in set(want) | {k for k in got if k not in columns}:
        if key in skip or key in ("id",):
            continue
        value = want.get(key)
        seen = got.get(key)
        if key in ("resources", "needs") and blank(seen) and value == "":
            continue
        if value is None:
            if not blank(seen):
                fail(f"{what}: unexpected {key}={seen!r}")
            continue
        if isinstance(value, bool):
            expect(f"{what} {key}", seen in (True, "true", "True", 1), value)
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            expect(f"{what} {key}", float(seen), float(value))
        else:
            expect(f"{what} {key}", seen, value)


def check_networkx_graphml(folder, data, nodes, ties):
    graph = nx.read_graphml(os.path.join(folder, "network.graphml"))
    expect("networkx GraphML node ids", list(graph.nodes), [n["id"] for n in nodes])
    expect("networkx GraphML edge count", graph.number_of_edges(), len(ties))
    if "title" in data:
        expect("networkx GraphML title", graph.graph.get("title"), data["title"])
    for node in nodes:
        check_values(f"networkx GraphML node {node['id']!r}", graph.nodes[node["id"]], node, NODE_COLUMNS)
    edges = list(graph.edges(keys=True, data=True))
    for index, tie in enumerate(ties):
        source, target, _, attributes = edges_between(edges, tie, index)
        check_values(f"networkx GraphML tie {index}", attributes, tie, TIE_COLUMNS, skip=("source", "target"))
    print(f"networkx {nx.__version__} reads the GraphML: {len(nodes)} nodes, {len(ties)} ties, every attribute")


def edges_between(edges, tie, index, gexf=False):
    """The edge Guanxi wrote for tie `index`: GraphML edge ids are e0, e1 … (networkx's
    keys); GEXF edge ids 0, 1 … (kept as the `id` attribute)."""
    for edge in edges:
        if edge[0] != tie["source"] or edge[1] != tie["target"]:
            continue
        if (gexf and edge[3].get("id") == str(index)) or (not gexf and edge[2] == f"e{index}"):
            return edge
    fail(f"tie {index} {tie['source']!r} -> {tie['target']!r} ({tie['relation']}) missing")


def check_igraph_graphml(folder, data, nodes, ties):
    graph = ig.Graph.Read_GraphML(os.path.join(folder, "network.graphml"))
    expect("igraph vertex ids", graph.vs["id"], [n["id"] for n in nodes])
    expect("igraph edge count", graph.ecount(), len(ties))
    for vertex, node in zip(graph.vs, nodes):
        check_values(f"igraph vertex {node['id']!r}", vertex.attributes(), node, NODE_COLUMNS)
    for edge, tie in zip(graph.es, ties):
        expect("igraph edge ends", (graph.vs[edge.source]["id"], graph.vs[edge.target]["id"]), (tie["source"], tie["target"]))
        attributes = {k: v for k, v in edge.attributes().items() if k != "id"}
        check_values(f"igraph edge {edge.index}", attributes, tie, TIE_COLUMNS, skip=("source", "target"))
    print(f"python-igraph {ig.__version__} reads the GraphML: {graph.vcount()} vertices, {graph.ecount()} edges, every attribute")


def check_networkx_gexf(folder, data, nodes, ties):
    graph = nx.read_gexf(os.path.join(folder, "network.gexf"), version="1.3")
    expect("networkx GEXF node ids", list(graph.nodes), [n["id"] for n in nodes])
    mutual = sum(1 for t in ties if t["mutual"])
    # A mutual edge counts both ways in GEXF: networkx adds the reverse edge too.
    expect("networkx GEXF edge count", graph.number_of_edges(), len(ties) + mutual)
    for node in nodes:
        attributes = dict(graph.nodes[node["id"]])
        expect(f"networkx GEXF label of {node['id']!r}", attributes.pop("label"), node["name"])
        attributes.pop("viz", None)
        check_values(f"networkx GEXF node {node['id']!r}", attributes, node, NODE_COLUMNS, skip=("name",))
    edges = list(graph.edges(keys=True, data=True))
    for index, tie in enumerate(ties):
        _, _, _, attributes = edges_between(edges, tie, index, gexf=True)
        expect(f"networkx GEXF weight of tie {index}", attributes["weight"], tie["trust"])
        attributes = {k: v for k, v in attributes.items() if k not in ("weight", "label", "id")}
        check_values(f"networkx GEXF tie {index}", attributes, tie, TIE_COLUMNS, skip=("source", "target"))
    print(f"networkx {nx.__version__} reads the GEXF 1.3: {len(nodes)} nodes, {len(ties)} ties ({mutual} mutual, both ways), every attribute")


def check_openpyxl(folder, data, nodes, ties):
    book = openpyxl.load_workbook(os.path.join(folder, "network.xlsx"))
    expect("openpyxl sheet names", book.sheetnames[:2], ["nodes", "ties"])
    for sheet, rows, columns in ((book["nodes"], nodes, NODE_COLUMNS), (book["ties"], ties, TIE_COLUMNS)):
        values = list(sheet.iter_rows(values_only=True))
        header = list(values[0])
        expect(f"openpyxl {sheet.title} header", header[:len(columns)], columns)
        expect(f"openpyxl {sheet.title} row count", len(values) - 1, len(rows))
        for number, (cells, want) in enumerate(zip(values[1:], rows), start=2):
            got = {h: v for h, v in zip(header, cells) if v is not None}
            if "mutual" in got:
                got["mutual"] = {"yes": True, "no": False}[got["mutual"]]
            got.pop("id", None)
            for key in ("source", "target"):
                if key in got:
                    expect(f"openpyxl {sheet.title}!{key}{number}", got.pop(key), want[key])
            check_values(f"openpyxl {sheet.title} row {number}", got, want, columns, skip=("source", "target"))
    print(f"openpyxl {openpyxl.__version__} reads the XLSX: sheets {book.sheetnames}, {len(nodes)} nodes, {len(ties)} ties, every cell")


def main():
    folder = sys.argv[1]
    data, nodes, ties = reference(folder)
    check_networkx_graphml(folder, data, nodes, ties)
    check_igraph_graphml(folder, data, nodes, ties)
    check_networkx_gexf(folder, data, nodes, ties)
    check_openpyxl(folder, data, nodes, ties)


if __name__ == "__main__":
    main()
