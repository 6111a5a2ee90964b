// SPDX-License-Identifier: MIT
/*
 * The host backend driven directly, without the engine: mappings, accesses
 * and their signals, files in the scratch directory, fork and exit with
 * frames shared and copied, the /proc observations, and the ways a sandbox
 * breaks (killed, crashed, stopped) reported as failures with a deadline.
 * Afterwards no sandbox process and no scratch directory may remain.
 *
 * Needs mmsim-sandbox: $MMSIM_SANDBOX, else beside this program or in
 * ../release or ../asan (the build tree); skips (77) without it or
 * without root (frame numbers need CAP_SYS_ADMIN).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

#include "backend.h"
#include "check.h"

#define PAGE		4096
#define PM_PRESENT	(1ULL << 63)
#define PM_FILE		(1ULL << 61)
#define PM_EXCLUSIVE	(1ULL << 56)
#define KPF_ZERO_PAGE	(1ULL << 24)
#define PIDFD_SELF	(-10000)
#define PAGE_IS_GUARD	(1 << 8)
#ifndef MADV_GUARD_INSTALL
#define MADV_GUARD_INSTALL	102
#endif
#define TMPFS_MAGIC	0x01021994

static struct sc_backend *be;
static char berr[256];
static int last_rc;

/* Run one call in @proc; the outcome, with last_rc and berr for failures. */
static struct sc_outcome callv(int proc, enum sc_op op, const char *str,
			       struct sc_text *text, int nargs, va_list ap)
{
	struct sc_call c;
	struct sc_outcome o;
	int i;

	memset(&c, 0, sizeof(c));
	c.op = op;
	c.nargs = nargs;
	for (i = 0; i < nargs; i++)
		c.args[i] = va_arg(ap, int64_t);
	if (str)
		snprintf(c.str, sizeof(c.str), "%s", str);
	berr[0] = '\0';
	last_rc = be->ops->call(be, proc, &c, &o, text, berr, sizeof(berr));
	if (last_rc)
		o.kind = SC_UNSET;
	return o;
}

static struct sc_outcome call(int proc, enum sc_op op, int nargs, ...)
{
	struct sc_outcome o;
	va_list ap;

	va_start(ap, nargs);
	o = callv(proc, op, NULL, NULL, nargs, ap);
	va_end(ap);
	return o;
}

static struct sc_outcome calls(int proc, enum sc_op op, const char *str,
			       int nargs, ...)
{
	struct sc_outcome o;
	va_list ap;

	va_start(ap, nargs);
	o = callv(proc, op, str, NULL, nargs, ap);
	va_end(ap);
	return o;
}

#define A(x)	((int64_t)(x))

static bool is_num(struct sc_outcome o, int64_t v)
{
	return o.kind == SC_NUM && o.v == v;
}

static bool is_sig(struct sc_outcome o, int sig)
{
	return o.kind == SC_SIGNAL && o.v == sig;
}

static int64_t num(struct sc_outcome o)
{
	return o.kind == SC_NUM ? o.v : INT64_MIN;
}

static double now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- processes seen from outside ------------------------------------------ */

/* The children of @pid, from /proc/PID/task/PID/children. */
static int children_of(pid_t pid, pid_t *out, int max)
{
	char path[64];
	FILE *f;
	int n = 0;
	long c;

	snprintf(path, sizeof(path), "/proc/%d/task/%d/children", pid, pid);
	f = fopen(path, "r");
	if (!f)
		return 0;
	while (n < max && fscanf(f, "%ld", &c) == 1)
		out[n++] = (pid_t)c;
	fclose(f);
	return n;
}

/* The sandbox process 0 of the current backend: our newest child. */
static pid_t main_pid(void)
{
	pid_t kids[64];
	int n = children_of(getpid(), kids, 64);

	return n ? kids[n - 1] : -1;
}

/* Every process under @root, @root included. */
static int tree_of(pid_t root, pid_t *out, int max)
{
	int n = 1, i;

	out[0] = root;
	for (i = 0; i < n && n < max; i++)
		n += children_of(out[i], out + n, max - n);
	return n;
}

/* Gone, not even a zombie. */
static bool pid_gone(pid_t pid)
{
	char path[64];

	snprintf(path, sizeof(path), "/proc/%d", pid);
	return access(path, F_OK) != 0;
}

static bool all_gone(const pid_t *pids, int n)
{
	int i, tries;

	/* the last parent reaps its last child a moment after it dies */
	for (tries = 0; tries < 100; tries++) {
		for (i = 0; i < n && pid_gone(pids[i]); i++)
			;
		if (i == n)
			return true;
		usleep(10000);
	}
	printf("     process %d is still there\n", pids[i]);
	return false;
}

static void scratch_of(pid_t pid, char *buf, size_t len)
{
	char path[64];
	ssize_t n;

	snprintf(path, sizeof(path), "/proc/%d/cwd", pid);
	n = readlink(path, buf, len - 1);
	buf[n > 0 ? n : 0] = '\0';
}

static struct sc_backend *create(void)
{
	struct mmsim_profile pf;
	char err[256] = "";
	struct sc_backend *b;

	if (sc_profile_load("host", &pf, err, sizeof(err))) {
		printf("FAIL profile: %s\n", err);
		return NULL;
	}
	b = sc_host_backend_create(&pf, err, sizeof(err));
	if (!b)
		printf("FAIL create: %s\n", err);
	return b;
}

/* ---- the tests -------------------------------------------------------------- */

