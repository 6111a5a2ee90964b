// SPDX-License-Identifier: MIT
/*
 * The uapi constants of Linux 6.18 on x86_64 that scenarios may name.
 *
 * No value is taken from the build machine's headers, which may be older
 * than 6.18 (and the table must not change with the machine).  A name the
 * model itself uses is written once, in mm/uapi.h, and its entry here is
 * UAPI(name), so the scenario and the model cannot disagree about it; the
 * names only scenarios need are written out here.  tests/unit/test_uapi.c
 * checks every #define of uapi.h against this table.  Where x86_64 differs
 * from the generic uapi (MAP_32BIT, MAP_ABOVE4G) the x86_64 value is used;
 * the O_* values are the generic ones, which x86_64 uses unchanged.  Bit
 * flags are written in hex, O_* in octal as the kernel writes them.
 *
 * Families: PROT_, MAP_, MADV_, MREMAP_, MLOCK_, MCL_, MS_, MFD_, O_, F_,
 * FD_CLOEXEC, FALLOC_FL_, SEEK_, AT_FDCWD, PIDFD_, MPOL_, the pagemap bits
 * PM_* (as 64-bit masks: PM_PRESENT, bit 63, is the bit pattern INT64_MIN),
 * PM_SCAN_*, PAGE_IS_*, kpageflags KPF_* (as masks, 1 << bit, so that
 * "kpageflags(p) & KPF_ANON" works; bits 32 and up are the kernel-hacking
 * flags that /proc/kpageflags also reports), userfaultfd UFFD_*,
 * UFFDIO_*_MODE_* and the ioctl numbers _UFFDIO_* (bit numbers of the
 * UFFD_API_*IOCTLS masks), and errno names E* with their aliases EWOULDBLOCK,
 * EDEADLOCK and ENOTSUP.
 *
 * Signal names are not constants (the parser reads SIGSEGV and SIGBUS as
 * outcomes): sc_signal_name() has its own table.
 *
 * MREMAP_RELOCATE_ANON and MREMAP_MUST_RELOCATE_ANON come from a patch
 * series that was never merged: they exist only in mmsim's model, and the
 * kernel rejects them as unknown mremap() flags.
 *
 * The table is sorted by name (strcmp order), so lookups are a binary
 * search; tests/unit/test_consts.c checks the order and that no name is
 * there twice.
 */
#include <stdint.h>
#include <string.h>

#include "consts.h"
#include "../mm/uapi.h"

struct sc_const {
	const char *name;
	int64_t value;
};

/*
 * An entry whose value is mm/uapi.h's macro.  The cast keeps the 64-bit
 * pattern of the unsigned ones: UFFD_API_IOCTLS has bit 63 set.
 */
#define UAPI(name)	{ #name, (int64_t)(name) }

