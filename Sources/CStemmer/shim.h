// Snowball's libstemmer (Debian: libstemmer-dev). Debian ships no pkg-config file for it,
// so the header is found on the default include path and the library by `link "stemmer"`.
#ifndef CSTEMMER_SHIM_H
#define CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
