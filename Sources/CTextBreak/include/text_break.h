#ifndef TEXT_BREAK_H
#define TEXT_BREAK_H
#include <stdint.h>

/// Writes the offsets (UTF-16 units, after the first and up to `length`)
/// where `text` may break a line, in order, into `out`, at most `capacity`
/// of them, from ICU's rule- and dictionary-based line break iterator for
/// `locale`. Returns how many there are (which may exceed `capacity`), or
/// -1 when ICU refuses the locale or the text.
int32_t text_break_lines(const uint16_t *text, int32_t length, const char *locale, int32_t *out, int32_t capacity);

#endif
