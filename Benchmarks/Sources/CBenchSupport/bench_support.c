#define _GNU_SOURCE
#include "bench_support.h"

#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

int bench_open_pty(int *master, int *slave, unsigned short rows, unsigned short columns) {
    int m = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m < 0) return -1;
    if (grantpt(m) != 0 || unlockpt(m) != 0) {
        int saved = errno;
        close(m);
        errno = saved;
        return -1;
    }
    const char *name = ptsname(m);
    int s = name ? open(name, O_RDWR | O_NOCTTY | O_CLOEXEC) : -1;
    if (s < 0) {
        int saved = errno;
        close(m);
        errno = saved;
        return -1;
    }
    struct winsize size = {0};
    size.ws_row = rows;
    size.ws_col = columns;
    ioctl(m, TIOCSWINSZ, &size);
    *master = m;
    *slave = s;
    return 0;
}

short bench_spawn_setsid_flag(void) { return POSIX_SPAWN_SETSID; }