static const struct sc_const consts[] = {
	{ "AT_FDCWD", -100 },
	{ "E2BIG", 7 },
	{ "EACCES", 13 },
	{ "EADDRINUSE", 98 },
	{ "EADDRNOTAVAIL", 99 },
	{ "EADV", 68 },
	{ "EAFNOSUPPORT", 97 },
	{ "EAGAIN", 11 },
	{ "EALREADY", 114 },
	{ "EBADE", 52 },
	{ "EBADF", 9 },
	{ "EBADFD", 77 },
	{ "EBADMSG", 74 },
	{ "EBADR", 53 },
	{ "EBADRQC", 56 },
	{ "EBADSLT", 57 },
	{ "EBFONT", 59 },
	{ "EBUSY", 16 },
	{ "ECANCELED", 125 },
	{ "ECHILD", 10 },
	{ "ECHRNG", 44 },
	{ "ECOMM", 70 },
	{ "ECONNABORTED", 103 },
	{ "ECONNREFUSED", 111 },
	{ "ECONNRESET", 104 },
	{ "EDEADLK", 35 },
	{ "EDEADLOCK", 35 },
	{ "EDESTADDRREQ", 89 },
	{ "EDOM", 33 },
	{ "EDOTDOT", 73 },
	{ "EDQUOT", 122 },
	{ "EEXIST", 17 },
	{ "EFAULT", 14 },
	{ "EFBIG", 27 },
	{ "EHOSTDOWN", 112 },
	{ "EHOSTUNREACH", 113 },
	{ "EHWPOISON", 133 },
	{ "EIDRM", 43 },
	{ "EILSEQ", 84 },
	{ "EINPROGRESS", 115 },
	{ "EINTR", 4 },
	{ "EINVAL", 22 },
	{ "EIO", 5 },
	{ "EISCONN", 106 },
	{ "EISDIR", 21 },
	{ "EISNAM", 120 },
	{ "EKEYEXPIRED", 127 },
	{ "EKEYREJECTED", 129 },
	{ "EKEYREVOKED", 128 },
	{ "EL2HLT", 51 },
	{ "EL2NSYNC", 45 },
	{ "EL3HLT", 46 },
	{ "EL3RST", 47 },
	{ "ELIBACC", 79 },
	{ "ELIBBAD", 80 },
	{ "ELIBEXEC", 83 },
	{ "ELIBMAX", 82 },
	{ "ELIBSCN", 81 },
	{ "ELNRNG", 48 },
	{ "ELOOP", 40 },
	{ "EMEDIUMTYPE", 124 },
	{ "EMFILE", 24 },
	{ "EMLINK", 31 },
	{ "EMSGSIZE", 90 },
	{ "EMULTIHOP", 72 },
	{ "ENAMETOOLONG", 36 },
	{ "ENAVAIL", 119 },
	{ "ENETDOWN", 100 },
	{ "ENETRESET", 102 },
	{ "ENETUNREACH", 101 },
	{ "ENFILE", 23 },
	{ "ENOANO", 55 },
	{ "ENOBUFS", 105 },
	{ "ENOCSI", 50 },
	{ "ENODATA", 61 },
	{ "ENODEV", 19 },
	{ "ENOENT", 2 },
	{ "ENOEXEC", 8 },
	{ "ENOKEY", 126 },
	{ "ENOLCK", 37 },
	{ "ENOLINK", 67 },
	{ "ENOMEDIUM", 123 },
	{ "ENOMEM", 12 },
	{ "ENOMSG", 42 },
	{ "ENONET", 64 },
	{ "ENOPKG", 65 },
	{ "ENOPROTOOPT", 92 },
	{ "ENOSPC", 28 },
	{ "ENOSR", 63 },
	{ "ENOSTR", 60 },
	{ "ENOSYS", 38 },
	{ "ENOTBLK", 15 },
	{ "ENOTCONN", 107 },
	{ "ENOTDIR", 20 },
	{ "ENOTEMPTY", 39 },
	{ "ENOTNAM", 118 },
	{ "ENOTRECOVERABLE", 131 },
	{ "ENOTSOCK", 88 },
	{ "ENOTSUP", 95 },
	{ "ENOTTY", 25 },
	{ "ENOTUNIQ", 76 },
	{ "ENXIO", 6 },
	{ "EOPNOTSUPP", 95 },
	{ "EOVERFLOW", 75 },
	{ "EOWNERDEAD", 130 },
	{ "EPERM", 1 },
	{ "EPFNOSUPPORT", 96 },
	{ "EPIPE", 32 },
	{ "EPROTO", 71 },
	{ "EPROTONOSUPPORT", 93 },
	{ "EPROTOTYPE", 91 },
	{ "ERANGE", 34 },
	{ "EREMCHG", 78 },
	{ "EREMOTE", 66 },
	{ "EREMOTEIO", 121 },
	{ "ERESTART", 85 },
	{ "ERFKILL", 132 },
	{ "EROFS", 30 },
	{ "ESHUTDOWN", 108 },
	{ "ESOCKTNOSUPPORT", 94 },
	{ "ESPIPE", 29 },
	{ "ESRCH", 3 },
	{ "ESRMNT", 69 },
	{ "ESTALE", 116 },
	{ "ESTRPIPE", 86 },
	{ "ETIME", 62 },
	{ "ETIMEDOUT", 110 },
	{ "ETOOMANYREFS", 109 },
	{ "ETXTBSY", 26 },
	{ "EUCLEAN", 117 },
	{ "EUNATCH", 49 },
	{ "EUSERS", 87 },
	{ "EWOULDBLOCK", 11 },
	{ "EXDEV", 18 },
	{ "EXFULL", 54 },
	{ "FALLOC_FL_ALLOCATE_RANGE", 0x0 },
	{ "FALLOC_FL_COLLAPSE_RANGE", 0x8 },
	{ "FALLOC_FL_INSERT_RANGE", 0x20 },
	{ "FALLOC_FL_KEEP_SIZE", 0x1 },
	{ "FALLOC_FL_NO_HIDE_STALE", 0x4 },
	{ "FALLOC_FL_PUNCH_HOLE", 0x2 },
	{ "FALLOC_FL_UNSHARE_RANGE", 0x40 },
	{ "FALLOC_FL_WRITE_ZEROES", 0x80 },
	{ "FALLOC_FL_ZERO_RANGE", 0x10 },
	{ "FD_CLOEXEC", 1 },
	{ "F_ADD_SEALS", 1033 },
	{ "F_CANCELLK", 1029 },
	{ "F_CREATED_QUERY", 1028 },
	{ "F_DUPFD", 0 },
	{ "F_DUPFD_CLOEXEC", 1030 },
	{ "F_DUPFD_QUERY", 1027 },
	{ "F_GETFD", 1 },
	{ "F_GETFL", 3 },
	{ "F_GETLEASE", 1025 },
	{ "F_GETLK", 5 },
	{ "F_GETOWN", 9 },
	{ "F_GETOWNER_UIDS", 17 },
	{ "F_GETOWN_EX", 16 },
	{ "F_GETPIPE_SZ", 1032 },
	{ "F_GETSIG", 11 },
	{ "F_GET_FILE_RW_HINT", 1037 },
	{ "F_GET_RW_HINT", 1035 },
	{ "F_GET_SEALS", 1034 },
	{ "F_LINUX_SPECIFIC_BASE", 1024 },
	{ "F_NOTIFY", 1026 },
	{ "F_OFD_GETLK", 36 },
	{ "F_OFD_SETLK", 37 },
	{ "F_OFD_SETLKW", 38 },
	{ "F_RDLCK", 0 },
	{ "F_SEAL_EXEC", 0x20 },
	{ "F_SEAL_FUTURE_WRITE", 0x10 },
	{ "F_SEAL_GROW", 0x4 },
	{ "F_SEAL_SEAL", 0x1 },
	{ "F_SEAL_SHRINK", 0x2 },
	{ "F_SEAL_WRITE", 0x8 },
	{ "F_SETFD", 2 },
	{ "F_SETFL", 4 },
	{ "F_SETLEASE", 1024 },
	{ "F_SETLK", 6 },
	{ "F_SETLKW", 7 },
	{ "F_SETOWN", 8 },
	{ "F_SETOWN_EX", 15 },
	{ "F_SETPIPE_SZ", 1031 },
	{ "F_SETSIG", 10 },
	{ "F_SET_FILE_RW_HINT", 1038 },
	{ "F_SET_RW_HINT", 1036 },
	{ "F_UNLCK", 2 },
	{ "F_WRLCK", 1 },
	{ "KPF_ACTIVE", 0x40 },
	{ "KPF_ANON", 0x1000 },
	{ "KPF_ARCH", INT64_C(0x4000000000) },
	{ "KPF_ARCH_2", INT64_C(0x20000000000) },
	{ "KPF_ARCH_3", INT64_C(0x40000000000) },
	{ "KPF_BUDDY", 0x400 },
	{ "KPF_COMPOUND_HEAD", 0x8000 },
	{ "KPF_COMPOUND_TAIL", 0x10000 },
	{ "KPF_DIRTY", 0x10 },
	{ "KPF_ERROR", 0x2 },
	{ "KPF_HUGE", 0x20000 },
	{ "KPF_HWPOISON", 0x80000 },
	{ "KPF_IDLE", 0x2000000 },
	{ "KPF_KSM", 0x200000 },
	{ "KPF_LOCKED", 0x1 },
	{ "KPF_LRU", 0x20 },
	{ "KPF_MLOCKED", INT64_C(0x200000000) },
	{ "KPF_MMAP", 0x800 },
	{ "KPF_NOPAGE", 0x100000 },
	{ "KPF_OFFLINE", 0x800000 },
	{ "KPF_OWNER_2", INT64_C(0x400000000) },
	{ "KPF_OWNER_PRIVATE", INT64_C(0x2000000000) },
	{ "KPF_PGTABLE", 0x4000000 },
	{ "KPF_PRIVATE", INT64_C(0x800000000) },
	{ "KPF_PRIVATE_2", INT64_C(0x1000000000) },
	{ "KPF_RECLAIM", 0x200 },
	{ "KPF_REFERENCED", 0x4 },
	{ "KPF_RESERVED", INT64_C(0x100000000) },
	{ "KPF_SLAB", 0x80 },
	{ "KPF_SOFTDIRTY", INT64_C(0x10000000000) },
	{ "KPF_SWAPBACKED", 0x4000 },
	{ "KPF_SWAPCACHE", 0x2000 },
	{ "KPF_THP", 0x400000 },
	{ "KPF_UNEVICTABLE", 0x40000 },
	{ "KPF_UPTODATE", 0x8 },
	{ "KPF_WRITEBACK", 0x100 },
	{ "KPF_ZERO_PAGE", 0x1000000 },
	UAPI(MADV_COLD),
	UAPI(MADV_COLLAPSE),
	UAPI(MADV_DODUMP),
	UAPI(MADV_DOFORK),
	UAPI(MADV_DONTDUMP),
	UAPI(MADV_DONTFORK),
	UAPI(MADV_DONTNEED),
	UAPI(MADV_DONTNEED_LOCKED),
	UAPI(MADV_FREE),
	UAPI(MADV_GUARD_INSTALL),
	UAPI(MADV_GUARD_REMOVE),
	UAPI(MADV_HUGEPAGE),
	UAPI(MADV_HWPOISON),
	UAPI(MADV_KEEPONFORK),
	UAPI(MADV_MERGEABLE),
	UAPI(MADV_NOHUGEPAGE),
	UAPI(MADV_NORMAL),
	UAPI(MADV_PAGEOUT),
	UAPI(MADV_POPULATE_READ),
	UAPI(MADV_POPULATE_WRITE),
	UAPI(MADV_RANDOM),
	UAPI(MADV_REMOVE),
	UAPI(MADV_SEQUENTIAL),
	UAPI(MADV_SOFT_OFFLINE),
	UAPI(MADV_UNMERGEABLE),
	UAPI(MADV_WILLNEED),
	UAPI(MADV_WIPEONFORK),
	UAPI(MAP_32BIT),
	{ "MAP_ABOVE4G", 0x80 },
	{ "MAP_ANON", 0x20 },
	UAPI(MAP_ANONYMOUS),
	UAPI(MAP_DENYWRITE),
	UAPI(MAP_DROPPABLE),
	UAPI(MAP_EXECUTABLE),
	{ "MAP_FILE", 0x0 },
	UAPI(MAP_FIXED),
	UAPI(MAP_FIXED_NOREPLACE),
	UAPI(MAP_GROWSDOWN),
	UAPI(MAP_HUGETLB),
	{ "MAP_HUGE_16GB", INT64_C(0x88000000) },
	{ "MAP_HUGE_16KB", 0x38000000 },
	{ "MAP_HUGE_16MB", 0x60000000 },
	{ "MAP_HUGE_1GB", 0x78000000 },
	{ "MAP_HUGE_1MB", 0x50000000 },
	{ "MAP_HUGE_256MB", 0x70000000 },
	{ "MAP_HUGE_2GB", 0x7c000000 },
	{ "MAP_HUGE_2MB", 0x54000000 },
	{ "MAP_HUGE_32MB", 0x64000000 },
	{ "MAP_HUGE_512KB", 0x4c000000 },
	{ "MAP_HUGE_512MB", 0x74000000 },
	{ "MAP_HUGE_64KB", 0x40000000 },
	{ "MAP_HUGE_8MB", 0x5c000000 },
	{ "MAP_HUGE_MASK", 0x3f },
	{ "MAP_HUGE_SHIFT", 26 },
	UAPI(MAP_LOCKED),
	UAPI(MAP_NONBLOCK),
	UAPI(MAP_NORESERVE),
	UAPI(MAP_POPULATE),
	UAPI(MAP_PRIVATE),
	UAPI(MAP_SHARED),
	UAPI(MAP_SHARED_VALIDATE),
	UAPI(MAP_STACK),
	UAPI(MAP_SYNC),
	UAPI(MAP_TYPE),
	UAPI(MAP_UNINITIALIZED),
	UAPI(MCL_CURRENT),
	UAPI(MCL_FUTURE),
	UAPI(MCL_ONFAULT),
	{ "MFD_ALLOW_SEALING", 0x2 },
	{ "MFD_CLOEXEC", 0x1 },
	{ "MFD_EXEC", 0x10 },
	{ "MFD_HUGETLB", 0x4 },
	{ "MFD_HUGE_16GB", INT64_C(0x88000000) },
	{ "MFD_HUGE_16MB", 0x60000000 },
	{ "MFD_HUGE_1GB", 0x78000000 },
	{ "MFD_HUGE_1MB", 0x50000000 },
	{ "MFD_HUGE_256MB", 0x70000000 },
	{ "MFD_HUGE_2GB", 0x7c000000 },
	{ "MFD_HUGE_2MB", 0x54000000 },
	{ "MFD_HUGE_32MB", 0x64000000 },
	{ "MFD_HUGE_512KB", 0x4c000000 },
	{ "MFD_HUGE_512MB", 0x74000000 },
	{ "MFD_HUGE_64KB", 0x40000000 },
	{ "MFD_HUGE_8MB", 0x5c000000 },
	{ "MFD_HUGE_MASK", 0x3f },
	{ "MFD_HUGE_SHIFT", 26 },
	{ "MFD_NOEXEC_SEAL", 0x8 },
	UAPI(MLOCK_ONFAULT),
	{ "MPOL_BIND", 2 },
	{ "MPOL_DEFAULT", 0 },
	{ "MPOL_F_NUMA_BALANCING", 0x2000 },
	{ "MPOL_F_RELATIVE_NODES", 0x4000 },
	{ "MPOL_F_STATIC_NODES", 0x8000 },
	{ "MPOL_INTERLEAVE", 3 },
	{ "MPOL_LOCAL", 4 },
	{ "MPOL_MF_MOVE", 0x2 },
	{ "MPOL_MF_MOVE_ALL", 0x4 },
	{ "MPOL_MF_STRICT", 0x1 },
	{ "MPOL_PREFERRED", 1 },
	{ "MPOL_PREFERRED_MANY", 5 },
	{ "MPOL_WEIGHTED_INTERLEAVE", 6 },
	UAPI(MREMAP_DONTUNMAP),
	UAPI(MREMAP_FIXED),
	UAPI(MREMAP_MAYMOVE),
	UAPI(MREMAP_MUST_RELOCATE_ANON),	/* model only */
	UAPI(MREMAP_RELOCATE_ANON),	/* model only */
	UAPI(MS_ASYNC),
	UAPI(MS_INVALIDATE),
	UAPI(MS_SYNC),
	{ "O_ACCMODE", 03 },
	{ "O_APPEND", 02000 },
	{ "O_CLOEXEC", 02000000 },
	{ "O_CREAT", 0100 },
	{ "O_DIRECT", 040000 },
	{ "O_DIRECTORY", 0200000 },
	{ "O_DSYNC", 010000 },
	{ "O_EXCL", 0200 },
	{ "O_LARGEFILE", 0100000 },
	{ "O_NDELAY", 04000 },
	{ "O_NOATIME", 01000000 },
	{ "O_NOCTTY", 0400 },
	{ "O_NOFOLLOW", 0400000 },
	{ "O_NONBLOCK", 04000 },
	{ "O_PATH", 010000000 },
	{ "O_RDONLY", 00 },
	{ "O_RDWR", 02 },
	{ "O_SYNC", 04010000 },
	{ "O_TMPFILE", 020200000 },
	{ "O_TRUNC", 01000 },
	{ "O_WRONLY", 01 },
	UAPI(PAGE_IS_FILE),
	UAPI(PAGE_IS_GUARD),
	UAPI(PAGE_IS_HUGE),
	UAPI(PAGE_IS_PFNZERO),
	UAPI(PAGE_IS_PRESENT),
	UAPI(PAGE_IS_SOFT_DIRTY),
	UAPI(PAGE_IS_SWAPPED),
	UAPI(PAGE_IS_WPALLOWED),
	UAPI(PAGE_IS_WRITTEN),
	{ "PIDFD_NONBLOCK", 04000 },
	{ "PIDFD_SELF", -10000 },
	{ "PIDFD_SELF_PROCESS", -10001 },
	UAPI(PIDFD_SELF_THREAD),
	UAPI(PIDFD_SELF_THREAD_GROUP),
	{ "PIDFD_THREAD", 0200 },
	{ "PM_FILE", INT64_C(0x2000000000000000) },
	{ "PM_GUARD_REGION", INT64_C(0x0400000000000000) },
	{ "PM_MMAP_EXCLUSIVE", INT64_C(0x0100000000000000) },
	{ "PM_PRESENT", INT64_MIN },
	UAPI(PM_SCAN_CHECK_WPASYNC),
	UAPI(PM_SCAN_WP_MATCHING),
	{ "PM_SOFT_DIRTY", INT64_C(0x0080000000000000) },
	{ "PM_SWAP", INT64_C(0x4000000000000000) },
	{ "PM_UFFD_WP", INT64_C(0x0200000000000000) },
	UAPI(PROT_EXEC),
	UAPI(PROT_GROWSDOWN),
	UAPI(PROT_GROWSUP),
	UAPI(PROT_NONE),
	UAPI(PROT_READ),
	UAPI(PROT_SEM),
	UAPI(PROT_WRITE),
	{ "SEEK_CUR", 1 },
	{ "SEEK_DATA", 3 },
	{ "SEEK_END", 2 },
	{ "SEEK_HOLE", 4 },
	{ "SEEK_SET", 0 },
	{ "UFFDIO_CONTINUE_MODE_DONTWAKE", 0x1 },
	{ "UFFDIO_CONTINUE_MODE_WP", 0x2 },
	{ "UFFDIO_COPY_MODE_DONTWAKE", 0x1 },
	{ "UFFDIO_COPY_MODE_WP", 0x2 },
	{ "UFFDIO_MOVE_MODE_ALLOW_SRC_HOLES", 0x2 },
	{ "UFFDIO_MOVE_MODE_DONTWAKE", 0x1 },
	{ "UFFDIO_POISON_MODE_DONTWAKE", 0x1 },
	UAPI(UFFDIO_REGISTER_MODE_MINOR),
	UAPI(UFFDIO_REGISTER_MODE_MISSING),
	UAPI(UFFDIO_REGISTER_MODE_WP),
	{ "UFFDIO_WRITEPROTECT_MODE_DONTWAKE", 0x2 },
	{ "UFFDIO_WRITEPROTECT_MODE_WP", 0x1 },
	{ "UFFDIO_ZEROPAGE_MODE_DONTWAKE", 0x1 },
	UAPI(UFFD_API),
	UAPI(UFFD_API_FEATURES),
	UAPI(UFFD_API_IOCTLS),
	UAPI(UFFD_API_RANGE_IOCTLS),
	{ "UFFD_API_RANGE_IOCTLS_BASIC", 0x1cc },
	{ "UFFD_EVENT_FORK", 0x13 },
	{ "UFFD_EVENT_PAGEFAULT", 0x12 },
	{ "UFFD_EVENT_REMAP", 0x14 },
	{ "UFFD_EVENT_REMOVE", 0x15 },
	{ "UFFD_EVENT_UNMAP", 0x16 },
	UAPI(UFFD_FEATURE_EVENT_FORK),
	UAPI(UFFD_FEATURE_EVENT_REMAP),
	UAPI(UFFD_FEATURE_EVENT_REMOVE),
	UAPI(UFFD_FEATURE_EVENT_UNMAP),
	UAPI(UFFD_FEATURE_EXACT_ADDRESS),
	UAPI(UFFD_FEATURE_MINOR_HUGETLBFS),
	UAPI(UFFD_FEATURE_MINOR_SHMEM),
	UAPI(UFFD_FEATURE_MISSING_HUGETLBFS),
	UAPI(UFFD_FEATURE_MISSING_SHMEM),
	UAPI(UFFD_FEATURE_MOVE),
	UAPI(UFFD_FEATURE_PAGEFAULT_FLAG_WP),
	UAPI(UFFD_FEATURE_POISON),
	UAPI(UFFD_FEATURE_SIGBUS),
	UAPI(UFFD_FEATURE_THREAD_ID),
	UAPI(UFFD_FEATURE_WP_ASYNC),
	UAPI(UFFD_FEATURE_WP_HUGETLBFS_SHMEM),
	UAPI(UFFD_FEATURE_WP_UNPOPULATED),
	{ "UFFD_PAGEFAULT_FLAG_MINOR", 0x4 },
	{ "UFFD_PAGEFAULT_FLAG_WP", 0x2 },
	{ "UFFD_PAGEFAULT_FLAG_WRITE", 0x1 },
	UAPI(UFFD_USER_MODE_ONLY),
	/* the ioctls' numbers: bits of the uffdio_api and uffdio_register masks */
	UAPI(_UFFDIO_API),
	UAPI(_UFFDIO_CONTINUE),
	UAPI(_UFFDIO_COPY),
	UAPI(_UFFDIO_MOVE),
	UAPI(_UFFDIO_POISON),
	UAPI(_UFFDIO_REGISTER),
	UAPI(_UFFDIO_UNREGISTER),
	UAPI(_UFFDIO_WAKE),
	UAPI(_UFFDIO_WRITEPROTECT),
	UAPI(_UFFDIO_ZEROPAGE),
};

