// SPDX-License-Identifier: MIT
/*
 * mm/uapi.h against the scenario constants (scenario/consts.c): every
 * #define in the header is a name scenarios can use, with the value the
 * model uses, or it is in the exception list below.
 *
 * consts.c takes those values from the header's macros, so today they
 * cannot differ; this test is what keeps it so.  It reads the header's
 * text at run time rather than including it, so a name added to uapi.h
 * and forgotten in consts.c, or an entry of consts.c turned back into a
 * literal of its own, fails here instead of passing unseen.  A #define
 * whose value the small evaluator below cannot read fails too: extend
 * the evaluator or list the name, never skip it silently.
 *
 * Run from the repository root (as tests/run-tests.sh does), or give
 * the header's path as the first argument.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "consts.h"
#include "check.h"

#define ARRAY_SIZE(a)	(sizeof(a) / sizeof((a)[0]))

/*
 * The #defines of mm/uapi.h that are not scenario constants, each with
 * the reason.  A name listed here that the header no longer defines
 * fails the test, so the list cannot outlive its entries.
 */
static struct {
	const char *name;
	const char *why;
	bool seen;
} exceptions[] = {
	{ "MMSIM_MM_UAPI_H", "the include guard: no value" },
};

#define MAX_DEFINES	512
#define NAME_LEN	64

/* The header's macros evaluated so far, for values that name earlier ones. */
static struct {
	char name[NAME_LEN];
	uint64_t value;
} defines[MAX_DEFINES];
static size_t nr_defines;

/*
 * A recursive-descent evaluator for what uapi.h writes as values: numbers
 * (hex, octal, decimal, with U/L suffixes), names #defined above, unary
 * minus, parentheses, +, -, << and |, with C's precedence.  Arithmetic is
 * in 64 bits, as the table holds it; anything else is an error.
 */
struct eval {
	const char *p;
	bool err;
};

static uint64_t eval_or(struct eval *e);

static void skip_space(struct eval *e)
{
	while (isspace((unsigned char)*e->p))
		e->p++;
}

static bool eat(struct eval *e, const char *tok)
{
	size_t n = strlen(tok);

	skip_space(e);
	if (strncmp(e->p, tok, n))
		return false;
	e->p += n;
	return true;
}

static uint64_t eval_name(struct eval *e)
{
	const char *start = e->p;
	size_t i, len;

	while (isalnum((unsigned char)*e->p) || *e->p == '_')
		e->p++;
	len = e->p - start;
	for (i = 0; i < nr_defines; i++)
		if (strlen(defines[i].name) == len &&
		    !strncmp(defines[i].name, start, len))
			return defines[i].value;
	e->err = true;
	return 0;
}

static uint64_t eval_primary(struct eval *e)
{
	uint64_t v;
	char *end;

	skip_space(e);
	if (eat(e, "(")) {
		v = eval_or(e);
		if (!eat(e, ")"))
			e->err = true;
		return v;
	}
	if (eat(e, "-"))
		return -eval_primary(e);
	if (isalpha((unsigned char)*e->p) || *e->p == '_')
		return eval_name(e);
	if (!isdigit((unsigned char)*e->p)) {
		e->err = true;
		return 0;
	}
	v = strtoull(e->p, &end, 0);
	e->p = end;
	while (*e->p == 'u' || *e->p == 'U' || *e->p == 'l' || *e->p == 'L')
		e->p++;
	if (isalnum((unsigned char)*e->p) || *e->p == '_')
		e->err = true;		/* 0x1g, 08, 1Z: not a number */
	return v;
}

static uint64_t eval_additive(struct eval *e)
{
	uint64_t v = eval_primary(e);

	for (;;) {
		if (eat(e, "+"))
			v += eval_primary(e);
		else if (eat(e, "-"))
			v -= eval_primary(e);
		else
			return v;
	}
}

static uint64_t eval_shift(struct eval *e)
{
	uint64_t v = eval_additive(e), s;

	while (eat(e, "<<")) {
		s = eval_additive(e);
		if (s >= 64)
			e->err = true;
		else
			v <<= s;
	}
	return v;
}

static uint64_t eval_or(struct eval *e)
{
	uint64_t v = eval_shift(e);

	while (eat(e, "|"))
		v |= eval_shift(e);
	return v;
}

