#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H

// The system zlib (Debian's zlib1g-dev), for reading .tar.gz plugin archives.
#include <zlib.h>

/// inflateInit2 is a macro; Swift sees this function instead. 15 + 16: a gzip stream with
/// the largest window.
static inline int czlib_inflate_init_gzip(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
