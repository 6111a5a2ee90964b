/* SPDX-License-Identifier: MIT */
/*
 * The parsed form of a scenario file (scenario.md, version 1).
 *
 * Names are resolved to slots at parse time, constants to numbers, calls to
 * their table entry, so that the runner only evaluates.  Every node keeps the
 * physical line and column it came from, for `FILE:LINE:COL: error:` lines.
 */
#ifndef MMSIM_SCENARIO_AST_H
#define MMSIM_SCENARIO_AST_H

#include <stdbool.h>
#include <stdint.h>

#include "backend.h"

struct sc_pos {
	int line, col;
};

/* One entry of the call table (calls.c). */
struct sc_call_desc {
	const char *name;
	enum sc_op op;
	int min_args, max_args;		/* as written, strings included */
	int str_arg;			/* index of the string argument, or -1 */
	bool iov;			/* process_madvise: {a, l} ranges */
	bool observation;		/* no side effects, never faults */
	enum sc_fmt {
		FMT_NUM,		/* decimal, symbolic if an address */
		FMT_BYTE,		/* 0x78 ('x') */
		FMT_HEX,		/* pagemap, kpageflags */
	} fmt;
};

const struct sc_call_desc *sc_call_lookup(const char *name, int len);

enum sc_expr_kind {
	E_NUM,		/* literal or constant */
	E_PARAM,	/* PAGE, PMD_SIZE: from the profile at run time */
	E_NAME,		/* a bound name */
	E_UNARY,
	E_BINARY,
	E_CALL,
	E_STR,		/* string argument of a call */
	E_IOV,		/* {base, len} argument of process_madvise */
};

enum sc_param { P_PAGE, P_PMD_SIZE };

struct sc_expr {
	enum sc_expr_kind kind;
	struct sc_pos pos;
	int64_t num;			/* E_NUM; E_PARAM multiplier */
	enum sc_param param;		/* E_PARAM */
	int slot;			/* E_NAME */
	int op;				/* E_UNARY, E_BINARY: token kind */
	struct sc_expr *l, *r;		/* operands; E_IOV base and len */
	const struct sc_call_desc *call;/* E_CALL */
	struct sc_expr **args;
	int nargs;
	char *str;			/* E_STR */
};

/* What the right-hand side of `==` / `!=` may be. */
enum sc_expect_kind {
	X_NOTHING,	/* no expectation: the call must succeed */
	X_EXPR,
	X_SIGNAL,
	X_MIXED,
	X_NONE,
	X_RANGE,
	X_STRING,
};

struct sc_expect {
	enum sc_expect_kind kind;
	bool negate;			/* != */
	struct sc_pos pos;
	struct sc_expr *a, *b;		/* X_EXPR: a; X_RANGE: [a, b) */
	int64_t sig;			/* X_SIGNAL */
	char *str;			/* X_STRING */
};

enum sc_stmt_kind {
	S_EVAL,		/* EXPR [== EXPECTED] */
	S_ASSIGN,	/* NAME = EXPR [== EXPECTED] */
	S_FOR,		/* for NAME in A..B: STATEMENT */
	S_REQUIRE,
};

enum sc_require_kind {
	R_FEATURE,	/* [!]model, host, files, zero_page, swap, thp, ... */
	R_KERNEL,	/* kernel OP X.Y[.Z] */
	R_SETTING,	/* KEY OP VALUE, a key of the profile */
};

struct sc_stmt {
	enum sc_stmt_kind kind;
	struct sc_pos pos;
	char *text;			/* the statement as written, for TAP */
	int proc_slot;			/* @NAME, or -1 for main */
	struct sc_pos proc_pos;
	int slot;			/* S_ASSIGN target, S_FOR variable */
	struct sc_expr *expr;		/* S_EVAL, S_ASSIGN */
	struct sc_expect expect;
	struct sc_expr *from, *to;	/* S_FOR */
	struct sc_stmt *body;		/* S_FOR */
	/* S_REQUIRE */
	enum sc_require_kind req;
	char *feature;
	bool req_negated;		/* require !FEATURE */
	char *req_value;		/* R_SETTING: the value compared with */
	int req_op;			/* token kind of the comparison */
	int kver[3];
};

struct sc_program {
	const char *file;
	struct sc_stmt **stmts;
	int nstmts;
	char **names;			/* slot -> name */
	int nnames;
	void *arena;			/* owns every node, the program too */
};

/*
 * Parse @src (@len bytes) of file @file.  On a malformed file returns NULL
 * and writes one `FILE:LINE:COL: error: ...` line (no newline) to @err.
 */
struct sc_program *sc_parse(const char *file, const char *src, size_t len,
			    char *err, size_t errlen);
void sc_program_free(struct sc_program *prog);

/* Token kinds that the runner needs (operators). */
enum sc_tok {
	T_EOF = 0,
	T_IDENT = 256, T_NUM, T_STR,
	T_SHL, T_SHR, T_EQ, T_NE, T_GE, T_LE, T_DOTDOT,
};

#define SC_MAX_LINE	4096	/* physical line length limit, in bytes */

#endif /* MMSIM_SCENARIO_AST_H */
