/* SPDX-License-Identifier: MIT */
/*
 * The backend interface: what the scenario engine asks of a machine.
 *
 * A scenario statement is evaluated by the engine down to one `struct sc_call`
 * whose arguments are plain numbers (and, for a few calls, a string or a
 * vector of ranges).  A backend executes it in one of its processes and
 * returns one `struct sc_outcome`.  The engine never looks inside a backend,
 * and a backend never sees the scenario's names: this is the whole contract
 * between them, so the host backend (real system calls in a sandbox) and the
 * model (libmmsim) are interchangeable.
 */
#ifndef MMSIM_SCENARIO_BACKEND_H
#define MMSIM_SCENARIO_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <mmsim/profile.h>

/* Every call of the scenario language.  Keep in the order of sc_call_table. */
enum sc_op {
	/* mappings */
	SC_MMAP,		/* addr len prot flags fd off */
	SC_MUNMAP,		/* addr len */
	SC_MPROTECT,		/* addr len prot */
	SC_MADVISE,		/* addr len advice */
	SC_MREMAP,		/* old old_len new_len flags [new_addr] */
	SC_MLOCK,		/* addr len */
	SC_MLOCK2,		/* addr len flags */
	SC_MUNLOCK,		/* addr len */
	SC_MSYNC,		/* addr len flags */
	SC_MSEAL,		/* addr len flags */
	SC_PROCESS_MADVISE,	/* pidfd, iov[], advice flags */
	/* get_user_pages on the process's own memory */
	SC_PROCESS_VM_READV,	/* addr len */
	SC_PROCESS_VM_WRITEV,	/* addr len byte */
	/* files */
	SC_MEMFD_CREATE,	/* "name" flags */
	SC_OPEN,		/* "path" flags [mode] */
	SC_CLOSE,		/* fd */
	SC_UNLINK,		/* "path" */
	SC_FTRUNCATE,		/* fd len */
	SC_FALLOCATE,		/* fd mode off len */
	SC_FCNTL,		/* fd cmd arg */
	SC_PWRITE,		/* fd byte len off */
	SC_PREAD,		/* fd len off */
	SC_FSYNC,		/* fd */
	/* memory accesses */
	SC_READ,		/* addr [len] */
	SC_WRITE,		/* addr len byte */
	/* processes */
	SC_FORK,
	SC_EXIT,
	/* observations */
	SC_VMA,			/* addr */
	SC_VMA_PROT,		/* addr */
	SC_VMFLAG,		/* addr "mnemonic" */
	SC_SMAPS,		/* addr "Field" */
	SC_PAGEMAP,		/* addr */
	SC_FRAME,		/* addr */
	SC_MAPCOUNT,		/* addr */
	SC_KPAGEFLAGS,		/* addr */
	SC_MAPS,
	/* the PAGEMAP_SCAN ioctl, and the regions of the process's last scan */
	SC_PAGEMAP_SCAN,	/* addr len flags inverted mask anyof return
				   max_pages vec_len (the engine fills the last two) */
	SC_SCAN_REGION,		/* i */
	SC_SCAN_CATEGORIES,	/* i */
	SC_SCAN_WALK_END,
	/* userfaultfd: the descriptor and its registration ioctls */
	SC_USERFAULTFD,		/* flags */
	SC_UFFDIO_API,		/* fd api features */
	SC_UFFDIO_REGISTER,	/* fd addr len mode */
	SC_UFFDIO_UNREGISTER,	/* fd addr len */
	/* residency */
	SC_MINCORE,		/* addr len */
	SC_NR_OPS
};

#define SC_MAX_ARGS	9
#define SC_MAX_IOV	16
#define SC_MAX_STR	4096		/* PATH_MAX: any path the kernel takes */

/*
 * pagemap_scan(): the largest vec_len, and so the most regions a backend
 * keeps of a process's last scan.  Twice the kernel's bounce buffer
 * (PAGEMAP_WALK_SIZE / PAGE_SIZE = 512 regions), so that a scan can go
 * through the kernel's flush-and-resume path.
 */
#define SC_SCAN_MAX_REGIONS	1024

/*
 * process_vm_readv/writev(): the most bytes one call moves, as the kernel
 * caps an iovec's total (MAX_RW_COUNT, INT_MAX rounded down to a page).
 */
#define SC_MAX_RW_COUNT		(0x7fffffffLL & ~0xfffLL)

/* mincore(): the most pages one call looks at, one bit each in its outcome */
#define SC_MINCORE_MAX_PAGES	32

