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

/* A profile file over the built-in profile. */
static int load_file(const char *path, struct mmsim_profile *p, char *err,
		     size_t errlen)
{
	size_t len;
	char *text = sc_read_file(path, &len, err, errlen);
	int r;

	if (!text)
		return -1;
	if (strlen(text) != len) {
		snprintf(err, errlen, "%s:0:0: error: a profile is text, this file holds a NUL byte",
			 path);
		free(text);
		return -1;
	}
	r = mmsim_profile_parse(p, path, text, err, errlen);
	free(text);
	return r ? -1 : 0;
}

/*
 * The host's profile, probed once: every backend of a run faces the same.
 * A runner that starts mmsim many times may probe once itself and name
 * the result in $MMSIM_HOST_PROFILE (`mmsim profile > FILE`), which is
 * then read instead of probing again.
 */
static int host_profile(struct mmsim_profile *p, char *err, size_t errlen)
{
	static struct mmsim_profile pf;
	static bool probed;
	const char *cached = getenv("MMSIM_HOST_PROFILE");

	if (!probed) {
		mmsim_profile_builtin(&pf);
		if (cached && *cached) {
			if (load_file(cached, &pf, err, errlen))
				return -1;
		} else {
			mmsim_profile_probe(&pf, SC_SCRATCH_PARENT);
		}
		probed = true;
	}
	*p = pf;
	return 0;
}

int sc_profile_load(const char *spec, struct mmsim_profile *p, char *err,
		    size_t errlen)
{
	mmsim_profile_builtin(p);
	if (!spec || !strcmp(spec, "builtin"))
		return 0;
	if (!strcmp(spec, "host"))
		return host_profile(p, err, errlen);
	return load_file(spec, p, err, errlen);
}
