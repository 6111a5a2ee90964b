/* SPDX-License-Identifier: MIT */
/*
 * mmsim fuzz: random scenario programs, run on the model alone or on the
 * model and the host in lockstep, and differences shrunk to small files.
 *
 * A program is generated as scenario *text*, one statement a line, so that
 * every case is directly a `.mms` file: the generator (fuzz_gen.c) keeps
 * each statement apart with what it defines and uses, the runner
 * (fuzz_run.c) formats any subset of them and runs it through the
 * ordinary parser and engine, and the shrinker drops statements while the
 * difference stays.  What is generated and what is left out, and why, is
 * in docs/fuzzing.md.
 */
#ifndef MMSIM_SCENARIO_FUZZ_H
#define MMSIM_SCENARIO_FUZZ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "backend.h"

/* ---- randomness ------------------------------------------------------ */

/*
 * The generator's one source of choices: a seeded PRNG (mmsim fuzz), or
 * the bytes of a libFuzzer input, so that the fuzzer's mutations map onto
 * choices.  Once the bytes run out every choice is 0 and the program ends.
 */
struct fz_rng {
	uint64_t s;
	const uint8_t *data;		/* NULL: the PRNG */
	size_t len, pos;
};

void fz_rng_seed(struct fz_rng *r, uint64_t seed);
void fz_rng_bytes(struct fz_rng *r, const uint8_t *data, size_t len);
/* A number in [0, n), n >= 1. */
uint32_t fz_below(struct fz_rng *r, uint32_t n);
/* True with probability @percent / 100. */
bool fz_chance(struct fz_rng *r, unsigned int percent);
bool fz_rng_exhausted(const struct fz_rng *r);

/* The seed of sequence @n of a run seeded @seed. */
uint64_t fz_sequence_seed(uint64_t seed, uint64_t n);

/* ---- programs -------------------------------------------------------- */

#define FZ_STMT_LEN	1024
#define FZ_NAME_LEN	8
#define FZ_MAX_USES	4

enum {
	FZ_PROLOGUE	= 1 << 0,	/* the carve-out: never dropped */
	FZ_CHECK	= 1 << 1,	/* its expectation is part of the test */
};

/*
 * One statement: `[@proc] [name =] call [expect]`.  @group ties
 * statements that the shrinker must keep or drop together (a frame
 * binding and the comparison with it); 0 is a group of its own.
 */
struct fz_stmt {
	char text[FZ_STMT_LEN];		/* without the expectation */
	char expect[64];		/* "== t3", or "" */
	char def[FZ_NAME_LEN];		/* the name it binds, or "" */
	char uses[FZ_MAX_USES][FZ_NAME_LEN];
	unsigned int flags;
	int group;
};

struct fz_prog {
	struct fz_stmt *stmts;
	int n, cap;
	bool files;			/* needs `require files` */
	bool uffd;			/* needs `require userfaultfd` */
	char title[160];		/* first comment line */
};

struct fz_gen_opts {
	int max_stmts;			/* 0: chosen by the generator */
	int bad_percent;		/* calls with a bad argument; -1: 2 to 13, by program */
};

/* Generate a program from @rng.  0, or -1 when out of memory. */
int fz_generate(struct fz_prog *p, struct fz_rng *rng,
		const struct fz_gen_opts *opts);
void fz_prog_free(struct fz_prog *p);
/* A new, zeroed statement at the end of @p, or NULL when out of memory. */
struct fz_stmt *fz_prog_add(struct fz_prog *p);

/*
 * The program as scenario text, only the statements with keep[i] (all when
 * @keep is NULL); @expect[i], when given and non-empty, replaces statement
 * i's expectation.  @lines[k], when given, receives the statement index of
 * line k + 1 (-1 for comments and require).  Returns a malloc'd string.
 */
char *fz_prog_format(const struct fz_prog *p, const bool *keep,
		     char *const *expect, const char *header, int *lines,
		     size_t *len);

/* ---- running --------------------------------------------------------- */

#define FZ_SIG_LEN	192

enum fz_verdict {
	FZ_SAME,		/* no difference */
	FZ_DIFF,		/* outcomes differ at @stmt */
	FZ_MODEL_BROKE,		/* the model warned or failed validate_mm() */
	FZ_HOST_BROKE,		/* the sandbox died or hung */
	FZ_INVALID,		/* an error in the file (a shrinking artefact) */
	FZ_SKIPPED,		/* .skip_unmet: a `require` is unmet (res->msg) */
};

