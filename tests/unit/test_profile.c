// SPDX-License-Identifier: MIT
/*
 * The machine profile as text (lib/profile.c): printing and parsing are
 * each other's inverse for every key, a file applies over what it is
 * given all or nothing, errors name the line and column, and the derived
 * answers (features, the THP mode of an order) follow the settings.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include <mmsim/profile.h>

#include "check.h"

/* @p printed as text, into a malloc'd string. */
static char *print(const struct mmsim_profile *p, bool json)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);

	mmsim_profile_print(p, f, json);
	fclose(f);
	return buf;
}

static void test_round_trip(void)
{
	struct mmsim_profile a, b;
	char err[256] = "", *text, *again;
	int order;

	/* a profile unlike the built-in one in every kind of field */
	mmsim_profile_builtin(&a);
	a.kver_patch = 3;
	a.zero_page = false;
	a.thp_enabled = MMSIM_THP_ALWAYS;
	a.thp_defrag = MMSIM_DEFRAG_DEFER_MADVISE;
	a.thp_shmem_enabled = MMSIM_SHMEM_WITHIN_SIZE;
	for (order = 1; order <= MMSIM_THP_PMD_ORDER; order++) {
		a.thp_order[order] = (enum mmsim_thp_mode)(order % 5);
		a.thp_shmem_order[order] = (enum mmsim_shmem_thp)(order % 8);
	}
	a.fault_around_bytes = 4096;
	strcpy(a.scratch_fs, "tmpfs");
	a.overcommit_memory = 2;
	a.memfd_noexec = 1;
	a.swap = true;
	a.numa_nodes = 4;
	a.root = false;
	text = print(&a, false);
	mmsim_profile_builtin(&b);
	CHECK(!mmsim_profile_parse(&b, "a.profile", text, err, sizeof(err)),
	      "printed profile parses back (%s)", err);
	again = print(&b, false);
	CHECK(!strcmp(text, again), "and prints the same");
	CHECK(!b.zero_page && b.thp_defrag == MMSIM_DEFRAG_DEFER_MADVISE &&
	      b.thp_order[2] == MMSIM_THP_ALWAYS &&
	      b.thp_order[3] == MMSIM_THP_INHERIT && b.numa_nodes == 4 &&
	      !strcmp(b.scratch_fs, "tmpfs") && b.kver_patch == 3,
	      "fields survive the trip");
	free(text);
	free(again);
	text = print(&a, true);
	CHECK(text[0] == '{' && strstr(text, "\"zero_page\": false") &&
	      strstr(text, "\"thp.defrag\": \"defer+madvise\"") &&
	      strstr(text, "\"vm.overcommit_memory\": 2"), "JSON has typed values");
	free(text);
}

static void test_partial_and_errors(void)
{
	struct mmsim_profile p, before;
	char err[256] = "";
	int r;

	mmsim_profile_builtin(&p);
	r = mmsim_profile_parse(&p, "nzp.profile",
				"# a comment\n\n  zero_page = no   \nread_ahead_kb=128\n",
				err, sizeof(err));
	CHECK(!r && !p.zero_page && p.read_ahead_kb == 128 &&
	      p.fault_around_bytes == 65536, "a partial file changes only its keys");
	before = p;
	r = mmsim_profile_parse(&p, "bad.profile", "swap = yes\nfrobnicate = 1\n",
				err, sizeof(err));
	CHECK(r == -EINVAL && !strcmp(err, "bad.profile:2:1: error: unknown profile key 'frobnicate' (mmsim profile lists them)"),
	      "unknown key: %s", err);
	CHECK(!memcmp(&p, &before, sizeof(p)), "a bad file changes nothing");
	r = mmsim_profile_parse(&p, "bad.profile", "thp.enabled = inherit\n",
				err, sizeof(err));
	CHECK(r == -EINVAL && strstr(err, "bad.profile:1:15: error: thp.enabled: 'inherit' is not always, madvise or never"),
	      "inherit is for a size only: %s", err);
	r = mmsim_profile_parse(&p, "bad.profile", "zero_page maybe\n", err, sizeof(err));
	CHECK(r == -EINVAL && strstr(err, ":1:11: error: expected 'key = value'"),
	      "no '=': %s", err);
	r = mmsim_profile_parse(&p, "bad.profile", "kernel = 6\n", err, sizeof(err));
	CHECK(r == -EINVAL, "a version needs two parts");
	r = mmsim_profile_parse(&p, "bad.profile", "page_size = 16384\n", err, sizeof(err));
	CHECK(r == -EINVAL && strstr(err, "only 4096"), "only 4 KiB pages: %s", err);
	r = mmsim_profile_parse(&p, "bad.profile", "max_map_count = -1\n", err, sizeof(err));
	CHECK(r == -EINVAL, "a sysctl keeps its vm. prefix");
	r = mmsim_profile_parse(&p, "bad.profile", "vm.max_map_count = -1\n", err, sizeof(err));
	CHECK(r == -EINVAL, "no negative numbers");
	CHECK(mmsim_profile_set(&p, "nonsense", "1") == -ENOENT, "set: unknown key");
	CHECK(mmsim_profile_set(&p, "swap", "perhaps") == -EINVAL, "set: bad value");
}

