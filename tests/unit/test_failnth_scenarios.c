// SPDX-License-Identifier: MIT
/*
 * Allocation failure over the scenario suites: for every statement of every
 * scenario given, fail each of the allocations the statement makes, in
 * turn, on a fresh model replayed up to that statement.  The statement must
 * not break the model (validate_mm() clean, no warning, no leak under ASan),
 * and a system call that fails must leave the machine as it was -- except
 * where the kernel itself defines the call as partial: accesses (pages
 * before the faulting one stay written, and process_vm_readv/writev return
 * the short count of them), mlock and munlock (VMA by VMA; the
 * range stays locked when populating fails), userfaultfd registration
 * over several VMAs (VMA by VMA), fork (the parent's PTEs stay
 * write-protected), mremap (a MREMAP_FIXED move unmaps its destination
 * first), pread (what readahead read before memory ran out stays cached),
 * fsync and fallocate's COLLAPSE_RANGE and INSERT_RANGE (the folios
 * written back before stay clean).
 */
#include <glob.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"
#include "mmsim/mmsim.h"
#include "snapshot.h"

/* replaying is quadratic in statements: longer files are left to the fuzzer */
#define MAX_STEPS	400

static int failures, injections, skipped;

/* Every process's maps and pagemap, and the state of the file system. */
static void snapshot(struct sc_backend *be, struct snap *s)
{
	struct mmsim_process **procs;
	int i, n;

	struct mmsim_machine *m;
	char *fs;
	size_t len;

	snap_reset(s);
	m = sc_model_machine(be, &n, &procs);
	for (i = 0; i < n; i++)
		if (procs[i])
			snap_process(s, procs[i]);
	len = mmsim_fs_state(m, NULL, 0);
	fs = malloc(len + 1);
	if (fs) {
		mmsim_fs_state(m, fs, len + 1);
		snap_add(s, fs, len);
		free(fs);
	}
}

/*
 * How many VMAs of process @proc intersected [start, end) before the
 * statement, and whether they covered it without a gap.
 */
static int vmas_in(struct sc_backend *be, int proc, unsigned long start,
		   unsigned long end, bool *whole)
{
	struct mmsim_process **procs;
	unsigned long a = start, s, e;
	int n, count = 0;

	sc_model_machine(be, &n, &procs);
	*whole = true;
	if (proc >= n || !procs[proc])
		return 0;
	while (a < end) {
		if (mmsim_vma(procs[proc], a, &s, &e)) {
			count++;
			a = e;
		} else {
			*whole = false;
			a += 4096;
		}
	}
	return count;
}

/*
 * Is the call one the kernel itself leaves half done on failure?  Accesses,
 * populating (MAP_POPULATE aside, MADV_POPULATE_*, mlock), fork, mremap, and
 * any call over several VMAs or a hole (applied VMA by VMA), or a
 * MAP_FIXED mmap over existing mappings (unmapped first).
 */
static bool partial(const struct sc_step *st, const struct sc_call *c,
		    int count, bool whole)
{
	if (!st->call)
		return true;
	switch (c->op) {
	case SC_READ: case SC_WRITE: case SC_MLOCK: case SC_MLOCK2:
	case SC_MUNLOCK: case SC_FORK: case SC_MREMAP:
	case SC_PROCESS_VM_READV: case SC_PROCESS_VM_WRITEV:
	/* readahead is best effort, writeback may stop half-way */
	case SC_PREAD: case SC_FSYNC:
		return true;
	case SC_FALLOCATE:
		/* COLLAPSE_RANGE and INSERT_RANGE write the file back first */
		return c->args[1] & (0x08 | 0x20);
	case SC_MMAP:
		return count > 0;
	case SC_MADVISE:
		if (c->args[2] == 22 || c->args[2] == 23)	/* POPULATE_* */
			return true;
		return count != 1 || !whole;
	case SC_MPROTECT: case SC_MUNMAP: case SC_MSEAL: case SC_MSYNC:
	case SC_PROCESS_MADVISE:
	case SC_UFFDIO_REGISTER: case SC_UFFDIO_UNREGISTER:
		return count != 1 || !whole;
	default:
		return false;
	}
}

struct run {
	struct sc_backend *be;
	struct sc_env env;
	struct mmsim_machine *m;
};

static int start(struct run *r, const struct sc_program *prog);
static void stop(struct run *r);
static int advance(struct run *r, int n);

/*
 * Judge partiality against the machine as it was before the statement:
 * replay up to it once more and look at the call's range there.
 */
