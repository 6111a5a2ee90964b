// SPDX-License-Identifier: MIT
/*
 * mmsim fuzz: random programs on the model and the host in lockstep (or
 * on the model alone, validated after every operation), each difference
 * shrunk to a small scenario file.
 *
 * The work is done by --jobs worker processes, sequence k by worker
 * k % jobs, so that a run is reproducible whatever the number of jobs:
 * sequence k of seed S is always the same program (`--print K` shows
 * it).  Workers report to the parent over a pipe; the parent keeps the
 * status line, the totals and the differences by signature.  A worker
 * that finds a difference asks the parent, over a pipe of its own,
 * whether to shrink it: one mistake of the model shows in many programs,
 * and only the first few differences of a signature are worth the
 * minutes of shrinking.  The parent alone writes the cases, so that the
 * output directory is made once, when the first case comes, and a case
 * it cannot write is printed, not lost.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdarg.h>
#include <inttypes.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../scenario/fuzz.h"
#include "fuzz_cli.h"

#define SHRINK_SECONDS	180	/* per case */
#define RERUNS		5	/* of a shrunk case, on fresh backends */
#define MAX_JOBS	64
#define SHRINK_PER_KIND	3	/* differences shrunk of one signature */

struct fuzz_opts {
	uint64_t seed;
	double seconds;			/* 0: no limit */
	long long ops;			/* 0: no limit */
	long long sequences;		/* 0: no limit */
	int jobs;
	int bad;			/* -1: by program */
	bool model_only;
	bool validate;
	bool quiet;
	const char *profile;		/* the model's: --profile, NULL for the host's */
	int shrink_per_kind;
	const char *out;		/* NULL: a new directory, out_default */
	char out_default[96];
	long long print;		/* -1, or the sequence to print */
};

/*
 * What a worker tells the parent.  REP_FOUND asks whether to shrink a
 * difference (the worker waits for the answer); a case comes as its
 * text in REP_TEXT pieces, then REP_CASE with its file name.
 */
enum { REP_PROGRESS, REP_FOUND, REP_TEXT, REP_CASE, REP_NOTE, REP_DONE };

struct report {
	int type;
	int worker;
	long long sequences, steps;
	long long seq;			/* REP_FOUND, REP_CASE */
	int line;			/* REP_FOUND */
	bool broke;			/* REP_FOUND: the model broke */
	bool flaky;			/* REP_CASE: not deterministic */
	char text[3968];
};

/* one record is at most PIPE_BUF bytes, so that it arrives whole */
_Static_assert(sizeof(struct report) <= PIPE_BUF, "a report must fit PIPE_BUF");

static int worker_id;			/* in a worker: its number */

static volatile sig_atomic_t stopping;

static void on_stop(int sig)
{
	(void)sig;
	stopping = 1;
}

static void usage(FILE *f)
{
	fprintf(f,
		"usage: mmsim fuzz [--profile builtin|host|FILE] [--seed N] [--time SECS] [--ops N] [--sequences N]\n"
		"                  [--jobs N] [--bad PERCENT] [--model-only] [--no-validate]\n"
		"                  [--shrink-per-kind N] [--out DIR] [--quiet]\n"
		"       mmsim fuzz --seed N --print K\n"
		"       mmsim fuzz --replay FILE...\n");
}

static int parse_num(const char *s, long long *v)
{
	char *e;

	errno = 0;
	*v = strtoll(s, &e, 0);
	return errno || e == s || *e || *v < 0 ? -1 : 0;
}

