/* SPDX-License-Identifier: MIT */
/*
 * The Linux uapi constants that scenarios may name (scenario/consts.c):
 * the values of Linux 6.18 on x86_64, fixed in mmsim's own table.
 */
#ifndef MMSIM_SCENARIO_CONSTS_H
#define MMSIM_SCENARIO_CONSTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Look up a uapi constant by name (not NUL-terminated: name, len). */
bool sc_const_lookup(const char *name, size_t len, int64_t *val);
/* "ENOMEM" for 12, NULL if unknown. */
const char *sc_errno_name(int64_t e);
/* "SIGSEGV" for 11, NULL if unknown. */
const char *sc_signal_name(int64_t s);
/*
 * For "did you mean" hints: the closest known constant name to (name, len)
 * by edit distance, or NULL if none within distance 2.
 */
const char *sc_const_suggest(const char *name, size_t len);

#endif