static void test_profile(void)
{
	struct mmsim_profile pf;
	char err[256] = "";

	CHECK(!sc_profile_load("builtin", &pf, err, sizeof(err)), "builtin: %s", err);
	CHECK(pf.page_size == 4096 && pf.kver_major == 6 && pf.kver_minor == 18 &&
	      pf.zero_page && !pf.swap && pf.thp_enabled == MMSIM_THP_MADVISE &&
	      pf.fault_around_bytes == 65536 && pf.max_map_count == 65530 &&
	      pf.overcommit_memory == 0 && !pf.soft_dirty, "built-in profile");
	CHECK(!sc_profile_load("host", &pf, err, sizeof(err)), "host: %s", err);
	printf("     host profile: page %lu, kernel %d.%d.%d, zero page %d, swap %d, thp %d, fault_around %lu, max_map_count %lu, overcommit %d, soft_dirty %d\n",
	       pf.page_size, pf.kver_major, pf.kver_minor, pf.kver_patch,
	       pf.zero_page, pf.swap, pf.thp_enabled, pf.fault_around_bytes,
	       pf.max_map_count, pf.overcommit_memory, pf.soft_dirty);
	CHECK(pf.page_size == PAGE && pf.kver_major >= 6 &&
	      pf.thp_enabled <= MMSIM_THP_ALWAYS && pf.fault_around_bytes >= PAGE,
	      "host profile is plausible");
}

static void test_features(void)
{
	CHECK(be->ops->has_feature(be, "host"), "has host");
	CHECK(!be->ops->has_feature(be, "model"), "has not model");
	CHECK(sc_backend_has(be, "root") == be->profile.root, "root from profile");
	CHECK(sc_backend_has(be, "swap") == be->profile.swap, "swap from profile");
	CHECK(sc_backend_has(be, "zero_page") == be->profile.zero_page,
	      "zero_page from profile");
	CHECK(!be->ops->has_feature(be, "frobnicate"), "unknown feature is false");
}

static int64_t r, p;		/* a PROT_NONE carve-out, a mapping inside */

static void test_mappings(void)
{
	struct sc_outcome o;

	o = call(0, SC_MMAP, 6, A(0), A(64 * PAGE), A(PROT_NONE),
		 A(MAP_PRIVATE | MAP_ANONYMOUS), A(-1), A(0));
	r = o.v;
	CHECK(o.kind == SC_NUM && o.is_addr && r > 0 && !(r % PAGE),
	      "mmap carve-out -> 0x%" PRIx64, r);
	o = call(0, SC_MMAP, 6, r + 8 * PAGE, A(8 * PAGE),
		 A(PROT_READ | PROT_WRITE),
		 A(MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED), A(-1), A(0));
	p = r + 8 * PAGE;
	CHECK(o.kind == SC_NUM && o.is_addr && o.v == p, "mmap MAP_FIXED inside");
	o = call(0, SC_VMA, 1, p + 3 * PAGE);
	CHECK(o.kind == SC_RANGE && o.is_addr && o.v == p && o.v2 == p + 8 * PAGE,
	      "vma(p + 3 * PAGE) == [p, p + 8 * PAGE)");
	o = call(0, SC_VMA, 1, r);
	CHECK(o.kind == SC_RANGE && o.v == r && o.v2 == p, "vma(r) == [r, p)");
	o = call(0, SC_VMA_PROT, 1, p);
	CHECK(o.kind == SC_STRING && !strcmp(o.str, "rw-p"), "vma_prot(p) == \"rw-p\"");
	o = call(0, SC_VMA_PROT, 1, r);
	CHECK(o.kind == SC_STRING && !strcmp(o.str, "---p"), "vma_prot(r) == \"---p\"");
	CHECK(is_num(call(0, SC_MUNMAP, 2, r + 60 * PAGE, A(4 * PAGE)), 0),
	      "munmap the carve-out's tail");
	CHECK(is_num(call(0, SC_MUNMAP, 2, p + 1, A(PAGE)), -EINVAL),
	      "munmap(p + 1, PAGE) == -EINVAL");
	CHECK(is_num(call(0, SC_MMAP, 6, A(0), A(PAGE), A(PROT_READ),
			  A(MAP_ANONYMOUS), A(-1), A(0)), -EINVAL),
	      "mmap without MAP_PRIVATE/SHARED == -EINVAL");
	CHECK(is_num(call(0, SC_MMAP, 6, A(0), A(PAGE), A(PROT_READ),
			  A(MAP_PRIVATE), A(-1), A(0)), -EBADF),
	      "mmap(fd -1) without MAP_ANONYMOUS == -EBADF");
	CHECK(is_num(call(0, SC_MADVISE, 3, p, A(PAGE), A(9999)), -EINVAL),
	      "madvise(p, PAGE, 9999) == -EINVAL");
}

static void test_nothing_mapped(void)
{
	int64_t hole = r + 61 * PAGE;

	CHECK(call(0, SC_VMA, 1, hole).kind == SC_NONE, "vma(hole) == NONE");
	CHECK(call(0, SC_VMA_PROT, 1, hole).kind == SC_NONE, "vma_prot(hole) == NONE");
	CHECK(calls(0, SC_SMAPS, "Rss", 1, hole).kind == SC_NONE, "smaps(hole) == NONE");
	CHECK(calls(0, SC_VMFLAG, "rd", 1, hole).kind == SC_NONE, "vmflag(hole) == NONE");
	CHECK(is_num(call(0, SC_PAGEMAP, 1, hole), 0), "pagemap(hole) == 0");
	CHECK(call(0, SC_FRAME, 1, hole).kind == SC_NONE, "frame(hole) == NONE");
	CHECK(is_num(call(0, SC_MAPCOUNT, 1, hole), 0), "mapcount(hole) == 0");
	CHECK(is_num(call(0, SC_KPAGEFLAGS, 1, hole), 0), "kpageflags(hole) == 0");
	CHECK(is_num(call(0, SC_PAGEMAP, 1, p), 0), "pagemap(untouched) == 0");
	CHECK(call(0, SC_FRAME, 1, p).kind == SC_NONE, "frame(untouched) == NONE");
	CHECK(is_sig(call(0, SC_READ, 1, hole), SIGSEGV), "read(hole) == SIGSEGV");
	CHECK(is_sig(call(0, SC_READ, 1, r), SIGSEGV), "read(PROT_NONE) == SIGSEGV");
	CHECK(is_sig(call(0, SC_WRITE, 3, r, A(1), A('x')), SIGSEGV),
	      "write(PROT_NONE) == SIGSEGV");
	CHECK(is_sig(call(0, SC_READ, 1, A(0)), SIGSEGV), "read(NULL) == SIGSEGV");
	CHECK(is_sig(call(0, SC_READ, 1, A(0x8000000000000000ULL)), SIGSEGV),
	      "read(non-canonical) == SIGSEGV");
}

