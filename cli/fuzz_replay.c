// SPDX-License-Identifier: MIT
/*
 * mmsim fuzz --replay FILE...: run scenario files the way mmsim fuzz runs
 * its programs, on the model and the host in lockstep with validate_mm()
 * after every statement, comparing what `mmsim diff` compares and also
 * the maps() lines around the carve-out.  It is how the cases of
 * tests/scenarios/regress/ are checked against the kernel: some of them
 * were found in maps(), which run and diff only print.
 *
 * Each line of a file is one statement, as mmsim fuzz writes them;
 * comments and `require` lines are kept as the program's header, and a
 * file whose `require` either backend does not meet is skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../scenario/engine.h"
#include "../scenario/fuzz.h"
#include "fuzz_cli.h"

enum { REPLAY_PASS = 0, REPLAY_FAIL = 1, REPLAY_ERROR = 2 };

/*
 * Split @text into @p's statements and @header's comment and require
 * lines.  Returns 0, or -1 for a line too long or no memory.
 */
static int load_prog(char *text, struct fz_prog *p, char *header, size_t hlen)
{
	char *line, *save = NULL;
	size_t used = 0;

	memset(p, 0, sizeof(*p));
	header[0] = '\0';
	for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		const char *s = line + strspn(line, " \t");
		struct fz_stmt *st;

		if (!*s)
			continue;
		if (*s == '#' || !strncmp(s, "require ", 8)) {
			int n = snprintf(header + used, hlen - used, "%s\n", line);

			if (n < 0 || (size_t)n >= hlen - used)
				return -1;
			used += (size_t)n;
			continue;
		}
		if (strlen(line) >= FZ_STMT_LEN)
			return -1;
		st = fz_prog_add(p);
		if (!st)
			return -1;
		snprintf(st->text, sizeof(st->text), "%s", line);
	}
	return 0;
}

static int replay_one(const char *path, int n)
{
	struct fz_run_opts ro = { .validate = true, .skip_unmet = true };
	struct fz_result res;
	struct fz_prog p;
	char header[4096], err[512];
	size_t len;
	char *text = sc_read_file(path, &len, err, sizeof(err));
	int status;

	if (!text) {
		printf("not ok %d - %s\n", n, err);
		return REPLAY_ERROR;
	}
	if (load_prog(text, &p, header, sizeof(header))) {
		free(text);
		fz_prog_free(&p);
		printf("not ok %d - %s: a line too long, or out of memory\n", n, path);
		return REPLAY_ERROR;
	}
	free(text);
	ro.header = header;
	if (fz_run(&p, NULL, &ro, &res)) {
		printf("not ok %d - %s: %s\n", n, path, res.msg);
		status = REPLAY_ERROR;
	} else {
		switch (res.verdict) {
		case FZ_SAME:
			printf("ok %d - %s\n", n, path);
			status = REPLAY_PASS;
			break;
		case FZ_SKIPPED:
			printf("ok %d - %s # SKIP %s\n", n, path, res.msg);
			status = REPLAY_PASS;
			break;
		case FZ_DIFF:
			printf("not ok %d - %s:%d: the model gives %s, the host gives %s\n",
			       n, path, res.line, res.model, res.host);
			status = REPLAY_FAIL;
			break;
		default:
			printf("not ok %d - %s:%d: %s\n", n, path, res.line, res.msg);
			status = REPLAY_ERROR;
			break;
		}
	}
	fz_prog_free(&p);
	return status;
}

int fuzz_replay(int nfiles, char **files)
{
	int i, s, status = REPLAY_PASS;

	printf("TAP version 14\n");
	for (i = 0; i < nfiles; i++) {
		s = replay_one(files[i], i + 1);
		if (s > status)
			status = s;
	}
	printf("1..%d\n", nfiles);
	return status;
}
