// SPDX-License-Identifier: MIT
/*
 * The model backend until libmmsim exists (issue 3): it refuses cleanly,
 * so that `--backend model` and `mmsim diff` say what is missing.
 */
#include <stdio.h>

#include "backend.h"

struct sc_backend *sc_model_backend_create(const struct sc_profile *p,
					   char *err, size_t errlen)
{
	(void)p;
	snprintf(err, errlen,
		 "the model backend is not built yet; use --backend host");
	return NULL;
}
