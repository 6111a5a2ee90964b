// SPDX-License-Identifier: MIT
/*
 * libFuzzer target for the model: the input's bytes make the choices of
 * mmsim fuzz's generator (scenario/fuzz_gen.c), and the program runs on
 * the model alone with mmsim_validate() after every operation.  A model
 * that warns or fails validation aborts, and so does a program the
 * parser refuses or the engine cannot run: the generator must only
 * write valid scenarios.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fz_run_opts o = { .model_only = true, .validate = true,
				 .profile = "builtin" };
	struct fz_gen_opts g = { .max_stmts = 400, .bad_percent = -1 };
	struct fz_result res;
	struct fz_rng rng;
	struct fz_prog p;

	fz_rng_bytes(&rng, data, size);
	if (fz_generate(&p, &rng, &g))
		return 0;
	if (fz_run(&p, NULL, &o, &res)) {
		fprintf(stderr, "fuzz_ops: %s\n", res.msg);
		abort();
	}
	if (res.verdict != FZ_SAME) {
		char *text = fz_prog_format(&p, NULL, NULL, NULL, NULL, NULL);

		fprintf(stderr, "fuzz_ops: %s at line %d: %s\n%s",
			res.verdict == FZ_MODEL_BROKE ? "the model broke" :
			"an invalid program", res.line, res.msg, text ? text : "");
		free(text);
		abort();
	}
	fz_prog_free(&p);
	return 0;
}
