/* SPDX-License-Identifier: MIT */
/*
 * The uapi values the model needs, as Linux 6.18 defines them on x86_64.
 * Written out here rather than taken from the build machine's headers,
 * which may be older than the kernel the model follows.
 *
 * This is the one place these values are written: scenario/consts.c
 * takes each one from its macro, so a name defined here is also a
 * constant scenarios can use, with the model's value.
 * tests/unit/test_uapi.c checks that every #define here is in that
 * table (or in its list of exceptions, with the reason).
 */
#ifndef MMSIM_MM_UAPI_H
#define MMSIM_MM_UAPI_H

#define PROT_NONE		0x0
#define PROT_READ		0x1
#define PROT_WRITE		0x2
#define PROT_EXEC		0x4
#define PROT_SEM		0x8
#define PROT_GROWSDOWN		0x01000000
#define PROT_GROWSUP		0x02000000

#define MAP_SHARED		0x01
#define MAP_PRIVATE		0x02
#define MAP_SHARED_VALIDATE	0x03
#define MAP_DROPPABLE		0x08
#define MAP_TYPE		0x0f
#define MAP_FIXED		0x10
#define MAP_ANONYMOUS		0x20
#define MAP_32BIT		0x40
#define MAP_GROWSDOWN		0x0100
#define MAP_DENYWRITE		0x0800
#define MAP_EXECUTABLE		0x1000
#define MAP_LOCKED		0x2000
#define MAP_NORESERVE		0x4000
#define MAP_POPULATE		0x8000
#define MAP_NONBLOCK		0x10000
#define MAP_STACK		0x20000
#define MAP_HUGETLB		0x40000
#define MAP_SYNC		0x80000
#define MAP_FIXED_NOREPLACE	0x100000
#define MAP_UNINITIALIZED	0x4000000

#define MREMAP_MAYMOVE		1
#define MREMAP_FIXED		2
#define MREMAP_DONTUNMAP	4
#define MREMAP_RELOCATE_ANON	8	/* mmsim only: never merged upstream */
#define MREMAP_MUST_RELOCATE_ANON 16	/* mmsim only */

#define MADV_NORMAL		0
#define MADV_RANDOM		1
#define MADV_SEQUENTIAL		2
#define MADV_WILLNEED		3
#define MADV_DONTNEED		4
#define MADV_FREE		8
#define MADV_REMOVE		9
#define MADV_DONTFORK		10
#define MADV_DOFORK		11
#define MADV_MERGEABLE		12
#define MADV_UNMERGEABLE	13
#define MADV_HUGEPAGE		14
#define MADV_NOHUGEPAGE		15
#define MADV_DONTDUMP		16
#define MADV_DODUMP		17
#define MADV_WIPEONFORK		18
#define MADV_KEEPONFORK		19
#define MADV_COLD		20
#define MADV_PAGEOUT		21
#define MADV_POPULATE_READ	22
#define MADV_POPULATE_WRITE	23
#define MADV_DONTNEED_LOCKED	24
#define MADV_COLLAPSE		25
#define MADV_HWPOISON		100
#define MADV_SOFT_OFFLINE	101
#define MADV_GUARD_INSTALL	102
#define MADV_GUARD_REMOVE	103

#define MLOCK_ONFAULT		0x01
#define MCL_CURRENT		1
#define MCL_FUTURE		2
#define MCL_ONFAULT		4

#define MS_ASYNC		1
#define MS_INVALIDATE		2
#define MS_SYNC			4

#define PIDFD_SELF_THREAD	-10000
#define PIDFD_SELF_THREAD_GROUP	-10001

/* PAGEMAP_SCAN (include/uapi/linux/fs.h) */
#define PAGE_IS_WPALLOWED	(1UL << 0)
#define PAGE_IS_WRITTEN		(1UL << 1)
#define PAGE_IS_FILE		(1UL << 2)
#define PAGE_IS_PRESENT		(1UL << 3)
#define PAGE_IS_SWAPPED		(1UL << 4)
#define PAGE_IS_PFNZERO		(1UL << 5)
#define PAGE_IS_HUGE		(1UL << 6)
#define PAGE_IS_SOFT_DIRTY	(1UL << 7)
#define PAGE_IS_GUARD		(1UL << 8)
#define PM_SCAN_WP_MATCHING	(1UL << 0)
#define PM_SCAN_CHECK_WPASYNC	(1UL << 1)

/* userfaultfd (include/uapi/linux/userfaultfd.h) */
#define UFFD_API			0xaaULL
#define UFFD_USER_MODE_ONLY		1
#define UFFD_FEATURE_PAGEFAULT_FLAG_WP	(1U << 0)
#define UFFD_FEATURE_EVENT_FORK		(1U << 1)
#define UFFD_FEATURE_EVENT_REMAP	(1U << 2)
#define UFFD_FEATURE_EVENT_REMOVE	(1U << 3)
#define UFFD_FEATURE_MISSING_HUGETLBFS	(1U << 4)
#define UFFD_FEATURE_MISSING_SHMEM	(1U << 5)
#define UFFD_FEATURE_EVENT_UNMAP	(1U << 6)
#define UFFD_FEATURE_SIGBUS		(1U << 7)
#define UFFD_FEATURE_THREAD_ID		(1U << 8)
#define UFFD_FEATURE_MINOR_HUGETLBFS	(1U << 9)
#define UFFD_FEATURE_MINOR_SHMEM	(1U << 10)
#define UFFD_FEATURE_EXACT_ADDRESS	(1U << 11)
#define UFFD_FEATURE_WP_HUGETLBFS_SHMEM	(1U << 12)
#define UFFD_FEATURE_WP_UNPOPULATED	(1U << 13)
#define UFFD_FEATURE_POISON		(1U << 14)
#define UFFD_FEATURE_WP_ASYNC		(1U << 15)
#define UFFD_FEATURE_MOVE		(1U << 16)
/* everything 6.18 offers; x86_64 has the WP and MINOR parts too */
#define UFFD_API_FEATURES		((1U << 17) - 1)

#define UFFDIO_REGISTER_MODE_MISSING	(1ULL << 0)
#define UFFDIO_REGISTER_MODE_WP		(1ULL << 1)
#define UFFDIO_REGISTER_MODE_MINOR	(1ULL << 2)

/* the ioctls by number: bits of the masks UFFDIO_API and _REGISTER return */
#define _UFFDIO_REGISTER		0x00
#define _UFFDIO_UNREGISTER		0x01
#define _UFFDIO_WAKE			0x02
#define _UFFDIO_COPY			0x03
#define _UFFDIO_ZEROPAGE		0x04
#define _UFFDIO_MOVE			0x05
#define _UFFDIO_WRITEPROTECT		0x06
#define _UFFDIO_CONTINUE		0x07
#define _UFFDIO_POISON			0x08
#define _UFFDIO_API			0x3f
#define UFFD_API_IOCTLS			(1ULL << _UFFDIO_REGISTER | \
					 1ULL << _UFFDIO_UNREGISTER | \
					 1ULL << _UFFDIO_API)
#define UFFD_API_RANGE_IOCTLS		(1ULL << _UFFDIO_WAKE | 1ULL << _UFFDIO_COPY | \
					 1ULL << _UFFDIO_ZEROPAGE | 1ULL << _UFFDIO_MOVE | \
					 1ULL << _UFFDIO_WRITEPROTECT | \
					 1ULL << _UFFDIO_CONTINUE | 1ULL << _UFFDIO_POISON)

#endif
