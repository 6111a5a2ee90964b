// SPDX-License-Identifier: MIT
/*
 * Allocation failure as a tested path.
 *
 * For each step of each script: run the script up to the step, count the
 * allocations the step makes, then for every k replay up to the step with
 * the k-th allocation failing.  The step must return an error or succeed
 * (an allocation may be one it can do without), validate_mm() must stay
 * clean, nothing may leak (LeakSanitizer checks at exit), and where the
 * step failed, the machine must be exactly as it was before it -- except
 * for the steps the kernel itself defines as partial (marked PARTIAL): an
 * access keeps the pages before the faulting one written, mlock keeps the
 * range locked when populating it fails, and a MREMAP_FIXED move unmaps its
 * destination before it moves anything.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "mmsim/mmsim.h"
#include "../../mm/uapi.h"
#include "snapshot.h"

#define PG	4096UL
#define MAXP	8

extern unsigned long mm_nr_warnings;

struct ctx {
	struct mmsim_machine *m;
	struct mmsim_process *p[MAXP];
	int np;
	unsigned long r;		/* the carve-out */
};

/* A step returns <0 for an error, >=0 for success. */
typedef long (*step_fn)(struct ctx *c);

static long s_carve(struct ctx *c)
{
	long r = mmsim_mmap(c->p[0], 0, 64 * PG, PROT_NONE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

	if (r >= 0)
		c->r = (unsigned long)r;
	return r;
}

static long map_at(struct ctx *c, int proc, unsigned long off, unsigned long n,
		   unsigned long prot)
{
	return mmsim_mmap(c->p[proc], c->r + off * PG, n * PG, prot,
			  MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0);
}

static long s_map_a(struct ctx *c) { return map_at(c, 0, 4, 8, PROT_READ | PROT_WRITE); }
static long s_map_b(struct ctx *c) { return map_at(c, 0, 20, 8, PROT_READ); }
static long s_map_over(struct ctx *c) { return map_at(c, 0, 6, 16, PROT_READ | PROT_WRITE); }
static long s_write_a(struct ctx *c) { return -(long)mmsim_write(c->p[0], c->r + 4 * PG, 8 * PG, 'a'); }
static long s_read_b(struct ctx *c)
{
	int byte;

	return -(long)mmsim_read(c->p[0], c->r + 20 * PG, 8 * PG, &byte);
}
static long s_mprotect_mid(struct ctx *c) { return mmsim_mprotect(c->p[0], c->r + 6 * PG, 2 * PG, PROT_READ); }
static long s_mprotect_back(struct ctx *c) { return mmsim_mprotect(c->p[0], c->r + 6 * PG, 2 * PG, PROT_READ | PROT_WRITE); }
static long s_munmap_mid(struct ctx *c) { return mmsim_munmap(c->p[0], c->r + 7 * PG, PG); }
static long s_guard(struct ctx *c) { return mmsim_madvise(c->p[0], c->r + 9 * PG, 2 * PG, MADV_GUARD_INSTALL); }
static long s_unguard(struct ctx *c) { return mmsim_madvise(c->p[0], c->r + 4 * PG, 8 * PG, MADV_GUARD_REMOVE); }
static long s_dontfork(struct ctx *c) { return mmsim_madvise(c->p[0], c->r + 5 * PG, PG, MADV_DONTFORK); }
static long s_dontneed(struct ctx *c) { return mmsim_madvise(c->p[0], c->r + 4 * PG, 2 * PG, MADV_DONTNEED); }
static long s_mlock(struct ctx *c) { return mmsim_mlock(c->p[0], c->r + 5 * PG, 2 * PG); }
static long s_munlock(struct ctx *c) { return mmsim_munlock(c->p[0], c->r + 5 * PG, 2 * PG); }
static long s_mseal(struct ctx *c) { return mmsim_mseal(c->p[0], c->r + 20 * PG, 2 * PG, 0); }
static long s_populate(struct ctx *c) { return mmsim_madvise(c->p[0], c->r + 20 * PG, 8 * PG, MADV_POPULATE_READ); }
static long s_mremap_grow(struct ctx *c)
{
	return mmsim_mremap(c->p[0], c->r + 20 * PG, 8 * PG, 12 * PG, 0, 0);
}
static long s_mremap_move(struct ctx *c)
{
	return mmsim_mremap(c->p[0], c->r + 4 * PG, 4 * PG, 4 * PG,
			    MREMAP_MAYMOVE | MREMAP_FIXED, c->r + 40 * PG);
}

static long s_fork(struct ctx *c)
{
	long err;
	struct mmsim_process *child = mmsim_fork(c->p[0], &err);

	if (!child)
		return err;
	c->p[c->np++] = child;
	return 0;
}

static long s_child_write(struct ctx *c)
{
	return -(long)mmsim_write(c->p[c->np - 1], c->r + 4 * PG, 2 * PG, 'c');
}

static long s_child_exit(struct ctx *c)
{
	mmsim_exit(c->p[--c->np]);
	return 0;
}

struct script {
	const char *name;
	step_fn steps[16];
};

static bool partial(step_fn f)
{
	return f == s_write_a || f == s_read_b || f == s_child_write ||
	       f == s_mlock || f == s_mremap_move;
}

static const struct script scripts[] = {
	{ "map-fault-split-merge", { s_carve, s_map_a, s_write_a, s_mprotect_mid,
	  s_mprotect_back, s_munmap_mid, s_map_over } },
	{ "guards", { s_carve, s_map_a, s_write_a, s_guard, s_unguard } },
	{ "fork-cow", { s_carve, s_map_a, s_write_a, s_dontfork, s_fork,
	  s_child_write, s_dontneed, s_child_exit } },
	{ "lock-seal-populate", { s_carve, s_map_a, s_map_b, s_mlock, s_munlock,
	  s_read_b, s_populate, s_mseal } },
	{ "mremap", { s_carve, s_map_a, s_write_a, s_map_b, s_read_b,
	  s_mremap_grow, s_mremap_move } },
};

/* Everything observable: each process's maps and pagemap. */
static void snapshot(struct ctx *c, struct snap *s)
{
	int i;

	snap_reset(s);
	for (i = 0; i < c->np; i++)
		snap_process(s, c->p[i]);
}

static struct ctx *setup(void)
{
	struct ctx *c = calloc(1, sizeof(*c));

	c->m = mmsim_machine_create(NULL);
	c->p[0] = mmsim_main_process(c->m);
	c->np = 1;
	return c;
}

static void teardown(struct ctx *c)
{
	mmsim_machine_destroy(c->m);
	free(c);
}

static int failures, trials;

static void check_step(const struct script *sc, int step)
{
	struct snap before = { 0 }, after = { 0 };
	unsigned long n, k, base;
	struct ctx *c;
	char msg[512];
	int i;

	c = setup();
	for (i = 0; i < step; i++)
		sc->steps[i](c);
	base = mmsim_fail_nth(c->m, 0);
	sc->steps[step](c);
	n = mmsim_fail_nth(c->m, 0) - base;
	teardown(c);

	for (k = 1; k <= n; k++) {
		unsigned long warnings = mm_nr_warnings;
		long ret;

		c = setup();
		for (i = 0; i < step; i++)
			sc->steps[i](c);
		snapshot(c, &before);
		mmsim_fail_nth(c->m, k);
		ret = sc->steps[step](c);
		mmsim_fail_nth(c->m, 0);
		trials++;
		if (mmsim_validate(c->m, msg, sizeof(msg))) {
			printf("FAIL %s step %d alloc %lu: validate: %s\n",
			       sc->name, step, k, msg);
			failures++;
		} else if (mm_nr_warnings != warnings) {
			printf("FAIL %s step %d alloc %lu: warnings\n",
			       sc->name, step, k);
			failures++;
		} else if (ret < 0 && !partial(sc->steps[step])) {
			snapshot(c, &after);
			if (strcmp(before.buf, after.buf)) {
				printf("FAIL %s step %d alloc %lu: returned %ld but changed the machine\n",
				       sc->name, step, k, ret);
				failures++;
			}
		}
		teardown(c);
	}
	free(before.buf);
	free(after.buf);
}

int main(void)
{
	size_t s;

	for (s = 0; s < sizeof(scripts) / sizeof(scripts[0]); s++) {
		int step;

		for (step = 0; scripts[s].steps[step]; step++)
			check_step(&scripts[s], step);
	}
	printf("%s: %d failure injections, %d failed\n",
	       failures ? "FAIL" : "PASS", trials, failures);
	return failures ? 1 : 0;
}