static int parse_opts(int argc, char **argv, struct fuzz_opts *o)
{
	int i;

	*o = (struct fuzz_opts){ .jobs = 1, .validate = true, .print = -1, .bad = -1,
				 .shrink_per_kind = SHRINK_PER_KIND };
	o->seed = (uint64_t)time(NULL) ^ ((uint64_t)getpid() << 20);
	o->seed %= 1000000;
	for (i = 1; i < argc; i++) {
		const char *a = argv[i];
		long long v;

		if (!strcmp(a, "--model-only")) {
			o->model_only = true;
		} else if (!strcmp(a, "--no-validate")) {
			o->validate = false;
		} else if (!strcmp(a, "--quiet")) {
			o->quiet = true;
		} else if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
			usage(stdout);
			exit(0);
		} else if (i + 1 < argc && !strcmp(a, "--out")) {
			o->out = argv[++i];
		} else if (i + 1 < argc && !strcmp(a, "--profile")) {
			o->profile = argv[++i];
		} else if (i + 1 < argc && (!strcmp(a, "--seed") ||
					    !strcmp(a, "--time") ||
					    !strcmp(a, "--ops") ||
					    !strcmp(a, "--sequences") ||
					    !strcmp(a, "--jobs") ||
					    !strcmp(a, "--bad") ||
					    !strcmp(a, "--shrink-per-kind") ||
					    !strcmp(a, "--print"))) {
			if (parse_num(argv[++i], &v)) {
				fprintf(stderr, "mmsim fuzz: error: %s needs a number, not '%s'\n",
					a, argv[i]);
				return -1;
			}
			if (!strcmp(a, "--seed"))
				o->seed = (uint64_t)v;
			else if (!strcmp(a, "--time"))
				o->seconds = (double)v;
			else if (!strcmp(a, "--ops"))
				o->ops = v;
			else if (!strcmp(a, "--sequences"))
				o->sequences = v;
			else if (!strcmp(a, "--print"))
				o->print = v;
			else if (!strcmp(a, "--shrink-per-kind"))
				o->shrink_per_kind = v > INT_MAX ? INT_MAX : (int)v;
			else if (!strcmp(a, "--bad") && v > 100) {
				fprintf(stderr, "mmsim fuzz: error: --bad is a percentage, 0 to 100\n");
				return -1;
			} else if (!strcmp(a, "--bad"))
				o->bad = (int)v;
			else if (v < 1 || v > MAX_JOBS) {
				fprintf(stderr, "mmsim fuzz: error: --jobs must be 1 to %d\n",
					MAX_JOBS);
				return -1;
			} else {
				o->jobs = (int)v;
			}
		} else {
			fprintf(stderr, "mmsim fuzz: error: unknown option '%s'\n", a);
			usage(stderr);
			return -1;
		}
	}
	if (!o->out) {
		/*
		 * A new directory in the current one, named for the run: never
		 * the source tree's tests/scenarios/regress/, where a case
		 * goes by hand once it is to stay as a regression test.
		 */
		time_t now = time(NULL);
		struct tm tm;
		char stamp[32] = "0";

		if (localtime_r(&now, &tm))
			strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm);
		snprintf(o->out_default, sizeof(o->out_default),
			 "mmsim-fuzz-%" PRIu64 "-%s", o->seed, stamp);
	}
	return 0;
}

/* ---- cases ------------------------------------------------------------ */

static void send_record(int fd, struct report *r)
{
	ssize_t n;

	r->worker = worker_id;
	do
		n = write(fd, r, sizeof(*r));
	while (n < 0 && errno == EINTR);
}

static void send_report(int fd, int type, long long seqs, long long steps,
			const char *fmt, ...) __attribute__((format(printf, 5, 6)));

static void send_report(int fd, int type, long long seqs, long long steps,
			const char *fmt, ...)
{
	struct report r = { .type = type, .sequences = seqs, .steps = steps };
	va_list ap;

	if (fmt) {
		va_start(ap, fmt);
		vsnprintf(r.text, sizeof(r.text), fmt, ap);
		va_end(ap);
	}
	send_record(fd, &r);
}

static const char *kernel_release(void)
{
	static char rel[64];
	FILE *f;

	if (rel[0])
		return rel;
	snprintf(rel, sizeof(rel), "Linux");
	f = fopen("/proc/sys/kernel/osrelease", "r");
	if (f) {
		if (fgets(rel + 6, sizeof(rel) - 6, f)) {
			rel[5] = ' ';
			rel[strcspn(rel, "\n")] = '\0';
		}
		fclose(f);
	}
	return rel;
}

static char **alloc_strings(int n)
{
	char **v = calloc(n, sizeof(*v));
	int i;

	if (!v)
		return NULL;
	for (i = 0; i < n; i++) {
		v[i] = calloc(1, 160);
		if (!v[i]) {
			while (i--)
				free(v[i]);
			free(v);
			return NULL;
		}
	}
	return v;
}

static void free_strings(char **v, int n)
{
	int i;

	for (i = 0; v && i < n; i++)
		free(v[i]);
	free(v);
}

static int count_kept(const struct fz_prog *p, const bool *keep)
{
	int i, n = 0;

	for (i = 0; i < p->n; i++)
		n += keep[i] && !(p->stmts[i].flags & FZ_PROLOGUE);
	return n;
}

/* The statement as written in the case: its text, from after any @proc. */
static const char *stmt_text(const struct fz_prog *p, int i)
{
	return i >= 0 && i < p->n ? p->stmts[i].text : "?";
}

/*
 * Re-run the shrunk case on fresh backends: it must give the same result
 * every time, and the host the same outcome at every statement.  The
 * host's outcomes of the first run become the case's expectations.
 */
