// SPDX-License-Identifier: MIT
/*
 * Replays fuzz inputs (files named on the command line) through
 * LLVMFuzzerTestOneInput without libFuzzer, so that `make test` checks the
 * corpus with gcc's sanitizers.  A file that cannot be read fails the
 * run, as does an empty list.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
	int i, n = 0;

	for (i = 1; i < argc; i++) {
		FILE *f = fopen(argv[i], "rb");
		uint8_t *buf;
		long len;

		/* a file that is not there is a list gone wrong (a glob that
		 * matched nothing): fail, rather than replay less than asked */
		if (!f) {
			perror(argv[i]);
			return 1;
		}
		if (fseek(f, 0, SEEK_END) || (len = ftell(f)) < 0 ||
		    fseek(f, 0, SEEK_SET)) {
			fprintf(stderr, "%s: cannot find its size\n", argv[i]);
			fclose(f);
			return 1;
		}
		buf = malloc(len ? len : 1);
		if (!buf || fread(buf, 1, len, f) != (size_t)len) {
			fprintf(stderr, "%s: read error\n", argv[i]);
			free(buf);
			fclose(f);
			return 1;
		}
		fclose(f);
		LLVMFuzzerTestOneInput(buf, len);
		free(buf);
		n++;
	}
	printf("replayed %d inputs\n", n);
	return n ? 0 : 1;
}
