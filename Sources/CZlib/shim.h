// zlib (Debian's zlib1g-dev), for reading .gz inputs. ZLIB_CONST makes next_in a const pointer.
#ifndef NEWSGRAPH_CZLIB_SHIM_H
#define NEWSGRAPH_CZLIB_SHIM_H
#define ZLIB_CONST
#include <zlib.h>

// inflateInit2 is a macro; Swift sees only functions.
static inline int newsgraph_inflate_init(z_stream *stream) {
    // 15 + 32: a window of up to 32 KB, and a gzip or zlib header detected automatically.
    return inflateInit2(stream, 15 + 32);
}
#endif