static bool deterministic(const struct fz_prog *p, const bool *keep,
			  const struct fz_result *want,
			  const struct fz_run_opts *ro, char **expect,
			  char *why, size_t whylen)
{
	struct fz_run_opts o = *ro;
	char **first = alloc_strings(p->n), **form = alloc_strings(p->n);
	struct fz_result r;
	bool ok = first && form;
	int k, i;

	for (k = 0; ok && k < RERUNS; k++) {
		o.host_form = k ? form : first;
		o.host_expect = k ? NULL : expect;
		if (fz_run(p, keep, &o, &r) || r.verdict != want->verdict ||
		    r.stmt != want->stmt) {
			snprintf(why, whylen, "run %d of %d gave %s at statement %d",
				 k + 1, RERUNS,
				 r.verdict == FZ_SAME ? "no difference" :
				 r.verdict == FZ_DIFF ? "a difference" : "an error",
				 r.stmt);
			ok = false;
			break;
		}
		for (i = 0; k && i < p->n; i++)
			if (keep[i] && strcmp(first[i], form[i])) {
				snprintf(why, whylen,
					 "the host gave '%.100s', then '%.100s' at '%.200s'",
					 first[i], form[i], p->stmts[i].text);
				ok = false;
				break;
			}
	}
	free_strings(first, p->n);
	free_strings(form, p->n);
	return ok;
}

/*
 * Hand the parent case @name of sequence @n: its text in pieces, then
 * its name and @summary, which the parent prints after the path.
 */
static void send_case(int fd, long long n, const char *name, const char *text,
		      const char *summary, bool flaky)
{
	struct report r = { .type = REP_TEXT };
	size_t len = strlen(text), off, k;

	for (off = 0; off < len; off += k) {
		k = len - off < sizeof(r.text) - 1 ? len - off : sizeof(r.text) - 1;
		memcpy(r.text, text + off, k);
		r.text[k] = '\0';
		send_record(fd, &r);
	}
	r = (struct report){ .type = REP_CASE, .seq = n, .flaky = flaky };
	snprintf(r.text, sizeof(r.text), "%s\t%s", name, summary);
	send_record(fd, &r);
}

/* The start of the range in "maps: r+0x3000-r+0x5000 rw-p ...", or "". */
static void maps_line_start(const char *line, char *buf, size_t len)
{
	const char *a = line + strlen("maps: "), *c;

	buf[0] = '\0';
	if (strncmp(line, "maps: ", 6) || *a == '(')
		return;
	/* the '-' between the two addresses, not one inside r-0x1000 */
	for (c = a + 1; *c && *c != ' '; c++)
		if (*c == '-' && (c[1] == 'r' || (c[1] == '0' && c[-1] != 'r')))
			break;
	if (*c == '-')
		snprintf(buf, len, "%.*s", (int)(c - a), a);
}

/*
 * A difference in maps() only shows in the TAP output: make it one that
 * a scenario can state, vma() or vma_prot() of the first VMA where the
 * two sides part, if that differs too.  A difference in the offset or
 * the file alone stays a maps() statement.
 */
static void assert_maps(struct fz_prog *p, const bool *keep, struct fz_result *r,
			const struct fz_run_opts *ro)
{
	static const char *const calls[] = { "vma", "vma_prot" };
	struct fz_stmt *st = &p->stmts[r->stmt];
	char addr[64], saved[FZ_STMT_LEN];
	const char *maps = strstr(st->text, "maps()");
	struct fz_result again;
	size_t i;

	if (r->verdict != FZ_DIFF || !maps)
		return;
	maps_line_start(strncmp(r->host, "maps: (no", 9) ? r->host : r->model,
			addr, sizeof(addr));
	if (!addr[0])
		return;
	memcpy(saved, st->text, sizeof(saved));
	for (i = 0; i < sizeof(calls) / sizeof(calls[0]); i++) {
		snprintf(st->text, sizeof(st->text), "%.*s%s(%s)",
			 (int)(maps - saved), saved, calls[i], addr);
		if (!fz_run(p, keep, ro, &again) && again.verdict == FZ_DIFF &&
		    again.stmt == r->stmt) {
			*r = again;
			return;
		}
	}
	memcpy(st->text, saved, sizeof(saved));
}

/*
 * A difference (or a model that broke) in sequence @n: shrink it, check
 * that the small case is deterministic, and send it to the parent to
 * write.
 */
