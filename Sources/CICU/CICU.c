#include "CICU.h"

#include <unicode/ubrk.h>
#include <unicode/utext.h>

int32_t newsgraph_sentence_boundaries(const char *text, int64_t length, const char *locale,
                                      int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &status);
    if (U_FAILURE(status)) {
        utext_close(ut);
        return -1;
    }
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
