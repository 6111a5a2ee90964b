/* SPDX-License-Identifier: MIT */
/*
 * `mmsim bench`: the same work on the model and on the running kernel.
 *
 * Each workload is written once (host/bench_workloads.c) against a table
 * of operations, struct bench_ops, that one side implements with libmmsim
 * (cli/bench.c) and the other with real system calls inside
 * `mmsim-sandbox --bench` (host/sandbox_bench.c).  So both sides make the
 * same calls with the same arguments in the same order by construction,
 * and the host's loop runs inside the sandbox: the CLI sends one request
 * per round and gets back the time the round's timed parts took, never a
 * message per operation.
 *
 * The wire is the sandbox's SOCK_SEQPACKET socket on fd 3: one struct
 * bench_request, one struct bench_reply.
 */
#ifndef MMSIM_HOST_BENCH_H
#define MMSIM_HOST_BENCH_H

#include <stdint.h>

enum bench_workload {
	BW_WRITE_FAULT,		/* write faults on fresh private anonymous memory */
	BW_ZERO_READ,		/* read faults that map the zero page */
	BW_MMAP_MUNMAP,		/* mmap + munmap of one page among @fillers VMAs */
	BW_MPROTECT,		/* split and re-merge the middle of a large VMA */
	BW_FORK_COW,		/* fork, then the child writes every page */
	BW_DONTNEED,		/* MADV_DONTNEED over a populated range */
	BW_GUARD_INSTALL,	/* MADV_GUARD_INSTALL over a populated range */
	BW_GUARD_REMOVE,	/* MADV_GUARD_REMOVE over the guards it left */
	BW_SHMEM_READ,		/* read faults on cached shmem, with fault-around */
	BW_FILE_READ,		/* read faults on cached file pages, with fault-around */
	BW_MREMAP,		/* mremap move of a populated region, and back */
	NR_BENCH_WORKLOADS,
};

struct bench_params {
	uint32_t workload;	/* enum bench_workload */
	uint32_t pad;
	uint64_t pages;		/* size of the region a workload works on */
	uint64_t fillers;	/* other VMAs present (one page each) */
	uint64_t reps;		/* timed repetitions in one round */
};

struct bench_result {
	int64_t err;		/* 0, or -errno: the side could not do it */
	uint64_t ns;		/* time in the timed parts */
	uint64_t ops;		/* operations (pages, pairs) they did */
};

/*
 * What a side does, kernel-shaped: results are >= 0 or -errno, and
 * addresses are unsigned long as in the model's API.  Accesses return 0 or
 * the signal number they raised.
 */
struct bench_ops {
	long (*mmap)(void *ctx, unsigned long addr, unsigned long len,
		     int prot, int flags);
	long (*munmap)(void *ctx, unsigned long addr, unsigned long len);
	long (*mprotect)(void *ctx, unsigned long addr, unsigned long len,
			 int prot);
	long (*madvise)(void *ctx, unsigned long addr, unsigned long len,
			int advice);
	long (*mremap)(void *ctx, unsigned long addr, unsigned long old_len,
		       unsigned long new_len, int flags, unsigned long new_addr);
	/* fill [addr, addr + len) with @byte, as a scenario's write() */
	int (*write)(void *ctx, unsigned long addr, unsigned long len, int byte);
	/* load from every page of [addr, addr + len) */
	int (*read)(void *ctx, unsigned long addr, unsigned long len);
	/*
	 * fork(); the child fills [addr, addr + len) with @byte and exits;
	 * returns 0 once the child is gone, or -errno.
	 */
	long (*fork_write)(void *ctx, unsigned long addr, unsigned long len,
			   int byte);
	/*
	 * A read-only MAP_SHARED mapping of @len bytes of a file whose pages
	 * are all in the page cache: shmem (a memfd) if @shmem, else a file
	 * on disk.  Returns the address, or -errno (-ENOSYS: not modelled).
	 */
	long (*map_cached)(void *ctx, unsigned long len, int shmem);
	void (*unmap_cached)(void *ctx, unsigned long addr, unsigned long len);
};

/* What persists on one side between rounds: the filler VMAs. */
struct bench_state {
	uint64_t fillers;
};

/*
 * One round of @p on the side that @ops drives: setup, p->reps timed
 * repetitions, teardown.  Untimed setup includes bringing the number of
 * filler VMAs to p->fillers, which later rounds reuse.
 */
void bench_run(const struct bench_ops *ops, void *ctx, struct bench_state *st,
	       const struct bench_params *p, struct bench_result *r);

/* ---- the wire of `mmsim-sandbox --bench` ------------------------------- */

#define BENCH_MAGIC	0x4d4d4245	/* "MMBE" */

struct bench_request {
	uint32_t magic;
	uint32_t version;
	struct bench_params params;
};

struct bench_reply {
	uint32_t magic;
	uint32_t version;
	struct bench_result result;
};

#define BENCH_VERSION	1

/*
 * The sandbox's bench mode: serve bench requests on @sock until the CLI
 * goes away.  The first packet is a bench_reply with an empty result.
 */
int sandbox_bench_main(int sock);

/* `mmsim bench` (cli/bench.c): argv[0] is "bench". */
int bench_main(int argc, char **argv);

#endif /* MMSIM_HOST_BENCH_H */
