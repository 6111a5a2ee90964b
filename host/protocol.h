/* SPDX-License-Identifier: MIT */
/*
 * The wire between the CLI and the host sandbox processes.
 *
 * Each sandbox process owns one AF_UNIX SOCK_SEQPACKET socket to the CLI.
 * A request is one `struct sb_request` packet; the answer is one
 * `struct sb_reply` packet, followed for maps() by text packets and an
 * empty packet that ends them.  A fork request carries the child's socket
 * as SCM_RIGHTS.
 */
#ifndef MMSIM_HOST_PROTOCOL_H
#define MMSIM_HOST_PROTOCOL_H

#include <stdint.h>

#include "../scenario/backend.h"

#define SB_SOCK_FD	3		/* where the sandbox finds its socket */
#define SB_TEXT_CHUNK	65536

struct sb_request {
	struct sc_call call;
};

struct sb_reply {
	int32_t status;			/* 0, or -1: see msg */
	struct sc_outcome out;
	int64_t pid;			/* fork: the child's pid */
	char msg[200];
};

#endif
