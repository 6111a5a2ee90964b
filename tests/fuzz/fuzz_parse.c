// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for the scenario parser: any input must parse or give
 * exactly one `FILE:LINE:COL: error:` message; never crash, leak or hang.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char err[512];
	struct sc_program *prog;

	err[0] = '\0';
	prog = sc_parse("fuzz.mms", (const char *)data, size, err, sizeof(err));
	if (prog) {
		sc_program_free(prog);
		return 0;
	}
	/* a refusal must be one well-formed error line */
	if (strncmp(err, "fuzz.mms:", 9) || !strstr(err, ": error: ") ||
	    strchr(err, '\n'))
		abort();
	return 0;
}