struct fz_result {
	enum fz_verdict verdict;
	int stmt;			/* statement index of the difference */
	int line;
	long steps;			/* statements executed (both backends count once) */
	int model_failed;		/* statements whose expectation failed */
	int host_failed, host_failed_stmt;
	char model[160], host[160];	/* the outcomes as printed */
	char msg[512];			/* the error of a broken backend */
	char sig[FZ_SIG_LEN];		/* FZ_DIFF, FZ_MODEL_BROKE: fz_signature() */
};

struct fz_run_opts {
	bool model_only;
	bool host_only;			/* to learn the host's outcomes */
	const char *profile;		/* the model's: builtin, host or a file; NULL: host */
	bool validate;			/* mmsim_validate() after every step */
	/*
	 * Judge the program's `require` lines on each backend first, and run
	 * nothing when one is unmet (FZ_SKIPPED): for files written by hand.
	 */
	bool skip_unmet;
	/*
	 * Per statement: the host's outcome written as an expectation
	 * (statement-indexed, caller-allocated strings of 160 bytes), or NULL.
	 */
	char **host_expect;
	/* Per statement: the host's outcome as printed, for determinism checks. */
	char **host_form;
	/* Lines the program starts with (comments, require), or NULL. */
	const char *header;
};

/*
 * Run the statements with keep[i] of @p (all when NULL) on the model, and
 * unless @o->model_only on the host in lockstep; stop at the first
 * difference.  Returns 0, or -1 when a backend could not be created
 * (res->msg says why).
 */
int fz_run(const struct fz_prog *p, const bool *keep,
	   const struct fz_run_opts *o, struct fz_result *res);

/*
 * Shrink @keep (in place) to a smaller set of statements that still gives
 * the same result: the same verdict at the same statement.  Each candidate
 * runs on fresh backends.  Gives up the search at @deadline_ms
 * (CLOCK_MONOTONIC), keeping the smallest case found.  Returns the number
 * of runs made.
 */
long fz_shrink(const struct fz_prog *p, bool *keep, const struct fz_result *want,
	       const struct fz_run_opts *o, int64_t deadline_ms);

int64_t fz_now_ms(void);

/* ---- signatures ------------------------------------------------------ */

/*
 * A difference's signature: which call differs and how, by the class of
 * each side's outcome, without the addresses, sizes and names that vary
 * from program to program, so that the differences one mistake of the
 * model makes share a few signatures and `mmsim fuzz` shrinks only the
 * first few of each (docs/fuzzing.md, "Signatures").  For example:
 *
 *   pagemap: host +MMAP_EXCLUSIVE
 *   kpageflags: model +ZERO_PAGE, host +UPTODATE|MMAP|ANON
 *   madvise(MADV_DODUMP): model 0, host -EINVAL
 *   smaps("Rss"): model < host
 *   munmap: model broke: WARNING at mm/rmap.c:412
 */

struct sc_call_desc;

/* One side's outcome of the statement that differs. */
struct fz_side {
	struct sc_outcome got;
	bool has_outcome;		/* false for a binding without a call */
	bool failed_call;		/* a system call returned -errno */
	bool success_only;		/* compared only as success (an address) */
	int expect;			/* its expectation: 1 held, -1 failed, 0 none */
	const char *maps;		/* maps(): "maps: LINE" where the sides part */
};

/*
 * The signature of a difference between @model's and @host's outcome of
 * @call (described by @desc; both NULL for a statement without a call),
 * at most @len bytes into @buf.  @model or @host NULL: the other side
 * ran more statements.
 */
void fz_signature(const struct sc_call_desc *desc, const struct sc_call *call,
		  const struct fz_side *model, const struct fz_side *host,
		  char *buf, size_t len);

/*
 * The signature of a model that broke in or after @call with @msg: a
 * warning ("WARNING at FILE:LINE: ...") or validate_mm()'s complaint.
 */
void fz_broke_signature(const struct sc_call_desc *desc, const struct sc_call *call,
			const char *msg, char *buf, size_t len);

#endif /* MMSIM_SCENARIO_FUZZ_H */