static void handle_case(const struct fuzz_opts *o, const struct fz_prog *orig,
			const struct fz_result *found, long long n, int fd)
{
	struct fz_prog copy = *orig, *p = &copy;
	struct fz_run_opts ro = { .model_only = o->model_only,
				  .validate = o->validate, .profile = o->profile };
	char name[96], why[512] = "", header[1024], bad[24] = "", summary[1600];
	char **expect = alloc_strings(p->n);
	bool *keep = malloc(p->n * sizeof(bool));
	struct fz_result r;
	int64_t t0 = fz_now_ms();
	long runs;
	char *text = NULL;
	bool ok;
	int i;

	copy.stmts = malloc(orig->n * sizeof(*copy.stmts));
	if (copy.stmts)
		memcpy(copy.stmts, orig->stmts, orig->n * sizeof(*copy.stmts));
	if (!keep || !expect || !copy.stmts) {
		send_report(fd, REP_NOTE, 0, 0, "sequence %lld: out of memory", n);
		goto out;
	}
	for (i = 0; i < p->n; i++)
		keep[i] = true;
	runs = fz_shrink(p, keep, found, &ro, t0 + SHRINK_SECONDS * 1000);
	/* the outcomes of the shrunk case, which may differ from the first */
	if (fz_run(p, keep, &ro, &r) || r.verdict != found->verdict ||
	    r.stmt != found->stmt)
		r = *found;
	assert_maps(p, keep, &r, &ro);
	if (o->model_only) {
		/* the host's outcomes make the expectations, where there is one */
		struct fz_run_opts ho = { .host_only = true, .host_expect = expect };
		struct fz_result hr;

		ok = true;
		if (fz_run(p, keep, &ho, &hr))
			for (i = 0; i < p->n; i++)
				expect[i][0] = '\0';
	} else {
		ok = deterministic(p, keep, &r, &ro, expect, why, sizeof(why));
	}
	if (r.verdict == FZ_DIFF)
		snprintf(header, sizeof(header),
			 "# fuzz: %.300s%s%.60s: the model gives %.150s, %s gives %.150s\n",
			 stmt_text(p, r.stmt), r.stmt >= 0 && p->stmts[r.stmt].expect[0] ? " " : "",
			 r.stmt >= 0 ? p->stmts[r.stmt].expect : "", r.model,
			 kernel_release(), r.host);
	else
		snprintf(header, sizeof(header), "# fuzz: the model broke at %.400s: %.500s\n",
			 stmt_text(p, r.stmt), r.msg);
	if (o->bad >= 0)
		snprintf(bad, sizeof(bad), " --bad %d", o->bad);
	snprintf(header + strlen(header), sizeof(header) - strlen(header),
		 "# mmsim fuzz --seed %" PRIu64 "%s%s, sequence %lld (%s), shrunk to %d statements in %ld runs%s%s\n",
		 o->seed, o->model_only ? " --model-only" : "", bad, n, p->title,
		 count_kept(p, keep), runs, ok ? "" : "; NOT DETERMINISTIC: ",
		 ok ? "" : why);
	text = fz_prog_format(p, keep, ok ? expect : NULL, header, NULL, NULL);
	if (!text) {
		send_report(fd, REP_NOTE, 0, 0, "sequence %lld: out of memory", n);
		goto out;
	}
	snprintf(name, sizeof(name), "fuzz-%" PRIu64 "-%lld.%s", o->seed, n,
		 ok ? "mms" : "flaky");
	header[strcspn(header, "\n")] = '\0';
	snprintf(summary, sizeof(summary), "%s (%d statements)%s%s",
		 header + strlen("# fuzz: "), count_kept(p, keep),
		 ok ? "" : "; not deterministic: ", ok ? "" : why);
	send_case(fd, n, name, text, summary, !ok);
out:
	free(text);
	free(keep);
	free_strings(expect, p->n);
	free(copy.stmts);
}

/* ---- workers ---------------------------------------------------------- */

/*
 * Keep a worker and its sandboxes on one CPU: the kernel's per-CPU LRU
 * batches are drained where the sandbox runs (MADV_PAGEOUT drains them
 * first), so a sandbox that moves between CPUs may find the pages it
 * faulted still in another CPU's batch, and reclaim passes them by.
 */
static void pin_worker(int id)
{
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	cpu_set_t set;

	if (ncpu < 1)
		return;
	CPU_ZERO(&set);
	CPU_SET((int)(id % ncpu), &set);
	sched_setaffinity(0, sizeof(set), &set);
}

/*
 * Tell the parent of the difference @res in sequence @n, and learn
 * whether to shrink it: the parent counts it under its signature, and
 * says yes to the first few of each.  No answer (a parent gone) is no.
 */
static bool ask_shrink(int fd, int answers, long long n, const struct fz_result *res)
{
	struct report r = { .type = REP_FOUND, .seq = n, .line = res->line,
			    .broke = res->verdict == FZ_MODEL_BROKE };
	char yes = 0;
	ssize_t got;

	snprintf(r.text, sizeof(r.text), "%s", res->sig[0] ? res->sig : "?");
	send_record(fd, &r);
	do
		got = read(answers, &yes, 1);
	while (got < 0 && errno == EINTR);
	return got == 1 && yes == 'y';
}