/* Canonical names: EAGAIN, not EWOULDBLOCK; EDEADLK; EOPNOTSUPP. */
static const char *const errno_names[] = {
	[1] = "EPERM",
	[2] = "ENOENT",
	[3] = "ESRCH",
	[4] = "EINTR",
	[5] = "EIO",
	[6] = "ENXIO",
	[7] = "E2BIG",
	[8] = "ENOEXEC",
	[9] = "EBADF",
	[10] = "ECHILD",
	[11] = "EAGAIN",
	[12] = "ENOMEM",
	[13] = "EACCES",
	[14] = "EFAULT",
	[15] = "ENOTBLK",
	[16] = "EBUSY",
	[17] = "EEXIST",
	[18] = "EXDEV",
	[19] = "ENODEV",
	[20] = "ENOTDIR",
	[21] = "EISDIR",
	[22] = "EINVAL",
	[23] = "ENFILE",
	[24] = "EMFILE",
	[25] = "ENOTTY",
	[26] = "ETXTBSY",
	[27] = "EFBIG",
	[28] = "ENOSPC",
	[29] = "ESPIPE",
	[30] = "EROFS",
	[31] = "EMLINK",
	[32] = "EPIPE",
	[33] = "EDOM",
	[34] = "ERANGE",
	[35] = "EDEADLK",
	[36] = "ENAMETOOLONG",
	[37] = "ENOLCK",
	[38] = "ENOSYS",
	[39] = "ENOTEMPTY",
	[40] = "ELOOP",
	[42] = "ENOMSG",
	[43] = "EIDRM",
	[44] = "ECHRNG",
	[45] = "EL2NSYNC",
	[46] = "EL3HLT",
	[47] = "EL3RST",
	[48] = "ELNRNG",
	[49] = "EUNATCH",
	[50] = "ENOCSI",
	[51] = "EL2HLT",
	[52] = "EBADE",
	[53] = "EBADR",
	[54] = "EXFULL",
	[55] = "ENOANO",
	[56] = "EBADRQC",
	[57] = "EBADSLT",
	[59] = "EBFONT",
	[60] = "ENOSTR",
	[61] = "ENODATA",
	[62] = "ETIME",
	[63] = "ENOSR",
	[64] = "ENONET",
	[65] = "ENOPKG",
	[66] = "EREMOTE",
	[67] = "ENOLINK",
	[68] = "EADV",
	[69] = "ESRMNT",
	[70] = "ECOMM",
	[71] = "EPROTO",
	[72] = "EMULTIHOP",
	[73] = "EDOTDOT",
	[74] = "EBADMSG",
	[75] = "EOVERFLOW",
	[76] = "ENOTUNIQ",
	[77] = "EBADFD",
	[78] = "EREMCHG",
	[79] = "ELIBACC",
	[80] = "ELIBBAD",
	[81] = "ELIBSCN",
	[82] = "ELIBMAX",
	[83] = "ELIBEXEC",
	[84] = "EILSEQ",
	[85] = "ERESTART",
	[86] = "ESTRPIPE",
	[87] = "EUSERS",
	[88] = "ENOTSOCK",
	[89] = "EDESTADDRREQ",
	[90] = "EMSGSIZE",
	[91] = "EPROTOTYPE",
	[92] = "ENOPROTOOPT",
	[93] = "EPROTONOSUPPORT",
	[94] = "ESOCKTNOSUPPORT",
	[95] = "EOPNOTSUPP",
	[96] = "EPFNOSUPPORT",
	[97] = "EAFNOSUPPORT",
	[98] = "EADDRINUSE",
	[99] = "EADDRNOTAVAIL",
	[100] = "ENETDOWN",
	[101] = "ENETUNREACH",
	[102] = "ENETRESET",
	[103] = "ECONNABORTED",
	[104] = "ECONNRESET",
	[105] = "ENOBUFS",
	[106] = "EISCONN",
	[107] = "ENOTCONN",
	[108] = "ESHUTDOWN",
	[109] = "ETOOMANYREFS",
	[110] = "ETIMEDOUT",
	[111] = "ECONNREFUSED",
	[112] = "EHOSTDOWN",
	[113] = "EHOSTUNREACH",
	[114] = "EALREADY",
	[115] = "EINPROGRESS",
	[116] = "ESTALE",
	[117] = "EUCLEAN",
	[118] = "ENOTNAM",
	[119] = "ENAVAIL",
	[120] = "EISNAM",
	[121] = "EREMOTEIO",
	[122] = "EDQUOT",
	[123] = "ENOMEDIUM",
	[124] = "EMEDIUMTYPE",
	[125] = "ECANCELED",
	[126] = "ENOKEY",
	[127] = "EKEYEXPIRED",
	[128] = "EKEYREVOKED",
	[129] = "EKEYREJECTED",
	[130] = "EOWNERDEAD",
	[131] = "ENOTRECOVERABLE",
	[132] = "ERFKILL",
	[133] = "EHWPOISON",
};

