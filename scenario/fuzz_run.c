// SPDX-License-Identifier: MIT
/*
 * Running fuzz programs: the model alone, or the model and the host in
 * lockstep as `mmsim diff` does, and shrinking a difference by delta
 * debugging.
 *
 * Outcomes compare as `mmsim diff` prints them, with one change: frame
 * tokens compare only by whether there is a frame.  The generator asks
 * about frames only as `frame(B) == tN` right after `tN = frame(A)`
 * (fuzz_gen.c), and that expectation, held or not, is compared instead:
 * it is what the kernel guarantees, while the numbering of tokens over
 * a whole run follows which frames the kernel happens to hand out again.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "consts.h"
#include "engine.h"
#include "fuzz.h"
#include "mmsim/mmsim.h"

extern unsigned long mm_nr_warnings;
extern char mm_first_warning[512];
extern bool mm_warn_quiet;

int64_t fz_now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* ---- outcomes as text ------------------------------------------------- */

/* The value bound to @name in @env, if it is a number. */
static bool bound_value(const struct sc_env *env, const char *name, int64_t *v)
{
	int i;

	for (i = 0; i < env->prog->nnames; i++)
		if (!strcmp(env->prog->names[i], name) &&
		    env->vals[i].kind == SC_NUM) {
			*v = env->vals[i].v;
			return true;
		}
	return false;
}

/* An address as the generator writes them: r + 3 * PAGE + 17. */
static void addr_expr(const struct sc_env *env, int64_t a, char *buf, size_t len)
{
	int64_t r, d, pages, bytes;
	const char *sign = "+";

	if (!bound_value(env, "r", &r)) {
		sc_format_addr((struct sc_env *)env, a, buf, len);
		return;
	}
	d = a - r;
	if (d < 0) {
		sign = "-";
		d = -d;
	}
	pages = d / 4096;
	bytes = d % 4096;
	if (!d)
		snprintf(buf, len, "r");
	else if (!bytes && pages == 1)
		snprintf(buf, len, "r %s PAGE", sign);
	else if (!bytes)
		snprintf(buf, len, "r %s %" PRId64 " * PAGE", sign, pages);
	else if (!pages)
		snprintf(buf, len, "r %s %" PRId64, sign, bytes);
	else
		snprintf(buf, len, "r %s (%" PRId64 " * PAGE + %" PRId64 ")",
			 sign, pages, bytes);
}

struct bitname {
	int bit;
	const char *name;
};

static const struct bitname pm_bits[] = {
	{ 63, "PM_PRESENT" }, { 62, "PM_SWAP" }, { 61, "PM_FILE" },
	{ 58, "PM_GUARD_REGION" }, { 57, "PM_UFFD_WP" },
	{ 56, "PM_MMAP_EXCLUSIVE" }, { 55, "PM_SOFT_DIRTY" }, { -1, NULL },
};

static const struct bitname kpf_bits[] = {
	{ 0, "KPF_LOCKED" }, { 1, "KPF_ERROR" }, { 2, "KPF_REFERENCED" },
	{ 3, "KPF_UPTODATE" }, { 4, "KPF_DIRTY" }, { 5, "KPF_LRU" },
	{ 6, "KPF_ACTIVE" }, { 7, "KPF_SLAB" }, { 8, "KPF_WRITEBACK" },
	{ 9, "KPF_RECLAIM" }, { 10, "KPF_BUDDY" }, { 11, "KPF_MMAP" },
	{ 12, "KPF_ANON" }, { 13, "KPF_SWAPCACHE" }, { 14, "KPF_SWAPBACKED" },
	{ 15, "KPF_COMPOUND_HEAD" }, { 16, "KPF_COMPOUND_TAIL" },
	{ 17, "KPF_HUGE" }, { 18, "KPF_UNEVICTABLE" }, { 19, "KPF_HWPOISON" },
	{ 20, "KPF_NOPAGE" }, { 21, "KPF_KSM" }, { 22, "KPF_THP" },
	{ 23, "KPF_OFFLINE" }, { 24, "KPF_ZERO_PAGE" }, { 25, "KPF_IDLE" },
	{ 26, "KPF_PGTABLE" }, { 32, "KPF_RESERVED" }, { 33, "KPF_MLOCKED" },
	{ 34, "KPF_OWNER_2" }, { 35, "KPF_PRIVATE" }, { 36, "KPF_PRIVATE_2" },
	{ 37, "KPF_OWNER_PRIVATE" }, { 38, "KPF_ARCH" }, { 39, "KPF_UNCACHED" },
	{ 40, "KPF_SOFTDIRTY" }, { 41, "KPF_ARCH_2" }, { -1, NULL },
};