static void worker(const struct fuzz_opts *o, int id, int fd, int answers,
		   int64_t deadline)
{
	struct fz_run_opts ro = { .model_only = o->model_only,
				  .validate = o->validate, .profile = o->profile };
	long long seqs = 0, steps = 0, my_ops = o->ops ? (o->ops + o->jobs - 1) / o->jobs : 0;
	long long unreported_seqs = 0, unreported_steps = 0, n;
	struct fz_gen_opts gen = { .bad_percent = o->bad };
	int64_t last = fz_now_ms();
	int failures = 0;

	for (n = id; !stopping; n += o->jobs) {
		struct fz_rng rng;
		struct fz_prog p;
		struct fz_result res;

		if (deadline && fz_now_ms() >= deadline)
			break;
		if (my_ops && steps >= my_ops)
			break;
		if (o->sequences && n >= o->sequences)
			break;
		fz_rng_seed(&rng, fz_sequence_seed(o->seed, (uint64_t)n));
		if (fz_generate(&p, &rng, &gen)) {
			send_report(fd, REP_NOTE, 0, 0, "out of memory");
			break;
		}
		if (fz_run(&p, NULL, &ro, &res)) {
			/* a sandbox being rebuilt, say: try again a little later */
			send_report(fd, REP_NOTE, 0, 0, "sequence %lld: %s%s", n, res.msg,
				    ++failures < 3 ? "; trying again" : "");
			fz_prog_free(&p);
			if (failures == 3)
				break;
			sleep(1);
			n -= o->jobs;
			continue;
		}
		failures = 0;
		seqs++;
		steps += res.steps;
		unreported_seqs++;
		unreported_steps += res.steps;
		if (stopping) {
			fz_prog_free(&p);
			break;
		}
		switch (res.verdict) {
		case FZ_SAME:
		case FZ_SKIPPED:	/* not asked for: never */
			break;
		case FZ_DIFF:
		case FZ_MODEL_BROKE:
			send_report(fd, REP_PROGRESS, unreported_seqs, unreported_steps, NULL);
			unreported_seqs = unreported_steps = 0;
			if (ask_shrink(fd, answers, n, &res))
				handle_case(o, &p, &res, n, fd);
			break;
		case FZ_HOST_BROKE:
		case FZ_INVALID:
			/* the generator's fault, never the model's: say so */
			send_report(fd, REP_NOTE, 0, 0,
				    "sequence %lld: %s (mmsim fuzz --seed %" PRIu64 " --print %lld)",
				    n, res.msg, o->seed, n);
			break;
		}
		fz_prog_free(&p);
		if (fz_now_ms() - last >= 200) {
			send_report(fd, REP_PROGRESS, unreported_seqs, unreported_steps, NULL);
			unreported_seqs = unreported_steps = 0;
			last = fz_now_ms();
		}
	}
	send_report(fd, REP_PROGRESS, unreported_seqs, unreported_steps, NULL);
	send_report(fd, REP_DONE, 0, 0, NULL);
}

/* ---- the parent ------------------------------------------------------- */

/* The differences of one signature. */
struct kind {
	char sig[FZ_SIG_LEN];
	long long count;
	long long first;		/* the lowest sequence that gave it */
	int shrinks;			/* shrinks the parent said yes to */
	int written, printed;		/* cases written; cases printed instead */
	long long first_case_seq;
	char first_case[96];		/* the case of the lowest sequence written */
};

struct totals {
	long long sequences, steps, found, cases, flaky, notes;
	int write_errors;
	int broken_workers;		/* crashed, leaked or killed */
	int64_t start;
	struct kind *kinds;
	int nkinds, capkinds;
	int shrinking[MAX_JOBS];	/* per worker: the kind it shrinks, or -1 */
	char *text[MAX_JOBS];		/* per worker: the case coming in */
	size_t textlen[MAX_JOBS];
	char dir[PATH_MAX];		/* "" until the first case is written */
};

static void status(const struct totals *t, bool tty, bool final)
{
	double secs = (double)(fz_now_ms() - t->start) / 1000.0;
	double rate = secs > 0 ? (double)t->steps / secs : 0;

	fprintf(stderr, "%s[%02d:%02d:%02d] %lld sequences, %lld operations (%.0f/s), "
		"%lld difference%s of %d signature%s, %lld case%s, %lld flaky%s",
		tty ? "\r\033[K" : "", (int)secs / 3600, (int)secs / 60 % 60,
		(int)secs % 60, t->sequences, t->steps, rate, t->found,
		t->found == 1 ? "" : "s", t->nkinds, t->nkinds == 1 ? "" : "s",
		t->cases, t->cases == 1 ? "" : "s", t->flaky,
		tty && !final ? "" : "\n");
}

/* The kind of signature @sig, a new one if it is the first; NULL: no memory. */
static struct kind *find_kind(struct totals *t, const char *sig)
{
	struct kind *k;
	int i;