static bool evaluate(const char *text, uint64_t *val)
{
	struct eval e = { .p = text };

	*val = eval_or(&e);
	skip_space(&e);
	return !e.err && !*e.p && e.p != text;
}

/*
 * The header's text with comments blanked and backslash-newlines joined,
 * so that each line holds at most one whole directive.  Newlines inside
 * comments are kept, so line numbers stay the header's.
 */
static char *read_header(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf, *r, *w;
	long size;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) || (size = ftell(f)) < 0 ||
	    fseek(f, 0, SEEK_SET)) {
		fclose(f);
		return NULL;
	}
	buf = calloc(1, size + 1);
	if (!buf || fread(buf, 1, size, f) != (size_t)size) {
		free(buf);
		fclose(f);
		return NULL;
	}
	fclose(f);
	for (r = w = buf; *r; ) {
		if (r[0] == '/' && r[1] == '*') {
			for (r += 2; *r && !(r[0] == '*' && r[1] == '/'); r++)
				if (*r == '\n')
					*w++ = '\n';
			r += *r ? 2 : 0;
			*w++ = ' ';
		} else if (r[0] == '\\' && r[1] == '\n') {
			r += 2;
			*w++ = ' ';
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return buf;
}

static bool is_exception(const char *name)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(exceptions); i++) {
		if (!strcmp(exceptions[i].name, name)) {
			exceptions[i].seen = true;
			return true;
		}
	}
	return false;
}

/* Check one #define: @rest is what follows "define" on line @lineno. */
static void check_define(const char *path, int lineno, const char *rest)
{
	const char *p = rest;
	char name[NAME_LEN];
	size_t len = 0;
	uint64_t u;
	int64_t got;

	while (isspace((unsigned char)*p))
		p++;
	while ((isalnum((unsigned char)*p) || *p == '_') && len < NAME_LEN - 1)
		name[len++] = *p++;
	name[len] = '\0';
	if (!len || isalnum((unsigned char)*p) || *p == '_') {
		CHECK(false, "%s:%d: #define without a readable name", path,
		      lineno);
		return;
	}
	if (is_exception(name))
		return;
	if (*p == '(') {
		CHECK(false, "%s:%d: %s is a function-like macro: list it as "
		      "an exception", path, lineno, name);
		return;
	}
	while (isspace((unsigned char)*p))
		p++;
	if (!*p) {
		CHECK(false, "%s:%d: %s has no value: list it as an exception",
		      path, lineno, name);
		return;
	}
	if (!evaluate(p, &u)) {
		CHECK(false, "%s:%d: %s: cannot evaluate \"%s\": extend the "
		      "evaluator or list it as an exception", path, lineno,
		      name, p);
		return;
	}
	if (nr_defines < MAX_DEFINES) {
		strcpy(defines[nr_defines].name, name);
		defines[nr_defines++].value = u;
	}
	if (!sc_const_lookup(name, len, &got)) {
		CHECK(false, "%s:%d: %s is not a scenario constant", path,
		      lineno, name);
		return;
	}
	/* the table holds 64-bit patterns: UFFD_API_IOCTLS has bit 63 */
	CHECK(got == (int64_t)u, "%s = %#llx in uapi.h and %#llx in consts.c",
	      name, (unsigned long long)u, (unsigned long long)got);
}

int main(int argc, char **argv)
{
	const char *path = argc > 1 ? argv[1] : "mm/uapi.h";
	char *buf = read_header(path), *line, *next;
	int lineno = 0;
	size_t i;

	if (!buf) {
		/* not a skip: a test that cannot find its input must not pass */
		printf("FAIL: cannot read %s (run from the repository root)\n",
		       path);
		return 1;
	}
	for (line = buf; line; line = next) {
		const char *p = line;

		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		lineno++;
		while (isspace((unsigned char)*p))
			p++;
		if (*p++ != '#')
			continue;
		while (isspace((unsigned char)*p))
			p++;
		if (!strncmp(p, "define", 6) && isspace((unsigned char)p[6]))
			check_define(path, lineno, p + 6);
	}
	free(buf);
	/* an unreadable header format must not pass by checking nothing */
	CHECK(nr_defines > 0, "%zu values of %s checked", nr_defines, path);
	for (i = 0; i < ARRAY_SIZE(exceptions); i++)
		CHECK(exceptions[i].seen, "exception %s (%s) is defined in %s",
		      exceptions[i].name, exceptions[i].why, path);
	return check_summary();
}
