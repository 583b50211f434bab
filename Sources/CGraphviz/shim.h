// Guanxi's window on Graphviz (libgvc, libcgraph): the headers, plus static inline helpers for
// what Swift 6 cannot call directly. Only the `Diagrams` module imports this.
//
// - The graph descriptors `Agdirected`/`Agundirected` are mutable C globals, which Swift 6
//   rejects as not concurrency-safe; functions returning them by value are fine.
// - cgraph's 2.42 API takes `char *` for strings it only reads (names, attribute values);
//   Swift passes Swift strings only as `const char *`, so these wrappers cast.
// - `agstrdup_html` marks a string as an HTML-like label; `guanxi_set_html` sets one.
#ifndef GUANXI_CGRAPHVIZ_SHIM_H
#define GUANXI_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// A new, empty root graph: directed or undirected, never strict.
static inline Agraph_t *guanxi_open(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

/// Declares an attribute for the graph (kind AGRAPH), its nodes (AGNODE) or edges (AGEDGE)
/// with a default value.
static inline Agsym_t *guanxi_declare(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

/// Sets a plain attribute on a graph, node or edge, declaring it with an empty default first.
static inline int guanxi_set(void *object, const char *name, const char *value) {
    return agsafeset(object, (char *)name, (char *)value, (char *)"");
}

/// Sets an HTML-like attribute (written `<...>` in DOT). `agstrdup_html` interns the text with
/// its HTML mark in the root graph's string pool; setting that same text finds the marked
/// entry; the extra reference is then released.
static inline int guanxi_set_html(Agraph_t *root, void *object, const char *name, const char *html) {
    char *marked = agstrdup_html(root, (char *)html);
    int result = agsafeset(object, (char *)name, marked, (char *)"");
    agstrfree(root, marked);
    return result;
}

/// The node named `name` in `g`, created if missing.
static inline Agnode_t *guanxi_node(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

/// A new anonymous edge from `tail` to `head` (parallel edges allowed: the graph is not strict).
static inline Agedge_t *guanxi_edge(Agraph_t *g, Agnode_t *tail, Agnode_t *head) {
    return agedge(g, tail, head, NULL, 1);
}

/// The subgraph named `name` of `g`, created if missing ("cluster…" names draw a box).
static inline Agraph_t *guanxi_subgraph(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

#endif
