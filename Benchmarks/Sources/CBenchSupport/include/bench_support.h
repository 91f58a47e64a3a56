#ifndef BENCH_SUPPORT_H
#define BENCH_SUPPORT_H

/// Opens a pseudo-terminal of the given size: *master and *slave are set to
/// close-on-exec descriptors. Returns 0, or -1 with errno set.
int bench_open_pty(int *master, int *slave, unsigned short rows, unsigned short columns);

/// POSIX_SPAWN_SETSID (a GNU extension the Swift Glibc module does not show).
short bench_spawn_setsid_flag(void);

/// The resident set now, in KiB, after giving freed heap memory back to the
/// system (malloc_trim), so that what is left is what the process still holds.
long bench_trimmed_rss_kib(void);

/// Bytes the heap has handed out and not had back (mallinfo2: uordblks + hblkhd), in KiB.
long bench_heap_in_use_kib(void);

#endif
