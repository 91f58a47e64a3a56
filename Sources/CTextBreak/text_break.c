#include "text_break.h"
#include <unicode/ubrk.h>

int32_t text_break_lines(const uint16_t *text, int32_t length, const char *locale, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t at = ubrk_next(iterator); at != UBRK_DONE; at = ubrk_next(iterator)) {
        if (count < capacity) out[count] = at;
        count += 1;
    }
    ubrk_close(iterator);
    return count;
}
