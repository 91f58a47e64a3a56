#ifndef BENCH_SUPPORT_H
#define BENCH_SUPPORT_H

/// Opens a pseudo-terminal of the given size: *master and *slave are set to
/// close-on-exec descriptors. Returns 0, or -1 with errno set.
int bench_open_pty(int *master, int *slave, unsigned short rows, unsigned short columns);

/// POSIX_SPAWN_SETSID (a GNU extension the Swift Glibc module does not show).
short bench_spawn_setsid_flag(void);

#endif
