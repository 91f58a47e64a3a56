// A thin C shim over ncursesw. Its macros and globals (stdscr, LINES, COLS,
// COLOR_PAIR, A_BOLD, KEY_RESIZE, …) do not import into Swift cleanly, so they
// are wrapped here in static inline functions. SwiftPM drops the pkg-config
// defines, hence the wide-character defines before the include.
#ifndef ROADMAP_CNCURSESW_SHIM_H
#define ROADMAP_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>

static inline WINDOW *roadmap_stdscr(void) { return stdscr; }
static inline int roadmap_lines(void) { return LINES; }
static inline int roadmap_cols(void) { return COLS; }
static inline int roadmap_err(void) { return ERR; }
static inline int roadmap_ok(void) { return OK; }
static inline int roadmap_key_code_yes(void) { return KEY_CODE_YES; }

static inline attr_t roadmap_a_normal(void) { return A_NORMAL; }
static inline attr_t roadmap_a_bold(void) { return A_BOLD; }
static inline attr_t roadmap_a_dim(void) { return A_DIM; }
static inline attr_t roadmap_a_reverse(void) { return A_REVERSE; }
static inline attr_t roadmap_a_underline(void) { return A_UNDERLINE; }
static inline int roadmap_color_pair(int n) { return (int)COLOR_PAIR(n); }

static inline int roadmap_key_resize(void) { return KEY_RESIZE; }
static inline int roadmap_key_up(void) { return KEY_UP; }
static inline int roadmap_key_down(void) { return KEY_DOWN; }
static inline int roadmap_key_left(void) { return KEY_LEFT; }
static inline int roadmap_key_right(void) { return KEY_RIGHT; }
static inline int roadmap_key_ppage(void) { return KEY_PPAGE; }
static inline int roadmap_key_npage(void) { return KEY_NPAGE; }
static inline int roadmap_key_home(void) { return KEY_HOME; }
static inline int roadmap_key_end(void) { return KEY_END; }
static inline int roadmap_key_enter(void) { return KEY_ENTER; }
static inline int roadmap_key_backspace(void) { return KEY_BACKSPACE; }
static inline int roadmap_key_dc(void) { return KEY_DC; }
static inline int roadmap_key_btab(void) { return KEY_BTAB; }

static inline int roadmap_key_find(void) { return KEY_FIND; }
static inline int roadmap_key_select(void) { return KEY_SELECT; }
static inline int roadmap_key_a1(void) { return KEY_A1; }
static inline int roadmap_key_c1(void) { return KEY_C1; }
static inline int roadmap_ccharw_max(void) { return CCHARW_MAX; }
static inline int roadmap_color_pairs(void) { return COLOR_PAIRS; }

/// The columns the C library (and so curses) gives a character: 2 wide, 1, 0 for a combining mark, -1 unprintable.
static inline int roadmap_wcwidth(wchar_t c) {
    extern int wcwidth(wchar_t);
    return wcwidth(c);
}

/// Starts curses on standard input and output like initscr, but returns 0
/// instead of exiting when the terminal type is unknown.
static inline int roadmap_start_terminal(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return 0;
    set_term(screen);
    return 1;
}

/// Clears and repaints the whole terminal at the next refresh (after a suspend or a resize).
static inline void roadmap_force_repaint(void) { clearok(curscr, TRUE); }

/// Asks the kernel for the terminal size and tells curses when it changed
/// (it may change while the program is suspended). Returns 1 when it changed.
static inline int roadmap_update_size(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return 0;
    if (size.ws_row == LINES && size.ws_col == COLS) return 0;
    resizeterm(size.ws_row, size.ws_col);
    return 1;
}

/// Draws one cell: `text` is a spacing character followed by its combining marks.
static inline int roadmap_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(stdscr, y, x, &cell);
}

/// Reads one key: returns KEY_CODE_YES for a function key, OK for a character, ERR for none.
static inline int roadmap_get_wch(wint_t *out) { return wget_wch(stdscr, out); }

#endif