/* x86_64 signal numbers (SIGIOT, SIGPOLL, SIGLOST are aliases). */
static const char *const signal_names[] = {
	[1] = "SIGHUP",
	[2] = "SIGINT",
	[3] = "SIGQUIT",
	[4] = "SIGILL",
	[5] = "SIGTRAP",
	[6] = "SIGABRT",
	[7] = "SIGBUS",
	[8] = "SIGFPE",
	[9] = "SIGKILL",
	[10] = "SIGUSR1",
	[11] = "SIGSEGV",
	[12] = "SIGUSR2",
	[13] = "SIGPIPE",
	[14] = "SIGALRM",
	[15] = "SIGTERM",
	[16] = "SIGSTKFLT",
	[17] = "SIGCHLD",
	[18] = "SIGCONT",
	[19] = "SIGSTOP",
	[20] = "SIGTSTP",
	[21] = "SIGTTIN",
	[22] = "SIGTTOU",
	[23] = "SIGURG",
	[24] = "SIGXCPU",
	[25] = "SIGXFSZ",
	[26] = "SIGVTALRM",
	[27] = "SIGPROF",
	[28] = "SIGWINCH",
	[29] = "SIGIO",
	[30] = "SIGPWR",
	[31] = "SIGSYS",
};

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/* strcmp() order between (name, len) and a NUL-terminated table name. */
static int cmp_name(const char *name, size_t len, const char *entry)
{
	size_t elen = strlen(entry);
	int c = memcmp(name, entry, len < elen ? len : elen);

	if (c)
		return c;
	if (len == elen)
		return 0;
	return len < elen ? -1 : 1;
}

