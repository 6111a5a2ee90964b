/* SPDX-License-Identifier: MIT */
/*
 * libmmsim: a deterministic model of Linux 6.18 memory management.
 *
 * One machine holds processes; each process has an address space (an mm).
 * There is one call per system call, named after it, taking the process
 * first and returning what the kernel returns: a result >= 0 or -errno.
 * Memory accesses are calls too, and return a fault outcome instead of
 * raising a signal.
 */
#ifndef MMSIM_MMSIM_H
#define MMSIM_MMSIM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mmsim/profile.h>

struct mmsim_machine;
struct mmsim_process;

/* A machine and its first process ("main"); NULL if out of memory. */
struct mmsim_machine *mmsim_machine_create(const struct mmsim_profile *p);
void mmsim_machine_destroy(struct mmsim_machine *m);
struct mmsim_process *mmsim_main_process(struct mmsim_machine *m);

/*
 * Allocation failure injection: the @nth allocation from now on fails
 * (1 = the next one), 0 turns it off.  Returns how many allocations the
 * machine has made so far, so a test can count an operation's allocations.
 */
unsigned long mmsim_fail_nth(struct mmsim_machine *m, unsigned long nth);

/* ---- system calls ---------------------------------------------------- */

long mmsim_mmap(struct mmsim_process *p, unsigned long addr, unsigned long len,
		unsigned long prot, unsigned long flags, int fd, long off);
long mmsim_munmap(struct mmsim_process *p, unsigned long addr, unsigned long len);
long mmsim_mprotect(struct mmsim_process *p, unsigned long addr,
		    unsigned long len, unsigned long prot);
long mmsim_madvise(struct mmsim_process *p, unsigned long addr,
		   unsigned long len, int advice);
long mmsim_mremap(struct mmsim_process *p, unsigned long old_addr,
		  unsigned long old_len, unsigned long new_len,
		  unsigned long flags, unsigned long new_addr);
long mmsim_mlock(struct mmsim_process *p, unsigned long addr, unsigned long len);
long mmsim_mlock2(struct mmsim_process *p, unsigned long addr,
		  unsigned long len, unsigned long flags);
long mmsim_munlock(struct mmsim_process *p, unsigned long addr, unsigned long len);
long mmsim_msync(struct mmsim_process *p, unsigned long addr,
		 unsigned long len, unsigned long flags);
long mmsim_mseal(struct mmsim_process *p, unsigned long addr,
		 unsigned long len, unsigned long flags);
/*
 * mincore(): one byte per page of [addr, addr + len) into @vec, 1 where the
 * page is resident; 0 or -errno (-ENOMEM at a hole, with @vec filled up to
 * it).  @vec must hold a byte for every page of the range.
 */
long mmsim_mincore(struct mmsim_process *p, unsigned long addr,
		   unsigned long len, unsigned char *vec);

struct mmsim_iovec {
	unsigned long base, len;
};

long mmsim_process_madvise(struct mmsim_process *p, int pidfd,
			   const struct mmsim_iovec *iov, int niov,
			   int advice, unsigned long flags);

/* ---- files ------------------------------------------------------------ */

/*
 * Paths name entries of the machine's one directory, the scenario's
 * scratch directory ("." is the directory itself).  Descriptors start at 3,
 * as in the host's sandbox.
 */
long mmsim_open(struct mmsim_process *p, const char *path, int flags,
		unsigned int mode);
long mmsim_memfd_create(struct mmsim_process *p, const char *name,
			unsigned int flags);
long mmsim_close(struct mmsim_process *p, int fd);
long mmsim_unlink(struct mmsim_process *p, const char *path);
long mmsim_ftruncate(struct mmsim_process *p, int fd, long long length);
long mmsim_fallocate(struct mmsim_process *p, int fd, int mode, long long off,
		     long long len);
