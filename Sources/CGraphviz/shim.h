// Shim between Swift and Graphviz's C libraries (libgvc, libcgraph).
//
// Includes the installed headers (pkg-config `libgvc`, apt `libgraphviz-dev`) and adds
// small const-correct wrappers. Graphviz 2.42/2.43 (Debian 12) declares names and values as
// `char *`, which Swift imports as `UnsafeMutablePointer<CChar>`, so string literals and
// `String` arguments do not convert. The wrappers take `const char *` and cast; Graphviz does
// not write through these pointers. They also hide the mutable globals (`Agdirected`, …)
// that Swift 6 rejects, and the `gvRenderData` length type that changed in Graphviz 13.
//
// Nothing here is thread-safe: callers serialize every call (see `GraphvizSession`).

#ifndef CGRAPHVIZ_SHIM_H
#define CGRAPHVIZ_SHIM_H

#include <stddef.h>
#include <stdlib.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#if __has_include(<graphviz/graphviz_version.h>)
#include <graphviz/graphviz_version.h>
#endif

/// Parses the first graph in `dot`; NULL on a syntax error (the message goes to the error function).
static inline Agraph_t *cgv_memread(const char *dot) {
    return agmemread((char *)dot);
}

/// Opens an empty graph without touching the mutable globals `Agdirected`, `Agstrictdirected`, ….
static inline Agraph_t *cgv_open(const char *name, int directed, int strict) {
    Agdesc_t desc;
    if (directed) {
        desc = strict ? Agstrictdirected : Agdirected;
    } else {
        desc = strict ? Agstrictundirected : Agundirected;
    }
    return agopen((char *)name, desc, NULL);
}

/// Puts the C library's random number generators back in the state a new process starts with.
///
/// sfdp (and neato with `start=random`) draw initial positions from `drand48`/`rand` without
/// reseeding them, so in one process the second layout of a graph differs from the first and
/// from the `sfdp` command. Called before every layout, this makes each in-process layout
/// equal to the command-line tool's. (fdp in Graphviz 2.43 keeps other state between layouts
/// and is not repeatable in-process even so.)
static inline void cgv_reset_random(void) {
    unsigned short state[3] = {0, 0, 0};
    seed48(state);
    srand(1);
}

/// Lays out `graph` with the named engine ("dot", "sfdp", …); -1 if the engine is unknown or fails.
static inline int cgv_layout(GVC_t *gvc, Agraph_t *graph, const char *engine) {
    return gvLayout(gvc, graph, (char *)engine);
}

/// Renders a laid-out graph into a buffer that the caller frees with `gvFreeRenderData`.
///
/// One signature for all Graphviz versions: the length is `unsigned int *` up to Graphviz 12
/// and `size_t *` from Graphviz 13 on.
static inline int cgv_render_data(GVC_t *gvc, Agraph_t *graph, const char *format,
                                  char **result, size_t *length) {
#if defined(GRAPHVIZ_VERSION_MAJOR) && GRAPHVIZ_VERSION_MAJOR >= 13
    return gvRenderData(gvc, graph, (char *)format, result, length);
#else
    unsigned int shortLength = 0;
    int status = gvRenderData(gvc, graph, (char *)format, result, &shortLength);
    *length = (size_t)shortLength;
    return status;
#endif
}

/// The value of attribute `name` on a graph, node or edge; NULL when the attribute is not declared.
static inline const char *cgv_get(void *object, const char *name) {
    return agget(object, (char *)name);
}

/// Sets attribute `name` on a graph, node or edge, declaring it with default `fallback` if needed.
static inline int cgv_safeset(void *object, const char *name, const char *value,
                              const char *fallback) {
    return agsafeset(object, (char *)name, (char *)value, (char *)fallback);
}

/// The name of a graph or node, or an edge's key (NULL for an edge without a key).
static inline const char *cgv_nameof(void *object) {
    return agnameof(object);
}

/// The tail (source) node of an edge; `agtail` is a macro in Graphviz 2.43.
static inline Agnode_t *cgv_tail(Agedge_t *edge) {
    return agtail(edge);
}

/// The head (target) node of an edge; `aghead` is a macro in Graphviz 2.43.
static inline Agnode_t *cgv_head(Agedge_t *edge) {
    return aghead(edge);
}

#endif
