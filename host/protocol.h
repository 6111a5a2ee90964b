/* SPDX-License-Identifier: MIT */
/*
 * The wire between the CLI and the host sandbox processes.
 *
 * Each sandbox process owns one AF_UNIX SOCK_SEQPACKET socket to the CLI,
 * so a packet is a message: no framing, no partial reads.  The CLI sends
 * one `struct sb_request` and the process answers with zero or more text
 * packets (maps()) and then exactly one reply packet.  Every packet from a
 * sandbox starts with its type, so the CLI never has to guess.
 *
 * A fork request carries the child's socket as SCM_RIGHTS; the child
 * answers nothing (its parent replies with the child's pid), and the CLI
 * learns of the child only through that reply.  An exit request has no
 * answer either: the CLI watches the process's pidfd instead.
 *
 * Both halves are built from this one header; the hello packet carries
 * SB_VERSION and the struct sizes so that a stale mmsim-sandbox is caught
 * at start-up rather than misread.
 */
#ifndef MMSIM_HOST_PROTOCOL_H
#define MMSIM_HOST_PROTOCOL_H

#include <stdint.h>

#include "../scenario/backend.h"

#define SB_VERSION	4

/*
 * The CLI hands the sandbox its socket on fd 3; the sandbox moves it up to
 * SB_SOCK_FD (or as high as RLIMIT_NOFILE allows) so that the scenario's
 * own descriptors start at 3 as in any fresh process.
 */
#define SB_EXEC_FD	3
#define SB_SOCK_FD	1023

/* Text packets carry at most this much of maps() each. */
#define SB_TEXT_CHUNK	65536

enum sb_type {
	SB_HELLO = 0x5342484c,	/* start-up: the sandbox is ready */
	SB_REPLY,		/* the outcome of a request */
	SB_TEXT,		/* a piece of maps() text */
};

struct sb_request {
	struct sc_call call;
};

struct sb_hello {
	uint32_t type;			/* SB_HELLO */
	uint32_t version;		/* SB_VERSION */
	uint32_t request_size;		/* sizeof(struct sb_request) */
	uint32_t reply_size;		/* sizeof(struct sb_reply) */
	int64_t pid;
	int64_t page_size;
};

struct sb_reply {
	uint32_t type;			/* SB_REPLY */
	int32_t status;			/* 0, or -1: the sandbox failed, see msg */
	struct sc_outcome out;
	int64_t pid;			/* fork: the child's pid */
	char msg[200];
};

struct sb_text {
	uint32_t type;			/* SB_TEXT */
	uint32_t len;
	char data[SB_TEXT_CHUNK];
};

#endif /* MMSIM_HOST_PROTOCOL_H */
