/* SPDX-License-Identifier: MIT */
/* The uapi constants scenarios may name (scenario/consts.c). */
#ifndef MMSIM_SCENARIO_CONSTS_H
#define MMSIM_SCENARIO_CONSTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Look up a constant by name (name, len: not NUL-terminated). */
bool sc_const_lookup(const char *name, size_t len, int64_t *val);
/* "ENOMEM" for 12, NULL if unknown. */
const char *sc_errno_name(int64_t e);
/* "SIGSEGV" for 11, NULL if unknown. */
const char *sc_signal_name(int64_t s);
/* The known constant closest to (name, len), for "did you mean", or NULL. */
const char *sc_const_suggest(const char *name, size_t len);
/* The table, in order (for its unit test). */
size_t sc_const_count(void);
const char *sc_const_name(size_t i);

#endif