	for (i = 0; i < t->nkinds; i++)
		if (!strcmp(t->kinds[i].sig, sig))
			return &t->kinds[i];
	if (t->nkinds == t->capkinds) {
		int cap = t->capkinds ? t->capkinds * 2 : 16;

		k = realloc(t->kinds, cap * sizeof(*k));
		if (!k)
			return NULL;
		t->kinds = k;
		t->capkinds = cap;
	}
	k = &t->kinds[t->nkinds++];
	memset(k, 0, sizeof(*k));
	snprintf(k->sig, sizeof(k->sig), "%.*s", (int)sizeof(k->sig) - 1, sig);
	k->first = k->first_case_seq = LLONG_MAX;
	return k;
}

/*
 * A worker found a difference: count it under its signature, and tell
 * the worker whether to shrink it, yes for the first --shrink-per-kind
 * of the signature.  Returns whether it said yes.
 */
static bool decide(struct totals *t, const struct fuzz_opts *o,
		   const struct report *r, int answers)
{
	struct kind *k = find_kind(t, r->text);
	bool yes = k && !stopping && k->shrinks < o->shrink_per_kind;
	char c = yes ? 'y' : 'n';
	ssize_t n;

	t->found++;
	if (k) {
		k->count++;
		if (r->seq < k->first)
			k->first = r->seq;
		k->shrinks += yes;
	}
	if (r->worker >= 0 && r->worker < MAX_JOBS)
		t->shrinking[r->worker] = yes ? (int)(k - t->kinds) : -1;
	do
		n = write(answers, &c, 1);
	while (n < 0 && errno == EINTR);
	return yes;
}

/*
 * The directory the cases go to, made when the first case comes: --out's
 * (which may exist), or a new one in the current directory, with a
 * number after its name should one of that name exist.
 */
static int make_dir(struct totals *t, const struct fuzz_opts *o)
{
	int i;

	if (t->dir[0])
		return 0;
	if (o->out) {
		struct stat st;

		if (mkdir(o->out, 0777)) {
			if (errno != EEXIST || stat(o->out, &st))
				return -1;
			if (!S_ISDIR(st.st_mode)) {
				errno = ENOTDIR;
				return -1;
			}
		}
		snprintf(t->dir, sizeof(t->dir), "%s", o->out);
		printf("mmsim fuzz: cases go to %s/\n", t->dir);
		return 0;
	}
	for (i = 0; i < 100; i++) {
		char path[PATH_MAX];

		if (i)
			snprintf(path, sizeof(path), "%s.%d", o->out_default, i);
		else
			snprintf(path, sizeof(path), "%s", o->out_default);
		if (!mkdir(path, 0777)) {
			snprintf(t->dir, sizeof(t->dir), "%s", path);
			printf("mmsim fuzz: cases go to %s/\n", t->dir);
			return 0;
		}
		if (errno != EEXIST)
			return -1;
	}
	errno = EEXIST;
	return -1;
}

static int write_case(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "w");
	bool ok;

	if (!f)
		return -1;
	ok = fwrite(text, 1, len, f) == len;
	if (fclose(f) || !ok)
		return -1;
	return 0;
}

/*
 * A worker's case is complete: write it into the directory, or where
 * that fails print it, so that the difference is not lost, and count
 * the failure, which makes the run exit 1.
 */
static void take_case(struct totals *t, const struct fuzz_opts *o,
		      const struct report *r)
{
	int w = r->worker >= 0 && r->worker < MAX_JOBS ? r->worker : 0;
	struct kind *k = t->shrinking[w] >= 0 ? &t->kinds[t->shrinking[w]] : NULL;
	const char *text = t->text[w] ? t->text[w] : "";
	size_t nlen = strcspn(r->text, "\t");
	const char *summary = r->text[nlen] ? r->text + nlen + 1 : "";
	char name[96], path[PATH_MAX + 100];

	snprintf(name, sizeof(name), "%.*s", (int)nlen, r->text);
	if (make_dir(t, o)) {
		fprintf(stderr, "mmsim fuzz: error: cannot make the directory %s: %s\n",
			o->out ? o->out : o->out_default, strerror(errno));
		goto print;
	}
	snprintf(path, sizeof(path), "%s/%s", t->dir, name);
	if (write_case(path, text, t->textlen[w])) {
		fprintf(stderr, "mmsim fuzz: error: cannot write %s: %s\n", path,
			strerror(errno));
		goto print;
	}
	printf("%s: %s\n", path, summary);
	if (k) {
		k->written++;
		/* with --jobs the cases come in any order: name the same one */
		if (r->seq < k->first_case_seq) {
			k->first_case_seq = r->seq;
			snprintf(k->first_case, sizeof(k->first_case), "%s", name);
		}
	}
	goto done;
print:
	t->write_errors++;
	if (k)
		k->printed++;
	printf("# ---- %s, which could not be written: %s\n%s", name, summary, text);
	if (t->textlen[w] && text[t->textlen[w] - 1] != '\n')
		putchar('\n');
	printf("# ---- end of %s\n", name);
done:
	if (r->flaky)
		t->flaky++;
	else
		t->cases++;
	free(t->text[w]);
	t->text[w] = NULL;
	t->textlen[w] = 0;
}

