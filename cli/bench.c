// SPDX-License-Identifier: MIT
/*
 * mmsim bench: what the model costs per operation next to the kernel doing
 * the same work.
 *
 * Every workload of host/bench_workloads.c runs in rounds, alternately on
 * libmmsim in this process and on the kernel in `mmsim-sandbox --bench`, a
 * separate process that times its own loop; the figures are the medians of
 * the rounds, in nanoseconds per page or per pair of calls.  The model runs
 * as built here: the release build validates nothing per operation, and
 * any build has the per-operation validate_mm() turned off for the bench.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <malloc.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/utsname.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "mmsim/mmsim.h"
#include "../host/bench.h"
#include "../scenario/backend.h"

#define DEFAULT_ROUNDS	9
#define HOST_TIMEOUT_MS	(600 * 1000)	/* one round of the host's */

/* ---- the model's side ----------------------------------------------------- */

struct model_ctx {
	struct mmsim_machine *m;
	struct mmsim_process *p;
};

static struct mmsim_process *mp(void *ctx)
{
	return ((struct model_ctx *)ctx)->p;
}

static long m_mmap(void *ctx, unsigned long addr, unsigned long len,
		   int prot, int flags)
{
	return mmsim_mmap(mp(ctx), addr, len, (unsigned long)prot,
			  (unsigned long)flags, -1, 0);
}

static long m_munmap(void *ctx, unsigned long addr, unsigned long len)
{
	return mmsim_munmap(mp(ctx), addr, len);
}

static long m_mprotect(void *ctx, unsigned long addr, unsigned long len,
		       int prot)
{
	return mmsim_mprotect(mp(ctx), addr, len, (unsigned long)prot);
}

static long m_madvise(void *ctx, unsigned long addr, unsigned long len,
		      int advice)
{
	return mmsim_madvise(mp(ctx), addr, len, advice);
}

static long m_mremap(void *ctx, unsigned long addr, unsigned long old_len,
		     unsigned long new_len, int flags, unsigned long new_addr)
{
	return mmsim_mremap(mp(ctx), addr, old_len, new_len,
			    (unsigned long)flags, new_addr);
}

static int m_write(void *ctx, unsigned long addr, unsigned long len, int byte)
{
	return mmsim_write(mp(ctx), addr, len, byte);
}

static int m_read(void *ctx, unsigned long addr, unsigned long len)
{
	int byte;

	return mmsim_read(mp(ctx), addr, len, &byte);
}

static long m_fork_write(void *ctx, unsigned long addr, unsigned long len,
			 int byte)
{
	struct mmsim_process *child;
	long err;
	int sig;

	child = mmsim_fork(mp(ctx), &err);
	if (!child)
		return err;
	sig = mmsim_write(child, addr, len, byte);
	mmsim_exit(child);
	return sig ? -EFAULT : 0;
}

/*
 * Workload 7's mapping: a memfd (shmem) or an unnamed file on the scratch
 * disk, written whole so that every page is cached, mapped shared and
 * read-only, its descriptor closed -- what h_map_cached() does on the host,
 * with the same 64 KiB writes (and so the same folios).
 */
static long m_map_cached(void *ctx, unsigned long len, int shmem)
{
	struct mmsim_process *p = mp(ctx);
	unsigned long done;
	long fd, a = 0;

	fd = shmem ? mmsim_memfd_create(p, "mmsim-bench", 0) :
		     mmsim_open(p, ".", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd < 0)
		return fd;
	for (done = 0; done < len && a >= 0; done += 1UL << 16) {
		unsigned long n = len - done < (1UL << 16) ? len - done : 1UL << 16;

		a = mmsim_pwrite(p, (int)fd, 'f', (long long)n, (long long)done);
	}
	if (a >= 0)
		a = mmsim_mmap(p, 0, len, PROT_READ, MAP_SHARED, (int)fd, 0);
	if (a >= 0)
		mmsim_madvise(p, (unsigned long)a, len, MADV_NOHUGEPAGE);
	mmsim_close(p, (int)fd);
	return a;
}

static void m_unmap_cached(void *ctx, unsigned long addr, unsigned long len)
{
	m_munmap(ctx, addr, len);
}

