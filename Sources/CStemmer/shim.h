// Snowball stemmers (Debian's libstemmer-dev; no pkg-config file, so the module map links -lstemmer).
#ifndef NEWSGRAPH_CSTEMMER_SHIM_H
#define NEWSGRAPH_CSTEMMER_SHIM_H
#include <libstemmer.h>
#endif