static const struct bitname scan_bits[] = {
	{ 0, "PAGE_IS_WPALLOWED" }, { 1, "PAGE_IS_WRITTEN" },
	{ 2, "PAGE_IS_FILE" }, { 3, "PAGE_IS_PRESENT" },
	{ 4, "PAGE_IS_SWAPPED" }, { 5, "PAGE_IS_PFNZERO" },
	{ 6, "PAGE_IS_HUGE" }, { 7, "PAGE_IS_SOFT_DIRTY" },
	{ 8, "PAGE_IS_GUARD" }, { -1, NULL },
};

/* A mask as names or'ed together: PM_PRESENT | PM_MMAP_EXCLUSIVE. */
static void bits_expr(const struct bitname *names, uint64_t v, char *buf,
		      size_t len)
{
	size_t n = 0;
	int b, i;

	buf[0] = '\0';
	if (!v) {
		snprintf(buf, len, "0");
		return;
	}
	for (b = 63; b >= 0 && n < len; b--) {
		const char *name = NULL;

		if (!(v & (1ULL << b)))
			continue;
		for (i = 0; names[i].name; i++)
			if (names[i].bit == b)
				name = names[i].name;
		if (name)
			n += snprintf(buf + n, len - n, "%s%s", n ? " | " : "", name);
		else
			n += snprintf(buf + n, len - n, "%s(1 << %d)", n ? " | " : "", b);
	}
}

/*
 * The outcome of @step written as an expectation that the same outcome
 * meets: "== -EINVAL", "== [r, r + 2 * PAGE)", or "" where none is
 * written (bindings, processes, frame tokens, addresses that compare only
 * as success).
 */
static void expect_text(const struct sc_env *env, const struct sc_step *step,
			const struct fz_stmt *st, char *buf, size_t len)
{
	const struct sc_outcome *o = &step->got;
	char a[96], b[96];
	const char *name;
	enum sc_op op = step->call ? step->call->op : SC_NR_OPS;

	buf[0] = '\0';
	if (st->flags & FZ_CHECK) {
		/* the generator's expectation, turned to what the host says */
		if (step->passed)
			snprintf(buf, len, "%s", st->expect);
		else if (!strncmp(st->expect, "==", 2))
			snprintf(buf, len, "!=%s", st->expect + 2);
		else
			snprintf(buf, len, "==%s", st->expect + 2);
		return;
	}
	if (!step->has_outcome || step->compare_success_only)
		return;
	switch (o->kind) {
	case SC_NUM:
		if (step->failed_call && o->v < 0 && (name = sc_errno_name(-o->v)))
			snprintf(buf, len, "== -%s", name);
		else if (o->is_addr)
			addr_expr(env, o->v, a, sizeof(a)), snprintf(buf, len, "== %s", a);
		else if (op == SC_PAGEMAP)
			bits_expr(pm_bits, (uint64_t)o->v, a, sizeof(a)),
				snprintf(buf, len, "== %s", a);
		else if (op == SC_KPAGEFLAGS)
			bits_expr(kpf_bits, (uint64_t)o->v, b, sizeof(b)),
				snprintf(buf, len, "== %s", b);
		else if (op == SC_SCAN_CATEGORIES)
			bits_expr(scan_bits, (uint64_t)o->v, b, sizeof(b)),
				snprintf(buf, len, "== %s", b);
		else if ((op == SC_READ || op == SC_PREAD) &&
			 ((o->v >= 'a' && o->v <= 'z') || (o->v >= 'A' && o->v <= 'Z')))
			snprintf(buf, len, "== '%c'", (int)o->v);
		else if (op == SC_SMAPS && o->v && !(o->v % 1024))
			snprintf(buf, len, "== %" PRId64 " * KiB", o->v / 1024);
		else
			snprintf(buf, len, "== %" PRId64, o->v);
		return;
	case SC_SIGNAL:
		name = sc_signal_name(o->v);
		snprintf(buf, len, "== %s", name ? name : "SIGSEGV");
		return;
	case SC_MIXED:
		snprintf(buf, len, "== MIXED");
		return;
	case SC_NONE:
		snprintf(buf, len, "== NONE");
		return;
	case SC_RANGE:
		addr_expr(env, o->v, a, sizeof(a));
		addr_expr(env, o->v2, b, sizeof(b));
		snprintf(buf, len, "== [%.60s, %.60s)", a, b);
		return;
	case SC_STRING:
		snprintf(buf, len, "== \"%s\"", o->str);
		return;
	default:
		return;		/* processes, frame tokens */
	}
}