static const struct bench_ops model_ops = {
	.mmap = m_mmap,
	.munmap = m_munmap,
	.mprotect = m_mprotect,
	.madvise = m_madvise,
	.mremap = m_mremap,
	.write = m_write,
	.read = m_read,
	.fork_write = m_fork_write,
	.map_cached = m_map_cached,
	.unmap_cached = m_unmap_cached,
};

/*
 * The profile the model runs the bench on (--profile; by default the
 * host's, so that both halves do the same work: a read fault on a kernel
 * without the zero page allocates a page, and so must the model's).
 */
static struct mmsim_profile bench_profile;

/*
 * The model's machine for the bench: the bench's profile, with room for a
 * million VMAs and memory that is never short (the scaling runs map 40 GB).
 */
static int model_open(struct model_ctx *mc)
{
	struct mmsim_profile pf = bench_profile;

	pf.max_map_count = 1UL << 22;
	pf.overcommit_memory = 1;
	mc->m = mmsim_machine_create(&pf);
	if (!mc->m)
		return -ENOMEM;
	mmsim_validate_each_op(mc->m, false);
	mc->p = mmsim_main_process(mc->m);
	return 0;
}

static void model_close(struct model_ctx *mc)
{
	mmsim_machine_destroy(mc->m);
	mc->m = NULL;
	mc->p = NULL;
}

/* Bytes the C heap holds for us, small and large (mmap'd) blocks alike. */
static double heap_bytes(void)
{
	struct mallinfo2 mi = mallinfo2();

	return (double)mi.uordblks + (double)mi.hblkhd;
}

/*
 * What the model keeps for each touched anonymous page, apart from its
 * data (none here: the pages hold one byte each, so the model keeps them
 * as a fill byte): folio, PTE and page-table share, on a fresh machine.
 */
static double model_bytes_per_page(unsigned long pages)
{
	struct model_ctx mc;
	unsigned long len = pages * 4096;
	double before, after;
	long a;

	if (model_open(&mc))
		return NAN;
	before = heap_bytes();
	a = m_mmap(&mc, 0, len, 3 /* PROT_READ | PROT_WRITE */,
		   0x22 /* MAP_PRIVATE | MAP_ANONYMOUS */);
	if (a < 0 || m_write(&mc, (unsigned long)a, len, 'a')) {
		model_close(&mc);
		return NAN;
	}
	after = heap_bytes();
	model_close(&mc);
	/* a sanitizer's allocator keeps mallinfo2() at zero: no figure */
	return after > before ? (after - before) / (double)pages : NAN;
}

/* ---- the host's side ------------------------------------------------------ */

struct host_bench {
	int sock;
	pid_t pid;
	bool up;
};

/* Between fork and exec: only async-signal-safe calls. */
static void exec_bench_sandbox(const char *path, int sock, pid_t parent)
{
	char *argv[] = { (char *)"mmsim-sandbox", (char *)"--bench", NULL };
	char *envp[] = { NULL };

	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (getppid() != parent)
		_exit(127);
	if (sock == 3) {
		/* dup2 onto itself would leave close-on-exec set */
		if (fcntl(sock, F_SETFD, 0))
			_exit(127);
	} else if (dup2(sock, 3) < 0) {
		_exit(127);
	}
	if (chdir("/"))
		_exit(127);
	execve(path, argv, envp);
	_exit(127);
}

static int host_recv(struct host_bench *h, struct bench_reply *rep, int timeout_ms)
{
	struct pollfd pfd = { .fd = h->sock, .events = POLLIN };
	ssize_t n;
	int r;

	do {
		r = poll(&pfd, 1, timeout_ms);
	} while (r < 0 && errno == EINTR);
	if (r <= 0)
		return r ? -errno : -ETIMEDOUT;
	n = recv(h->sock, rep, sizeof(*rep), 0);
	if (n != (ssize_t)sizeof(*rep))
		return n < 0 ? -errno : -EPIPE;
	if (rep->magic != BENCH_MAGIC || rep->version != BENCH_VERSION)
		return -EPROTO;
	return 0;
}

static void host_stop(struct host_bench *h)
{
	if (!h->up)
		return;
	close(h->sock);
	kill(h->pid, SIGKILL);
	waitpid(h->pid, NULL, 0);
	h->up = false;
}

