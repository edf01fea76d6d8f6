// Sentence boundaries from ICU's break iterator (Debian's libicu-dev).
//
// ICU's own headers stay out of this header on purpose: Foundation on Linux carries a private
// copy of ICU whose types clash with the system's when both are visible to one Swift module.
#ifndef NEWSGRAPH_CICU_H
#define NEWSGRAPH_CICU_H

#include <stdint.h>

/// Writes the UTF-8 byte offsets of the sentence boundaries of `text` (including 0 and `length`)
/// into `out`, at most `capacity` of them, using ICU's sentence break rules for `locale`.
/// Returns how many were written, or -1 if ICU failed.
int32_t newsgraph_sentence_boundaries(const char *text, int64_t length, const char *locale,
                                      int32_t *out, int32_t capacity);

#endif