static void test_accesses(void)
{
	struct sc_outcome o;

	CHECK(is_num(call(0, SC_READ, 1, p), 0), "read(p) == 0");
	if (be->profile.zero_page) {
		CHECK(is_num(call(0, SC_PAGEMAP, 1, p), (int64_t)PM_PRESENT),
		      "pagemap(p) == PM_PRESENT (the zero page)");
		CHECK(num(call(0, SC_KPAGEFLAGS, 1, p)) & KPF_ZERO_PAGE,
		      "kpageflags(p) has KPF_ZERO_PAGE");
	} else {
		/* the profile's probe and the sandbox agree: a page of its own */
		CHECK((uint64_t)num(call(0, SC_PAGEMAP, 1, p)) >> 56 == 0x81,
		      "pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE (no zero page)");
		CHECK(!(num(call(0, SC_KPAGEFLAGS, 1, p)) & KPF_ZERO_PAGE),
		      "kpageflags(p) has no KPF_ZERO_PAGE");
	}
	CHECK(is_num(call(0, SC_WRITE, 3, p, A(8 * PAGE), A('x')), 0),
	      "write(p, 8 * PAGE, 'x')");
	CHECK(is_num(call(0, SC_READ, 2, p, A(8 * PAGE)), 'x'),
	      "read(p, 8 * PAGE) == 'x'");
	CHECK(is_num(call(0, SC_PAGEMAP, 1, p), (int64_t)(PM_PRESENT | PM_EXCLUSIVE)),
	      "pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE");
	CHECK(is_num(call(0, SC_WRITE, 3, p + 3 * PAGE + 5, A(1), A('y')), 0),
	      "write(p + 3 * PAGE + 5, 1, 'y')");
	CHECK(call(0, SC_READ, 2, p, A(8 * PAGE)).kind == SC_MIXED,
	      "read(p, 8 * PAGE) == MIXED");
	CHECK(is_num(call(0, SC_READ, 1, p + 3 * PAGE + 5), 'y'),
	      "read(p + 3 * PAGE + 5) == 'y'");
	CHECK(is_num(call(0, SC_READ, 2, p + 3 * PAGE + 6, A(5 * PAGE - 6)), 'x'),
	      "read after the odd byte == 'x'");
	CHECK(is_num(call(0, SC_READ, 2, p, A(0)), 0), "read(p, 0) == 0");
	o = calls(0, SC_SMAPS, "Rss", 1, p);
	CHECK(is_num(o, 8 * PAGE), "smaps(p, \"Rss\") == 8 * PAGE (got %" PRId64 ")", o.v);
	CHECK(is_num(calls(0, SC_SMAPS, "THPeligible", 1, p), 0) ||
	      is_num(calls(0, SC_SMAPS, "THPeligible", 1, p), 1),
	      "smaps(p, \"THPeligible\") is a plain number");
	o = calls(0, SC_SMAPS, "Bogus", 1, p);
	CHECK(last_rc == -1 && !strcmp(berr, "smaps has no field 'Bogus'"),
	      "smaps(p, \"Bogus\") fails: %s", berr);
	CHECK(is_num(calls(0, SC_VMFLAG, "wr", 1, p), 1), "vmflag(p, \"wr\") == 1");
	CHECK(is_num(calls(0, SC_VMFLAG, "ex", 1, p), 0), "vmflag(p, \"ex\") == 0");
	CHECK(is_num(calls(0, SC_VMFLAG, "w", 1, p), 0), "vmflag(p, \"w\") == 0 (whole words)");
}

static void test_signals(void)
{
	CHECK(is_num(call(0, SC_MPROTECT, 3, p + 4 * PAGE, A(PAGE), A(PROT_NONE)), 0),
	      "mprotect(p + 4 * PAGE, PAGE, PROT_NONE)");
	CHECK(is_sig(call(0, SC_READ, 1, p + 4 * PAGE), SIGSEGV),
	      "read(p + 4 * PAGE) == SIGSEGV");
	CHECK(is_sig(call(0, SC_READ, 2, p + 3 * PAGE, A(2 * PAGE)), SIGSEGV),
	      "read across into it == SIGSEGV");
	CHECK(is_sig(call(0, SC_WRITE, 3, p, A(8 * PAGE), A('w')), SIGSEGV),
	      "write(p, 8 * PAGE, 'w') == SIGSEGV");
	CHECK(is_num(call(0, SC_READ, 2, p, A(4 * PAGE)), 'w'),
	      "pages before the fault were written");
	CHECK(is_num(call(0, SC_READ, 2, p + 5 * PAGE, A(3 * PAGE)), 'x'),
	      "pages after it were not");
	CHECK(is_num(call(0, SC_MPROTECT, 3, p + 4 * PAGE, A(PAGE), A(PROT_READ)), 0),
	      "mprotect(p + 4 * PAGE, PAGE, PROT_READ)");
	CHECK(is_num(call(0, SC_READ, 1, p + 4 * PAGE), 'x'), "readable again");
	CHECK(is_sig(call(0, SC_WRITE, 3, p + 4 * PAGE, A(1), A('q')), SIGSEGV),
	      "write(read-only) == SIGSEGV");
	CHECK(is_num(call(0, SC_MPROTECT, 3, p + 4 * PAGE, A(PAGE),
			  A(PROT_READ | PROT_WRITE)), 0), "and writable");
	CHECK(is_num(call(0, SC_WRITE, 3, p, A(8 * PAGE), A('x')), 0),
	      "write(p, 8 * PAGE, 'x') again");
}

