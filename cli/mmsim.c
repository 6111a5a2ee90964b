// SPDX-License-Identifier: MIT
/*
 * mmsim: run scenario files on the model or the host, and compare them.
 */
#include <stdio.h>
#include <string.h>

#include "../host/bench.h"
#include "../scenario/engine.h"
#include "fuzz_cli.h"

#define MMSIM_VERSION	"0.1"

static void usage(FILE *f)
{
	fprintf(f,
		"usage: mmsim run [--backend model|host] [--profile builtin|host|FILE] [--trace] FILE...\n"
		"       mmsim diff [--profile builtin|host|FILE] FILE...\n"
		"       mmsim profile [--profile builtin|host|FILE] [--json]\n"
		"       mmsim bench [--profile builtin|host|FILE] [--quick] [--json] [--rounds N] [--only TEXT] [--model-only]\n"
		"       mmsim fuzz [--profile builtin|host|FILE] [--seed N] [--time SECS] [--ops N] [--jobs N]\n"
		"                  [--model-only] [--shrink-per-kind N] [--out DIR]\n"
		"       mmsim --version | --help\n"
		"\n"
		"run   runs each scenario and prints TAP version 14\n"
		"diff  runs each scenario on the model and on the host and compares every outcome\n"
		"profile prints the machine profile (default: this host's), as mmsim reads it\n"
		"bench measures the model's cost per operation next to the kernel's, same work\n"
		"fuzz  runs random programs on the model and the host and shrinks each difference\n"
		"\n"
		"exit status: 0 passed, 1 an expectation failed (or a difference),\n"
		"             2 malformed file or broken backend, 77 skipped by require\n");
}

/* A bad --profile stops the command before any file runs. */
static int check_profile(const struct sc_opts *o)
{
	struct mmsim_profile pf;
	char err[512];

	if (!strcmp(o->backend, "host") && strcmp(o->profile, "host")) {
		fprintf(stderr, "mmsim: error: the host backend runs on the host's own profile; --profile is for the model\n");
		return -1;
	}
	if (sc_profile_load(o->profile, &pf, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return -1;
	}
	return 0;
}

/* mmsim profile [--profile SPEC] [--json]: the profile, as the model reads it. */
static int profile_main(int argc, char **argv)
{
	const char *spec = "host";
	struct mmsim_profile pf;
	bool json = false;
	char err[512];
	int i;

	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "--json")) {
			json = true;
		} else if (!strcmp(argv[i], "--profile") && i + 1 < argc) {
			spec = argv[++i];
		} else if (!strncmp(argv[i], "--profile=", 10)) {
			spec = argv[i] + 10;
		} else {
			fprintf(stderr, "mmsim: error: unknown option '%s'\n", argv[i]);
			return 2;
		}
	}
	if (sc_profile_load(spec, &pf, err, sizeof(err))) {
		fprintf(stderr, "%s\n", err);
		return 2;
	}
	if (!json)
		printf("# mmsim profile: %s\n", spec);
	mmsim_profile_print(&pf, stdout, json);
	return 0;
}

static int parse_opts(int argc, char **argv, struct sc_opts *o, int *first)
{
	int i;

	for (i = 2; i < argc; i++) {
		const char *a = argv[i];

		if (!strcmp(a, "--")) {
			i++;
			break;
		}
		if (a[0] != '-' || !a[1])
			break;
		if (!strcmp(a, "--trace")) {
			o->trace = true;
		} else if (!strcmp(a, "--backend") && i + 1 < argc) {
			o->backend = argv[++i];
			if (strcmp(o->backend, "model") && strcmp(o->backend, "host")) {
				fprintf(stderr, "mmsim: error: unknown backend '%s' (model or host)\n",
					o->backend);
				return -1;
			}
		} else if (!strncmp(a, "--backend=", 10)) {
			o->backend = a + 10;
			if (strcmp(o->backend, "model") && strcmp(o->backend, "host")) {
				fprintf(stderr, "mmsim: error: unknown backend '%s' (model or host)\n",
					o->backend);
				return -1;
			}
		} else if (!strcmp(a, "--profile") && i + 1 < argc) {
			o->profile = argv[++i];
		} else if (!strncmp(a, "--profile=", 10)) {
			o->profile = a + 10;
		} else {
			fprintf(stderr, "mmsim: error: unknown option '%s'\n", a);
			return -1;
		}
	}
	if (i >= argc) {
		fprintf(stderr, "mmsim: error: no scenario file given\n");
		return -1;
	}
	if (o->profile && check_profile(o) < 0)
		return -1;
	*first = i;
	return 0;
}

int main(int argc, char **argv)
{
	struct sc_opts o = { .backend = "model" };
	int first;

	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") ||
	    !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(argv[1], "--version")) {
		printf("mmsim %s (models Linux 6.18)\n", MMSIM_VERSION);
		return 0;
	}
	if (!strcmp(argv[1], "run") || !strcmp(argv[1], "diff")) {
		if (parse_opts(argc, argv, &o, &first))
			return 2;
		if (!strcmp(argv[1], "run"))
			return sc_run_files(argv + first, argc - first, &o);
		return sc_diff_files(argv + first, argc - first, &o);
	}
	if (!strcmp(argv[1], "profile"))
		return profile_main(argc, argv);
	if (!strcmp(argv[1], "bench"))
		return bench_main(argc - 1, argv + 1);
	if (!strcmp(argv[1], "fuzz"))
		return fuzz_main(argc - 1, argv + 1);
	fprintf(stderr, "mmsim: error: unknown command '%s'\n", argv[1]);
	usage(stderr);
	return 2;
}