static void add_text(struct totals *t, const struct report *r)
{
	int w = r->worker >= 0 && r->worker < MAX_JOBS ? r->worker : 0;
	size_t len = strnlen(r->text, sizeof(r->text));
	char *p = realloc(t->text[w], t->textlen[w] + len + 1);

	if (!p)
		return;		/* the case will be short: better than none */
	memcpy(p + t->textlen[w], r->text, len);
	t->textlen[w] += len;
	p[t->textlen[w]] = '\0';
	t->text[w] = p;
}

static int by_count(const void *a, const void *b)
{
	const struct kind *x = a, *y = b;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	return x->first < y->first ? -1 : x->first > y->first;
}

/*
 * The differences by signature, most frequent first: how many, the first
 * sequence that gave it, and the case of the first one shrunk, with the
 * number of the others written ("+2"); "-" when none was shrunk.
 */
static void print_kinds(struct totals *t, const struct fuzz_opts *o)
{
	int i;

	if (!t->nkinds)
		return;
	qsort(t->kinds, t->nkinds, sizeof(*t->kinds), by_count);
	printf("mmsim fuzz: %lld difference%s of %d signature%s",
	       t->found, t->found == 1 ? "" : "s", t->nkinds,
	       t->nkinds == 1 ? "" : "s");
	if (o->shrink_per_kind)
		printf(", the first %d of each shrunk", o->shrink_per_kind);
	printf("%s%s%s:\n", t->dir[0] ? "; cases in " : "", t->dir,
	       t->dir[0] ? "/" : "");
	printf("%7s %9s  %-32s %s\n", "count", "sequence", "case", "signature");
	for (i = 0; i < t->nkinds; i++) {
		const struct kind *k = &t->kinds[i];
		char c[64];

		if (k->written > 1)
			snprintf(c, sizeof(c), "%.40s +%d", k->first_case,
				 k->written - 1);
		else if (k->written)
			snprintf(c, sizeof(c), "%.40s", k->first_case);
		else
			snprintf(c, sizeof(c), "%s", k->printed ? "(printed)" :
				 k->shrinks ? "(none)" : "-");
		printf("%7lld %9lld  %-32s %s\n", k->count, k->first, c, k->sig);
	}
}

static int print_sequence(const struct fuzz_opts *o)
{
	struct fz_rng rng;
	struct fz_prog p;
	struct fz_gen_opts gen = { .bad_percent = o->bad };
	char header[256];
	char *text;

	fz_rng_seed(&rng, fz_sequence_seed(o->seed, (uint64_t)o->print));
	if (fz_generate(&p, &rng, &gen))
		return 2;
	snprintf(header, sizeof(header), "# mmsim fuzz --seed %" PRIu64 ", sequence %lld: %s\n",
		 o->seed, o->print, p.title);
	text = fz_prog_format(&p, NULL, NULL, header, NULL, NULL);
	if (text)
		fputs(text, stdout);
	free(text);
	fz_prog_free(&p);
	return text ? 0 : 2;
}

