// SPDX-License-Identifier: MIT
/*
 * `mmsim run` and `mmsim diff`: read files, run them, print TAP.
 *
 * Exit status (scenario.md "Running"): 0 all passed (or no difference),
 * 1 an expectation failed (or a difference), 2 a malformed file or a broken
 * backend, 77 skipped by `require`.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "engine.h"

#define EXIT_PASS	0
#define EXIT_FAIL	1
#define EXIT_ERROR	2
#define EXIT_SKIP	77

static struct sc_program *load(const char *path, char *err, size_t errlen)
{
	struct sc_program *prog;
	size_t len;
	char *src = sc_read_file(path, &len, err, errlen);

	if (!src)
		return NULL;
	prog = sc_parse(path, src, len, err, errlen);
	free(src);
	return prog;
}

/*
 * A backend and the profile it runs on: the host is its own profile; the
 * model takes @profile (builtin, host or a file).
 */
static struct sc_backend *make_backend(const char *name, const char *profile,
				       char *err, size_t errlen)
{
	struct mmsim_profile pf;

	if (!strcmp(name, "host"))
		profile = "host";
	if (sc_profile_load(profile, &pf, err, errlen))
		return NULL;
	if (!strcmp(name, "host"))
		return sc_host_backend_create(&pf, err, errlen);
	return sc_model_backend_create(&pf, err, errlen);
}

static void print_step(struct sc_env *env, FILE *out, const char *ind,
		       int n, const struct sc_step *step)
{
	char got[160];

	fprintf(out, "%s%s %d - line %d%s: %s\n", ind,
		step->passed ? "ok" : "not ok", n, step->line, step->loopvars,
		step->st->text);
	if (step->passed)
		return;
	sc_format_outcome(env, step, &step->got, got, sizeof(got));
	fprintf(out, "%s  ---\n%s  got: '%s'\n%s  expected: '%s'\n%s  ...\n",
		ind, ind, got, ind, step->expected, ind);
}

/* Run one file; TAP lines are indented by @ind.  Returns the exit status. */
static int run_one(const char *path, const struct sc_opts *o, const char *ind,
		   char *skipwhy, size_t skiplen)
{
	char err[512] = "";
	struct sc_program *prog;
	struct sc_backend *be;
	struct sc_env env;
	struct sc_step step;
	const char *unmet;
	int n = 0, status = EXIT_PASS, r;

	prog = load(path, err, sizeof(err));
	if (!prog) {
		fprintf(stderr, "%s\n", err);
		return EXIT_ERROR;
	}
	be = make_backend(o->backend, o->profile ? o->profile : "builtin",
			  err, sizeof(err));
	if (!be) {
		fprintf(stderr, "%s: error: %s\n", path, err);
		sc_program_free(prog);
		return EXIT_ERROR;
	}
	if (sc_env_init(&env, prog, be)) {
		fprintf(stderr, "%s\n", env.err);
		status = EXIT_ERROR;
		goto out;
	}
	unmet = sc_env_unmet_requirement(&env);
	if (unmet) {
		snprintf(skipwhy, skiplen, "%s", unmet);
		printf("%s1..0 # SKIP %s\n", ind, unmet);
		status = EXIT_SKIP;
		goto out_env;
	}
	while ((r = sc_env_step(&env, &step)) == 1) {
		print_step(&env, stdout, ind, ++n, &step);
		if (!step.passed)
			status = EXIT_FAIL;
		if (step.text.len) {
			printf("%s# maps of process %d:\n", ind, step.proc);
			char p2[64];

			snprintf(p2, sizeof(p2), "%s#   ", ind);
			sc_print_maps(&env, stdout, p2, step.text.buf,
				      step.text.len);
		}
		if (o->trace) {
			char p2[64];

			snprintf(p2, sizeof(p2), "%s# ", ind);
			if (sc_print_state(&env, stdout, p2, &step))
				r = -1;
		}
		sc_text_free(&step.text);
		if (r < 0)
			break;
	}
	if (r < 0) {
		sc_text_free(&step.text);
		fflush(stdout);
		fprintf(stderr, "%s\n", env.err);
		printf("%sBail out! %s\n", ind, env.err);
		status = EXIT_ERROR;
		goto out_env;
	}
	printf("%s1..%d\n", ind, n);
out_env:
	sc_env_fini(&env);
out:
	be->ops->destroy(be);
	sc_program_free(prog);
	return status;
}

static int worst(int a, int b)
{
	/* error > fail > pass > skip: a file that ran beats one that skipped */
	static const int rank[] = { [EXIT_PASS] = 1, [EXIT_FAIL] = 2,
				    [EXIT_ERROR] = 3 };
	int ra = a == EXIT_SKIP ? 0 : rank[a];
	int rb = b == EXIT_SKIP ? 0 : rank[b];

	return ra >= rb ? a : b;
}

