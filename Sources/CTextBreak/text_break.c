#include "text_break.h"
#include <string.h>
#include <unicode/ubrk.h>

/// One line break iterator per thread, kept for the next call: opening one
/// loads ICU's rules and costs about 55,000 instructions, which made the
/// breaking of a short word cost more than the rest of its line.
static _Thread_local UBreakIterator *kept = NULL;
static _Thread_local char keptLocale[64];

int32_t text_break_lines(const uint16_t *text, int32_t length, const char *locale, int32_t *out, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (kept == NULL || strncmp(keptLocale, locale, sizeof keptLocale) != 0) {
        if (kept != NULL) ubrk_close(kept);
        kept = NULL;
        if (strlen(locale) >= sizeof keptLocale) return -1;
        kept = ubrk_open(UBRK_LINE, locale, NULL, 0, &status);
        if (U_FAILURE(status)) {
            kept = NULL;
            return -1;
        }
        strcpy(keptLocale, locale);
    }
    ubrk_setText(kept, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -1;
    int32_t count = 0;
    for (int32_t at = ubrk_next(kept); at != UBRK_DONE; at = ubrk_next(kept)) {
        if (count < capacity) out[count] = at;
        count += 1;
    }
    return count;
}
