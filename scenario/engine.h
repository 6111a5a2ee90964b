/* SPDX-License-Identifier: MIT */
/*
 * The scenario engine: one execution of a parsed program against one
 * backend, stepped one executed statement (one TAP test point) at a time, so
 * that `mmsim diff` can walk two executions in lockstep.
 */
#ifndef MMSIM_SCENARIO_ENGINE_H
#define MMSIM_SCENARIO_ENGINE_H

#include <stdio.h>

#include "ast.h"
#include "backend.h"

#define SC_MAX_LOOP	16	/* nested for */
#define SC_MAX_PROCS	1024	/* processes a run may create */

struct sc_loop {
	const struct sc_stmt *st;
	int64_t cur, end;
	int proc;			/* where the body runs */
};

/* What one executed statement did. */
struct sc_step {
	const struct sc_stmt *st;	/* the leaf statement */
	int line;
	char loopvars[128];		/* " [i=3]" or "" */
	int proc;			/* backend process id */
	bool has_outcome;		/* false for pure bindings */
	struct sc_outcome got;
	const struct sc_call_desc *call;/* the call that gave the outcome */
	bool failed_call;		/* a system call returned -errno */
	bool compare_success_only;	/* non-FIXED mmap/mremap address */
	bool passed;
	char expected[160];		/* printed expectation, when failed */
	int64_t touched_addr, touched_len;
	struct sc_text text;		/* maps() output */
};

struct sc_env {
	const struct sc_program *prog;
	struct sc_backend *be;
	struct sc_outcome *vals;	/* slot -> value */
	bool exited[SC_MAX_PROCS];
	int nprocs;
	struct sc_loop loops[SC_MAX_LOOP];
	int nloops;
	int pc;
	/* frame tokens in order of first appearance, for printing frame#N */
	int64_t *tokens;
	int ntokens, captokens;
	/* files (device and inode) as maps() names them, for printing file#N */
	uint64_t files[64];
	int nfiles;
	struct sc_step *step;		/* the step being executed */
	char err[512];			/* FILE:LINE:COL: error: ... */
};

/* 0, or -1 with env->err set (out of memory). */
int sc_env_init(struct sc_env *env, const struct sc_program *prog,
		struct sc_backend *be);
void sc_env_fini(struct sc_env *env);

/*
 * Judge the file's `require` lines against the backend and its profile.
 * Returns NULL when the file may run, else the unmet requirement's text.
 */
const char *sc_env_unmet_requirement(struct sc_env *env);

/*
 * Execute the next statement.  Returns 1 with @step filled, 0 at the end
 * of the program, -1 on an error in the file or a broken backend (env->err).
 * The caller releases step->text with sc_text_free().
 */
int sc_env_step(struct sc_env *env, struct sc_step *step);

/* Print an outcome the way TAP lines and diffs show it. */
void sc_format_outcome(struct sc_env *env, const struct sc_step *step,
		       const struct sc_outcome *o, char *buf, size_t len);
/* An address relative to the nearest bound address name: p+0x3000. */
void sc_format_addr(struct sc_env *env, int64_t addr, char *buf, size_t len);
/* Print maps text with symbolic addresses, each line prefixed. */
void sc_print_maps(struct sc_env *env, FILE *out, const char *prefix,
		   const char *text, size_t len);
/* The process's maps and the pagemap of the pages the step touched. */
int sc_print_state(struct sc_env *env, FILE *out, const char *prefix,
		   const struct sc_step *step);

struct sc_opts {
	const char *backend;		/* "model" or "host" */
	bool trace;
	/*
	 * --profile: "builtin", "host" or a file, for the model; NULL for
	 * the command's default (run: builtin, diff: host).  The host backend
	 * always runs on the host's own profile.
	 */
	const char *profile;
};

/*
 * A scenario file's contents, NUL-terminated, @len bytes before the NUL;
 * NULL with a FILE:0:0 error in @err.  The caller frees it.
 */
char *sc_read_file(const char *path, size_t *len, char *err, size_t errlen);

/* `mmsim run` and `mmsim diff` over files; return the exit status. */
int sc_run_files(char **files, int nfiles, const struct sc_opts *o);
int sc_diff_files(char **files, int nfiles, const struct sc_opts *o);

#endif /* MMSIM_SCENARIO_ENGINE_H */
