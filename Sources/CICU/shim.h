// Shim over ICU's sentence break iterator (Debian's libicu-dev, pkg-config icu-uc).
// ICU renames its C entry points per version (ubrk_open -> ubrk_open_72); wrapping the calls
// here keeps Swift code independent of the installed ICU version.
#ifndef NEWSGRAPH_CICU_SHIM_H
#define NEWSGRAPH_CICU_SHIM_H

#include <stdint.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

/// Writes the UTF-8 byte offsets of the sentence boundaries of `text` (including 0 and `length`)
/// into `out`, at most `capacity` of them. Returns how many were written, or -1 if ICU failed.
static inline int32_t cicu_sentence_boundaries(const char *text, int64_t length, const char *locale,
                                               int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) { utext_close(ut); return -1; }
    ubrk_setUText(iterator, ut, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        for (int32_t p = ubrk_first(iterator); p != UBRK_DONE && count < capacity; p = ubrk_next(iterator)) {
            out[count++] = p;
        }
    }
    ubrk_close(iterator);
    utext_close(ut);
    return U_SUCCESS(status) ? count : -1;
}

#endif