long mmsim_fcntl(struct mmsim_process *p, int fd, int cmd, unsigned long arg);
/* pwrite() of @len copies of @byte; the bytes written or -errno. */
long mmsim_pwrite(struct mmsim_process *p, int fd, int byte, long long len,
		  long long off);
/*
 * pread() of [off, off + len): the bytes read or -errno; *byte is their
 * common byte, MMSIM_READ_MIXED, or MMSIM_READ_NONE if none were read.
 */
long mmsim_pread(struct mmsim_process *p, int fd, long long len, long long off,
		 int *byte);
long mmsim_fsync(struct mmsim_process *p, int fd);
/*
 * The file system's state as text (names, inodes, cached folios, blocks,
 * descriptors) into @buf; returns the length it needs.  For tests that
 * compare machines.
 */
size_t mmsim_fs_state(struct mmsim_machine *m, char *buf, size_t len);
/*
 * process_vm_readv() and process_vm_writev() of the process's own memory
 * (one range, the local side a buffer): the pages are taken as
 * get_user_pages takes another process's (pinned, FOLL_REMOTE, without
 * FOLL_FORCE), so a guard region or a VMA that forbids the access is
 * -EFAULT.  Returns the bytes moved, a short count if an earlier page was
 * done, or -errno (-EINVAL for a negative length).  writev writes @len
 * copies of @byte.
 */
long mmsim_process_vm_readv(struct mmsim_process *p, unsigned long addr,
			    unsigned long len);
long mmsim_process_vm_writev(struct mmsim_process *p, unsigned long addr,
			     unsigned long len, int byte);

/* ---- userfaultfd ------------------------------------------------------ */

/*
 * userfaultfd(): a descriptor, or -errno.  @flags: O_CLOEXEC, O_NONBLOCK,
 * UFFD_USER_MODE_ONLY.  -EPERM for a kernel-mode userfaultfd where the
 * profile is neither root nor allows it (vm.unprivileged_userfaultfd).
 */
long mmsim_userfaultfd(struct mmsim_process *p, int flags);

/*
 * The registration ioctls, their structures as in
 * include/uapi/linux/userfaultfd.h: the caller fills the inputs, the call
 * fills the outputs (UFFDIO_API: all three fields; UFFDIO_REGISTER:
 * @ioctls) and returns 0 or -errno.
 */
struct mmsim_uffdio_api {
	uint64_t api;
	uint64_t features;	/* in: wanted; out: all the kernel offers */
	uint64_t ioctls;	/* out */
};

struct mmsim_uffdio_register {
	uint64_t start, len;
	uint64_t mode;		/* UFFDIO_REGISTER_MODE_* */
	uint64_t ioctls;	/* out: the ioctls the range supports */
};

long mmsim_uffdio_api(struct mmsim_process *p, int fd,
		      struct mmsim_uffdio_api *api);
long mmsim_uffdio_register(struct mmsim_process *p, int fd,
			   struct mmsim_uffdio_register *reg);
long mmsim_uffdio_unregister(struct mmsim_process *p, int fd,
			     uint64_t start, uint64_t len);

/*
 * Why the last operation could not go on, or NULL.  Some things a process
 * may do have no outcome a model can give: a fault that the kernel hands to
 * a userfaultfd handler, and a userfaultfd event (fork, munmap, mremap,
 * MADV_DONTNEED... under UFFD_FEATURE_EVENT_*), make the process sleep
 * until someone reads the descriptor, and no one does.  The operation then
 * returns at once with an outcome that means nothing, and this says why;
 * the caller should stop using the machine.
 */
const char *mmsim_stopped(struct mmsim_machine *m);

/* fork(): the child, or NULL with *err = -ENOMEM. */
struct mmsim_process *mmsim_fork(struct mmsim_process *p, long *err);
/* exit(): tears the process's memory down and frees it. */
void mmsim_exit(struct mmsim_process *p);

/* ---- memory accesses -------------------------------------------------- */

