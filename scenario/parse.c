// SPDX-License-Identifier: MIT
/*
 * The scenario parser: physical lines -> logical lines -> tokens -> statements.
 *
 * Every malformed input ends in exactly one `FILE:LINE:COL: error: ...` line.
 * The parser allocates from one arena owned by the program, and bails out of
 * any depth with a longjmp to sc_parse(), which frees the arena: no partial
 * structure is ever handed out, and no error path can leak.
 */
#include <ctype.h>
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <mmsim/profile.h>

#include "ast.h"
#include "consts.h"

#define MAX_DEPTH	64	/* expression nesting */
#define MAX_NAMES	4096

/* ---- arena ---------------------------------------------------------- */

struct arena_block {
	struct arena_block *next;
	size_t used, size;
	max_align_t data[];
};

struct parser {
	const char *file;
	/* the logical line being parsed */
	const char *s;
	const struct sc_pos *pos;
	int n, i;
	/* the current token */
	int tok;
	int tstart, tlen;
	int64_t tnum;
	char tstr[SC_MAX_STR];
	int depth;
	/* names */
	char **names;
	bool *is_proc;
	bool *bound;
	int nnames;
	struct sc_program *prog;
	struct arena_block *arena;
	jmp_buf bail;
	char *err;
	size_t errlen;
	bool nomem;
};

static void *palloc(struct parser *p, size_t size);

static void bail_at(struct parser *p, struct sc_pos at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4), noreturn));

static void bail_at(struct parser *p, struct sc_pos at, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(p->err, p->errlen, "%s:%d:%d: error: ", p->file,
		     at.line, at.col);
	if (n >= 0 && (size_t)n < p->errlen) {
		va_start(ap, fmt);
		vsnprintf(p->err + n, p->errlen - n, fmt, ap);
		va_end(ap);
	}
	longjmp(p->bail, 1);
}

static void *palloc(struct parser *p, size_t size)
{
	struct arena_block *b = p->arena;
	size_t units = (size + sizeof(max_align_t) - 1) / sizeof(max_align_t);
	void *ret;

	if (!b || b->used + units > b->size) {
		size_t n = units > 4096 ? units : 4096;

		b = malloc(sizeof(*b) + n * sizeof(max_align_t));
		if (!b) {
			struct sc_pos at = { 0, 0 };

			p->nomem = true;
			bail_at(p, at, "out of memory");
		}
		b->next = p->arena;
		b->used = 0;
		b->size = n;
		p->arena = b;
	}
	ret = &b->data[b->used];
	b->used += units;
	memset(ret, 0, size);
	return ret;
}