static void test_fork_exit(void)
{
	struct sc_outcome f, c, g;

	f = call(0, SC_FRAME, 1, p);
	CHECK(f.kind == SC_TOKEN, "frame(p) is a token");
	CHECK(call(0, SC_FRAME, 1, p + PAGE).v != f.v, "distinct pages, distinct tokens");
	c = call(0, SC_FORK, 0);
	CHECK(c.kind == SC_PROC && c.v == 1, "fork() -> process 1");
	f = call(0, SC_FRAME, 1, p);
	CHECK(call(1, SC_FRAME, 1, p).kind == SC_TOKEN &&
	      call(1, SC_FRAME, 1, p).v == f.v, "@c frame(p) == f");
	CHECK(is_num(call(0, SC_MAPCOUNT, 1, p), 2), "mapcount(p) == 2");
	CHECK(is_num(call(1, SC_READ, 2, p, A(8 * PAGE)), 'x'), "@c read(p, 8 * PAGE) == 'x'");
	CHECK(is_num(call(1, SC_WRITE, 3, p, A(1), A('z')), 0), "@c write(p, 1, 'z')");
	CHECK(call(1, SC_FRAME, 1, p).v != f.v, "@c frame(p) != f after the copy");
	CHECK(call(0, SC_FRAME, 1, p).v == f.v, "frame(p) == f");
	CHECK(is_num(call(1, SC_READ, 1, p), 'z'), "@c read(p) == 'z'");
	CHECK(is_num(call(0, SC_READ, 1, p), 'x'), "read(p) == 'x'");

	/* a grandchild outlives its parent */
	g = call(1, SC_FORK, 0);
	CHECK(g.kind == SC_PROC && g.v == 2, "@c fork() -> process 2");
	CHECK(is_num(call(2, SC_READ, 1, p), 'z'), "@g read(p) == 'z'");
	CHECK(is_num(call(1, SC_EXIT, 0), 0), "@c exit()");
	CHECK(call(1, SC_READ, 1, p).kind == SC_UNSET && last_rc == -1 &&
	      strstr(berr, "process 1 is gone"), "@c after exit: %s", berr);
	CHECK(is_num(call(2, SC_READ, 1, p), 'z'), "@g read(p) == 'z' after its parent left");
	CHECK(is_num(call(0, SC_MAPCOUNT, 1, p + PAGE), 2), "mapcount(p + PAGE) == 2 (main, g)");
	CHECK(is_num(call(2, SC_EXIT, 0), 0), "@g exit()");
	CHECK(is_num(call(0, SC_MAPCOUNT, 1, p + PAGE), 1),
	      "mapcount(p + PAGE) == 1 once every copy is gone");
	CHECK(is_num(call(0, SC_PAGEMAP, 1, p), (int64_t)(PM_PRESENT | PM_EXCLUSIVE)),
	      "pagemap(p) exclusive again");
	CHECK(call(0, SC_EXIT, 0).kind == SC_UNSET && last_rc == -1 &&
	      !strcmp(berr, "main cannot exit"), "exit() in main fails: %s", berr);
	CHECK(is_num(call(0, SC_READ, 1, p), 'x'), "main lives on");
}