static bool is_partial(struct run *cur, const struct sc_step *st, int i,
		       const struct sc_program *prog)
{
	struct sc_call c = *sc_model_last_call(cur->be);
	unsigned long lo, hi;
	struct run r;
	bool whole = true;
	int count = 0;

	if (c.op == SC_MMAP || c.op == SC_MUNMAP || c.op == SC_MPROTECT ||
	    c.op == SC_MADVISE || c.op == SC_MSEAL || c.op == SC_MSYNC ||
	    c.op == SC_UFFDIO_REGISTER || c.op == SC_UFFDIO_UNREGISTER) {
		/* the userfaultfd ioctls name the descriptor first */
		int a = c.op == SC_UFFDIO_REGISTER || c.op == SC_UFFDIO_UNREGISTER;

		lo = (unsigned long)c.args[a] & ~4095UL;
		hi = lo + (((unsigned long)c.args[a + 1] + 4095) & ~4095UL);
		if (c.op == SC_MMAP && !(c.args[3] & 0x100010))	/* not FIXED */
			hi = lo;
		if (start(&r, prog) == 0) {
			advance(&r, i);
			count = vmas_in(r.be, st->proc, lo, hi, &whole);
			stop(&r);
		}
	}
	return partial(st, &c, count, whole);
}

static int start(struct run *r, const struct sc_program *prog)
{
	struct mmsim_profile pf;
	char err[256];
	struct mmsim_process **procs;
	int n;

	mmsim_profile_builtin(&pf);
	r->be = sc_model_backend_create(&pf, err, sizeof(err));
	if (!r->be || sc_env_init(&r->env, prog, r->be))
		return -1;
	r->m = sc_model_machine(r->be, &n, &procs);
	return 0;
}

static void stop(struct run *r)
{
	sc_env_fini(&r->env);
	r->be->ops->destroy(r->be);
}

/* Step @n statements; returns how many ran. */
static int advance(struct run *r, int n)
{
	struct sc_step st;
	int i;

	for (i = 0; i < n; i++) {
		int ret = sc_env_step(&r->env, &st);

		sc_text_free(&st.text);
		if (ret != 1)
			break;
	}
	return i;
}

static void check_file(const char *path)
{
	static unsigned long allocs[MAX_STEPS];
	struct snap before = { 0 }, after = { 0 };
	struct sc_program *prog;
	struct run r;
	char err[512];
	int nsteps = 0, i;
	unsigned long k;
	FILE *f = fopen(path, "rb");
	static char src[1 << 20];
	size_t len;

	if (!f)
		return;
	len = fread(src, 1, sizeof(src), f);
	fclose(f);
	prog = sc_parse(path, src, len, err, sizeof(err));
	if (!prog)
		return;
	if (start(&r, prog))
		goto out;
	if (sc_env_unmet_requirement(&r.env)) {
		stop(&r);
		goto out;
	}
	/* count each statement's allocations */
	for (;;) {
		struct sc_step st;
		unsigned long before_n = mmsim_fail_nth(r.m, 0);
		int ret = sc_env_step(&r.env, &st);

		sc_text_free(&st.text);
		if (ret != 1)
			break;
		if (nsteps == MAX_STEPS) {
			skipped++;
			stop(&r);
			goto out;
		}
		allocs[nsteps++] = mmsim_fail_nth(r.m, 0) - before_n;
	}
	stop(&r);

	for (i = 0; i < nsteps; i++) {
		for (k = 1; k <= allocs[i]; k++) {
			struct sc_step st;
			char msg[512];
			int ret;

			if (start(&r, prog))
				goto out;
			if (advance(&r, i) != i) {
				stop(&r);
				break;
			}
			snapshot(r.be, &before);
			mmsim_fail_nth(r.m, k);
			ret = sc_env_step(&r.env, &st);
			mmsim_fail_nth(r.m, 0);
			injections++;
			if (ret < 0 || mmsim_validate(r.m, msg, sizeof(msg))) {
				printf("FAIL %s statement %d, allocation %lu: %s\n",
				       path, i + 1, k, ret < 0 ? r.env.err : msg);
				failures++;
			} else if (st.failed_call && !is_partial(&r, &st, i, prog)) {
				snapshot(r.be, &after);
				if (strcmp(before.buf, after.buf)) {
					printf("FAIL %s line %d, allocation %lu: failed but changed the machine\n",
					       path, st.line, k);
					failures++;
				}
			}
			sc_text_free(&st.text);
			stop(&r);
		}
	}
out:
	free(before.buf);
	free(after.buf);
	sc_program_free(prog);
}

/* Without arguments: every scenario of the suites (run from the top). */
int main(int argc, char **argv)
{
	glob_t g = { 0 };
	int i, n = argc - 1;

	for (i = 1; i < argc; i++)
		check_file(argv[i]);
	if (argc == 1 && glob("tests/scenarios/*/*.mms", 0, NULL, &g) == 0) {
		for (i = 0; i < (int)g.gl_pathc; i++)
			check_file(g.gl_pathv[i]);
		n = (int)g.gl_pathc;
		globfree(&g);
	}
	if (!n) {
		printf("SKIP: no scenario files\n");
		return 77;
	}
	printf("%s: %d files (%d too long to replay), %d failure injections, %d failed\n",
	       failures ? "FAIL" : "PASS", n, skipped, injections, failures);
	return failures ? 1 : 0;
}
