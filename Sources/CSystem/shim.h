// The C library functions Guanxi needs that Swift's Glibc module does not export, for the
// Platform module only: glibc's malloc tuning (mallopt), renaming without replacing
// (renameat2, reached through syscall, which Swift cannot call: it is variadic), and zlib's
// raw inflate (its init is a macro).
#ifndef GUANXI_CSYSTEM_SHIM_H
#define GUANXI_CSYSTEM_SHIM_H
#include <errno.h>
#include <zlib.h>
#if defined(__linux__)
#include <fcntl.h>
#include <malloc.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

/// Renames `from` to `to` only if `to` does not exist (EEXIST otherwise); -1 with ENOSYS or
/// EINVAL where the kernel or file system cannot, so the caller falls back.
static inline int guanxi_rename_noreplace(const char *from, const char *to) {
#if defined(__linux__) && defined(SYS_renameat2)
    return (int)syscall(SYS_renameat2, AT_FDCWD, from, AT_FDCWD, to, 1 /* RENAME_NOREPLACE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}

/// A raw deflate stream (no zlib or gzip header), as ZIP entries hold.
static inline int guanxi_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

static inline int guanxi_deflate_init_raw(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
}
#endif