static int host_start(struct host_bench *h)
{
	struct bench_reply hello;
	char path[PATH_MAX];
	pid_t self = getpid();
	int sv[2], r;

	h->up = false;
	r = sc_host_sandbox_path(path, sizeof(path));
	if (r || access(path, X_OK)) {
		fprintf(stderr, "mmsim bench: cannot find the host sandbox %s: %s\n",
			r ? "" : path, strerror(r ? -r : errno));
		return -1;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		fprintf(stderr, "mmsim bench: socketpair: %s\n", strerror(errno));
		return -1;
	}
	fflush(NULL);
	h->pid = fork();
	if (h->pid == 0)
		exec_bench_sandbox(path, sv[1], self);
	close(sv[1]);
	if (h->pid < 0) {
		fprintf(stderr, "mmsim bench: fork: %s\n", strerror(errno));
		close(sv[0]);
		return -1;
	}
	h->sock = sv[0];
	h->up = true;
	r = host_recv(h, &hello, 10 * 1000);
	if (r) {
		fprintf(stderr, "mmsim bench: %s does not run benchmarks (%s): a stale build?\n",
			path, strerror(-r));
		host_stop(h);
		return -1;
	}
	return 0;
}

static void host_round(struct host_bench *h, const struct bench_params *p,
		       struct bench_result *res)
{
	struct bench_request req = {
		.magic = BENCH_MAGIC, .version = BENCH_VERSION, .params = *p,
	};
	struct bench_reply rep;
	int r;

	if (!h->up) {
		res->err = -ENOTCONN;
		return;
	}
	if (send(h->sock, &req, sizeof(req), MSG_NOSIGNAL) < 0) {
		r = -errno;
	} else {
		r = host_recv(h, &rep, HOST_TIMEOUT_MS);
	}
	if (r) {
		fprintf(stderr, "mmsim bench: the host sandbox failed: %s\n",
			strerror(-r));
		host_stop(h);
		res->err = r;
		return;
	}
	*res = rep.result;
}

/* ---- workloads ------------------------------------------------------------ */

enum row_name_arg { NAME_PLAIN, NAME_FILLERS, NAME_PAGES };

/*
 * One line of the table.  The full run's sizes keep a host round at about
 * 10-30 ms on these machines; --quick shrinks everything to a smoke run.
 */
struct row {
	const char *name;		/* a printf format if name_arg says so */
	enum row_name_arg name_arg;
	const char *unit;
	enum bench_workload w;
	uint64_t pages, fillers, reps;
	uint64_t q_pages, q_fillers, q_reps;
	int rounds;			/* 0: --rounds or the default */
	bool model_only;		/* workload 9: the kernel has nothing to add */
	double min_ratio;		/* a target of the issue, 0: none */
	int scale_base;			/* for scaling targets: the row compared to */
	double max_scale;		/* ... and the factor allowed, 0: none */
};

enum {
	ROW_WRITE, ROW_READ, ROW_MMAP10, ROW_MMAP1K, ROW_MMAP60K, ROW_MPROTECT,
	ROW_FORK, ROW_DONTNEED, ROW_GUARD_IN, ROW_GUARD_RM, ROW_SHMEM, ROW_FILE,
	ROW_MREMAP, ROW_SCALE1K, ROW_SCALE100K, ROW_SCALE1M, ROW_SCALE_PAGES,
	NR_ROWS,
};

