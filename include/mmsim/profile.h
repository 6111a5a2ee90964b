/* SPDX-License-Identifier: MIT */
/*
 * The machine profile: everything about the machine that the model's
 * answers depend on (scenario.md, "The machine profile").  A model of Linux
 * is a model of Linux as configured: the same scenario gives different
 * answers on a kernel that maps the shared zero page and on one that
 * forbids it, with THP on or off, with or without swap.
 *
 * A profile is built in (the reference machine: x86_64 Linux 6.18.44 with
 * the zero page), probed from the running kernel, or read from a file of
 * "key = value" lines over the built-in one.  mmsim_profile_print() writes
 * the same keys back, so a host's profile can be saved and replayed
 * anywhere.
 */
#ifndef MMSIM_PROFILE_H
#define MMSIM_PROFILE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* transparent_hugepage/enabled, and each hugepages-<size>/enabled */
enum mmsim_thp_mode {
	MMSIM_THP_NEVER,
	MMSIM_THP_MADVISE,
	MMSIM_THP_ALWAYS,
	MMSIM_THP_INHERIT,	/* per size only: follow the top-level file */
	MMSIM_THP_ABSENT,	/* per size only: the kernel has no such file */
};

/* transparent_hugepage/defrag */
enum mmsim_thp_defrag {
	MMSIM_DEFRAG_ALWAYS,
	MMSIM_DEFRAG_DEFER,
	MMSIM_DEFRAG_DEFER_MADVISE,
	MMSIM_DEFRAG_MADVISE,
	MMSIM_DEFRAG_NEVER,
};

/* transparent_hugepage/shmem_enabled, and each hugepages-<size>/shmem_enabled */
enum mmsim_shmem_thp {
	MMSIM_SHMEM_NEVER,
	MMSIM_SHMEM_ALWAYS,
	MMSIM_SHMEM_WITHIN_SIZE,
	MMSIM_SHMEM_ADVISE,
	MMSIM_SHMEM_DENY,
	MMSIM_SHMEM_FORCE,
	MMSIM_SHMEM_INHERIT,	/* per size only */
	MMSIM_SHMEM_ABSENT,	/* per size only */
};

/* Folio orders with a hugepages-<size> directory on x86_64: 8 kB to 2 MiB. */
#define MMSIM_THP_MIN_ORDER	1
#define MMSIM_THP_PMD_ORDER	9

struct mmsim_profile {
	/* the kernel the model follows, and its page size (only 4096) */
	int kver_major, kver_minor, kver_patch;
	unsigned long page_size;

	/*
	 * May a read fault map the shared zero page?  Not where the kernel
	 * forbids it (mm_forbids_zeropage(): s390 guests with storage keys,
	 * a boot option such as pvm_no_zero_page=1): there a read fault of
	 * private anonymous memory allocates a page of its own.
	 */
	bool zero_page;

	/*
	 * Is the PTE of a page that an unshare fault copied (a read pin of a
	 * shared anonymous page: process_vm_readv() after fork) dirty?  Not
	 * in the 6.18 source, which keeps it clean; yes on this project's
	 * no-zero-page hosts, whose kernels carry patches of their own.
	 * Probed, like everything a kernel build may change.
	 */
	bool unshare_copy_dirty;

	/* /sys/kernel/mm/transparent_hugepage */
	enum mmsim_thp_mode thp_enabled;	/* never, madvise or always */
	enum mmsim_thp_defrag thp_defrag;
	enum mmsim_shmem_thp thp_shmem_enabled;
	bool thp_use_zero_page;	/* the huge zero page, where zero_page allows it */
	/* hugepages-<4 << order>kB/enabled (anonymous) and shmem_enabled */
	enum mmsim_thp_mode thp_order[MMSIM_THP_PMD_ORDER + 1];
	enum mmsim_shmem_thp thp_shmem_order[MMSIM_THP_PMD_ORDER + 1];

	/* the page cache */
	unsigned long fault_around_bytes;
	unsigned long read_ahead_kb;	/* of the disk holding the scratch directory */
	char scratch_fs[16];		/* the scratch directory's file system */

	/*
	 * The lowest address a hint or a growing stack may reach: the larger
	 * of vm.mmap_min_addr and CONFIG_LSM_MMAP_MIN_ADDR, so not always what
	 * the sysctl says.
	 */
	unsigned long mmap_min_addr;

	/* vm sysctls */
	unsigned long dac_mmap_min_addr;	/* vm.mmap_min_addr: below it, CAP_SYS_RAWIO */
	unsigned long max_map_count;
	int overcommit_memory;
	unsigned long overcommit_ratio;
	unsigned long overcommit_kbytes;
	int unprivileged_userfaultfd;
	int memfd_noexec;

	/* memory and swap, in pages */
	unsigned long totalram_pages;
	unsigned long totalswap_pages;
	bool swap;			/* a swap device is active */

	/* kernel features */
	bool soft_dirty;		/* CONFIG_MEM_SOFT_DIRTY */
	bool ksm;			/* CONFIG_KSM */
	int numa_nodes;
	bool root;			/* the scenario's processes are privileged */
};

/* The reference machine: x86_64 Linux 6.18.44, the zero page, THP madvise. */
void mmsim_profile_builtin(struct mmsim_profile *p);

/*
 * Read @p from the running kernel, each value from the file that says it
 * or, where none does, from the kernel's behaviour (a read fault for the
 * zero page, a write for soft-dirty, fault-around of a cached file).
 * @scratch_dir is where scenarios make their files (its file system and
 * disk count).  Values it cannot read keep what @p had.
 */
void mmsim_profile_probe(struct mmsim_profile *p, const char *scratch_dir);

/*
 * Set one key as mmsim_profile_print() names it.  0, -ENOENT for an
 * unknown key, -EINVAL for a value the key does not take.
 */
int mmsim_profile_set(struct mmsim_profile *p, const char *key,
		      const char *value);

/*
 * The value of @key as mmsim_profile_print() writes it, into @buf.  0, or
 * -ENOENT for an unknown key.  *@numeric (if not NULL) says whether the
 * value is a number, so that it may be compared as one.
 */
int mmsim_profile_get(const struct mmsim_profile *p, const char *key,
		      char *buf, size_t len, bool *numeric);

/*
 * Apply the "key = value" lines of @text (from @file, for messages) over
 * @p; '#' starts a comment.  0, or -EINVAL with "FILE:LINE:COL: error: ..."
 * in @err.
 */
int mmsim_profile_parse(struct mmsim_profile *p, const char *file,
			const char *text, char *err, size_t errlen);

/* Every key, one "key = value" line each, or one JSON object. */
void mmsim_profile_print(const struct mmsim_profile *p, FILE *f, bool json);

/*
 * The configuration features `require` names: zero_page, huge_zero_page,
 * thp, swap, soft_dirty, ksm, numa, root, userfaultfd.  Returns whether
 * @name is one; *@have says whether the profile has it.
 */
bool mmsim_profile_feature(const struct mmsim_profile *p, const char *name,
			   bool *have);

/* The mode in force for anonymous THP of @order: never, madvise or always. */
enum mmsim_thp_mode mmsim_profile_thp_order(const struct mmsim_profile *p,
					    int order);

#endif /* MMSIM_PROFILE_H */
