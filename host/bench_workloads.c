// SPDX-License-Identifier: MIT
/*
 * The workloads of `mmsim bench`, written once for both sides.
 *
 * This file is linked into the CLI (driving libmmsim) and into
 * mmsim-sandbox (driving the kernel), so it allocates nothing and calls
 * nothing but its bench_ops and clock_gettime().  A round is setup (not
 * timed), @reps repetitions of which only the operations under test are
 * timed, and teardown; the result is the sum of the timed intervals and the
 * number of operations in them.
 *
 * Placement: filler VMAs sit at BENCH_FILLER_BASE, one page each with a
 * one-page hole above so that none merges; regions that must not move
 * between rounds sit at BENCH_WORK_BASE; everything else is placed by
 * mmap(NULL), top-down below mmap_base, as in a scenario.
 */
#include <errno.h>
#include <stdbool.h>
#include <sys/mman.h>
#include <time.h>

#include "bench.h"

#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL	102
#define MADV_GUARD_REMOVE	103
#endif
#ifndef MAP_FIXED_NOREPLACE
#define MAP_FIXED_NOREPLACE	0x100000
#endif

#define BENCH_PAGE		4096UL
#define BENCH_PMD		(512 * BENCH_PAGE)
#define BENCH_FILLER_BASE	0x100000000000UL	/* 16 TiB */
#define BENCH_WORK_BASE		0x300000000000UL	/* 48 TiB */

/* each workload keeps its name, for profiles: callgrind --toggle-collect=run_* */
#define noinline	__attribute__((noinline))

#define RW	(PROT_READ | PROT_WRITE)
#define ANON	(MAP_PRIVATE | MAP_ANONYMOUS)

static uint64_t now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

struct round {
	const struct bench_ops *ops;
	void *ctx;
	const struct bench_params *p;
	unsigned long len;		/* p->pages in bytes */
	uint64_t t0, ns, ops_done;
};

static void start(struct round *r)
{
	r->t0 = now_ns();
}

static void stop(struct round *r, uint64_t ops)
{
	r->ns += now_ns() - r->t0;
	r->ops_done += ops;
}

static unsigned long filler_addr(uint64_t i)
{
	return BENCH_FILLER_BASE + 2 * i * BENCH_PAGE;
}

/* Bring the filler VMAs to @n: read-only private pages, never touched. */
static long set_fillers(const struct bench_ops *ops, void *ctx,
			struct bench_state *st, uint64_t n)
{
	long ret;

	while (st->fillers < n) {
		ret = ops->mmap(ctx, filler_addr(st->fillers), BENCH_PAGE,
				PROT_READ, ANON | MAP_FIXED_NOREPLACE);
		if (ret < 0)
			return ret;
		st->fillers++;
	}
	while (st->fillers > n) {
		ret = ops->munmap(ctx, filler_addr(st->fillers - 1), BENCH_PAGE);
		if (ret < 0)
			return ret;
		st->fillers--;
	}
	return 0;
}

/*
 * A private anonymous region of r->len bytes, placed as a scenario's
 * mmap(NULL) would be.  Huge pages stay out of it whatever the host's THP
 * setting: the model has none yet, and the work must be the same.
 */
static long map_region(struct round *r)
{
	long a = r->ops->mmap(r->ctx, 0, r->len, RW, ANON);

	if (a < 0)
		return a;
	r->ops->madvise(r->ctx, (unsigned long)a, r->len, MADV_NOHUGEPAGE);
	return a;
}

/* 1, 2: faults on fresh memory; each repetition maps a new region. */
static noinline long run_fresh_faults(struct round *r, bool write)
{
	const struct bench_ops *ops = r->ops;
	uint64_t i;
	long a, ret;

	for (i = 0; i < r->p->reps; i++) {
		a = map_region(r);
		if (a < 0)
			return a;
		start(r);
		ret = write ? ops->write(r->ctx, (unsigned long)a, r->len, 'a') :
			      ops->read(r->ctx, (unsigned long)a, r->len);
		stop(r, r->p->pages);
		ops->munmap(r->ctx, (unsigned long)a, r->len);
		if (ret)
			return -EFAULT;
	}
	return 0;
}

