/* SPDX-License-Identifier: MIT */
/* mmsim fuzz (cli/fuzz.c): argv[0] is "fuzz"; returns the exit status. */
#ifndef MMSIM_CLI_FUZZ_H
#define MMSIM_CLI_FUZZ_H

int fuzz_main(int argc, char **argv);
/* mmsim fuzz --replay FILE... (cli/fuzz_replay.c) */
int fuzz_replay(int nfiles, char **files);

#endif