/* The outcome as the comparison sees it. */
static void step_form(struct sc_env *env, const struct sc_step *s,
		      char *buf, size_t len)
{
	size_t n;

	if (s->compare_success_only && s->got.kind == SC_NUM && !s->failed_call)
		snprintf(buf, len, "an address");
	else if (!s->has_outcome)
		snprintf(buf, len, "(binding)");
	else if (s->got.kind == SC_TOKEN)
		snprintf(buf, len, "a frame");
	else
		sc_format_outcome(env, s, &s->got, buf, len);
	n = strlen(buf);
	if (s->st->expect.kind != X_NOTHING && n < len)
		snprintf(buf + n, len - n, s->passed ? " (as expected)" :
			 " (not as expected)");
}

/*
 * maps() as the comparison sees it: the lines of VMAs around the carve-out
 * (the sandbox's own mappings lie elsewhere, at addresses that differ),
 * addresses relative to r, files as file#N, and of the name only whether
 * the file is deleted: an O_TMPFILE file's name holds its inode number.
 * Returns a malloc'd string, or NULL.
 */
#define MAPS_SLACK	(64 * 4096LL)
#define CARVE_BYTES	(4LL << 20)

static char *maps_form(struct sc_env *env, const struct sc_text *t)
{
	char *out = NULL, *line, *end;
	size_t outlen = 0, i = 0;
	int64_t r;
	FILE *f;

	if (!t->buf || !bound_value(env, "r", &r))
		return strdup("");
	f = open_memstream(&out, &outlen);
	if (!f)
		return NULL;
	while (i < t->len) {
		unsigned long long start, stop;
		char raw[512], sym[600];
		size_t e = i;

		while (e < t->len && t->buf[e] != '\n')
			e++;
		snprintf(raw, sizeof(raw), "%.*s", (int)(e - i), t->buf + i);
		i = e + 1;
		if (sscanf(raw, "%llx-%llx", &start, &stop) != 2 ||
		    (int64_t)start < r - MAPS_SLACK ||
		    (int64_t)stop > r + CARVE_BYTES + MAPS_SLACK)
			continue;
		{
			FILE *g = fmemopen(sym, sizeof(sym), "w");

			if (!g)
				continue;
			sc_print_maps(env, g, "", raw, strlen(raw));
			fclose(g);
			sym[sizeof(sym) - 1] = '\0';
		}
		sym[strcspn(sym, "\n")] = '\0';
		/* an O_TMPFILE file is named by its inode number: "./#15040522" */
		line = strstr(sym, "/#");
		if (line) {
			end = line + 2 + strspn(line + 2, "0123456789tmpfile");
			memmove(line + 2, end, strlen(end) + 1);
		}
		fprintf(f, "%s; ", sym);
	}
	fclose(f);
	return out;
}

/* The first of the '; '-ended entries where @a and @b part. */
static void first_difference(const char *a, const char *b, char *da, char *db,
			     size_t len)
{
	while (*a && *b) {
		size_t na = strcspn(a, ";"), nb = strcspn(b, ";");

		if (na != nb || memcmp(a, b, na))
			break;
		a += na + (a[na] ? 2 : 0);
		b += nb + (b[nb] ? 2 : 0);
	}
	snprintf(da, len, "maps: %.*s", (int)strcspn(a, ";"), *a ? a : "(no more VMAs)");
	snprintf(db, len, "maps: %.*s", (int)strcspn(b, ";"), *b ? b : "(no more VMAs)");
}

/* ---- one run ---------------------------------------------------------- */

struct side {
	struct sc_backend *be;
	struct sc_env env;
	struct sc_step step;
	bool env_ok;
	int r;
};

static void side_fini(struct side *s)
{
	if (s->env_ok)
		sc_env_fini(&s->env);
	if (s->be)
		s->be->ops->destroy(s->be);
	s->env_ok = false;
	s->be = NULL;
}

