#include "CICU.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>

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

/// Whether every byte is ASCII, eight at a time.
static int is_ascii(const char *text, int64_t length) {
    int64_t i = 0;
    for (; i + 8 <= length; i += 8) {
        uint64_t word;
        memcpy(&word, text + i, 8);
        if (word & 0x8080808080808080ULL) return 0;
    }
    for (; i < length; i++) {
        if ((unsigned char)text[i] & 0x80) return 0;
    }
    return 1;
}

int32_t newsgraph_sentence_boundaries(const char *text, int64_t length, const char *locale,
                                      int32_t *out, int32_t capacity) {
    if (length < 0 || length > INT32_MAX / 2) return -1;
    UErrorCode status = U_ZERO_ERROR;
    // ICU walks UTF-16 natively; a UTF-8 UText maps every chunk it reads, which costs more than
    // converting the whole text once (the text is valid UTF-8: it comes from a Swift String).
    UChar *utf16 = malloc(((size_t)length + 1) * sizeof(UChar));
    if (utf16 == NULL) return -1;
    int32_t units = 0;
    int ascii = is_ascii(text, length);
    if (ascii) {
        // Most news text: widening each byte is all the conversion there is (and vectorizes).
        for (int64_t i = 0; i < length; i++) utf16[i] = (UChar)(unsigned char)text[i];
        utf16[length] = 0;
        units = (int32_t)length;
    } else {
        u_strFromUTF8WithSub(utf16, (int32_t)length + 1, &units, text, (int32_t)length, 0xFFFD, NULL, &status);
    }
    UBreakIterator *iterator = U_SUCCESS(status) ? iterator_for(locale, &status) : NULL;
    if (iterator == NULL || U_FAILURE(status)) {
        free(utf16);
        return -1;
    }
    ubrk_setText(iterator, utf16, units, &status);
    int32_t count = 0;
    if (U_SUCCESS(status)) {
        // Boundaries come in increasing UTF-16 offsets: walk the UTF-8 bytes alongside.
        int64_t byte = 0;
        int32_t unit = 0;
        for (int32_t p = ubrk_first(iterator); p != UBRK_DONE && count < capacity; p = ubrk_next(iterator)) {
            if (ascii) {
                out[count++] = p;  // one byte, one unit
                continue;
            }
            while (unit < p && byte < length) {
                unsigned char lead = (unsigned char)text[byte];
                int width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
                unit += width == 4 ? 2 : 1;
                byte += width;
            }
            out[count++] = (int32_t)(byte < length ? byte : length);
        }
    }
    // Detach the text before it is freed: the cached iterator outlives it.
    UErrorCode ignored = U_ZERO_ERROR;
    static const UChar empty[1] = {0};
    ubrk_setText(iterator, empty, 0, &ignored);
    free(utf16);
    return U_SUCCESS(status) ? count : -1;
}
