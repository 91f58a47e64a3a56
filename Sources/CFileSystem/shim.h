/* What the store needs of the C library that Glibc's Swift module leaves out:
   extended attributes (which hold POSIX ACLs) and O_PATH (a GNU extension,
   spelled __O_PATH without _GNU_SOURCE, which would clash with Glibc's module). */
#include <fcntl.h>
#include <sys/xattr.h>

/* Opens a folder for use as a descriptor only (when it may not be listed). */
static inline int roadmap_o_path(void) { return __O_PATH; }