/* The outcome of mincore(): bit i for page i whose vector byte has bit 0. */
static inline int64_t sc_mincore_mask(const unsigned char *vec, uint64_t pages)
{
	int64_t mask = 0;
	uint64_t i;

	for (i = 0; i < pages; i++)
		if (vec[i] & 1)
			mask |= (int64_t)1 << i;
	return mask;
}

struct sc_call {
	enum sc_op op;
	int nargs;			/* numeric arguments, strings excluded */
	int64_t args[SC_MAX_ARGS];
	char str[SC_MAX_STR];		/* name, path or field; "" if none */
	int niov;			/* process_madvise ranges */
	int64_t iov[SC_MAX_IOV][2];	/* {base, len} */
};

/*
 * An outcome, and equally a value of the language: numbers (errors are
 * negative numbers), signals, the special results, ranges, strings,
 * process handles and frame tokens.
 */
enum sc_kind {
	SC_NUM,		/* v; is_addr marks addresses for symbolic printing */
	SC_SIGNAL,	/* v = SIGSEGV or SIGBUS */
	SC_MIXED,
	SC_NONE,
	SC_RANGE,	/* [v, v2) */
	SC_STRING,	/* str */
	SC_PROC,	/* v = backend process id */
	SC_TOKEN,	/* frame(): v = opaque token, equal iff same page */
	SC_UNSET,	/* a name not bound yet (engine only) */
};

struct sc_outcome {
	enum sc_kind kind;
	bool is_addr;
	int64_t v, v2;
	char str[16];
};

/* Text a call produced besides its outcome (maps()), owned by the caller. */
struct sc_text {
	char *buf;
	size_t len, cap;
};

/*
 * The machine profile a backend runs on (scenario.md "The machine
 * profile"), chosen by --profile: "builtin" (the reference machine),
 * "host" (probed from the running kernel, once per process), or the path
 * of a profile file, whose keys are applied over the built-in profile.
 * 0, or -1 with "FILE:LINE:COL: error: ..." (or a sentence) in @err.
 */
int sc_profile_load(const char *spec, struct mmsim_profile *p, char *err,
		    size_t errlen);
/* The parent of the host backend's scratch directories. */
#define SC_SCRATCH_PARENT	"/var/tmp"

struct sc_backend;

/*
 * Return values of the backend operations: 0 on success, -1 when the backend
 * broke (a sandbox died or hung); then @err says why, in a sentence without
 * a trailing newline, and the engine stops the file with exit status 2.
 */
struct sc_backend_ops {
	const char *name;
	/*
	 * Does the backend have FEATURE (the word after `require`)?  For the
	 * configuration features (mmsim_profile_feature()) the engine asks
	 * the profile first: this says whether the backend can show the
	 * feature where the profile has it.
	 */
	bool (*has_feature)(struct sc_backend *b, const char *feature);
	/*
	 * Execute @call in process @proc (0 is main).  SC_FORK returns an
	 * SC_PROC outcome with the new process's id; SC_EXIT returns once the
	 * process is gone.  SC_MAPS appends the maps text to @text.
	 */
	int (*call)(struct sc_backend *b, int proc, const struct sc_call *call,
		    struct sc_outcome *out, struct sc_text *text,
		    char *err, size_t errlen);
	void (*destroy)(struct sc_backend *b);
};

struct sc_backend {
	const struct sc_backend_ops *ops;
	struct mmsim_profile profile;
};

/*
 * Does @be have @feature, as `require` judges it: a configuration feature
 * where the profile has it and the backend can show it, the others where
 * the backend says so.
 */
bool sc_backend_has(struct sc_backend *be, const char *feature);

/*
 * Backend constructors.  They return NULL with @err filled on failure
 * (for the model: "not built yet" until libmmsim exists).
 */
struct sc_backend *sc_host_backend_create(const struct mmsim_profile *p,
					  char *err, size_t errlen);
struct sc_backend *sc_model_backend_create(const struct mmsim_profile *p,
					   char *err, size_t errlen);

/*
 * The path of mmsim-sandbox: $MMSIM_SANDBOX, or next to the running
 * program.  0, or -errno.
 */
int sc_host_sandbox_path(char *buf, size_t len);

/*
 * White-box access for tests: the model backend's machine and its process
 * table (slots of exited processes are NULL).
 */
struct mmsim_machine;
struct mmsim_process;
struct mmsim_machine *sc_model_machine(struct sc_backend *b, int *nprocs,
				       struct mmsim_process ***procs);
/* The last call the model backend executed. */
const struct sc_call *sc_model_last_call(struct sc_backend *b);

/* sc_text helpers */
void sc_text_append(struct sc_text *t, const char *s, size_t n);
void sc_text_free(struct sc_text *t);

#endif /* MMSIM_SCENARIO_BACKEND_H */