static int side_init(struct side *s, const struct sc_program *prog, bool host,
		     bool builtin, struct fz_result *res)
{
	struct mmsim_profile pf;
	char err[256] = "";

	memset(s, 0, sizeof(*s));
	if (sc_profile_load(builtin && !host ? "builtin" : "host", &pf, err,
			    sizeof(err))) {
		snprintf(res->msg, sizeof(res->msg), "%s", err);
		return -1;
	}
	s->be = host ? sc_host_backend_create(&pf, err, sizeof(err)) :
		       sc_model_backend_create(&pf, err, sizeof(err));
	if (!s->be) {
		snprintf(res->msg, sizeof(res->msg), "cannot create the %s backend: %s",
			 host ? "host" : "model", err);
		return -1;
	}
	if (sc_env_init(&s->env, prog, s->be)) {
		snprintf(res->msg, sizeof(res->msg), "%s", s->env.err);
		side_fini(s);
		return -1;
	}
	s->env_ok = true;
	return 0;
}

/* Is the error of @s its backend's, rather than the file's? */
static bool backend_broke(const struct side *s, const char *name)
{
	char what[32];

	snprintf(what, sizeof(what), "%s backend:", name);
	return strstr(s->env.err, what) != NULL;
}

static int stmt_of(const int *lines, int nlines, int line)
{
	return line >= 1 && line <= nlines ? lines[line - 1] : -1;
}