static void test_derived(void)
{
	struct mmsim_profile p;
	char v[64];
	bool have, numeric;

	mmsim_profile_builtin(&p);
	CHECK(mmsim_profile_feature(&p, "zero_page", &have) && have, "builtin: zero page");
	CHECK(mmsim_profile_feature(&p, "huge_zero_page", &have) && have,
	      "builtin: the huge zero page (use_zero_page, PMD size inherits madvise)");
	CHECK(!mmsim_profile_feature(&p, "files", &have), "files is the backend's");
	p.zero_page = false;
	CHECK(mmsim_profile_feature(&p, "huge_zero_page", &have) && !have,
	      "no zero page, no huge zero page");
	CHECK(mmsim_profile_thp_order(&p, MMSIM_THP_PMD_ORDER) == MMSIM_THP_MADVISE,
	      "the PMD size inherits madvise");
	CHECK(mmsim_profile_thp_order(&p, 4) == MMSIM_THP_NEVER, "64 kB is never");
	CHECK(mmsim_profile_thp_order(&p, 1) == MMSIM_THP_NEVER,
	      "8 kB (absent for anonymous memory) is never");
	CHECK(mmsim_profile_feature(&p, "thp", &have) && have, "thp with madvise");
	p.thp_enabled = MMSIM_THP_NEVER;
	CHECK(mmsim_profile_feature(&p, "thp", &have) && !have,
	      "thp off when the only enabled size inherits never");
	p.thp_order[4] = MMSIM_THP_ALWAYS;
	CHECK(mmsim_profile_feature(&p, "thp", &have) && have, "an mTHP size is thp");
	CHECK(mmsim_profile_feature(&p, "userfaultfd", &have) && have, "root: userfaultfd");
	p.root = false;
	CHECK(mmsim_profile_feature(&p, "userfaultfd", &have) && !have,
	      "unprivileged, sysctl 0: no userfaultfd");
	p.unprivileged_userfaultfd = 1;
	CHECK(mmsim_profile_feature(&p, "userfaultfd", &have) && have,
	      "unprivileged, sysctl 1: userfaultfd");
	CHECK(!mmsim_profile_get(&p, "fault_around_bytes", v, sizeof(v), &numeric) &&
	      !strcmp(v, "65536") && numeric, "get a number");
	CHECK(!mmsim_profile_get(&p, "thp.hugepages-64kB.enabled", v, sizeof(v), &numeric) &&
	      !strcmp(v, "always") && !numeric, "get a word");
	CHECK(mmsim_profile_get(&p, "thp", v, sizeof(v), NULL) == -ENOENT, "get: no key");
}

int main(void)
{
	test_round_trip();
	test_partial_and_errors();
	test_derived();
	return check_summary();
}