/* 3, 9: a one-page mapping made and removed among the fillers. */
static noinline long run_mmap_munmap(struct round *r)
{
	const struct bench_ops *ops = r->ops;
	long a = 0, ret = 0;
	uint64_t i;

	start(r);
	for (i = 0; i < r->p->reps; i++) {
		a = ops->mmap(r->ctx, 0, BENCH_PAGE, RW, ANON);
		if (a < 0)
			break;
		ret = ops->munmap(r->ctx, (unsigned long)a, BENCH_PAGE);
		if (ret < 0)
			break;
	}
	stop(r, r->p->reps);
	return a < 0 ? a : ret;
}

/*
 * 4: the middle page of a populated region goes read-only, which splits
 * the VMA in three, and back, which merges the three again:
 *
 *   |      vma      |  ->  | vma | mid | new |  ->  |      vma      |
 */
static noinline long run_mprotect(struct round *r)
{
	const struct bench_ops *ops = r->ops;
	unsigned long mid;
	long a, ret = 0;
	uint64_t i;

	a = map_region(r);
	if (a < 0)
		return a;
	ret = ops->write(r->ctx, (unsigned long)a, r->len, 'a');
	mid = (unsigned long)a + r->p->pages / 2 * BENCH_PAGE;
	start(r);
	for (i = 0; i < r->p->reps && !ret; i++) {
		ret = ops->mprotect(r->ctx, mid, BENCH_PAGE, PROT_READ);
		if (!ret)
			ret = ops->mprotect(r->ctx, mid, BENCH_PAGE, RW);
	}
	stop(r, r->p->reps);
	ops->munmap(r->ctx, (unsigned long)a, r->len);
	return ret;
}

/* 5: fork, and the child writes every page (copy-on-write), then exits. */
static noinline long run_fork_cow(struct round *r)
{
	const struct bench_ops *ops = r->ops;
	long a, ret;
	uint64_t i;

	a = map_region(r);
	if (a < 0)
		return a;
	ret = ops->write(r->ctx, (unsigned long)a, r->len, 'a');
	for (i = 0; i < r->p->reps && !ret; i++) {
		start(r);
		ret = ops->fork_write(r->ctx, (unsigned long)a, r->len, 'b');
		stop(r, r->p->pages);
	}
	ops->munmap(r->ctx, (unsigned long)a, r->len);
	return ret;
}

/* 6: advice over a range populated (and, for removal, guarded) beforehand. */
static noinline long run_madvise(struct round *r, int advice)
{
	const struct bench_ops *ops = r->ops;
	unsigned long len = r->len;
	long a, ret = 0;
	uint64_t i;

	a = map_region(r);
	if (a < 0)
		return a;
	for (i = 0; i < r->p->reps && !ret; i++) {
		ret = ops->write(r->ctx, (unsigned long)a, len, 'a');
		if (!ret && advice == MADV_GUARD_REMOVE)
			ret = ops->madvise(r->ctx, (unsigned long)a, len,
					   MADV_GUARD_INSTALL);
		if (ret)
			break;
		start(r);
		ret = ops->madvise(r->ctx, (unsigned long)a, len, advice);
		stop(r, r->p->pages);
		/* writable again for the next repetition */
		if (!ret && advice == MADV_GUARD_INSTALL)
			ret = ops->madvise(r->ctx, (unsigned long)a, len,
					   MADV_GUARD_REMOVE);
	}
	ops->munmap(r->ctx, (unsigned long)a, len);
	return ret;
}

/*
 * 7: read faults on a shared mapping of cached pages; fault-around maps
 * the neighbours of each faulting page.  MADV_DONTNEED between repetitions
 * drops the PTEs and leaves the page cache.
 */