int fuzz_main(int argc, char **argv)
{
	struct fuzz_opts o;
	struct totals t = { 0 };
	pid_t pids[MAX_JOBS];
	int fds[2], answers[MAX_JOBS][2], running, i, j, status_code;
	bool tty = isatty(2);
	int64_t deadline = 0, last_line = 0;
	struct sigaction sa;

	if (argc > 1 && !strcmp(argv[1], "--replay"))
		return fuzz_replay(argc - 2, argv + 2);
	struct mmsim_profile pf;
	char err[512];

	if (parse_opts(argc, argv, &o))
		return 2;
	if (o.print >= 0)
		return print_sequence(&o);
	/* a bad profile stops here; the host's is probed once, before fork */
	if (sc_profile_load(o.profile ? o.profile : "host", &pf, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	if (o.quiet)
		tty = false;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_stop;
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	signal(SIGPIPE, SIG_IGN);
	/* close-on-exec: the sandboxes the workers start must not hold them */
	if (pipe2(fds, O_CLOEXEC)) {
		perror("mmsim fuzz: pipe");
		return 2;
	}
	for (i = 0; i < o.jobs; i++) {
		if (pipe2(answers[i], O_CLOEXEC)) {
			perror("mmsim fuzz: pipe");
			return 2;
		}
		t.shrinking[i] = -1;
	}
	t.start = fz_now_ms();
	if (o.seconds > 0)
		deadline = t.start + (int64_t)(o.seconds * 1000);
	printf("mmsim fuzz: seed %" PRIu64 ", %s, %d job%s%s; profile %s (zero page %s)\n",
	       o.seed, o.model_only ? "model only" : "model against the host",
	       o.jobs, o.jobs == 1 ? "" : "s",
	       o.validate ? ", validate_mm() after every operation" : "",
	       o.profile ? o.profile : "host", pf.zero_page ? "yes" : "no");
	fflush(stdout);
	for (i = 0; i < o.jobs; i++) {
		pids[i] = fork();
		if (pids[i] < 0) {
			perror("mmsim fuzz: fork");
			o.jobs = i;
			break;
		}
		if (!pids[i]) {
			close(fds[0]);
			/* only the parent answers: a parent gone is an end of file */
			for (j = 0; j < o.jobs; j++) {
				close(answers[j][1]);
				if (j != i)
					close(answers[j][0]);
			}
			worker_id = i;
			if (!o.model_only)
				pin_worker(i);
			worker(&o, i, fds[1], answers[i][0], deadline);
			/*
			 * exit(), not _exit(): the sanitizers' leak check runs
			 * at exit, and its verdict reaches the parent in the
			 * status (nothing of the parent's is left buffered:
			 * it flushed before the fork)
			 */
			exit(0);
		}
	}
	close(fds[1]);
	for (i = 0; i < o.jobs; i++)
		close(answers[i][0]);
	running = o.jobs;
	while (running) {
		struct pollfd pfd = { .fd = fds[0], .events = POLLIN };
		struct report r;
		ssize_t got;
		int pr = poll(&pfd, 1, 250);

		if (pr > 0) {
			got = read(fds[0], &r, sizeof(r));
			if (got == 0)
				break;		/* every worker is gone */
			if (got != (ssize_t)sizeof(r) || r.worker < 0 ||
			    r.worker >= o.jobs)
				continue;
			switch (r.type) {
			case REP_PROGRESS:
				t.sequences += r.sequences;
				t.steps += r.steps;
				break;
			case REP_FOUND:
				if (!decide(&t, &o, &r, answers[r.worker][1]))
					break;
				if (tty)
					fprintf(stderr, "\r\033[K");
				printf("sequence %lld: %s at line %d (%s); shrinking\n",
				       r.seq, r.broke ? "the model broke" : "a difference",
				       r.line, r.text);
				fflush(stdout);
				break;
			case REP_TEXT:
				add_text(&t, &r);
				break;
			case REP_CASE:
				if (tty)
					fprintf(stderr, "\r\033[K");
				take_case(&t, &o, &r);
				fflush(stdout);
				break;
			case REP_NOTE:
				t.notes++;
				if (tty)
					fprintf(stderr, "\r\033[K");
				printf("%s\n", r.text);
				fflush(stdout);
				break;
			case REP_DONE:
				running--;
				break;
			}
		}
		if (tty)
			status(&t, tty, false);
		else if (!o.quiet && fz_now_ms() - last_line >= 30000) {
			if (last_line)
				status(&t, false, false);
			last_line = fz_now_ms();
		}
	}
	for (i = 0; i < o.jobs; i++) {
		close(answers[i][1]);
		if (waitpid(pids[i], &status_code, 0) != pids[i] ||
		    !WIFEXITED(status_code) || WEXITSTATUS(status_code)) {
			/* a worker that crashed or leaked did not finish its work */
			if (WIFSIGNALED(status_code))
				fprintf(stderr, "mmsim fuzz: error: worker %d killed by signal %d\n",
					i, WTERMSIG(status_code));
			else
				fprintf(stderr, "mmsim fuzz: error: worker %d exited with status %d\n",
					i, WEXITSTATUS(status_code));
			t.broken_workers++;
		}
		free(t.text[i]);
	}
	if (tty)
		status(&t, tty, true);
	print_kinds(&t, &o);
	printf("mmsim fuzz: seed %" PRIu64 ": %lld sequences, %lld operations in %.1f s; "
	       "%lld difference%s, %lld case%s, %lld flaky, %lld note%s\n",
	       o.seed, t.sequences, t.steps, (double)(fz_now_ms() - t.start) / 1000.0,
	       t.found, t.found == 1 ? "" : "s", t.cases, t.cases == 1 ? "" : "s",
	       t.flaky, t.notes, t.notes == 1 ? "" : "s");
	if (t.write_errors)
		fprintf(stderr, "mmsim fuzz: error: %d case%s could not be written and %s printed above\n",
			t.write_errors, t.write_errors == 1 ? "" : "s",
			t.write_errors == 1 ? "was" : "were");
	free(t.kinds);
	if (t.broken_workers)
		return 2;
	return t.found || t.write_errors ? 1 : 0;
}