static void test_files(pid_t pid0)
{
	char dir[4096];
	struct statfs sfs;
	struct sc_outcome o;
	int64_t fd, m;

	scratch_of(pid0, dir, sizeof(dir));
	CHECK(!strncmp(dir, "/var/tmp/mmsim.", 15), "scratch directory %s", dir);
	CHECK(!statfs(dir, &sfs) && sfs.f_type != TMPFS_MAGIC,
	      "the scratch directory is not tmpfs");
	fd = num(calls(0, SC_OPEN, "data", 2, A(O_RDWR | O_CREAT), A(0600)));
	CHECK(fd == 3, "open(\"data\", O_RDWR | O_CREAT, 0600) == 3 (got %" PRId64 ")", fd);
	CHECK(is_num(call(0, SC_PWRITE, 4, fd, A('a'), A(3 * PAGE), A(0)), 3 * PAGE),
	      "pwrite(fd, 'a', 3 * PAGE, 0) == 3 * PAGE");
	CHECK(is_num(call(0, SC_PREAD, 3, fd, A(3 * PAGE), A(0)), 'a'),
	      "pread(fd, 3 * PAGE, 0) == 'a'");
	CHECK(is_num(call(0, SC_PWRITE, 4, fd, A('b'), A(1), A(PAGE)), 1),
	      "pwrite(fd, 'b', 1, PAGE) == 1");
	CHECK(call(0, SC_PREAD, 3, fd, A(3 * PAGE), A(0)).kind == SC_MIXED,
	      "pread(fd, 3 * PAGE, 0) == MIXED");
	CHECK(is_num(call(0, SC_PREAD, 3, fd, A(100), A(3 * PAGE - 50)), 'a'),
	      "pread past the end == 'a' (short)");
	CHECK(call(0, SC_PREAD, 3, fd, A(10), A(10 * PAGE)).kind == SC_NONE,
	      "pread at the end == NONE");
	CHECK(is_num(call(0, SC_PREAD, 3, A(99), A(10), A(0)), -EBADF),
	      "pread(99, ...) == -EBADF");
	CHECK(is_num(call(0, SC_PWRITE, 4, A(99), A('a'), A(0), A(0)), -EBADF),
	      "pwrite(99, 'a', 0, 0) == -EBADF");
	CHECK(is_num(call(0, SC_FSYNC, 1, fd), 0), "fsync(fd)");
	CHECK(is_num(call(0, SC_FCNTL, 3, fd, A(F_GETFL), A(0)), O_RDWR | 0100000) ||
	      (num(call(0, SC_FCNTL, 3, fd, A(F_GETFL), A(0))) & O_ACCMODE) == O_RDWR,
	      "fcntl(fd, F_GETFL, 0) has O_RDWR");
	CHECK(is_num(call(0, SC_FTRUNCATE, 2, fd, A(PAGE + 10)), 0),
	      "ftruncate(fd, PAGE + 10)");
	o = call(0, SC_MMAP, 6, A(0), A(3 * PAGE), A(PROT_READ), A(MAP_SHARED), fd, A(0));
	m = o.v;
	CHECK(o.kind == SC_NUM && o.is_addr, "mmap(fd, MAP_SHARED)");
	CHECK(is_num(call(0, SC_READ, 1, m), 'a'), "read(m) == 'a'");
	CHECK(call(0, SC_READ, 2, m + PAGE, A(PAGE)).kind == SC_MIXED,
	      "read(m + PAGE, PAGE) == MIXED ('b', 'a'*9, zeros past EOF)");
	CHECK(is_sig(call(0, SC_READ, 1, m + 2 * PAGE), SIGBUS),
	      "read beyond EOF == SIGBUS");
	CHECK(num(call(0, SC_PAGEMAP, 1, m)) == (int64_t)(PM_PRESENT | PM_FILE) ||
	      num(call(0, SC_PAGEMAP, 1, m)) == (int64_t)(PM_PRESENT | PM_FILE | PM_EXCLUSIVE),
	      "pagemap(m) has PM_FILE");
	CHECK(is_num(call(0, SC_MSYNC, 3, m, A(PAGE), A(MS_SYNC)), 0), "msync(m)");
	CHECK(is_num(call(0, SC_FALLOCATE, 4, fd, A(0), A(0), A(4 * PAGE)), 0),
	      "fallocate(fd, 0, 0, 4 * PAGE)");
	CHECK(is_num(call(0, SC_READ, 1, m + 2 * PAGE), 0), "now readable as zeros");
	CHECK(is_num(call(0, SC_MUNMAP, 2, m, A(3 * PAGE)), 0), "munmap(m)");
	CHECK(is_num(calls(0, SC_UNLINK, "data", 0), 0), "unlink(\"data\")");
	CHECK(is_num(calls(0, SC_UNLINK, "data", 0), -ENOENT), "unlink again == -ENOENT");
	CHECK(is_num(call(0, SC_CLOSE, 1, fd), 0), "close(fd)");
	CHECK(is_num(call(0, SC_CLOSE, 1, fd), -EBADF), "close(fd) again == -EBADF");
	fd = num(calls(0, SC_MEMFD_CREATE, "m", 1, A(0)));
	CHECK(fd == 3, "memfd_create(\"m\", 0) == 3");
	CHECK(is_num(call(0, SC_FTRUNCATE, 2, fd, A(PAGE)), 0), "ftruncate(memfd)");
	CHECK(is_num(call(0, SC_CLOSE, 1, fd), 0), "close(memfd)");
}

static void test_more_calls(void)
{
	struct sc_outcome o;
	struct sc_call c;
	struct sc_text text = { 0 };
	char hex[32];
	int64_t q;

	o = call(0, SC_MREMAP, 4, p, A(8 * PAGE), A(4 * PAGE), A(0));
	CHECK(o.kind == SC_NUM && o.is_addr && o.v == p, "mremap shrink in place");
	o = call(0, SC_MREMAP, 5, p, A(4 * PAGE), A(4 * PAGE),
		 A(MREMAP_MAYMOVE | MREMAP_FIXED), r + 40 * PAGE);
	q = o.v;
	CHECK(o.kind == SC_NUM && o.is_addr && q == r + 40 * PAGE,
	      "mremap(..., MREMAP_FIXED, r + 40 * PAGE)");
	CHECK(is_num(call(0, SC_READ, 2, q, A(4 * PAGE)), 'x'), "moved with its data");
	CHECK(is_num(call(0, SC_MREMAP, 4, A(q + 1), A(PAGE), A(PAGE), A(0)), -EINVAL),
	      "mremap(unaligned) == -EINVAL");

	memset(&c, 0, sizeof(c));
	c.op = SC_PROCESS_MADVISE;
	c.nargs = 3;
	c.args[0] = PIDFD_SELF;
	c.args[1] = MADV_COLD;
	c.args[2] = 0;
	c.niov = 2;
	c.iov[0][0] = q;
	c.iov[0][1] = PAGE;
	c.iov[1][0] = q + 2 * PAGE;
	c.iov[1][1] = 2 * PAGE;
	CHECK(!be->ops->call(be, 0, &c, &o, NULL, berr, sizeof(berr)) &&
	      is_num(o, 3 * PAGE),
	      "process_madvise(PIDFD_SELF, {q, PAGE}, {q + 2 * PAGE, 2 * PAGE}, MADV_COLD, 0) == 3 * PAGE (got %" PRId64 ")",
	      o.v);

	CHECK(is_num(call(0, SC_MLOCK, 2, q, A(PAGE)), 0), "mlock(q, PAGE)");
	CHECK(is_num(calls(0, SC_VMFLAG, "lo", 1, q), 1), "vmflag(q, \"lo\") == 1");
	CHECK(is_num(calls(0, SC_SMAPS, "Locked", 1, q), PAGE), "smaps(q, \"Locked\") == PAGE");
	CHECK(is_num(call(0, SC_MUNLOCK, 2, q, A(PAGE)), 0), "munlock(q, PAGE)");
	CHECK(is_num(call(0, SC_MLOCK2, 3, q, A(PAGE), A(1)), 0), "mlock2(q, PAGE, MLOCK_ONFAULT)");
	CHECK(is_num(call(0, SC_MLOCK2, 3, q, A(PAGE), A(2)), -EINVAL), "mlock2 bad flags");
	CHECK(is_num(call(0, SC_MUNLOCK, 2, q, A(PAGE)), 0), "munlock(q, PAGE)");
	CHECK(is_num(call(0, SC_MSEAL, 3, q + 3 * PAGE, A(PAGE), A(0)), 0),
	      "mseal(q + 3 * PAGE, PAGE, 0)");
	CHECK(is_num(call(0, SC_MUNMAP, 2, q + 3 * PAGE, A(PAGE)), -EPERM),
	      "munmap(sealed) == -EPERM");
	CHECK(is_num(call(0, SC_MADVISE, 3, q, A(PAGE), A(MADV_DONTNEED)), 0),
	      "madvise(q, PAGE, MADV_DONTNEED)");
	CHECK(is_num(call(0, SC_READ, 1, q), 0), "reads zero again");

	memset(&c, 0, sizeof(c));
	c.op = SC_MAPS;
	CHECK(!be->ops->call(be, 0, &c, &o, &text, berr, sizeof(berr)) &&
	      is_num(o, 0), "maps() == 0");
	snprintf(hex, sizeof(hex), "%" PRIx64 "-", q);
	CHECK(text.buf && strstr(text.buf, hex) && strstr(text.buf, "[stack]") &&
	      text.len == strlen(text.buf), "maps() text has q and [stack] (%zu bytes)",
	      text.len);
	sc_text_free(&text);
	/* maps() with no text to fill is fine too */
	CHECK(!be->ops->call(be, 0, &c, &o, NULL, berr, sizeof(berr)), "maps() without text");
}