enum mmsim_access {
	MMSIM_ACCESS_OK = 0,
	MMSIM_ACCESS_SIGSEGV = 11,
	MMSIM_ACCESS_SIGBUS = 7,
};

#define MMSIM_READ_MIXED	(-1)
#define MMSIM_READ_NONE		(-3)	/* pread at the end of file */

/*
 * Read [addr, addr + len) as the process's own loads.  On success *byte is
 * the common byte, or MMSIM_READ_MIXED if the bytes differ; on a fault the
 * signal of the first faulting byte is returned.
 */
enum mmsim_access mmsim_read(struct mmsim_process *p, unsigned long addr,
			     unsigned long len, int *byte);
/* Write @len copies of @byte; pages before a faulting page stay written. */
enum mmsim_access mmsim_write(struct mmsim_process *p, unsigned long addr,
			      unsigned long len, int byte);

/* ---- observations ------------------------------------------------------ */

/* [start, end) of the VMA containing addr; false if none. */
bool mmsim_vma(struct mmsim_process *p, unsigned long addr,
	       unsigned long *start, unsigned long *end);
/* The permission column of /proc/pid/maps ("rw-p"); false if no VMA. */
bool mmsim_vma_prot(struct mmsim_process *p, unsigned long addr, char out[5]);
/* 1 if the VmFlags of the VMA at addr have @mnemonic, 0 if not, -1 no VMA. */
int mmsim_vmflag(struct mmsim_process *p, unsigned long addr, const char *mnemonic);
/* An smaps field of the VMA at addr, in bytes; -ENOENT unknown field, -EFAULT no VMA. */
long mmsim_smaps(struct mmsim_process *p, unsigned long addr, const char *field);
/* The /proc/pid/pagemap entry of the page at addr, frame bits included. */
uint64_t mmsim_pagemap(struct mmsim_process *p, unsigned long addr);
/* The frame number mapped at addr, or -1. */
long mmsim_frame(struct mmsim_process *p, unsigned long addr);
uint64_t mmsim_kpagecount(struct mmsim_machine *m, unsigned long pfn);
uint64_t mmsim_kpageflags(struct mmsim_machine *m, unsigned long pfn);
/*
 * The PAGEMAP_SCAN ioctl on /proc/pid/pagemap (include/uapi/linux/fs.h):
 * the same fields as struct pm_scan_arg but the size, and the same
 * PAGE_IS_* categories and PM_SCAN_* flags.  Fills up to @vec_len regions
 * of @vec, adjacent pages of equal categories (masked by @return_mask)
 * coalesced, and returns how many, or -errno; @walk_end is where the walk
 * stopped.
 */
struct mmsim_page_region {
	uint64_t start, end, categories;
};

struct mmsim_pm_scan_arg {
	uint64_t flags;
	uint64_t start, end;
	uint64_t walk_end;		/* out */
	struct mmsim_page_region *vec;
	uint64_t vec_len;
	uint64_t max_pages;		/* 0: no limit */
	uint64_t category_inverted, category_mask, category_anyof_mask;
	uint64_t return_mask;
};

long mmsim_pagemap_scan(struct mmsim_process *p, struct mmsim_pm_scan_arg *arg);
/* /proc/pid/maps into buf; returns the length it needs. */
size_t mmsim_maps(struct mmsim_process *p, char *buf, size_t len);

/*
 * Check every invariant of the machine (VMA tree, page tables against folio
 * counts, RSS counters, anon_vma chains).  Returns 0, or -1 with a report
 * of the first violation in @msg.
 */
int mmsim_validate(struct mmsim_machine *m, char *msg, size_t len);

/*
 * Test builds validate after every operation; a test that builds a huge
 * machine may turn that off and validate once at the end.
 */
void mmsim_validate_each_op(struct mmsim_machine *m, bool on);

#endif /* MMSIM_MMSIM_H */
