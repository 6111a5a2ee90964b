// SPDX-License-Identifier: MIT
/*
 * Executing a scenario: evaluate expressions, make calls through the
 * backend, judge expectations.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "consts.h"
#include "engine.h"

#define SC_SIGBUS	7
#define SC_SIGSEGV	11
#define MAP_FIXED_BITS		(0x10 | 0x100000)	/* MAP_FIXED, MAP_FIXED_NOREPLACE */
#define MREMAP_FIXED_BIT	2

enum eval_status {
	EV_NUM,		/* a number was computed */
	EV_OUTCOME,	/* a call's outcome ends the evaluation */
	EV_ERROR,	/* error in the file or broken backend: env->err */
};

static void file_error(struct sc_env *env, struct sc_pos at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void file_error(struct sc_env *env, struct sc_pos at, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(env->err, sizeof(env->err), "%s:%d:%d: error: ",
		     env->prog->file, at.line, at.col);
	if (n < 0 || (size_t)n >= sizeof(env->err))
		return;
	va_start(ap, fmt);
	vsnprintf(env->err + n, sizeof(env->err) - n, fmt, ap);
	va_end(ap);
}

int sc_env_init(struct sc_env *env, const struct sc_program *prog,
		struct sc_backend *be)
{
	int i;

	memset(env, 0, sizeof(*env));
	env->prog = prog;
	env->be = be;
	env->nprocs = 1;
	env->vals = calloc(prog->nnames ? prog->nnames : 1, sizeof(*env->vals));
	if (!env->vals) {
		snprintf(env->err, sizeof(env->err), "%s:0:0: error: out of memory",
			 prog->file);
		return -1;
	}
	for (i = 0; i < prog->nnames; i++)
		env->vals[i].kind = SC_UNSET;
	return 0;
}

void sc_env_fini(struct sc_env *env)
{
	free(env->vals);
	free(env->tokens);
	env->vals = NULL;
	env->tokens = NULL;
}

/* ---- require -------------------------------------------------------- */

static int kver_cmp(const int a[3], const int b[3])
{
	int i;

	for (i = 0; i < 3; i++)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/*
 * A configuration feature (the zero page, swap, THP, ...) is there when the
 * profile says the machine has it and the backend can show it: the model
 * runs on any profile but does not model every feature yet.  The others
 * (model, host, files) are the backend's to say.
 */
bool sc_backend_has(struct sc_backend *be, const char *feature)
{
	bool have;

	if (mmsim_profile_feature(&be->profile, feature, &have) && !have)
		return false;
	return be->ops->has_feature(be, feature);
}

/* Does a comparison @op (a token: T_GE, '<', ...) hold of a three-way @c? */
static bool comparison_holds(int op, int c)
{
	switch (op) {
	case T_GE: return c >= 0;
	case T_LE: return c <= 0;
	case T_EQ: return c == 0;
	case T_NE: return c != 0;
	case '<': return c < 0;
	case '>': return c > 0;
	}
	return false;
}

/*
 * require KEY OP VALUE: the profile's value of KEY against VALUE, both
 * written as mmsim profile writes them (so "yes" and "true" agree).
 */
static bool setting_met(const struct mmsim_profile *pf, const struct sc_stmt *st)
{
	struct mmsim_profile want_pf = *pf;
	char have[64], want[64];
	unsigned long a, b;
	bool numeric;
	int c;

	if (mmsim_profile_get(pf, st->feature, have, sizeof(have), &numeric) ||
	    mmsim_profile_set(&want_pf, st->feature, st->req_value) ||
	    mmsim_profile_get(&want_pf, st->feature, want, sizeof(want), NULL))
		return false;
	if (numeric) {
		a = strtoul(have, NULL, 10);
		b = strtoul(want, NULL, 10);
		c = a < b ? -1 : a > b;
	} else {
		c = strcmp(have, want);
	}
	return comparison_holds(st->req_op, c);
}

static bool require_met(struct sc_env *env, const struct sc_stmt *st)
{
	const struct mmsim_profile *pf = &env->be->profile;
	int have[3] = { pf->kver_major, pf->kver_minor, pf->kver_patch };
	int c;

	if (st->req == R_FEATURE)
		return sc_backend_has(env->be, st->feature) != st->req_negated;
	if (st->req == R_SETTING)
		return setting_met(pf, st);
	c = kver_cmp(have, st->kver);
	return comparison_holds(st->req_op, c);
}

const char *sc_env_unmet_requirement(struct sc_env *env)
{
	int i;

	for (i = 0; i < env->prog->nstmts; i++) {
		const struct sc_stmt *st = env->prog->stmts[i];

		if (st->kind == S_REQUIRE && !require_met(env, st))
			return st->text;
	}
	return NULL;
}

/* ---- evaluation ----------------------------------------------------- */

static enum eval_status eval(struct sc_env *env, const struct sc_expr *e,
			     int proc, struct sc_outcome *out);

static void set_num(struct sc_outcome *o, int64_t v, bool is_addr)
{
	memset(o, 0, sizeof(*o));
	o->kind = SC_NUM;
	o->v = v;
	o->is_addr = is_addr;
}

static const char *kind_name(enum sc_kind k)
{
	switch (k) {
	case SC_NUM: return "a number";
	case SC_SIGNAL: return "a signal";
	case SC_MIXED: return "MIXED";
	case SC_NONE: return "NONE";
	case SC_RANGE: return "a range";
	case SC_STRING: return "a string";
	case SC_PROC: return "a process";
	case SC_TOKEN: return "a frame token";
	case SC_UNSET: return "unbound";
	}
	return "?";
}

/* Evaluate @e to a number, or stop with the outcome that ended it. */
static enum eval_status eval_num(struct sc_env *env, const struct sc_expr *e,
				 int proc, struct sc_outcome *out)
{
	enum eval_status s = eval(env, e, proc, out);

	if (s != EV_NUM)
		return s;
	if (out->kind != SC_NUM) {
		file_error(env, e->pos, "expected a number here, but this is %s",
			   kind_name(out->kind));
		return EV_ERROR;
	}
	return EV_NUM;
}

static enum eval_status eval_binary(struct sc_env *env, const struct sc_expr *e,
				    int proc, struct sc_outcome *out)
{
	struct sc_outcome l, r;
	enum eval_status s;
	uint64_t a, b, v = 0;
	bool addr;

	s = eval_num(env, e->l, proc, &l);
	if (s != EV_NUM) {
		*out = l;
		return s;
	}
	s = eval_num(env, e->r, proc, &r);
	if (s != EV_NUM) {
		*out = r;
		return s;
	}
	/* unsigned arithmetic: wraps like the machine, never undefined */
	a = (uint64_t)l.v;
	b = (uint64_t)r.v;
	addr = l.is_addr || r.is_addr;
	switch (e->op) {
	case '+': v = a + b; break;
	case '-':
		v = a - b;
		addr = l.is_addr && !r.is_addr;
		break;
	case '*': v = a * b; addr = false; break;
	case '/':
	case '%':
		if (r.v == 0) {
			file_error(env, e->pos, "division by zero");
			return EV_ERROR;
		}
		if (l.v == INT64_MIN && r.v == -1) {
			file_error(env, e->pos, "division overflows");
			return EV_ERROR;
		}
		v = (uint64_t)(e->op == '/' ? l.v / r.v : l.v % r.v);
		addr = false;
		break;
	case '|': v = a | b; break;
	case '&': v = a & b; addr = false; break;
	case '^': v = a ^ b; addr = false; break;
	case T_SHL:
	case T_SHR:
		if (r.v < 0 || r.v > 63) {
			file_error(env, e->pos, "shift by %" PRId64 " (must be 0 to 63)",
				   r.v);
			return EV_ERROR;
		}
		v = e->op == T_SHL ? a << r.v : (uint64_t)(l.v >> r.v);
		addr = false;
		break;
	}
	set_num(out, (int64_t)v, addr);
	return EV_NUM;
}

static enum eval_status eval_call(struct sc_env *env, const struct sc_expr *e,
				  int proc, struct sc_outcome *out);

static enum eval_status eval(struct sc_env *env, const struct sc_expr *e,
			     int proc, struct sc_outcome *out)
{
	enum eval_status s;

	switch (e->kind) {
	case E_NUM:
		set_num(out, e->num, false);
		return EV_NUM;
	case E_PARAM:
		/* a PMD maps one page table: page_size / sizeof(pte) pages */
		set_num(out, env->be->profile.page_size *
			(e->param == P_PMD_SIZE ? env->be->profile.page_size / 8 : 1),
			false);
		return EV_NUM;
	case E_NAME:
		*out = env->vals[e->slot];
		if (out->kind == SC_UNSET) {
			file_error(env, e->pos, "'%s' is not bound yet",
				   env->prog->names[e->slot]);
			return EV_ERROR;
		}
		return EV_NUM;
	case E_UNARY:
		s = eval_num(env, e->l, proc, out);
		if (s != EV_NUM)
			return s;
		if (e->op == '-')
			set_num(out, (int64_t)(0 - (uint64_t)out->v), false);
		else if (e->op == '~')
			set_num(out, ~out->v, false);
		return EV_NUM;
	case E_BINARY:
		return eval_binary(env, e, proc, out);
	case E_CALL:
		return eval_call(env, e, proc, out);
	case E_STR:
	case E_IOV:
		break;
	}
	file_error(env, e->pos, "internal error: bad expression");
	return EV_ERROR;
}

static void note_touched(struct sc_env *env, const struct sc_call *c,
			 const struct sc_outcome *o)
{
	struct sc_step *st = env->step;

	switch (c->op) {
	case SC_MUNMAP: case SC_MPROTECT: case SC_MADVISE: case SC_MLOCK:
	case SC_MLOCK2: case SC_MUNLOCK: case SC_MSYNC: case SC_MSEAL:
	case SC_WRITE: case SC_PROCESS_VM_READV: case SC_PROCESS_VM_WRITEV:
	case SC_PAGEMAP_SCAN:
		st->touched_addr = c->args[0];
		st->touched_len = c->args[1];
		break;
	case SC_READ:
		st->touched_addr = c->args[0];
		st->touched_len = c->nargs > 1 ? c->args[1] : 1;
		break;
	case SC_UFFDIO_REGISTER:
	case SC_UFFDIO_UNREGISTER:
		st->touched_addr = c->args[1];
		st->touched_len = c->args[2];
		break;
	case SC_MMAP:
	case SC_MREMAP:
		if (o->kind == SC_NUM && o->v >= 0) {
			st->touched_addr = o->v;
			st->touched_len = c->args[c->op == SC_MMAP ? 1 : 2];
		}
		break;
	default:
		break;
	}
}

/*
 * pagemap_scan(): max_pages defaults to 0 (no limit, as in the kernel) and
 * vec_len to the most regions a backend keeps.  A larger vec_len would let
 * the kernel write past the sandbox's buffer, so it is an error in the file.
 */
static enum eval_status scan_defaults(struct sc_env *env,
				      const struct sc_expr *e, struct sc_call *c)
{
	if (c->nargs < 8)
		c->args[c->nargs++] = 0;
	if (c->nargs < 9)
		c->args[c->nargs++] = SC_SCAN_MAX_REGIONS;
	if (c->args[8] < 0 || c->args[8] > SC_SCAN_MAX_REGIONS) {
		/* only a vec_len written in the file can be out of range */
		file_error(env, e->nargs > 8 ? e->args[8]->pos : e->pos,
			   "vec_len of pagemap_scan() must be 0 to %d, not %" PRId64,
			   SC_SCAN_MAX_REGIONS, c->args[8]);
		return EV_ERROR;
	}
	return EV_NUM;
}

static enum eval_status build_call(struct sc_env *env, const struct sc_expr *e,
				   int proc, struct sc_call *c,
				   struct sc_outcome *out)
{
	enum eval_status s;
	int i;

	memset(c, 0, sizeof(*c));
	c->op = e->call->op;
	for (i = 0; i < e->nargs; i++) {
		const struct sc_expr *a = e->args[i];

		if (a->kind == E_STR) {
			snprintf(c->str, sizeof(c->str), "%s", a->str);
			continue;
		}
		if (a->kind == E_IOV) {
			s = eval_num(env, a->l, proc, out);
			if (s != EV_NUM)
				return s;
			c->iov[c->niov][0] = out->v;
			s = eval_num(env, a->r, proc, out);
			if (s != EV_NUM)
				return s;
			c->iov[c->niov][1] = out->v;
			c->niov++;
			continue;
		}
		s = eval_num(env, a, proc, out);
		if (s != EV_NUM)
			return s;
		c->args[c->nargs++] = out->v;
	}
	if (c->op == SC_PAGEMAP_SCAN)
		return scan_defaults(env, e, c);
	if (c->op == SC_MINCORE && (uint64_t)c->args[1] >
	    (uint64_t)SC_MINCORE_MAX_PAGES * env->be->profile.page_size) {
		/* the outcome has a bit per page, and the backends room for so many */
		file_error(env, e->args[1]->pos,
			   "mincore() looks at %d pages at most, not %" PRId64 " bytes",
			   SC_MINCORE_MAX_PAGES, c->args[1]);
		return EV_ERROR;
	}
	return EV_NUM;
}

static enum eval_status eval_call(struct sc_env *env, const struct sc_expr *e,
				  int proc, struct sc_outcome *out)
{
	const struct sc_call_desc *d = e->call;
	struct sc_step *st = env->step;
	struct sc_call c;
	enum eval_status s;
	char berr[256];

	s = build_call(env, e, proc, &c, out);
	if (s != EV_NUM)
		return s;
	if (d->op == SC_EXIT && proc == 0) {
		file_error(env, e->pos, "main cannot exit");
		return EV_ERROR;
	}
	if (d->op == SC_FORK && env->nprocs >= SC_MAX_PROCS) {
		file_error(env, e->pos, "more than %d processes", SC_MAX_PROCS);
		return EV_ERROR;
	}
	memset(out, 0, sizeof(*out));
	berr[0] = '\0';
	if (env->be->ops->call(env->be, proc, &c, out, &st->text, berr,
			       sizeof(berr))) {
		file_error(env, e->pos, "%s backend: %s", env->be->ops->name,
			   berr[0] ? berr : "failed");
		return EV_ERROR;
	}
	st->call = d;
	note_touched(env, &c, out);
	if (d->op == SC_MMAP || d->op == SC_MREMAP) {
		int64_t flags = c.args[3];

		if (out->kind == SC_NUM && out->v >= 0)
			out->is_addr = true;
		st->compare_success_only =
			d->op == SC_MMAP ? !(flags & MAP_FIXED_BITS) :
					   !(flags & MREMAP_FIXED_BIT);
	}
	if (d->op == SC_FORK && out->kind == SC_PROC) {
		if (out->v >= SC_MAX_PROCS || out->v < 0) {
			file_error(env, e->pos, "backend returned a bad process id");
			return EV_ERROR;
		}
		env->nprocs++;
	}
	if (d->op == SC_EXIT)
		env->exited[proc] = true;
	if (out->kind == SC_TOKEN) {
		int i;

		for (i = 0; i < env->ntokens; i++)
			if (env->tokens[i] == out->v)
				break;
		if (i == env->ntokens) {
			if (env->ntokens == env->captokens) {
				int n = env->captokens ? env->captokens * 2 : 16;
				int64_t *t = realloc(env->tokens, n * sizeof(*t));

				if (!t) {
					file_error(env, e->pos, "out of memory");
					return EV_ERROR;
				}
				env->tokens = t;
				env->captokens = n;
			}
			env->tokens[env->ntokens++] = out->v;
		}
	}
	if (out->kind != SC_NUM)
		return out->kind == SC_SIGNAL ? EV_OUTCOME : EV_NUM;
	if (!d->observation && out->v < 0) {
		st->failed_call = true;
		return EV_OUTCOME;
	}
	return EV_NUM;
}

/* ---- expectations --------------------------------------------------- */

static bool outcome_equal(const struct sc_outcome *a, const struct sc_outcome *b)
{
	if (a->kind != b->kind)
		return false;
	switch (a->kind) {
	case SC_NUM: case SC_SIGNAL: case SC_PROC: case SC_TOKEN:
		return a->v == b->v;
	case SC_RANGE:
		return a->v == b->v && a->v2 == b->v2;
	case SC_STRING:
		return !strcmp(a->str, b->str);
	default:
		return true;
	}
}

static enum eval_status eval_expected(struct sc_env *env, const struct sc_expect *x,
				      int proc, struct sc_outcome *want)
{
	struct sc_outcome b;
	enum eval_status s;

	memset(want, 0, sizeof(*want));
	switch (x->kind) {
	case X_NOTHING:
		break;
	case X_SIGNAL:
		want->kind = SC_SIGNAL;
		want->v = x->sig;
		break;
	case X_MIXED:
		want->kind = SC_MIXED;
		break;
	case X_NONE:
		want->kind = SC_NONE;
		break;
	case X_STRING:
		want->kind = SC_STRING;
		snprintf(want->str, sizeof(want->str), "%s", x->str);
		break;
	case X_RANGE:
		s = eval_num(env, x->a, proc, want);
		if (s == EV_NUM)
			s = eval_num(env, x->b, proc, &b);
		if (s != EV_NUM) {
			if (s == EV_OUTCOME)
				file_error(env, x->pos, "the bounds of a range must be numbers");
			return EV_ERROR;
		}
		want->kind = SC_RANGE;
		want->v2 = b.v;
		want->is_addr = true;
		break;
	case X_EXPR:
		s = eval(env, x->a, proc, want);
		if (s == EV_ERROR)
			return s;
		break;
	}
	return EV_NUM;
}

static bool succeeded(const struct sc_step *st)
{
	return st->got.kind != SC_SIGNAL && !st->failed_call;
}

/* ---- stepping ------------------------------------------------------- */

static int proc_of(struct sc_env *env, const struct sc_stmt *st, int inherited)
{
	const struct sc_outcome *v;

	if (st->proc_slot < 0)
		return inherited;
	v = &env->vals[st->proc_slot];
	if (v->kind != SC_PROC) {
		file_error(env, st->proc_pos, "'%s' is not a process",
			   env->prog->names[st->proc_slot]);
		return -1;
	}
	if (env->exited[v->v]) {
		file_error(env, st->proc_pos, "process '%s' has exited",
			   env->prog->names[st->proc_slot]);
		return -1;
	}
	return (int)v->v;
}

static void format_loopvars(struct sc_env *env, struct sc_step *step)
{
	size_t n = 0;
	int i;

	step->loopvars[0] = '\0';
	for (i = 0; i < env->nloops && n < sizeof(step->loopvars); i++) {
		const struct sc_stmt *f = env->loops[i].st;

		n += snprintf(step->loopvars + n, sizeof(step->loopvars) - n,
			      "%s%s=%" PRId64, i ? ", " : " [",
			      env->prog->names[f->slot], env->loops[i].cur - 1);
	}
	if (i && n < sizeof(step->loopvars))
		snprintf(step->loopvars + n, sizeof(step->loopvars) - n, "]");
}

static int exec_leaf(struct sc_env *env, const struct sc_stmt *st, int proc,
		     struct sc_step *step)
{
	struct sc_outcome want;
	enum eval_status s;

	step->st = st;
	step->line = st->pos.line;
	step->proc = proc;
	format_loopvars(env, step);
	s = eval(env, st->expr, proc, &step->got);
	if (s == EV_ERROR)
		return -1;
	step->has_outcome = step->call != NULL || st->expect.kind != X_NOTHING;
	if (st->kind == S_ASSIGN)
		env->vals[st->slot] = step->got;
	if (st->expect.kind == X_NOTHING) {
		step->passed = succeeded(step);
		if (!step->passed)
			snprintf(step->expected, sizeof(step->expected),
				 "success");
		return 1;
	}
	if (eval_expected(env, &st->expect, proc, &want) == EV_ERROR)
		return -1;
	step->passed = outcome_equal(&step->got, &want) != st->expect.negate;
	if (!step->passed) {
		char buf[128];

		sc_format_outcome(env, step, &want, buf, sizeof(buf));
		snprintf(step->expected, sizeof(step->expected), "%s%s",
			 st->expect.negate ? "not " : "", buf);
	}
	return 1;
}

/* Enter a for loop: evaluate its bounds and push it. */
static int push_loop(struct sc_env *env, const struct sc_stmt *st, int proc)
{
	struct sc_outcome a, b;
	struct sc_step *saved = env->step;
	struct sc_step scratch;
	enum eval_status s;

	if (env->nloops == SC_MAX_LOOP) {
		file_error(env, st->pos, "'for' nested more than %d deep",
			   SC_MAX_LOOP);
		return -1;
	}
	/* bounds are plain expressions; calls in them are still allowed */
	memset(&scratch, 0, sizeof(scratch));
	env->step = &scratch;
	s = eval_num(env, st->from, proc, &a);
	if (s == EV_NUM)
		s = eval_num(env, st->to, proc, &b);
	sc_text_free(&scratch.text);
	env->step = saved;
	if (s == EV_OUTCOME)
		file_error(env, st->pos, "the bounds of 'for' must be numbers");
	if (s != EV_NUM)
		return -1;
	if (b.v < a.v) {
		file_error(env, st->to->pos,
			   "bad range: %" PRId64 "..%" PRId64 " ends before it starts",
			   a.v, b.v);
		return -1;
	}
	env->loops[env->nloops].st = st;
	env->loops[env->nloops].cur = a.v;
	env->loops[env->nloops].end = b.v;
	env->loops[env->nloops].proc = proc;
	env->nloops++;
	return 0;
}

int sc_env_step(struct sc_env *env, struct sc_step *step)
{
	const struct sc_stmt *st;
	int proc, inherited;

	memset(step, 0, sizeof(*step));
	env->step = step;
	for (;;) {
		if (env->nloops) {
			struct sc_loop *l = &env->loops[env->nloops - 1];

			if (l->cur >= l->end) {
				env->nloops--;
				continue;
			}
			set_num(&env->vals[l->st->slot], l->cur, false);
			l->cur++;
			st = l->st->body;
			inherited = l->proc;
		} else {
			inherited = 0;
			do {
				if (env->pc >= env->prog->nstmts)
					return 0;
				st = env->prog->stmts[env->pc++];
			} while (st->kind == S_REQUIRE);
		}
		proc = proc_of(env, st, inherited);
		if (proc < 0)
			return -1;
		if (st->kind != S_FOR)
			return exec_leaf(env, st, proc, step);
		if (push_loop(env, st, proc))
			return -1;
	}
}

/* ---- printing ------------------------------------------------------- */

void sc_format_addr(struct sc_env *env, int64_t addr, char *buf, size_t len)
{
	const struct sc_program *prog = env->prog;
	uint64_t best = UINT64_MAX;
	int best_slot = -1, i;
	bool below = false;

	for (i = 0; i < prog->nnames; i++) {
		const struct sc_outcome *v = &env->vals[i];
		uint64_t d;
		bool b;

		if (v->kind != SC_NUM || !v->is_addr)
			continue;
		b = v->v <= addr;
		d = b ? (uint64_t)addr - (uint64_t)v->v :
			(uint64_t)v->v - (uint64_t)addr;
		/*
		 * Of names equally near, one below the address wins; of names
		 * that equal it, the last declared, so that an older name that
		 * equals it only by chance (a mapping's start that happens to
		 * be aligned on one backend) does not change how it prints.
		 */
		if (d < best || (d == best && ((b && !below) || !d))) {
			best = d;
			best_slot = i;
			below = b;
		}
	}
	if (best_slot < 0 || best > (1ULL << 32)) {
		snprintf(buf, len, "0x%" PRIx64, (uint64_t)addr);
		return;
	}
	if (best == 0)
		snprintf(buf, len, "%s", prog->names[best_slot]);
	else
		snprintf(buf, len, "%s%c0x%" PRIx64, prog->names[best_slot],
			 below ? '+' : '-', best);
}

void sc_format_outcome(struct sc_env *env, const struct sc_step *step,
		       const struct sc_outcome *o, char *buf, size_t len)
{
	enum sc_fmt fmt = step && step->call ? step->call->fmt : FMT_NUM;
	char a[64], b[64];
	const char *name;
	int i;

	switch (o->kind) {
	case SC_NUM:
		if (o->is_addr) {
			sc_format_addr(env, o->v, buf, len);
			return;
		}
		if (step && step->failed_call && o->v < 0 &&
		    (name = sc_errno_name(-o->v))) {
			snprintf(buf, len, "-%s", name);
			return;
		}
		if (fmt == FMT_HEX)
			snprintf(buf, len, "0x%" PRIx64, (uint64_t)o->v);
		else if (fmt == FMT_BYTE && o->v >= 0 && o->v < 256)
			snprintf(buf, len, o->v >= 0x20 && o->v < 0x7f ?
				 "0x%02" PRIx64 " ('%c')" : "0x%02" PRIx64,
				 o->v, (int)o->v);
		else
			snprintf(buf, len, "%" PRId64, o->v);
		return;
	case SC_SIGNAL:
		name = sc_signal_name(o->v);
		snprintf(buf, len, "%s", name ? name : "signal");
		return;
	case SC_MIXED:
		snprintf(buf, len, "MIXED");
		return;
	case SC_NONE:
		snprintf(buf, len, "NONE");
		return;
	case SC_RANGE:
		sc_format_addr(env, o->v, a, sizeof(a));
		sc_format_addr(env, o->v2, b, sizeof(b));
		snprintf(buf, len, "[%s, %s)", a, b);
		return;
	case SC_STRING:
		snprintf(buf, len, "\"%s\"", o->str);
		return;
	case SC_PROC:
		snprintf(buf, len, "process %" PRId64, o->v);
		return;
	case SC_TOKEN:
		for (i = 0; i < env->ntokens; i++)
			if (env->tokens[i] == o->v)
				break;
		snprintf(buf, len, "frame#%d", i + 1);
		return;
	case SC_UNSET:
		break;
	}
	snprintf(buf, len, "?");
}

/*
 * The device and inode columns of a maps line name a file: print them as
 * file#N, numbered by first appearance, since the numbers differ between
 * runs and backends; the name follows after one space.  @cols starts at the
 * offset column.
 */
static void format_file_columns(struct sc_env *env, const char *cols,
				char *buf, size_t len)
{
	unsigned int maj, min;
	unsigned long long offset, ino;
	const char *name;
	uint64_t key;
	int n, i;

	if (sscanf(cols, "%llx %x:%x %llu%n", &offset, &maj, &min, &ino, &n) != 4 ||
	    (!maj && !min && !ino)) {
		snprintf(buf, len, "%s", cols);
		return;
	}
	key = ((uint64_t)maj << 52) ^ ((uint64_t)min << 40) ^ ino;
	for (i = 0; i < env->nfiles; i++)
		if (env->files[i] == key)
			break;
	if (i == env->nfiles && env->nfiles < (int)(sizeof(env->files) / sizeof(env->files[0])))
		env->files[env->nfiles++] = key;
	for (name = cols + n; *name == ' '; name++)
		;
	snprintf(buf, len, "%08llx file#%d %s", offset, i + 1, name);
}

void sc_print_maps(struct sc_env *env, FILE *out, const char *prefix,
		   const char *text, size_t len)
{
	size_t i = 0;

	while (i < len) {
		size_t e = i;
		char *dash, *sp;
		char line[512], a[64], b[64];
		unsigned long long start, end;

		while (e < len && text[e] != '\n')
			e++;
		snprintf(line, sizeof(line), "%.*s", (int)(e - i), text + i);
		i = e + 1;
		dash = strchr(line, '-');
		sp = strchr(line, ' ');
		if (dash && sp && dash < sp &&
		    sscanf(line, "%llx-%llx", &start, &end) == 2) {
			char *cols = strchr(sp + 1, ' ');
			char rest[512];

			sc_format_addr(env, (int64_t)start, a, sizeof(a));
			sc_format_addr(env, (int64_t)end, b, sizeof(b));
			if (cols) {
				*cols = '\0';
				format_file_columns(env, cols + 1, rest, sizeof(rest));
				fprintf(out, "%s%s-%s%s %s\n", prefix, a, b, sp, rest);
			} else {
				fprintf(out, "%s%s-%s%s\n", prefix, a, b, sp);
			}
		} else {
			fprintf(out, "%s%s\n", prefix, line);
		}
	}
}

static void pagemap_flags(int64_t pm, char *buf, size_t len)
{
	static const struct { int bit; const char *name; } bits[] = {
		{ 63, "present" }, { 62, "swap" }, { 61, "file" },
		{ 58, "guard" }, { 57, "uffd-wp" }, { 56, "exclusive" },
		{ 55, "soft-dirty" },
	};
	size_t n = 0, i;

	buf[0] = '\0';
	for (i = 0; i < sizeof(bits) / sizeof(bits[0]) && n < len; i++)
		if ((uint64_t)pm & (1ULL << bits[i].bit))
			n += snprintf(buf + n, len - n, "%s%s", n ? " " : "",
				      bits[i].name);
	if (!n)
		snprintf(buf, len, "none");
}

int sc_print_state(struct sc_env *env, FILE *out, const char *prefix,
		   const struct sc_step *step)
{
	struct sc_text text = { 0 };
	struct sc_outcome o;
	struct sc_call c;
	char berr[256];
	int64_t page = env->be->profile.page_size, a, first, last;

	if (step->proc < 0 || env->exited[step->proc])
		return 0;
	memset(&c, 0, sizeof(c));
	c.op = SC_MAPS;
	if (env->be->ops->call(env->be, step->proc, &c, &o, &text, berr,
			       sizeof(berr))) {
		snprintf(env->err, sizeof(env->err), "%s: %s backend: %s",
			 env->prog->file, env->be->ops->name, berr);
		sc_text_free(&text);
		return -1;
	}
	fprintf(out, "%smaps:\n", prefix);
	{
		char p2[64];

		snprintf(p2, sizeof(p2), "%s  ", prefix);
		sc_print_maps(env, out, p2, text.buf, text.len);
	}
	sc_text_free(&text);
	if (step->touched_len <= 0)
		return 0;
	first = step->touched_addr & ~(page - 1);
	last = (step->touched_addr + step->touched_len - 1) & ~(page - 1);
	if ((last - first) / page >= 16)
		last = first + 15 * page;
	fprintf(out, "%spagemap:\n", prefix);
	for (a = first; a <= last; a += page) {
		char sym[64], flags[128];

		memset(&c, 0, sizeof(c));
		c.op = SC_PAGEMAP;
		c.nargs = 1;
		c.args[0] = a;
		if (env->be->ops->call(env->be, step->proc, &c, &o, NULL, berr,
				       sizeof(berr))) {
			snprintf(env->err, sizeof(env->err), "%s: %s backend: %s",
				 env->prog->file, env->be->ops->name, berr);
			return -1;
		}
		sc_format_addr(env, a, sym, sizeof(sym));
		pagemap_flags(o.v, flags, sizeof(flags));
		fprintf(out, "%s  %s: 0x%016" PRIx64 " %s\n", prefix, sym,
			(uint64_t)o.v, flags);
	}
	return 0;
}