/*
 * pagemap_scan(): the regions stay in the sandbox for scan_region() and
 * friends, a fork copies them, a failed scan drops them, and a vec_len
 * beyond the sandbox's buffer is refused before the kernel could write past
 * it.  process_vm_readv/writev stop at a guard page.
 */
static void test_scan_and_gup(void)
{
	int64_t s = r + 20 * PAGE, child;
	struct sc_outcome o;

	o = call(0, SC_MMAP, 6, s, A(4 * PAGE), A(PROT_READ | PROT_WRITE),
		 A(MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED), A(-1), A(0));
	CHECK(o.kind == SC_NUM && o.v == s, "mmap s inside the carve-out");
	CHECK(is_num(call(0, SC_MADVISE, 3, s + PAGE, A(PAGE),
			  A(MADV_GUARD_INSTALL)), 0), "guard s + PAGE");
	CHECK(call(0, SC_SCAN_WALK_END, 0).kind == SC_NONE,
	      "scan_walk_end() == NONE before any scan");
	o = call(0, SC_PAGEMAP_SCAN, 9, s, A(4 * PAGE), A(0), A(0), A(0),
		 A(PAGE_IS_GUARD), A(PAGE_IS_GUARD), A(0), A(SC_SCAN_MAX_REGIONS));
	CHECK(is_num(o, 1), "pagemap_scan(s, 4 * PAGE, ..., PAGE_IS_GUARD) == 1 (got %" PRId64 ")",
	      o.v);
	o = call(0, SC_SCAN_REGION, 1, A(0));
	CHECK(o.kind == SC_RANGE && o.is_addr && o.v == s + PAGE &&
	      o.v2 == s + 2 * PAGE, "scan_region(0) == [s + PAGE, s + 2 * PAGE)");
	CHECK(is_num(call(0, SC_SCAN_CATEGORIES, 1, A(0)), PAGE_IS_GUARD),
	      "scan_categories(0) == PAGE_IS_GUARD");
	CHECK(call(0, SC_SCAN_REGION, 1, A(1)).kind == SC_NONE &&
	      call(0, SC_SCAN_REGION, 1, A(-1)).kind == SC_NONE,
	      "scan_region(1) and scan_region(-1) == NONE");
	o = call(0, SC_SCAN_WALK_END, 0);
	CHECK(o.kind == SC_NUM && o.is_addr && o.v == s + 4 * PAGE,
	      "scan_walk_end() == s + 4 * PAGE");

	o = call(0, SC_FORK, 0);
	child = o.v;
	CHECK(o.kind == SC_PROC, "fork() -> process %" PRId64, child);
	o = call((int)child, SC_SCAN_REGION, 1, A(0));
	CHECK(o.kind == SC_RANGE && o.v == s + PAGE, "@c has the parent's last scan");
	CHECK(is_num(call((int)child, SC_PAGEMAP_SCAN, 9, s, A(4 * PAGE), A(0),
			  A(0), A(0), A(0), A(PAGE_IS_GUARD), A(0), A(0)), 0),
	      "@c pagemap_scan with vec_len 0 == 0");
	CHECK(call((int)child, SC_SCAN_REGION, 1, A(0)).kind == SC_NONE,
	      "@c scan_region(0) == NONE after it");
	CHECK(call(0, SC_SCAN_REGION, 1, A(0)).kind == SC_RANGE,
	      "main keeps its own scan");
	CHECK(is_num(call((int)child, SC_EXIT, 0), 0), "@c exit()");

	CHECK(is_num(call(0, SC_PAGEMAP_SCAN, 9, s, A(4 * PAGE), A(4), A(0), A(0),
			  A(0), A(PAGE_IS_GUARD), A(0), A(1)), -EINVAL),
	      "pagemap_scan with flags 4 == -EINVAL");
	CHECK(call(0, SC_SCAN_WALK_END, 0).kind == SC_NONE,
	      "a failed scan leaves no regions");
	o = call(0, SC_PAGEMAP_SCAN, 9, s, A(4 * PAGE), A(0), A(0), A(0), A(0),
		 A(PAGE_IS_GUARD), A(0), A(SC_SCAN_MAX_REGIONS + 1));
	CHECK(o.kind == SC_UNSET && last_rc == -1 && strstr(berr, "vec_len"),
	      "vec_len over the buffer is refused: %s", berr);

	CHECK(is_num(call(0, SC_PROCESS_VM_READV, 2, s, A(4 * PAGE)), PAGE),
	      "process_vm_readv(s, 4 * PAGE) == PAGE: stops at the guard");
	CHECK(is_num(call(0, SC_PROCESS_VM_READV, 2, s + PAGE, A(PAGE)), -EFAULT),
	      "process_vm_readv(guard) == -EFAULT");
	CHECK(is_num(call(0, SC_PROCESS_VM_WRITEV, 3, s + 2 * PAGE, A(2 * PAGE),
			  A('g')), 2 * PAGE), "process_vm_writev(s + 2 * PAGE, 2 * PAGE, 'g')");
	CHECK(is_num(call(0, SC_READ, 2, s + 2 * PAGE, A(2 * PAGE)), 'g'),
	      "read(s + 2 * PAGE, 2 * PAGE) == 'g'");
	CHECK(is_num(call(0, SC_PROCESS_VM_READV, 2, s, A(-1)), -EINVAL),
	      "process_vm_readv(s, -1) == -EINVAL");
}