int fz_run(const struct fz_prog *p, const bool *keep,
	   const struct fz_run_opts *o, struct fz_result *res)
{
	struct side side[2], *m, *h;
	struct sc_program *prog;
	char err[512], fm[160], fh[160], vmsg[512];
	int *lines, nlines = p->n + 8, i, ret = 0;
	const char *hc;
	size_t len;
	char *text;

	memset(res, 0, sizeof(*res));
	res->stmt = -1;
	for (hc = o->header; hc && *hc; hc++)
		nlines += *hc == '\n';
	lines = malloc(nlines * sizeof(*lines));
	text = lines ? fz_prog_format(p, keep, NULL, o->header, lines, &len) : NULL;
	if (!text) {
		free(lines);
		snprintf(res->msg, sizeof(res->msg), "out of memory");
		return -1;
	}
	prog = sc_parse("fuzz.mms", text, len, err, sizeof(err));
	free(text);
	if (!prog) {
		res->verdict = FZ_INVALID;
		snprintf(res->msg, sizeof(res->msg), "%s", err);
		free(lines);
		return 0;
	}
	memset(side, 0, sizeof(side));
	m = o->host_only ? NULL : &side[0];
	h = o->model_only ? NULL : &side[1];
	if ((m && side_init(m, prog, false, o->builtin_profile, res)) ||
	    (h && side_init(h, prog, true, false, res))) {
		ret = -1;
		goto out;
	}
	mm_nr_warnings = 0;
	mm_warn_quiet = true;
	for (;;) {
		struct fz_stmt *st;
		struct side *any;
		int stmt;

		if (m)
			m->r = sc_env_step(&m->env, &m->step);
		if (h)
			h->r = sc_env_step(&h->env, &h->step);
		if (m && m->r > 0 && o->validate) {
			struct mmsim_process **procs;
			int np;

			if (mmsim_validate(sc_model_machine(m->be, &np, &procs),
					   vmsg, sizeof(vmsg))) {
				m->r = -1;
				snprintf(m->env.err, sizeof(m->env.err),
					 "fuzz.mms:%d:1: error: model backend: validate_mm: %.400s",
					 m->step.line, vmsg);
			}
		}
		if ((m && m->r < 0) || (h && h->r < 0)) {
			bool mb = m && m->r < 0 && backend_broke(m, "model");
			bool hb = h && h->r < 0 && backend_broke(h, "host");

			if (hb) {
				res->verdict = FZ_HOST_BROKE;
				snprintf(res->msg, sizeof(res->msg), "%s", h->env.err);
				res->line = h->step.line;
			} else if (mb) {
				res->verdict = FZ_MODEL_BROKE;
				if (mm_nr_warnings)
					snprintf(res->msg, sizeof(res->msg), "%.300s: %.200s",
						 m->env.err, mm_first_warning);
				else
					snprintf(res->msg, sizeof(res->msg), "%s",
						 m->env.err);
				res->line = m->step.line;
			} else {
				res->verdict = FZ_INVALID;
				snprintf(res->msg, sizeof(res->msg), "%s",
					 (m && m->r < 0 ? m : h)->env.err);
			}
			if (!res->line)
				sscanf(res->msg, "fuzz.mms:%d:", &res->line);
			res->stmt = stmt_of(lines, nlines, res->line);
			break;
		}
		if ((m && m->r == 0) || (h && h->r == 0)) {
			if (m && h && m->r != h->r) {
				res->verdict = FZ_DIFF;
				snprintf(res->msg, sizeof(res->msg),
					 "the %s backend ran more statements",
					 m->r ? "model" : "host");
			}
			break;
		}
		res->steps++;
		any = m ? m : h;
		stmt = stmt_of(lines, nlines, any->step.line);
		st = stmt >= 0 ? &p->stmts[stmt] : NULL;
		if (m && !m->step.passed)
			res->model_failed++;
		if (h && !h->step.passed && !res->host_failed++)
			res->host_failed_stmt = stmt;
		if (h) {
			step_form(&h->env, &h->step, fh, sizeof(fh));
			if (st && o->host_expect)
				expect_text(&h->env, &h->step, st,
					    o->host_expect[stmt], 160);
			if (st && o->host_form)
				snprintf(o->host_form[stmt], 160, "%s", fh);
		}
		if (m && h && m->step.call && m->step.call->op == SC_MAPS) {
			char *mm = maps_form(&m->env, &m->step.text);
			char *hm = maps_form(&h->env, &h->step.text);

			if (mm && hm && strcmp(mm, hm)) {
				res->verdict = FZ_DIFF;
				res->stmt = stmt;
				res->line = m->step.line;
				first_difference(mm, hm, res->model, res->host,
						 sizeof(res->model));
			}
			if (hm && st && o->host_form) {
				uint64_t hash = 0xcbf29ce484222325ULL;
				const char *c;

				for (c = hm; *c; c++)
					hash = (hash ^ (unsigned char)*c) * 0x100000001b3ULL;
				snprintf(o->host_form[stmt], 160, "maps %016" PRIx64, hash);
			}
			free(mm);
			free(hm);
		} else if (m && h) {
			step_form(&m->env, &m->step, fm, sizeof(fm));
			if (strcmp(fm, fh)) {
				res->verdict = FZ_DIFF;
				res->stmt = stmt;
				res->line = m->step.line;
				snprintf(res->model, sizeof(res->model), "%s", fm);
				snprintf(res->host, sizeof(res->host), "%s", fh);
			}
		}
		for (i = 0; i < 2; i++)
			sc_text_free(&side[i].step.text);
		if (res->verdict != FZ_SAME)
			break;
	}
	for (i = 0; i < 2; i++)
		sc_text_free(&side[i].step.text);
out:
	mm_warn_quiet = false;
	for (i = 0; i < 2; i++)
		side_fini(&side[i]);
	sc_program_free(prog);
	free(lines);
	return ret;
}

/* ---- shrinking -------------------------------------------------------- */

struct shrink {
	const struct fz_prog *p;
	const struct fz_result *want;
	const struct fz_run_opts *o;
	bool *cand;
	long runs;
	int64_t deadline;
};

static bool same_result(const struct fz_result *a, const struct fz_result *b)
{
	return a->verdict == b->verdict && a->stmt == b->stmt;
}

static bool reproduces(struct shrink *s, const bool *keep)
{
	struct fz_run_opts o = *s->o;
	struct fz_result r;

	o.host_expect = NULL;
	o.host_form = NULL;
	s->runs++;
	if (fz_run(s->p, keep, &o, &r))
		return false;
	return same_result(&r, s->want);
}

/* Does statement @i use a name that no kept statement before it defines? */
static bool orphaned(const struct fz_prog *p, const bool *keep, int i)
{
	const struct fz_stmt *st = &p->stmts[i];
	int u, j;

	for (u = 0; u < FZ_MAX_USES && st->uses[u][0]; u++) {
		bool found = false;

		for (j = 0; j < i && !found; j++)
			found = keep[j] && !strcmp(p->stmts[j].def, st->uses[u]);
		if (!found)
			return true;
	}
	return false;
}

/*
 * Drop from @keep every statement that depends on a dropped definition,
 * and every statement of a group one of whose members is dropped, until
 * nothing changes.
 */
