#include "CICU.h"

#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>

// Opening a sentence break iterator with its abbreviation list costs far more than using one, so
// each thread keeps the iterator it opened last and reuses it for the same locale.
static _Thread_local UBreakIterator *cached_iterator = NULL;
static _Thread_local char cached_locale[64] = {0};

static UBreakIterator *iterator_for(const char *locale, UErrorCode *status) {
    if (cached_iterator != NULL && strncmp(cached_locale, locale, sizeof cached_locale) == 0) {
        return cached_iterator;
    }
    if (cached_iterator != NULL) {
        ubrk_close(cached_iterator);
        cached_iterator = NULL;
    }
    UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, status);
    if (U_FAILURE(*status)) return NULL;
    cached_iterator = iterator;
    strncpy(cached_locale, locale, sizeof cached_locale - 1);
    return iterator;
}

int32_t newsgraph_sentence_boundaries(const char *text, int64_t length, const char *locale,
                                      int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UText *ut = utext_openUTF8(NULL, text, length, &status);
    if (U_FAILURE(status)) return -1;
    UBreakIterator *iterator = iterator_for(locale, &status);
    if (iterator == NULL || U_FAILURE(status)) {
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
    // Detach the text before it is closed: the cached iterator outlives it.
    UErrorCode ignored = U_ZERO_ERROR;
    UText *empty = utext_openUTF8(NULL, "", 0, &ignored);
    ubrk_setUText(iterator, empty, &ignored);
    utext_close(empty);
    utext_close(ut);
    return U_SUCCESS(status) ? count : -1;
}