static char *pstrndup(struct parser *p, const char *s, size_t n)
{
	char *d = palloc(p, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* ---- lexer ---------------------------------------------------------- */

static struct sc_pos pos_at(struct parser *p, int i)
{
	if (i < p->n)
		return p->pos[i];
	if (p->n == 0) {
		struct sc_pos z = { 0, 1 };

		return z;
	}
	/* one past the last character */
	struct sc_pos end = p->pos[p->n - 1];

	end.col++;
	return end;
}

static struct sc_pos tok_pos(struct parser *p)
{
	return pos_at(p, p->tstart);
}

static const char *tok_desc(struct parser *p, char *buf, size_t len)
{
	switch (p->tok) {
	case T_EOF:
		return "end of line";
	case T_STR:
		return "a string";
	default:
		snprintf(buf, len, "'%.*s'", p->tlen > 40 ? 40 : p->tlen,
			 p->s + p->tstart);
		return buf;
	}
}

static int lex_escape(struct parser *p, int *i)
{
	char c = p->s[*i];

	(*i)++;
	switch (c) {
	case 'n': return '\n';
	case 't': return '\t';
	case 'r': return '\r';
	case '0': return '\0';
	case '\\': return '\\';
	case '\'': return '\'';
	case '"': return '"';
	default:
		bail_at(p, pos_at(p, *i - 1), "unknown escape '\\%c'",
			isprint((unsigned char)c) ? c : '?');
	}
}

static void lex_number(struct parser *p)
{
	const char *s = p->s;
	int i = p->i, base = 10;
	uint64_t v = 0;
	bool any = false;

	if (s[i] == '0' && i + 1 < p->n && (s[i + 1] == 'x' || s[i + 1] == 'X')) {
		base = 16;
		i += 2;
	} else if (s[i] == '0') {
		base = 8;
	}
	for (; i < p->n && isalnum((unsigned char)s[i]); i++) {
		int d;
		char c = s[i];

		if (isdigit((unsigned char)c))
			d = c - '0';
		else if (c >= 'a' && c <= 'f')
			d = c - 'a' + 10;
		else if (c >= 'A' && c <= 'F')
			d = c - 'A' + 10;
		else
			d = 99;
		if (d >= base)
			bail_at(p, pos_at(p, i), "invalid digit '%c' in %s number",
				c, base == 16 ? "hexadecimal" :
				base == 8 ? "octal" : "decimal");
		if (v > (UINT64_MAX - d) / base)
			bail_at(p, pos_at(p, p->i), "number too large");
		v = v * base + d;
		any = true;
	}
	if (base == 16 && !any)
		bail_at(p, pos_at(p, p->i), "hexadecimal number without digits");
	/* literals are signed 64-bit; 1 << 63 style values come from constants */
	if (v > INT64_MAX)
		bail_at(p, pos_at(p, p->i), "number too large");
	p->tok = T_NUM;
	p->tnum = (int64_t)v;
	p->tlen = i - p->i;
	p->i = i;
}

static void lex_char(struct parser *p)
{
	int i = p->i + 1;
	int c;

	if (i >= p->n)
		bail_at(p, pos_at(p, p->i), "unterminated character literal");
	if (p->s[i] == '\\') {
		i++;
		if (i >= p->n)
			bail_at(p, pos_at(p, p->i), "unterminated character literal");
		c = lex_escape(p, &i);
	} else {
		c = (unsigned char)p->s[i++];
	}
	if (i >= p->n || p->s[i] != '\'')
		bail_at(p, pos_at(p, p->i), "unterminated character literal");
	i++;
	p->tok = T_NUM;
	p->tnum = c;
	p->tlen = i - p->i;
	p->i = i;
}

static void lex_string(struct parser *p)
{
	int i = p->i + 1;
	size_t len = 0;

	for (;;) {
		int c;

		if (i >= p->n)
			bail_at(p, pos_at(p, p->i), "unterminated string");
		if (p->s[i] == '"')
			break;
		if (p->s[i] == '\\') {
			i++;
			if (i >= p->n)
				bail_at(p, pos_at(p, p->i), "unterminated string");
			c = lex_escape(p, &i);
		} else {
			c = (unsigned char)p->s[i++];
		}
		if (c == '\0')
			bail_at(p, pos_at(p, i - 1), "a string cannot hold a NUL byte");
		if (len + 1 >= sizeof(p->tstr))
			bail_at(p, pos_at(p, p->i), "string longer than %d bytes",
				SC_MAX_STR - 1);
		p->tstr[len++] = (char)c;
	}
	p->tstr[len] = '\0';
	i++;
	p->tok = T_STR;
	p->tlen = i - p->i;
	p->i = i;
}

static void next(struct parser *p)
{
	const char *s = p->s;

	while (p->i < p->n && (s[p->i] == ' ' || s[p->i] == '\t'))
		p->i++;
	p->tstart = p->i;
	p->tlen = 1;
	if (p->i >= p->n || s[p->i] == '#') {
		p->tok = T_EOF;
		p->tlen = 0;
		return;
	}
	char c = s[p->i];
	char d = p->i + 1 < p->n ? s[p->i + 1] : '\0';

	if (isdigit((unsigned char)c))
		return lex_number(p);
	if (c == '\'')
		return lex_char(p);
	if (c == '"')
		return lex_string(p);
	if (isalpha((unsigned char)c) || c == '_') {
		int i = p->i;

		while (i < p->n && (isalnum((unsigned char)s[i]) || s[i] == '_'))
			i++;
		p->tok = T_IDENT;
		p->tlen = i - p->i;
		p->i = i;
		return;
	}
	p->i++;
	p->tok = c;
	switch (c) {
	case '<':
		if (d == '<') { p->tok = T_SHL; p->i++; }
		else if (d == '=') { p->tok = T_LE; p->i++; }
		break;
	case '>':
		if (d == '>') { p->tok = T_SHR; p->i++; }
		else if (d == '=') { p->tok = T_GE; p->i++; }
		break;
	case '=':
		if (d == '=') { p->tok = T_EQ; p->i++; }
		break;
	case '!':
		if (d == '=') { p->tok = T_NE; p->i++; }
		break;
	case '.':
		if (d == '.') { p->tok = T_DOTDOT; p->i++; }
		break;
	case '(': case ')': case '[': case ']': case '{': case '}':
	case ',': case ':': case '@': case '+': case '-': case '*':
	case '/': case '%': case '|': case '&': case '^': case '~':
		break;
	default:
		if (isprint((unsigned char)c))
			bail_at(p, pos_at(p, p->tstart), "unexpected character '%c'", c);
		bail_at(p, pos_at(p, p->tstart), "unexpected byte 0x%02x",
			(unsigned char)c);
	}
	p->tlen = p->i - p->tstart;
}

static bool tok_is(struct parser *p, const char *word)
{
	return p->tok == T_IDENT && (int)strlen(word) == p->tlen &&
	       !memcmp(p->s + p->tstart, word, p->tlen);
}

static void expect_tok(struct parser *p, int tok, const char *what)
{
	char buf[64];

	if (p->tok != tok)
		bail_at(p, tok_pos(p), "expected %s, found %s", what,
			tok_desc(p, buf, sizeof(buf)));
	next(p);
}

/* ---- names ---------------------------------------------------------- */

static int find_slot(struct parser *p, const char *name, int len)
{
	int i;

	for (i = 0; i < p->nnames; i++)
		if ((int)strlen(p->names[i]) == len &&
		    !memcmp(p->names[i], name, len))
			return i;
	return -1;
}

static int new_slot(struct parser *p, const char *name, int len)
{
	int slot = find_slot(p, name, len);

	if (slot >= 0)
		return slot;
	if (p->nnames >= MAX_NAMES)
		bail_at(p, tok_pos(p), "more than %d names", MAX_NAMES);
	slot = p->nnames++;
	p->names[slot] = pstrndup(p, name, len);
	return slot;
}

static const char *const outcome_words[] = {
	"SIGSEGV", "SIGBUS", "MIXED", "NONE",
};

static const char *const keywords[] = {
	"for", "in", "require", "NULL", "PAGE", "KiB", "MiB", "GiB", "PMD_SIZE",
};

static bool word_in(const char *const *list, size_t n, const char *s, int len)
{
	size_t i;

	for (i = 0; i < n; i++)
		if ((int)strlen(list[i]) == len && !memcmp(list[i], s, len))
			return true;
	return false;
}

#define WORD_IN(list, s, len) word_in(list, sizeof(list) / sizeof(list[0]), s, len)

/* ---- expressions ---------------------------------------------------- */


static struct sc_expr *new_expr(struct parser *p, enum sc_expr_kind kind,
				struct sc_pos at)
{
	struct sc_expr *e = palloc(p, sizeof(*e));

	e->kind = kind;
	e->pos = at;
	return e;
}

static struct sc_expr *parse_expr(struct parser *p);

/* smaps fields of 6.18, in the order __show_smap() prints them */
static const char *const smaps_fields[] = {
	"Size", "KernelPageSize", "MMUPageSize", "Rss", "Pss", "Pss_Dirty",
	"Shared_Clean", "Shared_Dirty", "Private_Clean", "Private_Dirty",
	"Referenced", "Anonymous", "KSM", "LazyFree", "AnonHugePages",
	"ShmemPmdMapped", "FilePmdMapped", "Shared_Hugetlb", "Private_Hugetlb",
	"Swap", "SwapPss", "Locked", "THPeligible",
};

/* VmFlags mnemonics of 6.18.37+ on x86_64 (show_smap_vma_flags) */
static const char *const vmflag_names[] = {
	"rd", "wr", "ex", "sh", "mr", "mw", "me", "ms", "gd", "pf", "lo",
	"io", "sr", "rr", "dc", "de", "ac", "nr", "ht", "sf", "ar", "wf",
	"dd", "sd", "mm", "hg", "nh", "mg", "um", "uw", "ui", "ss", "sl",
	"lf", "dp", "gu", "bt", "mt", "pk",
};

/* @s for an error message: escapes keep the message on one line. */
static const char *printable(const char *s, char *buf, size_t len)
{
	size_t n = 0;

	for (; *s && n + 5 < len; s++) {
		unsigned char c = (unsigned char)*s;

		if (c >= 0x20 && c < 0x7f && c != '\\' && c != '"')
			buf[n++] = (char)c;
		else
			n += (size_t)snprintf(buf + n, len - n, "\\x%02x", c);
	}
	buf[n] = '\0';
	return buf;
}

static void check_call_strings(struct parser *p, const struct sc_expr *e)
{
	char buf[SC_MAX_STR * 4 + 8];
	const struct sc_expr *a;
	int len;

	if (e->call->op != SC_SMAPS && e->call->op != SC_VMFLAG)
		return;
	a = e->args[1];
	len = (int)strlen(a->str);
	if (e->call->op == SC_SMAPS && !WORD_IN(smaps_fields, a->str, len))
		bail_at(p, a->pos, "smaps has no field \"%s\"",
			printable(a->str, buf, sizeof(buf)));
	if (e->call->op == SC_VMFLAG && !WORD_IN(vmflag_names, a->str, len))
		bail_at(p, a->pos, "VmFlags has no mnemonic \"%s\"",
			printable(a->str, buf, sizeof(buf)));
}

static struct sc_expr *parse_call(struct parser *p,
				  const struct sc_call_desc *desc,
				  struct sc_pos at)
{
	struct sc_expr *e = new_expr(p, E_CALL, at);
	struct sc_expr *args[3 + SC_MAX_IOV];
	struct sc_pos open = tok_pos(p);
	int n = 0, niov = 0;
	char buf[64];

	next(p);			/* ( */
	if (p->tok != ')') {
		for (;;) {
			struct sc_pos apos = tok_pos(p);

			if (n >= desc->max_args)
				bail_at(p, apos, "too many arguments to %s() (at most %d)",
					desc->name, desc->max_args);
			if (n == desc->str_arg) {
				if (p->tok != T_STR)
					bail_at(p, apos, "argument %d of %s() must be a string",
						n + 1, desc->name);
				args[n] = new_expr(p, E_STR, apos);
				args[n]->str = pstrndup(p, p->tstr, strlen(p->tstr));
				next(p);
			} else if (p->tok == '{') {
				if (!desc->iov)
					bail_at(p, apos, "%s() takes no {address, length} ranges",
						desc->name);
				if (n != 1 + niov)
					bail_at(p, apos, "the {address, length} ranges of %s() come right after the pidfd",
						desc->name);
				next(p);
				args[n] = new_expr(p, E_IOV, apos);
				args[n]->l = parse_expr(p);
				expect_tok(p, ',', "',' in {address, length}");
				args[n]->r = parse_expr(p);
				expect_tok(p, '}', "'}' closing {address, length}");
				niov++;
			} else if (p->tok == T_STR) {
				bail_at(p, apos, "%s() takes no string as argument %d",
					desc->name, n + 1);
			} else {
				args[n] = parse_expr(p);
			}
			n++;
			if (p->tok == ')')
				break;
			if (p->tok == T_EOF)
				bail_at(p, open, "unbalanced parenthesis: '(' is never closed");
			if (p->tok != ',')
				bail_at(p, tok_pos(p), "expected ',' or ')' in the arguments of %s(), found %s",
					desc->name, tok_desc(p, buf, sizeof(buf)));
			next(p);
		}
	}
	next(p);			/* ) */
	if (desc->iov) {
		if (niov == 0)
			bail_at(p, at, "%s() needs at least one {address, length} range",
				desc->name);
		if (n != niov + 3)
			bail_at(p, at, "%s() takes (pidfd, {address, length}..., advice, flags): %d arguments given",
				desc->name, n);
	} else if (n < desc->min_args || n > desc->max_args) {
		if (desc->min_args == desc->max_args)
			bail_at(p, at, "%s() takes %d argument%s, %d given",
				desc->name, desc->min_args,
				desc->min_args == 1 ? "" : "s", n);
		bail_at(p, at, "%s() takes %d to %d arguments, %d given",
			desc->name, desc->min_args, desc->max_args, n);
	}
	e->call = desc;
	e->nargs = n;
	e->args = palloc(p, sizeof(*e->args) * (n ? n : 1));
	memcpy(e->args, args, sizeof(*args) * n);
	check_call_strings(p, e);
	return e;
}

static struct sc_expr *parse_ident(struct parser *p)
{
	const char *name = p->s + p->tstart;
	int len = p->tlen;
	struct sc_pos at = tok_pos(p);
	const struct sc_call_desc *desc;
	struct sc_expr *e;
	int64_t v;
	int slot;

	next(p);
	if (p->tok == '(') {
		desc = sc_call_lookup(name, len);
		if (!desc)
			bail_at(p, at, "unknown call '%.*s'", len, name);
		return parse_call(p, desc, at);
	}
	if ((len == 4 && !memcmp(name, "PAGE", 4)) ||
	    (len == 8 && !memcmp(name, "PMD_SIZE", 8))) {
		e = new_expr(p, E_PARAM, at);
		e->param = len == 4 ? P_PAGE : P_PMD_SIZE;
		return e;
	}
	e = new_expr(p, E_NUM, at);
	if (len == 4 && !memcmp(name, "NULL", 4)) {
		e->num = 0;
		return e;
	}
	if (len == 3 && !memcmp(name + 1, "iB", 2)) {
		int shift = name[0] == 'K' ? 10 : name[0] == 'M' ? 20 :
			    name[0] == 'G' ? 30 : 0;

		if (shift) {
			e->num = (int64_t)1 << shift;
			return e;
		}
	}
	slot = find_slot(p, name, len);
	if (slot >= 0 && p->bound[slot]) {
		e->kind = E_NAME;
		e->slot = slot;
		return e;
	}
	if (sc_const_lookup(name, len, &v)) {
		e->num = v;
		return e;
	}
	if (sc_call_lookup(name, len))
		bail_at(p, at, "%.*s is a call: write %.*s(...)", len, name,
			len, name);
	if (WORD_IN(outcome_words, name, len))
		bail_at(p, at, "%.*s is an outcome: it can only follow '==' or '!='",
			len, name);
	if (slot >= 0)
		bail_at(p, at, "'%.*s' is used before it is bound", len, name);
	{
		const char *hint = sc_const_suggest(name, len);

		if (hint)
			bail_at(p, at, "unknown name '%.*s' (did you mean %s?)",
				len, name, hint);
	}
	bail_at(p, at, "unknown name '%.*s'", len, name);
}

static struct sc_expr *parse_primary(struct parser *p)
{
	struct sc_pos at = tok_pos(p);
	struct sc_expr *e;
	char buf[64];

	switch (p->tok) {
	case T_NUM:
		e = new_expr(p, E_NUM, at);
		e->num = p->tnum;
		next(p);
		return e;
	case T_IDENT:
		return parse_ident(p);
	case '(':
		next(p);
		e = parse_expr(p);
		if (p->tok == T_EOF)
			bail_at(p, at, "unbalanced parenthesis: '(' is never closed");
		expect_tok(p, ')', "')'");
		return e;
	case T_STR:
		bail_at(p, at, "a string can only be the name argument of a call or an expected outcome");
	case T_EOF:
		bail_at(p, at, "expected an expression, found end of line");
	default:
		bail_at(p, at, "expected an expression, found %s",
			tok_desc(p, buf, sizeof(buf)));
	}
}

static struct sc_expr *parse_unary(struct parser *p)
{
	struct sc_pos at = tok_pos(p);
	struct sc_expr *e;
	int op = p->tok;

	if (op != '-' && op != '~' && op != '+')
		return parse_primary(p);
	if (++p->depth > MAX_DEPTH)
		bail_at(p, at, "expression nested more than %d deep", MAX_DEPTH);
	next(p);
	e = new_expr(p, E_UNARY, at);
	e->op = op;
	e->l = parse_unary(p);
	p->depth--;
	return e;
}

/* C precedence, loosest first: | ^ & (<< >>) (+ -) (* / %) */
static const int prec_ops[][3] = {
	{ '|' }, { '^' }, { '&' }, { T_SHL, T_SHR }, { '+', '-' }, { '*', '/', '%' },
};

#define NR_PREC	((int)(sizeof(prec_ops) / sizeof(prec_ops[0])))

static bool op_at_level(int tok, int level)
{
	int i;

	for (i = 0; i < 3; i++)
		if (prec_ops[level][i] && prec_ops[level][i] == tok)
			return true;
	return false;
}

static struct sc_expr *parse_binary(struct parser *p, int level)
{
	struct sc_expr *l;

	if (level == NR_PREC)
		return parse_unary(p);
	l = parse_binary(p, level + 1);
	while (op_at_level(p->tok, level)) {
		struct sc_expr *e = new_expr(p, E_BINARY, tok_pos(p));

		e->op = p->tok;
		next(p);
		e->l = l;
		e->r = parse_binary(p, level + 1);
		l = e;
	}
	return l;
}

static struct sc_expr *parse_expr(struct parser *p)
{
	struct sc_pos at = tok_pos(p);
	struct sc_expr *e;

	if (++p->depth > MAX_DEPTH)
		bail_at(p, at, "expression nested more than %d deep", MAX_DEPTH);
	e = parse_binary(p, 0);
	p->depth--;
	if (p->tok == T_EQ || p->tok == T_NE) {
		if (p->depth > 0)
			bail_at(p, tok_pos(p), "'%s' only separates a call from its expected outcome",
				p->tok == T_EQ ? "==" : "!=");
	}
	return e;
}

/* ---- statements ----------------------------------------------------- */

static void parse_expect(struct parser *p, struct sc_expect *x)
{
	struct sc_pos at;
	char buf[64];

	if (p->tok != T_EQ && p->tok != T_NE) {
		x->kind = X_NOTHING;
		return;
	}
	x->negate = p->tok == T_NE;
	next(p);
	at = tok_pos(p);
	x->pos = at;
	if (p->tok == T_STR) {
		x->kind = X_STRING;
		x->str = pstrndup(p, p->tstr, strlen(p->tstr));
		next(p);
	} else if (tok_is(p, "SIGSEGV") || tok_is(p, "SIGBUS")) {
		x->kind = X_SIGNAL;
		x->sig = tok_is(p, "SIGSEGV") ? 11 : 7;
		next(p);
	} else if (tok_is(p, "MIXED")) {
		x->kind = X_MIXED;
		next(p);
	} else if (tok_is(p, "NONE")) {
		x->kind = X_NONE;
		next(p);
	} else if (p->tok == '[') {
		x->kind = X_RANGE;
		next(p);
		x->a = parse_expr(p);
		if (p->tok != ',')
			bail_at(p, tok_pos(p), "bad range: expected ',' after the start of [A, B), found %s",
				tok_desc(p, buf, sizeof(buf)));
		next(p);
		x->b = parse_expr(p);
		if (p->tok == ']')
			bail_at(p, tok_pos(p), "bad range: a range is half-open, written [A, B)");
		if (p->tok != ')')
			bail_at(p, tok_pos(p), "bad range: expected ')' closing [A, B), found %s",
				tok_desc(p, buf, sizeof(buf)));
		next(p);
	} else {
		x->kind = X_EXPR;
		x->a = parse_expr(p);
	}
	if (p->tok == T_EQ || p->tok == T_NE)
		bail_at(p, tok_pos(p), "only one '==' or '!=' per statement");
}

static int parse_proc(struct parser *p, struct sc_pos *at)
{
	const char *name;
	int len, slot;

	*at = tok_pos(p);
	next(p);			/* @ */
	if (p->tok != T_IDENT)
		bail_at(p, *at, "'@' must be followed by a process name");
	name = p->s + p->tstart;
	len = p->tlen;
	slot = find_slot(p, name, len);
	if (slot < 0 || !p->bound[slot])
		bail_at(p, tok_pos(p), "@%.*s: unknown process '%.*s'", len,
			name, len, name);
	if (!p->is_proc[slot])
		bail_at(p, tok_pos(p), "@%.*s: '%.*s' is not a process (bind it with %.*s = fork())",
			len, name, len, name, len, name);
	next(p);
	return slot;
}

#define REQUIRE_KNOWN	"kernel, model, host, files, zero_page, huge_zero_page, " \
			"thp, swap, soft_dirty, ksm, numa, root, userfaultfd; " \
			"!FEATURE for its absence; or a profile key compared, " \
			"e.g. fault_around_bytes == 65536"

/* The length of the word a profile key or value may be, at the token. */
static int word_len(const struct parser *p)
{
	int n = 0;

	while (p->tstart + n < p->n &&
	       (isalnum((unsigned char)p->s[p->tstart + n]) ||
		strchr("_.-+", p->s[p->tstart + n])))
		n++;
	return n;
}

/*
 * A word of a profile key or value, which may hold dots, dashes and plus
 * signs ("thp.hugepages-2048kB.enabled", "defer+madvise"): read from the
 * current token's start, and the lexer moved past it.
 */
static char *raw_word(struct parser *p, struct sc_pos *at)
{
	int i = p->tstart + word_len(p);

	*at = tok_pos(p);
	if (i == p->tstart)
		return NULL;
	p->i = i;
	return pstrndup(p, p->s + p->tstart, i - p->tstart);
}

/* Does the word at the current token name a profile key? */
static bool is_setting(struct parser *p)
{
	struct mmsim_profile pf;
	char key[64], buf[64];
	int n = word_len(p);

	if (n >= (int)sizeof(key))
		return false;
	memcpy(key, p->s + p->tstart, n);
	key[n] = '\0';
	mmsim_profile_builtin(&pf);
	return n && !mmsim_profile_get(&pf, key, buf, sizeof(buf), NULL);
}

/*
 * require KEY OP VALUE: a setting of the profile, as `mmsim profile`
 * names it, compared with a value; numbers with any comparison, words
 * with == and != only.  False if the word is no profile key.
 */
static bool parse_require_setting(struct parser *p, struct sc_stmt *st)
{
	struct mmsim_profile pf;
	struct sc_pos at, vat;
	char buf[64];
	bool numeric;
	char *key = raw_word(p, &at);

	mmsim_profile_builtin(&pf);
	if (!key || mmsim_profile_get(&pf, key, buf, sizeof(buf), &numeric))
		return false;
	next(p);
	switch (p->tok) {
	case T_EQ: case T_NE:
		break;
	case T_GE: case T_LE: case '<': case '>':
		if (numeric)
			break;
		/* fall through */
	default:
		bail_at(p, tok_pos(p), "require %s: expected %s, found %s", key,
			numeric ? "a comparison (>=, >, <=, <, ==, !=)" : "== or !=",
			tok_desc(p, buf, sizeof(buf)));
	}
	st->req_op = p->tok;
	next(p);
	st->req_value = raw_word(p, &vat);
	if (!st->req_value || mmsim_profile_set(&pf, key, st->req_value))
		bail_at(p, vat, "require %s: expected a value the key takes (see mmsim profile)",
			key);
	next(p);
	st->req = R_SETTING;
	st->feature = key;
	return true;
}

static void parse_require(struct parser *p, struct sc_stmt *st)
{
	static const char *const features[] = {
		"model", "host", "files", "zero_page", "huge_zero_page", "thp",
		"swap", "soft_dirty", "ksm", "numa", "root", "userfaultfd",
	};
	struct sc_pos at = tok_pos(p);
	char buf[64];
	int i;

	st->kind = S_REQUIRE;
	if (p->tok == '!') {
		/* require !FEATURE: skip where the feature is present */
		st->req_negated = true;
		next(p);
		at = tok_pos(p);
		if (tok_is(p, "kernel"))
			bail_at(p, at, "require !kernel: compare the version instead (require kernel < 6.15)");
	}
	if (p->tok != T_IDENT)
		bail_at(p, at, "require: expected a feature (" REQUIRE_KNOWN ")");
	if (tok_is(p, "kernel")) {
		st->req = R_KERNEL;
		next(p);
		switch (p->tok) {
		case T_GE: case T_LE: case T_EQ: case T_NE: case '<': case '>':
			st->req_op = p->tok;
			break;
		default:
			bail_at(p, tok_pos(p), "require kernel: expected a comparison (>=, >, <=, <, ==, !=), found %s",
				tok_desc(p, buf, sizeof(buf)));
		}
		next(p);
		for (i = 0; i < 3; i++) {
			if (p->tok != T_NUM)
				bail_at(p, tok_pos(p), "require kernel: expected a version such as 6.15");
			st->kver[i] = p->tnum > 100000 ? 100000 : (int)p->tnum;
			next(p);
			if (p->tok != '.')
				break;
			if (i == 2)
				bail_at(p, tok_pos(p), "require kernel: a version has at most three parts");
			next(p);
		}
		if (i == 0)
			bail_at(p, tok_pos(p), "require kernel: expected a version such as 6.15");
		return;
	}
	for (i = 0; i < (int)(sizeof(features) / sizeof(features[0])); i++)
		if (tok_is(p, features[i]))
			break;
	/* "thp" is a feature, "thp.enabled" a setting */
	if (i == (int)(sizeof(features) / sizeof(features[0])) ||
	    (p->i < p->n && strchr(".-+", p->s[p->i]))) {
		if (st->req_negated && is_setting(p))
			bail_at(p, at, "require !%.*s: compare the setting instead (%.*s != VALUE)",
				p->tlen, p->s + p->tstart, p->tlen, p->s + p->tstart);
		if (!st->req_negated && parse_require_setting(p, st))
			return;
		bail_at(p, at, "require: unknown feature '%.*s' (known: " REQUIRE_KNOWN ")",
			word_len(p), p->s + p->tstart);
	}
	st->req = R_FEATURE;
	st->feature = pstrndup(p, p->s + p->tstart, p->tlen);
	next(p);
}

static bool is_fork_call(const struct sc_expr *e)
{
	return e->kind == E_CALL && e->call->op == SC_FORK;
}

static struct sc_stmt *parse_stmt(struct parser *p, int start, bool in_proc)
{
	struct sc_stmt *st = palloc(p, sizeof(*st));
	char buf[64];

	st->pos = tok_pos(p);
	st->proc_slot = -1;
	st->text = pstrndup(p, p->s + start, p->n - start);
	if (p->tok == '@') {
		st->proc_slot = parse_proc(p, &st->proc_pos);
		if (p->tok == T_EOF)
			bail_at(p, tok_pos(p), "@ without a statement");
	}
	if (tok_is(p, "require")) {
		if (st->proc_slot >= 0)
			bail_at(p, st->pos, "require applies to the whole file, not to a process");
		next(p);
		parse_require(p, st);
	} else if (tok_is(p, "for")) {
		struct sc_pos vpos;
		int slot;

		st->kind = S_FOR;
		next(p);
		if (p->tok != T_IDENT)
			bail_at(p, tok_pos(p), "for: expected a loop variable");
		vpos = tok_pos(p);
		if (WORD_IN(keywords, p->s + p->tstart, p->tlen) ||
		    sc_call_lookup(p->s + p->tstart, p->tlen))
			bail_at(p, vpos, "'%.*s' cannot be a loop variable",
				p->tlen, p->s + p->tstart);
		slot = new_slot(p, p->s + p->tstart, p->tlen);
		next(p);
		if (!tok_is(p, "in"))
			bail_at(p, tok_pos(p), "for: expected 'in' after the loop variable");
		next(p);
		st->from = parse_expr(p);
		if (p->tok != T_DOTDOT)
			bail_at(p, tok_pos(p), "bad range: expected '..' in 'for %s in A..B:'",
				p->names[slot]);
		next(p);
		st->to = parse_expr(p);
		expect_tok(p, ':', "':' after the range of 'for'");
		if (p->tok == T_EOF)
			bail_at(p, tok_pos(p), "'for' without a body: the statement goes after ':' on the same line");
		/* the variable is bound inside the body and after the loop */
		p->bound[slot] = true;
		p->is_proc[slot] = false;
		st->slot = slot;
		st->body = parse_stmt(p, p->tstart, in_proc || st->proc_slot >= 0);
		if (st->body->kind == S_REQUIRE)
			bail_at(p, st->body->pos, "require cannot be the body of 'for'");
		return st;
	} else if (p->tok == T_IDENT) {
		/* NAME = ... ?  Peek past blanks for a single '='. */
		int j = p->i;

		while (j < p->n && (p->s[j] == ' ' || p->s[j] == '\t'))
			j++;
		if (j < p->n && p->s[j] == '=' && (j + 1 >= p->n || p->s[j + 1] != '=')) {
			const char *name = p->s + p->tstart;
			int len = p->tlen;
			struct sc_pos npos = tok_pos(p);
			int64_t dummy;

			if (WORD_IN(keywords, name, len) ||
			    WORD_IN(outcome_words, name, len) ||
			    sc_call_lookup(name, len) ||
			    sc_const_lookup(name, len, &dummy))
				bail_at(p, npos, "cannot bind '%.*s': it is a %s",
					len, name,
					sc_call_lookup(name, len) ? "call" :
					"reserved name");
			next(p);	/* NAME */
			next(p);	/* = */
			st->kind = S_ASSIGN;
			st->expr = parse_expr(p);
			parse_expect(p, &st->expect);
			st->slot = new_slot(p, name, len);
			p->bound[st->slot] = true;
			p->is_proc[st->slot] = is_fork_call(st->expr);
			goto end;
		}
		goto eval;
	} else {
eval:
		st->kind = S_EVAL;
		st->expr = parse_expr(p);
		parse_expect(p, &st->expect);
		if (is_fork_call(st->expr))
			bail_at(p, st->pos, "the process that fork() returns must be bound: c = fork()");
		if (st->expr->kind == E_CALL && st->expr->call->op == SC_EXIT &&
		    !in_proc && st->proc_slot < 0)
			bail_at(p, st->pos, "main cannot exit: write @c exit() for a forked process c");
	}
end:
	if (p->tok == ')')
		bail_at(p, tok_pos(p), "unbalanced parenthesis: unexpected ')'");
	if (p->tok != T_EOF)
		bail_at(p, tok_pos(p), "unexpected %s after the statement",
			tok_desc(p, buf, sizeof(buf)));
	return st;
}

/* ---- lines ---------------------------------------------------------- */

/*
 * Join the physical lines of one logical line into @buf/@pos, checking
 * their bytes.  Returns the index just past the consumed input.
 */
static size_t read_logical(struct parser *p, const char *src, size_t len,
			   size_t at, int *lineno, char *buf,
			   struct sc_pos *pos, int *n)
{
	*n = 0;
	for (;;) {
		size_t start = at, end;
		int col;
		bool in_comment = false, in_quote = false;
		char quote = 0;

		(*lineno)++;
		while (at < len && src[at] != '\n')
			at++;
		end = at;
		if (at < len)
			at++;		/* the newline */
		if (end > start && src[end - 1] == '\r')
			end--;
		if (end - start > SC_MAX_LINE) {
			struct sc_pos e = { *lineno, SC_MAX_LINE + 1 };

			bail_at(p, e, "line longer than %d bytes", SC_MAX_LINE);
		}
		for (col = 1; start + col - 1 < end; col++) {
			unsigned char c = src[start + col - 1];
			struct sc_pos e = { *lineno, col };

			if (!in_comment && !in_quote && c == '#')
				in_comment = true;
			else if (!in_comment && (c == '"' || c == '\'')) {
				if (!in_quote) {
					in_quote = true;
					quote = c;
				} else if (c == quote && src[start + col - 2] != '\\') {
					in_quote = false;
				}
			}
			if (c == '\0')
				bail_at(p, e, "NUL byte in the file");
			if (c >= 0x80 && in_comment)
				continue;	/* UTF-8 in comments is fine */
			if (c != '\t' && (c < 0x20 || c >= 0x7f))
				bail_at(p, e, "unexpected byte 0x%02x (is this a scenario file?)", c);
		}
		/* a trailing backslash continues the line */
		while (end > start && (src[end - 1] == ' ' || src[end - 1] == '\t'))
			end--;
		bool cont = end > start && src[end - 1] == '\\' && at < len;

		if (cont)
			end--;
		for (col = 1; start + col - 1 < end; col++) {
			if (*n >= SC_MAX_LINE) {
				struct sc_pos e = { *lineno, col };

				bail_at(p, e, "continued line longer than %d bytes",
					SC_MAX_LINE);
			}
			buf[*n] = src[start + col - 1];
			pos[*n].line = *lineno;
			pos[*n].col = col;
			(*n)++;
		}
		if (!cont)
			return at;
		if (*n < SC_MAX_LINE) {
			buf[*n] = ' ';
			pos[*n].line = *lineno;
			pos[*n].col = (int)(end - start) + 1;
			(*n)++;
		}
	}
}

static void add_stmt(struct parser *p, struct sc_stmt *st, int *cap)
{
	struct sc_program *prog = p->prog;

	if (prog->nstmts == *cap) {
		int ncap = *cap ? *cap * 2 : 64;
		struct sc_stmt **n = palloc(p, sizeof(*n) * ncap);

		if (prog->nstmts)
			memcpy(n, prog->stmts, sizeof(*n) * prog->nstmts);
		prog->stmts = n;
		*cap = ncap;
	}
	prog->stmts[prog->nstmts++] = st;
}

static void parse_lines(struct parser *p, const char *src, size_t len,
			char *buf, struct sc_pos *pos)
{
	int lineno = 0, cap = 0;
	size_t at = 0;

	while (at < len) {
		int n;

		at = read_logical(p, src, len, at, &lineno, buf, pos, &n);
		buf[n] = '\0';	/* nothing of an earlier, longer line shows through */
		p->s = buf;
		p->pos = pos;
		p->n = n;
		p->i = 0;
		p->depth = 0;
		next(p);
		if (p->tok == T_EOF)
			continue;
		add_stmt(p, parse_stmt(p, p->tstart, false), &cap);
	}
}

struct sc_program *sc_parse(const char *file, const char *src, size_t len,
			    char *err, size_t errlen)
{
	struct parser *p;
	struct sc_program *prog = NULL;
	char *buf;
	struct sc_pos *pos;

	p = calloc(1, sizeof(*p));
	buf = malloc(SC_MAX_LINE + 1);
	pos = malloc(sizeof(*pos) * (SC_MAX_LINE + 1));
	if (!p || !buf || !pos) {
		snprintf(err, errlen, "%s:0:0: error: out of memory", file);
		goto out;
	}
	p->file = file;
	p->err = err;
	p->errlen = errlen;
	if (setjmp(p->bail)) {
		/* the arena holds every node: freeing it frees everything */
		while (p->arena) {
			struct arena_block *b = p->arena;

			p->arena = b->next;
			free(b);
		}
		goto out;
	}
	p->prog = palloc(p, sizeof(*p->prog));
	p->prog->file = file;
	p->names = palloc(p, sizeof(*p->names) * MAX_NAMES);
	p->is_proc = palloc(p, sizeof(*p->is_proc) * MAX_NAMES);
	p->bound = palloc(p, sizeof(*p->bound) * MAX_NAMES);
	parse_lines(p, src, len, buf, pos);
	p->prog->names = p->names;
	p->prog->nnames = p->nnames;
	p->prog->arena = p->arena;
	prog = p->prog;
out:
	free(buf);
	free(pos);
	free(p);
	return prog;
}

void sc_program_free(struct sc_program *prog)
{
	struct arena_block *b;

	if (!prog)
		return;
	b = prog->arena;	/* prog itself lives in the arena */
	while (b) {
		struct arena_block *n = b->next;

		free(b);
		b = n;
	}
}
