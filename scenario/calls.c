// SPDX-License-Identifier: MIT
/*
 * The calls of the scenario language: name, arity, where the string
 * argument sits, and how the outcome prints.
 */
#include <string.h>

#include "ast.h"

#define CALL(n, o, lo, hi, s, f)	{ n, o, lo, hi, s, false, false, f }
#define OBS(n, o, lo, hi, s, f)		{ n, o, lo, hi, s, false, true, f }

static const struct sc_call_desc call_table[] = {
	CALL("mmap",		SC_MMAP,	 6, 6, -1, FMT_NUM),
	CALL("munmap",		SC_MUNMAP,	 2, 2, -1, FMT_NUM),
	CALL("mprotect",	SC_MPROTECT,	 3, 3, -1, FMT_NUM),
	CALL("madvise",		SC_MADVISE,	 3, 3, -1, FMT_NUM),
	CALL("mremap",		SC_MREMAP,	 4, 5, -1, FMT_NUM),
	CALL("mlock",		SC_MLOCK,	 2, 2, -1, FMT_NUM),
	CALL("mlock2",		SC_MLOCK2,	 3, 3, -1, FMT_NUM),
	CALL("munlock",		SC_MUNLOCK,	 2, 2, -1, FMT_NUM),
	CALL("msync",		SC_MSYNC,	 3, 3, -1, FMT_NUM),
	CALL("mseal",		SC_MSEAL,	 3, 3, -1, FMT_NUM),
	/* pidfd, {a, l}..., advice, flags: at least one range */
	{ "process_madvise", SC_PROCESS_MADVISE, 4, 3 + SC_MAX_IOV, -1, true,
	  false, FMT_NUM },
	CALL("process_vm_readv",  SC_PROCESS_VM_READV,  2, 2, -1, FMT_NUM),
	CALL("process_vm_writev", SC_PROCESS_VM_WRITEV, 3, 3, -1, FMT_NUM),
	CALL("memfd_create",	SC_MEMFD_CREATE, 2, 2,  0, FMT_NUM),
	CALL("open",		SC_OPEN,	 2, 3,  0, FMT_NUM),
	CALL("close",		SC_CLOSE,	 1, 1, -1, FMT_NUM),
	CALL("unlink",		SC_UNLINK,	 1, 1,  0, FMT_NUM),
	CALL("ftruncate",	SC_FTRUNCATE,	 2, 2, -1, FMT_NUM),
	CALL("fallocate",	SC_FALLOCATE,	 4, 4, -1, FMT_NUM),
	CALL("fcntl",		SC_FCNTL,	 3, 3, -1, FMT_NUM),
	CALL("pwrite",		SC_PWRITE,	 4, 4, -1, FMT_NUM),
	CALL("pread",		SC_PREAD,	 3, 3, -1, FMT_BYTE),
	CALL("fsync",		SC_FSYNC,	 1, 1, -1, FMT_NUM),
	CALL("read",		SC_READ,	 1, 2, -1, FMT_BYTE),
	CALL("write",		SC_WRITE,	 3, 3, -1, FMT_NUM),
	CALL("fork",		SC_FORK,	 0, 0, -1, FMT_NUM),
	CALL("exit",		SC_EXIT,	 0, 0, -1, FMT_NUM),
	OBS("vma",		SC_VMA,		 1, 1, -1, FMT_NUM),
	OBS("vma_prot",		SC_VMA_PROT,	 1, 1, -1, FMT_NUM),
	OBS("vmflag",		SC_VMFLAG,	 2, 2,  1, FMT_NUM),
	OBS("smaps",		SC_SMAPS,	 2, 2,  1, FMT_NUM),
	OBS("pagemap",		SC_PAGEMAP,	 1, 1, -1, FMT_HEX),
	OBS("frame",		SC_FRAME,	 1, 1, -1, FMT_NUM),
	OBS("mapcount",		SC_MAPCOUNT,	 1, 1, -1, FMT_NUM),
	OBS("kpageflags",	SC_KPAGEFLAGS,	 1, 1, -1, FMT_HEX),
	OBS("maps",		SC_MAPS,	 0, 0, -1, FMT_NUM),
	/*
	 * addr len flags inverted mask anyof return [max_pages [vec_len]]:
	 * an ioctl that can fail, so a call, not an observation
	 */
	CALL("pagemap_scan",	SC_PAGEMAP_SCAN, 7, 9, -1, FMT_NUM),
	OBS("scan_region",	SC_SCAN_REGION,	 1, 1, -1, FMT_NUM),
	OBS("scan_categories",	SC_SCAN_CATEGORIES, 1, 1, -1, FMT_HEX),
	OBS("scan_walk_end",	SC_SCAN_WALK_END, 0, 0, -1, FMT_NUM),
	/* a descriptor; then the features and ioctls masks the kernel returns */
	CALL("userfaultfd",	SC_USERFAULTFD,	 1, 1, -1, FMT_NUM),
	CALL("uffdio_api",	SC_UFFDIO_API,	 3, 3, -1, FMT_HEX),
	CALL("uffdio_register",	SC_UFFDIO_REGISTER, 4, 4, -1, FMT_HEX),
	CALL("uffdio_unregister", SC_UFFDIO_UNREGISTER, 3, 3, -1, FMT_NUM),
	/* addr len: bit i of the outcome for page i, or -errno */
	CALL("mincore",		SC_MINCORE,	 2, 2, -1, FMT_HEX),
};

const struct sc_call_desc *sc_call_lookup(const char *name, int len)
{
	size_t i;

	for (i = 0; i < sizeof(call_table) / sizeof(call_table[0]); i++) {
		const char *n = call_table[i].name;

		if ((int)strlen(n) == len && !memcmp(n, name, len))
			return &call_table[i];
	}
	return NULL;
}