/* Many VMAs: maps() text beyond one packet, smaps beyond one buffer. */
static void test_many_vmas(void)
{
	struct sc_outcome o;
	struct sc_call c;
	struct sc_text text = { 0 };
	int64_t base, i, n = 4000, lines = 0;
	size_t k;

	o = call(0, SC_MMAP, 6, A(0), A(2 * n * PAGE), A(PROT_READ),
		 A(MAP_PRIVATE | MAP_ANONYMOUS), A(-1), A(0));
	base = o.v;
	for (i = 0; i < n; i++)
		call(0, SC_MPROTECT, 3, base + 2 * i * PAGE, A(PAGE), A(PROT_NONE));
	memset(&c, 0, sizeof(c));
	c.op = SC_MAPS;
	CHECK(!be->ops->call(be, 0, &c, &o, &text, berr, sizeof(berr)),
	      "maps() of %" PRId64 "+ VMAs", 2 * n);
	for (k = 0; k < text.len; k++)
		lines += text.buf[k] == '\n';
	CHECK(lines > 2 * n && text.len > 65536, "all of it came (%" PRId64 " lines, %zu bytes)",
	      lines, text.len);
	sc_text_free(&text);
	o = call(0, SC_VMA, 1, base + (2 * n - 1) * PAGE);
	CHECK(o.kind == SC_RANGE && o.v == base + (2 * n - 1) * PAGE,
	      "vma() of the last one");
	CHECK(is_num(calls(0, SC_SMAPS, "Rss", 1, base + (2 * n - 1) * PAGE), 0),
	      "smaps() of the last one");
	CHECK(is_num(call(0, SC_MUNMAP, 2, base, A(2 * n * PAGE)), 0), "munmap them");
}

static void test_large(void)
{
	int64_t len = 1LL << 30, m;
	double t0, t1, t2;

	m = num(call(0, SC_MMAP, 6, A(0), len, A(PROT_READ | PROT_WRITE),
		     A(MAP_PRIVATE | MAP_ANONYMOUS), A(-1), A(0)));
	if (m < 0) {
		printf("SKIP 1 GiB accesses: mmap gave %" PRId64 "\n", m);
		return;
	}
	t0 = now_s();
	CHECK(is_num(call(0, SC_WRITE, 3, m, len, A(0x5a)), 0), "write 1 GiB");
	t1 = now_s();
	CHECK(is_num(call(0, SC_READ, 2, m, len), 0x5a), "read 1 GiB");
	t2 = now_s();
	printf("     1 GiB: write %.2f s, read %.2f s\n", t1 - t0, t2 - t1);
	CHECK(is_num(call(0, SC_WRITE, 3, m + len - 1, A(1), A(1)), 0) &&
	      call(0, SC_READ, 2, m, len).kind == SC_MIXED, "the last byte differs: MIXED");
	CHECK(is_num(call(0, SC_MUNMAP, 2, m, len), 0), "munmap 1 GiB");
}

/* A scenario process that is killed or crashes is a broken backend. */
static void test_death(pid_t pid0)
{
	pid_t kids[64];
	struct sc_outcome c;
	char stack[64];
	struct sc_text text = { 0 };
	struct sc_call mc;
	unsigned long s, e;
	char *line;
	int n, id;

	c = call(0, SC_FORK, 0);
	id = (int)c.v;
	CHECK(c.kind == SC_PROC && id == 3, "fork() -> process 3");
	n = children_of(pid0, kids, 64);
	CHECK(n == 1, "main has one child process");
	if (n != 1)
		return;
	kill(kids[0], SIGKILL);
	call(id, SC_READ, 1, p);
	CHECK(last_rc == -1 && !strcmp(berr, "host sandbox process 3 died (killed by signal 9)"),
	      "kill -9: %s", berr);
	call(id, SC_READ, 1, p);
	CHECK(last_rc == -1 && strstr(berr, "is gone"), "then: %s", berr);
	CHECK(call(0, SC_VMA, 1, r).kind == SC_RANGE, "main lives on");

	/* a process that unmaps its own stack dies of SIGSEGV */
	c = call(0, SC_FORK, 0);
	id = (int)c.v;
	memset(&mc, 0, sizeof(mc));
	mc.op = SC_MAPS;
	be->ops->call(be, id, &mc, &c, &text, berr, sizeof(berr));
	stack[0] = '\0';
	for (line = text.buf; line && *line; line = strchr(line, '\n') + 1) {
		char *nl = strchr(line, '\n');

		if (nl && strstr(line, "[stack]") && strstr(line, "[stack]") < nl &&
		    sscanf(line, "%lx-%lx", &s, &e) == 2) {
			call(id, SC_MUNMAP, 2, A(s), A(e - s));
			snprintf(stack, sizeof(stack), "%lx-%lx", s, e);
			break;
		}
		if (!nl)
			break;
	}
	sc_text_free(&text);
	CHECK(stack[0] && last_rc == -1 &&
	      !strcmp(berr, "host sandbox process 4 died (killed by signal 11)"),
	      "munmap of its own stack: %s", berr);
}