static void close_keep(const struct fz_prog *p, bool *keep, const bool *orig)
{
	bool changed;
	int i, j;

	do {
		changed = false;
		for (i = 0; i < p->n; i++) {
			if (!keep[i])
				continue;
			if (orphaned(p, keep, i)) {
				keep[i] = false;
				changed = true;
				continue;
			}
			if (!p->stmts[i].group)
				continue;
			for (j = 0; j < p->n; j++)
				if (j != i && orig[j] && !keep[j] &&
				    p->stmts[j].group == p->stmts[i].group) {
					keep[i] = false;
					changed = true;
					break;
				}
		}
	} while (changed);
}

/*
 * Try dropping the units [lo, hi) of @units from @keep: on success @keep
 * becomes the smaller set.
 */
static bool try_drop(struct shrink *s, bool *keep, const int *units,
		     int lo, int hi)
{
	const struct fz_prog *p = s->p;
	int i, target = s->want->stmt;

	memcpy(s->cand, keep, p->n * sizeof(bool));
	for (i = lo; i < hi; i++) {
		int j, u = units[i];

		for (j = 0; j < p->n; j++)
			if (j == u || (p->stmts[u].group &&
				       p->stmts[j].group == p->stmts[u].group))
				s->cand[j] = false;
	}
	close_keep(p, s->cand, keep);
	if (target >= 0 && !s->cand[target])
		return false;
	if (!memcmp(s->cand, keep, p->n * sizeof(bool)))
		return false;
	if (!reproduces(s, s->cand))
		return false;
	memcpy(keep, s->cand, p->n * sizeof(bool));
	return true;
}

/* The units of @keep: one statement, or the first of its group. */
static int list_units(const struct fz_prog *p, const bool *keep, int target,
		      int *units)
{
	int i, j, n = 0;

	for (i = 0; i < p->n; i++) {
		bool first = true;

		if (!keep[i] || (p->stmts[i].flags & FZ_PROLOGUE) || i == target)
			continue;
		for (j = 0; j < i && p->stmts[i].group && first; j++)
			if (keep[j] && p->stmts[j].group == p->stmts[i].group)
				first = false;
		if (first)
			units[n++] = i;
	}
	return n;
}

long fz_shrink(const struct fz_prog *p, bool *keep, const struct fz_result *want,
	       const struct fz_run_opts *o, int64_t deadline_ms)
{
	struct shrink s = { .p = p, .want = want, .o = o,
			    .deadline = deadline_ms };
	int *units = malloc(p->n * sizeof(*units));
	int nunits, chunks = 2, i;
	bool progress;

	s.cand = malloc(p->n * sizeof(bool));
	if (!units || !s.cand)
		goto out;
	/* nothing after the statement that differs matters */
	if (want->stmt >= 0) {
		memcpy(s.cand, keep, p->n * sizeof(bool));
		for (i = want->stmt + 1; i < p->n; i++)
			s.cand[i] = false;
		if (reproduces(&s, s.cand))
			memcpy(keep, s.cand, p->n * sizeof(bool));
	}
	/* ddmin: drop ever smaller chunks while the result stays */
	nunits = list_units(p, keep, want->stmt, units);
	while (nunits >= 1 && fz_now_ms() < s.deadline) {
		int size = (nunits + chunks - 1) / chunks;
		bool dropped = false;

		for (i = 0; i < nunits && fz_now_ms() < s.deadline; i += size) {
			int hi = i + size < nunits ? i + size : nunits;

			if (try_drop(&s, keep, units, i, hi)) {
				dropped = true;
				break;
			}
		}
		nunits = list_units(p, keep, want->stmt, units);
		if (dropped) {
			if (chunks > 2)
				chunks--;
			continue;
		}
		if (size == 1)
			break;
		chunks = chunks * 2 < nunits ? chunks * 2 : nunits;
	}
	/* and one statement at a time until none can go */
	do {
		progress = false;
		nunits = list_units(p, keep, want->stmt, units);
		for (i = nunits - 1; i >= 0 && fz_now_ms() < s.deadline; i--)
			if (try_drop(&s, keep, units, i, i + 1)) {
				progress = true;
				nunits = list_units(p, keep, want->stmt, units);
				if (i > nunits)
					i = nunits;
			}
	} while (progress && fz_now_ms() < s.deadline);
out:
	free(units);
	free(s.cand);
	return s.runs;
}