int sc_run_files(char **files, int nfiles, const struct sc_opts *o)
{
	char why[256];
	int i, status = EXIT_SKIP;

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("TAP version 14\n");
	if (nfiles == 1)
		return run_one(files[0], o, "", why, sizeof(why));
	for (i = 0; i < nfiles; i++) {
		int s;

		printf("# Subtest: %s\n", files[i]);
		why[0] = '\0';
		s = run_one(files[i], o, "    ", why, sizeof(why));
		if (s == EXIT_SKIP)
			printf("ok %d - %s # SKIP %s\n", i + 1, files[i], why);
		else
			printf("%s %d - %s\n", s == EXIT_PASS ? "ok" : "not ok",
			       i + 1, files[i]);
		status = i ? worst(status, s) : s;
	}
	printf("1..%d\n", nfiles);
	return status;
}

/* ---- diff ----------------------------------------------------------- */

struct side {
	const char *name;
	struct sc_backend *be;
	struct sc_env env;
	struct sc_step step;
	int r;
};

static void step_form(struct side *s, char *buf, size_t len)
{
	if (s->step.compare_success_only && s->step.got.kind == SC_NUM &&
	    !s->step.failed_call)
		snprintf(buf, len, "an address");
	else if (!s->step.has_outcome)
		snprintf(buf, len, "(binding)");
	else
		sc_format_outcome(&s->env, &s->step, &s->step.got, buf, len);
}

static int diff_one(const char *path, const struct sc_opts *o)
{
	char err[512] = "", fa[160], fb[160];
	struct side side[2] = { { .name = "model" }, { .name = "host" } };
	struct sc_program *prog;
	const char *unmet;
	int status = EXIT_PASS, n = 0, i;

	prog = load(path, err, sizeof(err));
	if (!prog) {
		fprintf(stderr, "%s\n", err);
		return EXIT_ERROR;
	}
	for (i = 0; i < 2; i++) {
		side[i].be = make_backend(side[i].name,
					  o->profile ? o->profile : "host",
					  err, sizeof(err));
		if (!side[i].be) {
			fprintf(stderr, "%s: error: %s\n", path, err);
			status = EXIT_ERROR;
			goto out;
		}
		if (sc_env_init(&side[i].env, prog, side[i].be)) {
			fprintf(stderr, "%s\n", side[i].env.err);
			side[i].be->ops->destroy(side[i].be);
			side[i].be = NULL;
			status = EXIT_ERROR;
			goto out;
		}
	}
	for (i = 0; i < 2; i++) {
		unmet = sc_env_unmet_requirement(&side[i].env);
		if (unmet) {
			printf("1..0 # SKIP %s (on the %s backend)\n", unmet,
			       side[i].name);
			status = EXIT_SKIP;
			goto out;
		}
	}
	for (;;) {
		for (i = 0; i < 2; i++)
			side[i].r = sc_env_step(&side[i].env, &side[i].step);
		if (side[0].r < 0 || side[1].r < 0) {
			for (i = 0; i < 2; i++)
				if (side[i].r < 0)
					fprintf(stderr, "%s\n", side[i].env.err);
			status = EXIT_ERROR;
			break;
		}
		if (side[0].r == 0 || side[1].r == 0) {
			if (side[0].r != side[1].r) {
				printf("not ok %d - the %s backend ran more statements\n",
				       n + 1, side[side[0].r ? 0 : 1].name);
				status = EXIT_FAIL;
			} else {
				printf("1..%d\n", n);
			}
			break;
		}
		n++;
		step_form(&side[0], fa, sizeof(fa));
		step_form(&side[1], fb, sizeof(fb));
		if (!strcmp(fa, fb)) {
			printf("ok %d - line %d%s: %s\n", n, side[1].step.line,
			       side[1].step.loopvars, side[1].step.st->text);
		} else {
			printf("not ok %d - line %d%s: %s\n", n, side[1].step.line,
			       side[1].step.loopvars, side[1].step.st->text);
			printf("  ---\n  model: '%s'\n  host: '%s'\n  ...\n", fa, fb);
			for (i = 0; i < 2; i++) {
				printf("# %s state after line %d:\n",
				       side[i].name, side[i].step.line);
				sc_print_state(&side[i].env, stdout, "#   ",
					       &side[i].step);
			}
			printf("%s:%d: difference: model gives %s, host gives %s\n",
			       path, side[1].step.line, fa, fb);
			status = EXIT_FAIL;
		}
		for (i = 0; i < 2; i++)
			sc_text_free(&side[i].step.text);
		if (status != EXIT_PASS)
			break;
	}
	for (i = 0; i < 2; i++)
		sc_text_free(&side[i].step.text);
out:
	for (i = 0; i < 2; i++) {
		if (!side[i].be)
			continue;
		sc_env_fini(&side[i].env);
		side[i].be->ops->destroy(side[i].be);
	}
	sc_program_free(prog);
	return status;
}

int sc_diff_files(char **files, int nfiles, const struct sc_opts *o)
{
	int i, status = EXIT_SKIP;

	setvbuf(stdout, NULL, _IOLBF, 0);
	printf("TAP version 14\n");
	for (i = 0; i < nfiles; i++) {
		int s;

		if (nfiles > 1)
			printf("# %s\n", files[i]);
		s = diff_one(files[i], o);
		status = i ? worst(status, s) : s;
	}
	return status;
}