static const struct row rows[NR_ROWS] = {
	[ROW_WRITE] = { "anon-write-fault", NAME_PLAIN, "ns/page",
		BW_WRITE_FAULT, 4096, 0, 4, 64, 0, 1, .min_ratio = 5 },
	[ROW_READ] = { "zero-page-read-fault", NAME_PLAIN, "ns/page",
		BW_ZERO_READ, 4096, 0, 4, 64, 0, 1, .min_ratio = 10 },
	[ROW_MMAP10] = { "mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 10, 20000, 0, 10, 100, .min_ratio = 5 },
	[ROW_MMAP1K] = { "mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 1000, 20000, 0, 100, 100, .min_ratio = 5 },
	[ROW_MMAP60K] = { "mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 60000, 20000, 0, 1000, 100, .min_ratio = 5,
		.scale_base = ROW_MMAP10, .max_scale = 2 },
	[ROW_MPROTECT] = { "mprotect-split-merge", NAME_PLAIN, "ns/pair",
		BW_MPROTECT, 1024, 0, 10000, 64, 0, 100, .min_ratio = 5 },
	[ROW_FORK] = { "fork-cow-write", NAME_PLAIN, "ns/page",
		BW_FORK_COW, 4096, 0, 2, 64, 0, 1, .min_ratio = 5 },
	[ROW_DONTNEED] = { "madv-dontneed", NAME_PLAIN, "ns/page",
		BW_DONTNEED, 4096, 0, 4, 64, 0, 1 },
	[ROW_GUARD_IN] = { "madv-guard-install", NAME_PLAIN, "ns/page",
		BW_GUARD_INSTALL, 4096, 0, 4, 64, 0, 1 },
	[ROW_GUARD_RM] = { "madv-guard-remove", NAME_PLAIN, "ns/page",
		BW_GUARD_REMOVE, 4096, 0, 4, 64, 0, 1 },
	[ROW_SHMEM] = { "shmem-read-fault-around", NAME_PLAIN, "ns/page",
		BW_SHMEM_READ, 4096, 0, 4, 64, 0, 1 },
	[ROW_FILE] = { "file-read-fault-around", NAME_PLAIN, "ns/page",
		BW_FILE_READ, 4096, 0, 4, 64, 0, 1 },
	[ROW_MREMAP] = { "mremap-move", NAME_PLAIN, "ns/page",
		BW_MREMAP, 4096, 0, 4, 64, 0, 1 },
	[ROW_SCALE1K] = { "scale/mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 1000, 20000, 0, 1000, 100,
		.model_only = true },
	[ROW_SCALE100K] = { "scale/mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 100000, 20000, 0, 10000, 100,
		.model_only = true },
	[ROW_SCALE1M] = { "scale/mmap-munmap/%lu-vmas", NAME_FILLERS, "ns/pair",
		BW_MMAP_MUNMAP, 0, 1000000, 20000, 0, 20000, 100,
		.model_only = true, .scale_base = ROW_MMAP10, .max_scale = 3 },
	[ROW_SCALE_PAGES] = { "scale/anon-write-fault/%lu-pages", NAME_PAGES, "ns/page",
		BW_WRITE_FAULT, 10000000, 0, 1, 100000, 0, 1, .rounds = 3,
		.model_only = true },
};

#define MEMORY_TARGET	64.0	/* bytes of metadata per touched page */

struct opts {
	bool quick, json, model_only;
	int rounds;
	const char *only;
	const char *profile;		/* --profile: builtin, host or a file */
};

struct outcome {
	char name[64];
	bool run;			/* selected by --only */
	double model_ns, host_ns;	/* NAN: not available */
	const char *model_why, *host_why;	/* why not, when NAN */
};

static void row_params(const struct row *rw, const struct opts *o,
		       struct bench_params *p)
{
	memset(p, 0, sizeof(*p));
	p->workload = rw->w;
	p->pages = o->quick ? rw->q_pages : rw->pages;
	p->fillers = o->quick ? rw->q_fillers : rw->fillers;
	p->reps = o->quick ? rw->q_reps : rw->reps;
}

static void row_name(const struct row *rw, const struct bench_params *p,
		     char *buf, size_t len)
{
	switch (rw->name_arg) {
	case NAME_FILLERS:
		snprintf(buf, len, rw->name, (unsigned long)p->fillers);
		break;
	case NAME_PAGES:
		snprintf(buf, len, rw->name, (unsigned long)p->pages);
		break;
	default:
		snprintf(buf, len, "%s", rw->name);
		break;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
	if (!n)
		return NAN;
	qsort(v, (size_t)n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static const char *why(int64_t err, bool on_host)
{
	if (!on_host && (err == -ENOSYS || err == -ENODEV))
		return "not modelled yet";
	return strerror((int)-err);
}

/*
 * One row: rounds alternate model-then-host and host-then-model, so that
 * neither side always runs on a machine the other has just warmed or
 * disturbed; each side's figure is the median of its rounds.
 */
static int run_row(const struct row *rw, const struct opts *o,
		   struct host_bench *h, struct outcome *out)
{
	int rounds = o->rounds ? o->rounds : rw->rounds ? rw->rounds : DEFAULT_ROUNDS;
	struct bench_state model_state = { 0 };
	double mv[64], hv[64];
	int nm = 0, nh = 0, i, side;
	struct bench_params p;
	struct model_ctx mc;
	bool host = !rw->model_only && !o->model_only;

	if (o->quick)
		rounds = 1;
	if (rounds > 64)
		rounds = 64;
	row_params(rw, o, &p);
	out->model_ns = out->host_ns = NAN;
	out->model_why = NULL;
	out->host_why = rw->model_only ? "model only" :
			o->model_only ? "not run" : NULL;
	if (model_open(&mc)) {
		fprintf(stderr, "mmsim bench: cannot create a model machine\n");
		return -1;
	}
	for (i = 0; i < rounds; i++) {
		for (side = 0; side < 2; side++) {
			bool on_host = (side == 0) == (i % 2 == 1);
			struct bench_result res = { 0 };

			if (on_host) {
				if (!host || out->host_why)
					continue;
				host_round(h, &p, &res);
			} else {
				if (out->model_why)
					continue;
				bench_run(&model_ops, &mc, &model_state, &p, &res);
			}
			if (res.err || !res.ops) {
				const char *w = res.err ? why(res.err, on_host) :
					      "did nothing";

				if (on_host)
					out->host_why = w;
				else
					out->model_why = w;
				continue;
			}
			if (on_host)
				hv[nh++] = (double)res.ns / (double)res.ops;
			else
				mv[nm++] = (double)res.ns / (double)res.ops;
		}
	}
	model_close(&mc);
	if (!out->model_why)
		out->model_ns = median(mv, nm);
	if (host && !out->host_why)
		out->host_ns = median(hv, nh);
	/* the model failing a workload it models is a bug worth an exit status */
	if (out->model_why && rw->w != BW_SHMEM_READ && rw->w != BW_FILE_READ) {
		fprintf(stderr, "mmsim bench: %s failed on the model: %s\n",
			out->name, out->model_why);
		return -1;
	}
	return 0;
}

/* ---- output --------------------------------------------------------------- */

struct target {
	char what[128];
	double value, limit;
	bool at_most;			/* value <= limit, else value >= limit */
	bool known;
};

static int collect_targets(const struct outcome *out, double bytes_per_page,
			   struct target *t)
{
	int i, n = 0;

	for (i = 0; i < NR_ROWS; i++) {
		const struct row *rw = &rows[i];

		if (!out[i].run)
			continue;
		if (rw->min_ratio) {
			snprintf(t[n].what, sizeof(t[n].what), "%.40s host/model",
				 out[i].name);
			t[n].value = out[i].host_ns / out[i].model_ns;
			t[n].limit = rw->min_ratio;
			t[n].at_most = false;
			t[n].known = isfinite(t[n].value);
			n++;
		}
		if (rw->max_scale && out[rw->scale_base].run) {
			snprintf(t[n].what, sizeof(t[n].what), "%.40s model / %.40s model",
				 out[i].name, out[rw->scale_base].name);
			t[n].value = out[i].model_ns / out[rw->scale_base].model_ns;
			t[n].limit = rw->max_scale;
			t[n].at_most = true;
			t[n].known = isfinite(t[n].value);
			n++;
		}
	}
	if (!isnan(bytes_per_page)) {
		snprintf(t[n].what, sizeof(t[n].what),
			 "model bytes per touched page");
		t[n].value = bytes_per_page;
		t[n].limit = MEMORY_TARGET;
		t[n].at_most = true;
		t[n].known = true;
		n++;
	}
	return n;
}

static bool target_met(const struct target *t)
{
	return t->known && (t->at_most ? t->value <= t->limit : t->value >= t->limit);
}

static void json_str(const char *s)
{
	putchar('"');
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			printf("\\%c", *s);
		else if ((unsigned char)*s < 0x20)
			printf("\\u%04x", (unsigned char)*s);
		else
			putchar(*s);
	}
	putchar('"');
}

static void json_num(double v, const char *fmt)
{
	if (isfinite(v))
		printf(fmt, v);
	else
		printf("null");
}

static void print_json(const struct outcome *out, double bpp,
		       unsigned long mem_pages, const struct target *t, int nt,
		       const struct opts *o)
{
	struct utsname u;
	bool first = true;
	int i;

	uname(&u);
	printf("{\"workloads\":[");
	for (i = 0; i < NR_ROWS; i++) {
		if (!out[i].run)
			continue;
		printf("%s\n  {\"name\":\"%s\",\"unit\":\"%s\",\"model_ns\":",
		       first ? "" : ",", out[i].name, rows[i].unit);
		json_num(out[i].model_ns, "%.1f");
		printf(",\"host_ns\":");
		json_num(out[i].host_ns, "%.1f");
		printf(",\"ratio\":");
		json_num(out[i].host_ns / out[i].model_ns, "%.2f");
		printf("}");
		first = false;
	}
	printf("\n],\n\"memory\":{\"bytes_per_touched_page\":");
	json_num(bpp, "%.1f");
	printf(",\"pages\":%lu},\n\"targets\":[", mem_pages);
	for (i = 0; i < nt; i++) {
		printf("%s\n  {\"what\":\"%s\",\"value\":", i ? "," : "", t[i].what);
		json_num(t[i].known ? t[i].value : NAN, "%.2f");
		printf(",\"op\":\"%s\",\"limit\":%.0f,\"met\":%s}",
		       t[i].at_most ? "<=" : ">=", t[i].limit,
		       target_met(&t[i]) ? "true" : "false");
	}
	printf("\n],\n\"quick\":%s,\"kernel\":", o->quick ? "true" : "false");
	json_str(u.release);
	printf(",\"cpus\":%ld}\n", sysconf(_SC_NPROCESSORS_ONLN));
}

static void cell(double v, const char *why_not)
{
	if (isfinite(v))
		printf(" %11.1f", v);
	else
		printf(" %11s", why_not ? "n/a" : "-");
}

static void print_table(const struct outcome *out, double bpp,
			unsigned long mem_pages, const struct target *t, int nt,
			const struct opts *o)
{
	struct utsname u;
	bool host_note;
	int i;

	uname(&u);
	printf("mmsim bench: libmmsim against Linux %s on %ld CPUs, %s\n",
	       u.release, sysconf(_SC_NPROCESSORS_ONLN),
	       o->quick ? "quick smoke run (figures mean nothing)" :
	       "medians of alternating rounds");
	printf("%-38s %-8s %11s %11s %11s\n", "workload", "unit", "model",
	       "host", "host/model");
	for (i = 0; i < NR_ROWS; i++) {
		if (!out[i].run)
			continue;
		printf("%-38s %-8s", out[i].name, rows[i].unit);
		cell(out[i].model_ns, out[i].model_why);
		cell(out[i].host_ns, rows[i].model_only || o->model_only ?
					     NULL : out[i].host_why);
		cell(out[i].host_ns / out[i].model_ns, NULL);
		host_note = out[i].host_why && !rows[i].model_only && !o->model_only;
		if (out[i].model_why && host_note)
			printf("   (model: %s; host: %s)", out[i].model_why,
			       out[i].host_why);
		else if (out[i].model_why || host_note)
			printf("   (%s: %s)", out[i].model_why ? "model" : "host",
			       out[i].model_why ? out[i].model_why : out[i].host_why);
		printf("\n");
	}
	if (!isnan(bpp))
		printf("model memory per touched anonymous page: %.1f bytes beyond its data (%lu pages)\n",
		       bpp, mem_pages);
	if (!nt)
		return;
	printf("\ntargets:\n");
	for (i = 0; i < nt; i++) {
		printf("  %-8s %s %s %.0f", !t[i].known ? "unknown" :
		       target_met(&t[i]) ? "met" : "NOT MET", t[i].what,
		       t[i].at_most ? "<=" : ">=", t[i].limit);
		if (t[i].known)
			printf(" (%.2f)", t[i].value);
		printf("\n");
	}
}

/* ---- the command ---------------------------------------------------------- */

static void bench_usage(FILE *f)
{
	fprintf(f,
		"usage: mmsim bench [--profile builtin|host|FILE] [--quick] [--json] [--rounds N]\n"
		"                   [--only TEXT] [--model-only]\n"
		"\n"
		"--profile P   the model's machine profile (default: host, the same work as the kernel's)\n"
		"--quick       a smoke run with tiny sizes and one round (figures mean nothing)\n"
		"--json        {\"workloads\":[{\"name\",\"unit\",\"model_ns\",\"host_ns\",\"ratio\"}...]...}\n"
		"--rounds N    rounds per workload (default %d; medians are reported)\n"
		"--only TEXT   only the workload named TEXT, or those whose names contain it\n"
		"--model-only  do not run the host's half\n", DEFAULT_ROUNDS);
}

static int parse_bench_opts(int argc, char **argv, struct opts *o)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--quick")) {
			o->quick = true;
		} else if (!strcmp(a, "--json")) {
			o->json = true;
		} else if (!strcmp(a, "--model-only")) {
			o->model_only = true;
		} else if (!strcmp(a, "--rounds") && i + 1 < argc) {
			char *end;
			long n = strtol(argv[++i], &end, 10);

			if (*end || n < 1 || n > 64) {
				fprintf(stderr, "mmsim: error: --rounds takes 1 to 64\n");
				return -1;
			}
			o->rounds = (int)n;
		} else if (!strcmp(a, "--only") && i + 1 < argc) {
			o->only = argv[++i];
		} else if (!strcmp(a, "--profile") && i + 1 < argc) {
			o->profile = argv[++i];
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			bench_usage(stdout);
			exit(0);
		} else {
			fprintf(stderr, "mmsim: error: unknown bench option '%s'\n", a);
			bench_usage(stderr);
			return -1;
		}
	}
	return 0;
}

int bench_main(int argc, char **argv)
{
	struct outcome out[NR_ROWS];
	struct target t[2 * NR_ROWS + 1];
	struct host_bench h = { .up = false };
	struct opts o = { 0 };
	double bpp = NAN;
	unsigned long mem_pages;
	int i, nt, status = 0;
	bool progress, exact = false;
	char err[512];

	if (parse_bench_opts(argc, argv, &o))
		return 2;
	if (sc_profile_load(o.profile ? o.profile : "host", &bench_profile, err,
			    sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	progress = !o.json && isatty(STDERR_FILENO);
	if (!o.model_only && host_start(&h))
		fprintf(stderr, "mmsim bench: the host's half will be missing\n");
	for (i = 0; i < NR_ROWS; i++) {
		struct bench_params p;

		row_params(&rows[i], &o, &p);
		row_name(&rows[i], &p, out[i].name, sizeof(out[i].name));
		if (o.only && !strcmp(out[i].name, o.only))
			exact = true;
	}
	for (i = 0; i < NR_ROWS; i++) {
		out[i].run = !o.only || (exact ? !strcmp(out[i].name, o.only) :
					 !!strstr(out[i].name, o.only));
		if (!out[i].run)
			continue;
		if (progress) {
			fprintf(stderr, "\r%-60s", out[i].name);
			fflush(stderr);
		}
		if (run_row(&rows[i], &o, &h, &out[i]))
			status = 2;
	}
	if (progress)
		fprintf(stderr, "\r%-60s\r", "");
	host_stop(&h);
	mem_pages = o.quick ? rows[ROW_SCALE_PAGES].q_pages :
			      rows[ROW_SCALE_PAGES].pages;
	if (!o.only || strstr("memory", o.only))
		bpp = model_bytes_per_page(mem_pages);
	nt = collect_targets(out, bpp, t);
	if (o.json)
		print_json(out, bpp, mem_pages, t, nt, &o);
	else
		print_table(out, bpp, mem_pages, t, nt, &o);
	/*
	 * A side that gave no figure where it should have fails the run: a
	 * smoke test must not pass with the host's half missing.
	 */
	for (i = 0; i < NR_ROWS; i++) {
		if (!out[i].run)
			continue;
		if (isnan(out[i].model_ns) ||
		    (!o.model_only && !rows[i].model_only && isnan(out[i].host_ns))) {
			fprintf(stderr, "mmsim bench: error: %s: no figure from the %s (%s)\n",
				out[i].name, isnan(out[i].model_ns) ? "model" : "host",
				isnan(out[i].model_ns) ?
				(out[i].model_why ? out[i].model_why : "?") :
				(out[i].host_why ? out[i].host_why : "?"));
			status = 2;
		}
	}
	return status;
}
