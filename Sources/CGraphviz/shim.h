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
#include <sys/mman.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Reproducible layouts in one process. cgraph identifies a named node or subgraph by the
// address of its interned name, and keeps subgraphs (clusters) ordered by that identity, so
// `dot`'s result depends on where malloc happened to put the names: the same graph laid out
// twice in one process came out differently. Guanxi's graphs therefore allocate from an arena
// of their own: one address range reserved up front (pages are committed only when touched),
// handed out in increasing order and released whole by `agclose`. Addresses, and so
// identities and orders, then follow creation order: every layout of the same DOT is the same.
typedef struct { char *base; size_t used; size_t reserved; } guanxi_arena_t;
static void *guanxi_arena_open(Agdisc_t *disc) {
    (void)disc;
    guanxi_arena_t *arena = malloc(sizeof *arena);
    if (!arena) return NULL;
    for (size_t reserve = (size_t)1 << 34; reserve >= ((size_t)1 << 28); reserve >>= 1) {
        void *base = mmap(NULL, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (base != MAP_FAILED) { arena->base = base; arena->used = 0; arena->reserved = reserve; return arena; }
    }
    free(arena);
    return NULL;
}
static void *guanxi_arena_alloc(void *state, size_t request) {
    guanxi_arena_t *arena = state;
    size_t size = (request + 15) & ~(size_t)15;
    if (size == 0) size = 16;
    if (arena->reserved - arena->used < size) return NULL;
    void *result = arena->base + arena->used;
    arena->used += size;
    return result;
}
static void *guanxi_arena_resize(void *state, void *ptr, size_t old, size_t request) {
    void *result = guanxi_arena_alloc(state, request);
    if (result && ptr) memcpy(result, ptr, old < request ? old : request);
    return result;
}
static void guanxi_arena_free(void *state, void *ptr) { (void)state; (void)ptr; }
static void guanxi_arena_close(void *state) {
    guanxi_arena_t *arena = state;
    munmap(arena->base, arena->reserved);
    free(arena);
}
// No `close` in the discipline: with one, `agclose` skips closing the graph's dictionaries
// ("free entire heap"), and cdt allocates each dictionary's header with malloc, so those would
// leak. `guanxi_close` closes the graph the ordinary way and then releases the arena.
static Agmemdisc_t guanxi_arena_disc = { guanxi_arena_open, guanxi_arena_alloc, guanxi_arena_resize, guanxi_arena_free, NULL };

/// Closes a root graph made by `guanxi_open` or `guanxi_read` and releases its arena.
static inline void guanxi_close(Agraph_t *g) {
    void *arena = g->clos->state.mem;
    agclose(g);
    if (arena) guanxi_arena_close(arena);
}
static Agdisc_t guanxi_disc = { &guanxi_arena_disc, &AgIdDisc, &AgIoDisc };
/// Reads DOT text into a graph that allocates from its own arena (instead of `agmemread`).
static Agraph_t *guanxi_read(const char *dot) {
    FILE *stream = fmemopen((void *)dot, strlen(dot), "r");
    if (!stream) return NULL;
    Agraph_t *g = agread(stream, &guanxi_disc);
    fclose(stream);
    return g;
}

/// A new, empty root graph allocating from its own arena: directed or undirected, never strict.
static inline Agraph_t *guanxi_open(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, &guanxi_disc);
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

/// The laid-out drawing's width and height in points (its bounding box, title included).
static inline void guanxi_drawing_size(Agraph_t *g, double *width, double *height) {
    boxf bb = GD_bb(g);
    *width = bb.UR.x - bb.LL.x;
    *height = bb.UR.y - bb.LL.y;
}

/// A laid-out node's width and height in points (as drawn, its label and shape included).
static inline void guanxi_node_size(Agnode_t *n, double *width, double *height) {
    *width = ND_width(n) * 72.0;
    *height = ND_height(n) * 72.0;
}

/// The number of points (Bezier control points, all pieces) of a laid-out edge's line.
static inline int guanxi_edge_point_count(Agedge_t *e) {
    splines *s = ED_spl(e);
    if (!s) return 0;
    int count = 0;
    for (int i = 0; i < s->size; i++) count += s->list[i].size;
    return count;
}

/// Copies a laid-out edge's points into `xy` (x, y pairs; room for guanxi_edge_point_count).
static inline void guanxi_edge_points(Agedge_t *e, double *xy) {
    splines *s = ED_spl(e);
    if (!s) return;
    int k = 0;
    for (int i = 0; i < s->size; i++) {
        for (int j = 0; j < s->list[i].size; j++) {
            xy[k++] = s->list[i].list[j].x;
            xy[k++] = s->list[i].list[j].y;
        }
    }
}

/// Sets the resolution a laid-out drawing renders at (dots per inch; 72 draws one point per
/// unit, as SVG and PDF should).
static inline void guanxi_set_dpi(Agraph_t *g, double dpi) {
    if (GD_drawing(g)) GD_drawing(g)->dpi = dpi;
}

/// Sets the size (points) a laid-out drawing is scaled down to when rendered: what the
/// `size` attribute sets before layout. Used after layout, once the paper's orientation is
/// chosen from the drawing's real size.
static inline void guanxi_set_render_size(Agraph_t *g, double width, double height) {
    if (!GD_drawing(g)) return;
    GD_drawing(g)->size.x = width;
    GD_drawing(g)->size.y = height;
    GD_drawing(g)->filled = 0;
}

#endif
