// ICU's C API as installed by libicu-dev: only the break iterator is used,
// and only from C (CTextBreak), so that its types never meet the copy of
// ICU inside Foundation on the Swift side.
#include <unicode/ubrk.h>