static noinline long run_cached_read(struct round *r, int shmem)
{
	const struct bench_ops *ops = r->ops;
	long a, ret = 0;
	uint64_t i;

	a = ops->map_cached(r->ctx, r->len, shmem);
	if (a < 0)
		return a;
	for (i = 0; i < r->p->reps && !ret; i++) {
		start(r);
		ret = ops->read(r->ctx, (unsigned long)a, r->len);
		stop(r, r->p->pages);
		if (!ret)
			ret = ops->madvise(r->ctx, (unsigned long)a, r->len,
					   MADV_DONTNEED);
	}
	ops->unmap_cached(r->ctx, (unsigned long)a, r->len);
	return ret ? -EFAULT : 0;
}

/*
 * 8: a populated region moves to a free range and back.  The two ranges
 * sit at different offsets from a PMD boundary (one page and two), so that
 * no PTE table can move whole: the PTEs move one by one on both sides.
 */
static noinline long run_mremap(struct round *r)
{
	const struct bench_ops *ops = r->ops;
	unsigned long a = BENCH_WORK_BASE + BENCH_PAGE;
	unsigned long b = BENCH_WORK_BASE + 2 * BENCH_PAGE +
			  ((r->len + 2 * BENCH_PMD) & ~(BENCH_PMD - 1));
	int flags = MREMAP_MAYMOVE | MREMAP_FIXED;
	long ret;
	uint64_t i;

	ret = ops->mmap(r->ctx, a, r->len, RW, ANON | MAP_FIXED_NOREPLACE);
	if (ret < 0)
		return ret;
	ops->madvise(r->ctx, a, r->len, MADV_NOHUGEPAGE);
	ret = ops->write(r->ctx, a, r->len, 'a');
	for (i = 0; i < r->p->reps && !ret; i++) {
		start(r);
		ret = ops->mremap(r->ctx, a, r->len, r->len, flags, b);
		if (ret == (long)b)
			ret = ops->mremap(r->ctx, b, r->len, r->len, flags, a);
		stop(r, 2 * r->p->pages);
		ret = ret == (long)a ? 0 : ret < 0 ? ret : -EFAULT;
	}
	ops->munmap(r->ctx, a, r->len);
	ops->munmap(r->ctx, b, r->len);
	return ret;
}

void bench_run(const struct bench_ops *ops, void *ctx, struct bench_state *st,
	       const struct bench_params *p, struct bench_result *res)
{
	struct round r = {
		.ops = ops, .ctx = ctx, .p = p,
		.len = (unsigned long)p->pages * BENCH_PAGE,
	};
	long err = set_fillers(ops, ctx, st, p->fillers);

	if (!err) {
		switch (p->workload) {
		case BW_WRITE_FAULT:
			err = run_fresh_faults(&r, /* write = */ true);
			break;
		case BW_ZERO_READ:
			err = run_fresh_faults(&r, /* write = */ false);
			break;
		case BW_MMAP_MUNMAP:
			err = run_mmap_munmap(&r);
			break;
		case BW_MPROTECT:
			err = run_mprotect(&r);
			break;
		case BW_FORK_COW:
			err = run_fork_cow(&r);
			break;
		case BW_DONTNEED:
			err = run_madvise(&r, MADV_DONTNEED);
			break;
		case BW_GUARD_INSTALL:
			err = run_madvise(&r, MADV_GUARD_INSTALL);
			break;
		case BW_GUARD_REMOVE:
			err = run_madvise(&r, MADV_GUARD_REMOVE);
			break;
		case BW_SHMEM_READ:
			err = run_cached_read(&r, /* shmem = */ 1);
			break;
		case BW_FILE_READ:
			err = run_cached_read(&r, /* shmem = */ 0);
			break;
		case BW_MREMAP:
			err = run_mremap(&r);
			break;
		default:
			err = -EINVAL;
			break;
		}
	}
	res->err = err;
	res->ns = r.ns;
	res->ops = r.ops_done;
}