bool sc_const_lookup(const char *name, size_t len, int64_t *val)
{
	size_t lo = 0, hi = ARRAY_SIZE(consts);

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_name(name, len, consts[mid].name);

		if (!c) {
			*val = consts[mid].value;
			return true;
		}
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return false;
}

const char *sc_errno_name(int64_t e)
{
	if (e <= 0 || e >= (int64_t)ARRAY_SIZE(errno_names))
		return NULL;
	return errno_names[e];
}

const char *sc_signal_name(int64_t s)
{
	if (s <= 0 || s >= (int64_t)ARRAY_SIZE(signal_names))
		return NULL;
	return signal_names[s];
}

#define SUGGEST_MAX	2
#define NAME_MAX_LEN	64

/*
 * Levenshtein distance between (a, la) and b, one row at a time.  Names
 * longer than any in the table are too far from all of them to suggest.
 */
static size_t edit_distance(const char *a, size_t la, const char *b)
{
	size_t lb = strlen(b), row[NAME_MAX_LEN + 1], i, j;

	if (la > NAME_MAX_LEN || lb > NAME_MAX_LEN)
		return SIZE_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t best = diag + (a[i - 1] != b[j - 1]);
			size_t up = row[j];

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			diag = up;
			row[j] = best;
		}
	}
	return row[lb];
}

const char *sc_const_suggest(const char *name, size_t len)
{
	const char *best = NULL;
	size_t i, best_d = SUGGEST_MAX + 1;

	for (i = 0; i < ARRAY_SIZE(consts); i++) {
		size_t d = edit_distance(name, len, consts[i].name);

		if (d < best_d) {
			best_d = d;
			best = consts[i].name;
		}
	}
	return best;
}
