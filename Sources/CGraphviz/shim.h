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

/// The version of the Graphviz headers this module is compiled against (`PACKAGE_VERSION` in
/// graphviz_version.h, e.g. "2.43.0"), or NULL when they do not define it. A constant: unlike
/// `gvcVersion`, it needs no Graphviz context (whose creation reads the plugin list).
static inline const char *cgv_header_version(void) {
#if defined(PACKAGE_VERSION)
    return PACKAGE_VERSION;
#else
    return NULL;
#endif
}

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

/// What the renderers read of a laid-out graph's resolution and size: the layout copied the `dpi`
/// and `size` attributes into the graph's drawing record (`graph_init`), and rendering reads them
/// from there. `available` is 0 when this Graphviz's headers do not expose the record.
typedef struct {
    int available;
    double dpi;
    double size_x;
    double size_y;
    int filled;
} cgv_resolution;

static inline cgv_resolution cgv_drawing_resolution(Agraph_t *graph) {
    cgv_resolution result = {0, 0, 0, 0, 0};
#if defined(GD_drawing)
    layout_t *drawing = GD_drawing(graph);
    if (drawing != NULL) {
        result.available = 1;
        result.dpi = drawing->dpi;
        result.size_x = drawing->size.x;
        result.size_y = drawing->size.y;
        result.filled = drawing->filled;
    }
#else
    (void)graph;
#endif
    return result;
}

/// Puts back a resolution that ``cgv_drawing_resolution`` returned.
static inline void cgv_restore_drawing_resolution(Agraph_t *graph, cgv_resolution resolution) {
#if defined(GD_drawing)
    layout_t *drawing = GD_drawing(graph);
    if (drawing != NULL && resolution.available) {
        drawing->dpi = resolution.dpi;
        drawing->size.x = resolution.size_x;
        drawing->size.y = resolution.size_y;
        drawing->filled = resolution.filled;
    }
#else
    (void)graph;
    (void)resolution;
#endif
}

/// After a layout, makes the next renders of `graph` use another resolution and largest size, as
/// if the attributes had been set before the layout.
///
/// `dpi`: dots per inch, or 0 to leave it. `size_inches`: the largest width and height, or 0 to
/// leave it; it is rounded to whole points as Graphviz rounds the `size` attribute (`POINTS`).
/// Returns 0 when this Graphviz's headers do not expose the drawing record; nothing is changed then.
static inline int cgv_set_drawing_resolution(Agraph_t *graph, double dpi, double size_inches) {
#if defined(GD_drawing) && defined(POINTS)
    layout_t *drawing = GD_drawing(graph);
    if (drawing == NULL) {
        return 0;
    }
    if (dpi > 0) {
        drawing->dpi = dpi;
    }
    if (size_inches > 0) {
        drawing->size.x = POINTS(size_inches);
        drawing->size.y = POINTS(size_inches);
        drawing->filled = 0;
    }
    return 1;
#else
    (void)graph;
    (void)dpi;
    (void)size_inches;
    return 0;
#endif
}

/// Whether `graph` sets `ratio`: then `size` shapes the layout itself, not only the rendering.
static inline int cgv_has_ratio(Agraph_t *graph) {
    const char *ratio = agget(graph, (char *)"ratio");
    return ratio != NULL && ratio[0] != '\0';
}

/// Whether a node of `graph` may show an image (`image` attribute declared): images are sized
/// at layout time with the graph's `dpi`.
static inline int cgv_has_node_images(Agraph_t *graph) {
    return agattr(graph, AGNODE, (char *)"image", NULL) != NULL;
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