/* Kill main itself: it is our child, and waitid() tells how. */
static void test_main_death(void)
{
	pid_t pid0, tree[64];
	int n;

	be = create();
	if (!be)
		return;
	pid0 = main_pid();
	call(0, SC_FORK, 0);
	n = tree_of(pid0, tree, 64);
	CHECK(n == 2, "main and a child");
	kill(pid0, SIGBUS);
	call(0, SC_READ, 1, A(0));
	CHECK(last_rc == -1 && !strcmp(berr, "host sandbox process 0 died (killed by signal 7)"),
	      "main killed: %s", berr);
	CHECK(is_num(call(1, SC_WRITE, 3, A(0), A(0), A(0)), 0), "its child still answers");
	be->ops->destroy(be);
	CHECK(all_gone(tree, n), "destroy leaves no process");
}

/* A stopped sandbox is a hang: the call gives up at the deadline. */
static void test_hang(void)
{
	pid_t pid0, tree[64];
	char dir[4096];
	double t0, t;
	int n;

	setenv("MMSIM_HOST_TIMEOUT", "1", 1);
	be = create();
	unsetenv("MMSIM_HOST_TIMEOUT");
	if (!be)
		return;
	pid0 = main_pid();
	scratch_of(pid0, dir, sizeof(dir));
	call(0, SC_FORK, 0);
	n = tree_of(pid0, tree, 64);
	kill(tree[1], SIGSTOP);
	t0 = now_s();
	call(1, SC_READ, 1, A(0));
	t = now_s() - t0;
	CHECK(last_rc == -1 && !strcmp(berr, "host sandbox process 1 did not answer within 1 s"),
	      "stopped: %s", berr);
	CHECK(t > 0.9 && t < 4, "after %.2f s", t);
	kill(pid0, SIGSTOP);
	be->ops->destroy(be);
	CHECK(all_gone(tree, n), "destroy kills stopped processes");
	CHECK(access(dir, F_OK) != 0, "and removes %s", dir);
}

static void test_start_failures(void)
{
	struct mmsim_profile pf;
	char err[256] = "";
	struct sc_backend *b;
	const char *saved = getenv("MMSIM_SANDBOX");
	char keep[4096];

	snprintf(keep, sizeof(keep), "%s", saved ? saved : "");
	mmsim_profile_builtin(&pf);
	setenv("MMSIM_SANDBOX", "/nonexistent/mmsim-sandbox", 1);
	b = sc_host_backend_create(&pf, err, sizeof(err));
	CHECK(!b && strstr(err, "cannot find the host sandbox"), "no sandbox: %s", err);
	setenv("MMSIM_SANDBOX", "/bin/true", 1);
	b = sc_host_backend_create(&pf, err, sizeof(err));
	CHECK(!b && strstr(err, "cannot start /bin/true") &&
	      strstr(err, "exited with status 0"), "not a sandbox: %s", err);
	if (b)
		b->ops->destroy(b);
	setenv("MMSIM_SANDBOX", keep, 1);
}

/* Find mmsim-sandbox if MMSIM_SANDBOX does not say. */
static bool find_sandbox(void)
{
	static const char *const rel[] = {
		"mmsim-sandbox", "../release/mmsim-sandbox",
		"../asan/mmsim-sandbox",
	};
	char self[4096], path[4200], *slash;
	ssize_t n;
	size_t i;

	if (getenv("MMSIM_SANDBOX"))
		return access(getenv("MMSIM_SANDBOX"), X_OK) == 0;
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0)
		return false;
	self[n] = '\0';
	slash = strrchr(self, '/');
	if (!slash)
		return false;
	*slash = '\0';
	for (i = 0; i < sizeof(rel) / sizeof(rel[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", self, rel[i]);
		if (!access(path, X_OK)) {
			setenv("MMSIM_SANDBOX", path, 1);
			return true;
		}
	}
	return false;
}

int main(void)
{
	pid_t pid0, tree[64];
	char dir[4096];
	int n;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (!find_sandbox()) {
		printf("SKIP no mmsim-sandbox (set MMSIM_SANDBOX)\n");
		return 77;
	}
	if (geteuid() != 0) {
		printf("SKIP frame numbers need root\n");
		return 77;
	}
	printf("     sandbox: %s\n", getenv("MMSIM_SANDBOX"));
	test_profile();
	be = create();
	if (!be)
		return 1;
	pid0 = main_pid();
	scratch_of(pid0, dir, sizeof(dir));
	test_features();
	test_mappings();
	test_nothing_mapped();
	test_accesses();
	test_signals();
	test_fork_exit();
	test_files(pid0);
	test_more_calls();
	test_many_vmas();
	test_large();
	test_death(pid0);
	test_scan_and_gup();
	n = tree_of(pid0, tree, 64);
	be->ops->destroy(be);
	CHECK(all_gone(tree, n), "destroy leaves none of %d processes", n);
	CHECK(access(dir, F_OK) != 0, "destroy removes %s", dir);
	test_main_death();
	test_hang();
	test_start_failures();
	return check_summary();
}
