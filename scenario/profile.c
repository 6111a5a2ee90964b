// SPDX-License-Identifier: MIT
/*
 * The machine profile a scenario runs on (scenario.md, "The machine
 * profile"): built in, probed from the running kernel, or read from a
 * file.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "backend.h"
#include "engine.h"

/* The host's profile, probed once: every backend of a run faces the same. */
static const struct mmsim_profile *host_profile(void)
{
	static struct mmsim_profile pf;
	static bool probed;

	if (!probed) {
		mmsim_profile_builtin(&pf);
		mmsim_profile_probe(&pf, SC_SCRATCH_PARENT);
		probed = true;
	}
	return &pf;
}

int sc_profile_load(const char *spec, struct mmsim_profile *p, char *err,
		    size_t errlen)
{
	size_t len;
	char *text;
	int r;

	mmsim_profile_builtin(p);
	if (!spec || !strcmp(spec, "builtin"))
		return 0;
	if (!strcmp(spec, "host")) {
		*p = *host_profile();
		return 0;
	}
	text = sc_read_file(spec, &len, err, errlen);
	if (!text)
		return -1;
	if (strlen(text) != len) {
		snprintf(err, errlen, "%s:0:0: error: a profile is text, this file holds a NUL byte",
			 spec);
		free(text);
		return -1;
	}
	r = mmsim_profile_parse(p, spec, text, err, errlen);
	free(text);
	return r ? -1 : 0;
}
