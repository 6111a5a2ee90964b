// SPDX-License-Identifier: MIT
/*
 * mmsim-sandbox: the host's side of the oracle.
 *
 * Each process of a scenario is one of these, executing requests from the
 * CLI (host/host_backend.c) with real system calls and with its own loads
 * and stores.  Its address space is the scenario's, so it keeps quiet: it
 * is linked statically where possible, never calls malloc after start-up,
 * keeps every buffer in .bss, and makes every memory-management call with
 * syscall() so that no library wrapper adds, changes or second-guesses a
 * mapping.  A fault on a scenario access is caught with sigsetjmp and
 * reported as the signal it was; any other fault kills the sandbox, which
 * the CLI reports as a broken backend.
 *
 * The protocol is in protocol.h.  Nothing is printed except on internal
 * errors.
 */
#include <errno.h>
#include <inttypes.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/auxv.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "bench.h"
#include "protocol.h"

/* Older libc headers lack the newest system calls. */
#ifndef SYS_memfd_create
#define SYS_memfd_create	319
#endif
#ifndef SYS_mlock2
#define SYS_mlock2		325
#endif
#ifndef SYS_close_range
#define SYS_close_range		436
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise	440
#endif
#ifndef SYS_mseal
#define SYS_mseal		462
#endif
#ifndef SYS_process_vm_readv
#define SYS_process_vm_readv	310
#define SYS_process_vm_writev	311
#endif
#ifndef SYS_userfaultfd
#define SYS_userfaultfd		323
#endif

/* The registration ioctls of userfaultfd (include/uapi/linux/userfaultfd.h) */
struct sb_uffdio_api {
	uint64_t api, features, ioctls;
};

struct sb_uffdio_range {
	uint64_t start, len;
};

struct sb_uffdio_register {
	struct sb_uffdio_range range;
	uint64_t mode, ioctls;
};

#define SB_UFFDIO		0xAA
#define SB_UFFDIO_API		_IOWR(SB_UFFDIO, 0x3F, struct sb_uffdio_api)
#define SB_UFFDIO_REGISTER	_IOWR(SB_UFFDIO, 0x00, struct sb_uffdio_register)
#define SB_UFFDIO_UNREGISTER	_IOR(SB_UFFDIO, 0x01, struct sb_uffdio_range)

/* PAGEMAP_SCAN (include/uapi/linux/fs.h, 6.7), which older headers lack */
struct sb_page_region {
	uint64_t start, end, categories;
};

struct sb_pm_scan_arg {
	uint64_t size, flags, start, end, walk_end, vec, vec_len, max_pages;
	uint64_t category_inverted, category_mask, category_anyof_mask;
	uint64_t return_mask;
};

#define SB_PAGEMAP_SCAN	_IOWR('f', 16, struct sb_pm_scan_arg)

#define PM_PRESENT	(1ULL << 63)
#define PM_PFN_MASK	((1ULL << 55) - 1)

/* read(): the bytes of the range differ */
#define BYTE_MIXED	256

/* keep the compiler from moving memory accesses across this point */
#define barrier()	__asm__ __volatile__("" ::: "memory")

static int sock = SB_EXEC_FD;
static uint64_t page_size;

static struct sb_request req;
static struct sb_reply rep;
static struct sb_text text;
static char io_buf[1 << 16];

static sigjmp_buf fault_jmp;
static volatile sig_atomic_t fault_armed;

/* ---- basics --------------------------------------------------------------- */

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("mmsim-sandbox: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	_exit(2);
}

/* A system call as the kernel answers it: the result, or -errno. */
static int64_t sys(long nr, long a, long b, long c, long d, long e, long f)
{
	long r = syscall(nr, a, b, c, d, e, f);

	return r == -1 ? -errno : r;
}

#define SYS1(nr, a)		sys(nr, (long)(a), 0, 0, 0, 0, 0)
#define SYS2(nr, a, b)		sys(nr, (long)(a), (long)(b), 0, 0, 0, 0)
#define SYS3(nr, a, b, c)	sys(nr, (long)(a), (long)(b), (long)(c), 0, 0, 0)
#define SYS4(nr, a, b, c, d)	sys(nr, (long)(a), (long)(b), (long)(c), (long)(d), 0, 0)
#define SYS5(nr, a, b, c, d, e)	sys(nr, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), 0)

static void set_num(struct sc_outcome *o, int64_t v)
{
	o->kind = SC_NUM;
	o->v = v;
}

/* The request could not be served: the CLI reports a broken backend. */
static void fail(const char *fmt, ...)
{
	va_list ap;

	rep.status = -1;
	va_start(ap, fmt);
	vsnprintf(rep.msg, sizeof(rep.msg), fmt, ap);
	va_end(ap);
}

/*
 * Returns 0 or -errno.  If the CLI is gone, the next receive sees it and
 * the process exits there.
 */
static int send_packet(const void *buf, size_t len)
{
	return send(sock, buf, len, MSG_NOSIGNAL) < 0 ? -errno : 0;
}

/* ---- memory accesses ------------------------------------------------------ */

/*
 * The state of an access in progress.  A fault leaves it by siglongjmp, so
 * everything the caller needs afterwards is either the signal number or in
 * memory that the access function wrote before it finished.
 */
struct access {
	uint64_t addr, len;
	int byte;		/* write: the byte; read: the result */
};

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	if (fault_armed) {
		fault_armed = 0;
		siglongjmp(fault_jmp, sig);
	}
	/*
	 * The sandbox itself faulted (a scenario unmapped its stack, say):
	 * die of the signal so that the CLI reports it as such.
	 */
	signal(sig, SIG_DFL);
	raise(sig);
}

/*
 * Run @fn with the fault handler armed.  Returns 0, or the signal that
 * ended the access.  SA_NODEFER and sigsetjmp(..., 1) keep the signal
 * mask as it was, so the next fault is caught as well.
 */
static int guarded(void (*fn)(struct access *), struct access *a)
{
	int sig = sigsetjmp(fault_jmp, 1);

	if (sig)
		return sig;
	fault_armed = 1;
	fn(a);
	fault_armed = 0;
	return 0;
}

/* The part of [addr, addr + left) that lies in addr's page. */
static uint64_t page_chunk(uint64_t addr, uint64_t left)
{
	uint64_t n = page_size - (addr & (page_size - 1));

	return n < left ? n : left;
}

/* Is every byte of [p, p + n) equal to @b?  Word by word where aligned. */
static bool bytes_all(const unsigned char *p, size_t n, unsigned char b)
{
	uint64_t pattern = 0x0101010101010101ULL * b, w;

	for (; n && ((uintptr_t)p & 7); p++, n--)
		if (*p != b)
			return false;
	for (; n >= 8; p += 8, n -= 8) {
		memcpy(&w, p, 8);
		if (w != pattern)
			return false;
	}
	for (; n; p++, n--)
		if (*p != b)
			return false;
	return true;
}

/*
 * Read page by page.  The first access to each page is a single volatile
 * load of its first byte in range, so that a fault is always taken there
 * and reported for the first faulting byte; once that load has succeeded
 * the rest of the page is compared at full speed.  Pages keep being
 * touched after the bytes are known to differ: a later page may fault.
 */
static void read_range(struct access *a)
{
	uint64_t addr = a->addr, left = a->len;
	int common = -1;

	while (left) {
		uint64_t n = page_chunk(addr, left);
		unsigned char first = *(volatile unsigned char *)(uintptr_t)addr;

		barrier();
		if (common < 0)
			common = first;
		if (common != BYTE_MIXED &&
		    !bytes_all((const unsigned char *)(uintptr_t)addr, n,
			       (unsigned char)common))
			common = BYTE_MIXED;
		barrier();
		addr += n;
		left -= n;
	}
	a->byte = common;
}

/* Write page by page: the pages before a faulting one stay written. */
static void write_range(struct access *a)
{
	uint64_t addr = a->addr, left = a->len;

	while (left) {
		uint64_t n = page_chunk(addr, left);

		barrier();
		memset((void *)(uintptr_t)addr, a->byte, n);
		barrier();
		addr += n;
		left -= n;
	}
}

static void do_read(uint64_t addr, uint64_t len, struct sc_outcome *o)
{
	struct access a = { .addr = addr, .len = len, .byte = 0 };
	int sig;

	/* an empty range reads nothing, as in the model */
	if (!len) {
		set_num(o, 0);
		return;
	}
	sig = guarded(read_range, &a);
	if (sig) {
		o->kind = SC_SIGNAL;
		o->v = sig;
	} else if (a.byte == BYTE_MIXED) {
		o->kind = SC_MIXED;
	} else {
		set_num(o, a.byte);
	}
}

static void do_write(uint64_t addr, uint64_t len, int byte,
		     struct sc_outcome *o)
{
	struct access a = { .addr = addr, .len = len, .byte = byte & 0xff };
	int sig = guarded(write_range, &a);

	if (sig) {
		o->kind = SC_SIGNAL;
		o->v = sig;
	} else {
		set_num(o, 0);
	}
}

/*
 * mincore(addr, len): bit i for page i of the range, into io_buf's bytes
 * (the engine asks for SC_MINCORE_MAX_PAGES at most), or -errno.
 */
static void do_mincore(const struct sc_call *c, struct sc_outcome *o)
{
	uint64_t len = (uint64_t)c->args[1], pages = (len + 4095) / 4096;
	int64_t r;

	if (pages > SC_MINCORE_MAX_PAGES) {
		fail("mincore of %" PRIu64 " pages", pages);
		return;
	}
	r = SYS3(SYS_mincore, c->args[0], len, io_buf);
	if (r < 0) {
		set_num(o, r);
		return;
	}
	set_num(o, sc_mincore_mask((const unsigned char *)io_buf, pages));
}

/* ---- files ---------------------------------------------------------------- */

/*
 * pwrite(fd, byte, len, off): @len copies of @byte, in as many system
 * calls as it takes; like one big pwrite(2), an error after some bytes
 * were written gives the short count.
 */
static int64_t do_pwrite(int64_t fd, int byte, int64_t len, int64_t off)
{
	int64_t done = 0, r;

	if (len < 0)
		return -EINVAL;
	memset(io_buf, byte, sizeof(io_buf));
	do {
		int64_t n = len - done < (int64_t)sizeof(io_buf) ?
			    len - done : (int64_t)sizeof(io_buf);

		/* one call even for len 0: a bad fd must still say so */
		r = SYS4(SYS_pwrite64, fd, io_buf, n, off + done);
		if (r < 0)
			return done ? done : r;
		if (r == 0)
			break;
		done += r;
	} while (done < len);
	return done;
}

/* pread(fd, len, off): the common byte, MIXED, or NONE at the end of file. */
static void do_pread(int64_t fd, int64_t len, int64_t off, struct sc_outcome *o)
{
	int64_t done = 0, r, i;
	int common = -1;

	if (len < 0) {
		set_num(o, -EINVAL);
		return;
	}
	do {
		int64_t n = len - done < (int64_t)sizeof(io_buf) ?
			    len - done : (int64_t)sizeof(io_buf);

		r = SYS4(SYS_pread64, fd, io_buf, n, off + done);
		if (r < 0 && !done) {
			set_num(o, r);
			return;
		}
		if (r <= 0)
			break;
		if (common < 0)
			common = (unsigned char)io_buf[0];
		for (i = 0; i < r && common != BYTE_MIXED; i++)
			if ((unsigned char)io_buf[i] != common)
				common = BYTE_MIXED;
		done += r;
	} while (done < len);
	if (common < 0)
		o->kind = SC_NONE;
	else if (common == BYTE_MIXED)
		o->kind = SC_MIXED;
	else
		set_num(o, common);
}

/* ---- /proc/self ----------------------------------------------------------- */

/*
 * A line reader with a fixed buffer, so that smaps of any size streams
 * through without an allocation.  Lines of maps and smaps are far shorter
 * than the buffer; a longer one would be cut.
 */
struct lines {
	int fd;
	int err;		/* -errno of a failed read */
	bool eof;
	size_t start, end;
	char buf[1 << 16];
};

static struct lines lr;

static int lines_open(struct lines *l, const char *path)
{
	int64_t fd = SYS4(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);

	if (fd < 0)
		return (int)fd;
	l->fd = (int)fd;
	l->err = 0;
	l->eof = false;
	l->start = l->end = 0;
	return 0;
}

static int lines_close(struct lines *l)
{
	SYS1(SYS_close, l->fd);
	return l->err;
}

/* The next line, NUL-terminated in place, or NULL at the end. */
static char *lines_next(struct lines *l)
{
	for (;;) {
		char *line = l->buf + l->start;
		char *nl = memchr(line, '\n', l->end - l->start);
		int64_t r;

		if (nl) {
			*nl = '\0';
			l->start = (size_t)(nl - l->buf) + 1;
			return line;
		}
		if (l->eof) {
			if (l->start == l->end)
				return NULL;
			l->buf[l->end] = '\0';	/* the last line, unterminated */
			l->start = l->end;
			return line;
		}
		memmove(l->buf, line, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
		if (l->end == sizeof(l->buf) - 1)
			l->end = 0;	/* an endless line: drop it */
		r = SYS3(SYS_read, l->fd, l->buf + l->end,
			 sizeof(l->buf) - 1 - l->end);
		if (r < 0)
			l->err = (int)r;
		if (r <= 0)
			l->eof = true;
		else
			l->end += (size_t)r;
	}
}

/*
 * A maps line, or an smaps header line: "start-end perms ...".  Field
 * lines ("Rss:   4 kB") never parse as one.
 */
static bool parse_vma_line(const char *line, uint64_t *start, uint64_t *end,
			   const char **perms)
{
	char *e;

	*start = strtoull(line, &e, 16);
	if (e == line || *e != '-')
		return false;
	line = e + 1;
	*end = strtoull(line, &e, 16);
	if (e == line || *e != ' ')
		return false;
	*perms = e + 1;
	return true;
}

/*
 * Find the VMA containing @addr in /proc/self/maps.  Returns 1 and its
 * range and permissions, 0 if no VMA contains addr, or -errno.
 */
static int find_vma(uint64_t addr, uint64_t *start, uint64_t *end,
		    char perms[5])
{
	const char *p;
	char *line;
	int found = 0, r;

	r = lines_open(&lr, "/proc/self/maps");
	if (r)
		return r;
	while ((line = lines_next(&lr))) {
		if (!parse_vma_line(line, start, end, &p) ||
		    addr < *start || addr >= *end)
			continue;
		memcpy(perms, p, 4);
		perms[4] = '\0';
		found = 1;
		break;
	}
	r = lines_close(&lr);
	return r ? r : found;
}

/* Does the VmFlags line @flags list @mnemonic? */
static bool has_vmflag(const char *flags, const char *mnemonic)
{
	size_t len = strlen(mnemonic);

	while (*flags) {
		while (*flags == ' ')
			flags++;
		if (!strncmp(flags, mnemonic, len) &&
		    (flags[len] == ' ' || flags[len] == '\0'))
			return true;
		while (*flags && *flags != ' ')
			flags++;
	}
	return false;
}

/*
 * The value of smaps field @field ("Rss", in bytes; "VmFlags" looks up
 * @mnemonic) of the VMA containing @addr.  Returns 1 with *val, 0 if no
 * VMA contains addr, -ENOENT if the VMA has no such field, or -errno.
 */
static int smaps_field(uint64_t addr, const char *field, const char *mnemonic,
		       int64_t *val)
{
	size_t flen = strlen(field);
	bool in = false;
	int ret = 0, r;
	const char *p;
	char *line, *e;
	uint64_t s, t;

	r = lines_open(&lr, "/proc/self/smaps");
	if (r)
		return r;
	while ((line = lines_next(&lr))) {
		if (parse_vma_line(line, &s, &t, &p)) {
			if (in)
				break;		/* the VMA ended without it */
			in = addr >= s && addr < t;
			if (in)
				ret = -ENOENT;
			continue;
		}
		if (!in || strncmp(line, field, flen) || line[flen] != ':')
			continue;
		if (mnemonic) {
			*val = has_vmflag(line + flen + 1, mnemonic);
		} else {
			*val = strtoll(line + flen + 1, &e, 10);
			while (*e == ' ')
				e++;
			if (!strncmp(e, "kB", 2))
				*val *= 1024;
		}
		ret = 1;
		break;
	}
	r = lines_close(&lr);
	return r ? r : ret;
}

/* Entry @index of a /proc file of 64-bit entries (pagemap, kpage*). */
static int read_entry(const char *path, uint64_t index, uint64_t *v)
{
	int64_t fd = SYS4(SYS_openat, AT_FDCWD, path, O_RDONLY | O_CLOEXEC, 0);
	int64_t r;

	*v = 0;
	if (fd < 0)
		return (int)fd;
	r = SYS4(SYS_pread64, fd, v, sizeof(*v), index * sizeof(*v));
	SYS1(SYS_close, fd);
	if (r == 0)
		*v = 0;			/* beyond the end: nothing there */
	return r < 0 ? (int)r : 0;
}

/* The pagemap entry of @addr, frame bits included. */
static int pagemap_entry(uint64_t addr, uint64_t *pm)
{
	int r = read_entry("/proc/self/pagemap", addr / page_size, pm);

	if (r)
		fail("cannot read /proc/self/pagemap: %s", strerror(-r));
	return r;
}

/*
 * The frame mapped at @addr: 1 with *pfn, or 0 where nothing is present.
 * Frame numbers need CAP_SYS_ADMIN; without it pagemap shows 0, which
 * would make every page look the same, so that is a failure.
 */
static int frame_of(uint64_t addr, uint64_t *pfn)
{
	uint64_t pm;

	if (pagemap_entry(addr, &pm))
		return -1;
	if (!(pm & PM_PRESENT))
		return 0;
	*pfn = pm & PM_PFN_MASK;
	if (!*pfn) {
		fail("pagemap shows no frame numbers (they need CAP_SYS_ADMIN)");
		return -1;
	}
	return 1;
}

static void observe_vma(const struct sc_call *c, struct sc_outcome *o)
{
	uint64_t start = 0, end = 0;
	char perms[5];
	int r = find_vma((uint64_t)c->args[0], &start, &end, perms);

	if (r < 0) {
		fail("cannot read /proc/self/maps: %s", strerror(-r));
	} else if (!r) {
		o->kind = SC_NONE;
	} else if (c->op == SC_VMA) {
		o->kind = SC_RANGE;
		o->is_addr = true;
		o->v = (int64_t)start;
		o->v2 = (int64_t)end;
	} else {
		o->kind = SC_STRING;
		memcpy(o->str, perms, sizeof(perms));
	}
}

static void observe_smaps(const struct sc_call *c, struct sc_outcome *o)
{
	bool vmflag = c->op == SC_VMFLAG;
	int64_t v = 0;
	int r;

	r = smaps_field((uint64_t)c->args[0], vmflag ? "VmFlags" : c->str,
			vmflag ? c->str : NULL, &v);
	if (r == 1)
		set_num(o, v);
	else if (r == 0)
		o->kind = SC_NONE;
	else if (r == -ENOENT && vmflag)
		set_num(o, 0);		/* a kernel without VmFlags has none */
	else if (r == -ENOENT)
		fail("smaps has no field '%s'", c->str);
	else
		fail("cannot read /proc/self/smaps: %s", strerror(-r));
}

static void observe_page(const struct sc_call *c, struct sc_outcome *o)
{
	uint64_t addr = (uint64_t)c->args[0], pm, pfn, v;
	const char *path;
	int r;

	if (c->op == SC_PAGEMAP) {
		if (!pagemap_entry(addr, &pm))
			set_num(o, (int64_t)(pm & ~PM_PFN_MASK));
		return;
	}
	r = frame_of(addr, &pfn);
	if (r < 0)
		return;
	if (c->op == SC_FRAME) {
		if (r) {
			o->kind = SC_TOKEN;
			o->v = (int64_t)pfn;
		} else {
			o->kind = SC_NONE;
		}
		return;
	}
	if (!r) {
		set_num(o, 0);
		return;
	}
	path = c->op == SC_MAPCOUNT ? "/proc/kpagecount" : "/proc/kpageflags";
	r = read_entry(path, pfn, &v);
	if (r)
		fail("cannot read %s: %s", path, strerror(-r));
	else
		set_num(o, (int64_t)v);
}

/* maps(): the text in SB_TEXT packets, then the reply. */
static void send_maps(struct sc_outcome *o)
{
	int64_t fd = SYS4(SYS_openat, AT_FDCWD, "/proc/self/maps",
			  O_RDONLY | O_CLOEXEC, 0);
	int64_t r = 0;
	int s = 0;

	if (fd < 0) {
		fail("cannot open /proc/self/maps: %s", strerror((int)-fd));
		return;
	}
	text.type = SB_TEXT;
	while (!s && (r = SYS3(SYS_read, fd, text.data, sizeof(text.data))) > 0) {
		text.len = (uint32_t)r;
		s = send_packet(&text, offsetof(struct sb_text, data) + (size_t)r);
	}
	SYS1(SYS_close, fd);
	/* a text cut short must not pass for the whole */
	if (s)
		fail("cannot send the maps text: %s", strerror(-s));
	else if (r < 0)
		fail("cannot read /proc/self/maps: %s", strerror((int)-r));
	else
		set_num(o, 0);
}

/*
 * pagemap_scan(): the ioctl on /proc/self/pagemap.  The regions land in
 * .bss and stay there for scan_region() and friends; a fork copies them,
 * as it copies the rest of the process.  A failed scan leaves none.
 */
static struct sb_page_region scan_vec[SC_SCAN_MAX_REGIONS];
static int64_t scan_nr;
static uint64_t scan_walk_end;
static bool scan_valid;

static void do_pagemap_scan(const struct sc_call *c, struct sc_outcome *o)
{
	const int64_t *a = c->args;
	struct sb_pm_scan_arg arg = {
		.size = sizeof(arg),
		.flags = (uint64_t)a[2],
		.start = (uint64_t)a[0],
		.end = (uint64_t)a[0] + (uint64_t)a[1],
		.vec = (uint64_t)(uintptr_t)scan_vec,
		/* the engine keeps vec_len within scan_vec */
		.vec_len = (uint64_t)a[8],
		.max_pages = (uint64_t)a[7],
		.category_inverted = (uint64_t)a[3],
		.category_mask = (uint64_t)a[4],
		.category_anyof_mask = (uint64_t)a[5],
		.return_mask = (uint64_t)a[6],
	};
	int64_t fd, r;

	scan_valid = false;
	scan_nr = 0;
	if (arg.vec_len > SC_SCAN_MAX_REGIONS) {
		fail("pagemap_scan: vec_len %" PRIu64 " is over %d", arg.vec_len,
		     SC_SCAN_MAX_REGIONS);
		return;
	}
	fd = SYS4(SYS_openat, AT_FDCWD, "/proc/self/pagemap", O_RDONLY | O_CLOEXEC, 0);
	if (fd < 0) {
		fail("cannot open /proc/self/pagemap: %s", strerror((int)-fd));
		return;
	}
	r = SYS3(SYS_ioctl, fd, SB_PAGEMAP_SCAN, &arg);
	SYS1(SYS_close, fd);
	set_num(o, r);
	if (r < 0)
		return;
	scan_valid = true;
	scan_nr = r;
	scan_walk_end = arg.walk_end;
}

/* scan_region(i), scan_categories(i), scan_walk_end(): NONE where there is none */
static void observe_scan(const struct sc_call *c, struct sc_outcome *o)
{
	int64_t i = c->nargs ? c->args[0] : 0;

	if (!scan_valid || (c->op != SC_SCAN_WALK_END && (i < 0 || i >= scan_nr))) {
		o->kind = SC_NONE;
		return;
	}
	switch (c->op) {
	case SC_SCAN_REGION:
		o->kind = SC_RANGE;
		o->is_addr = true;
		o->v = (int64_t)scan_vec[i].start;
		o->v2 = (int64_t)scan_vec[i].end;
		return;
	case SC_SCAN_CATEGORIES:
		set_num(o, (int64_t)scan_vec[i].categories);
		return;
	default:
		set_num(o, (int64_t)scan_walk_end);
		o->is_addr = true;
		return;
	}
}

/* ---- userfaultfd ---------------------------------------------------------- */

/*
 * The ioctls take their structures in and out; the outcome is the one
 * field the kernel fills in (uffdio_api's features, uffdio_register's
 * ioctls), or -errno.  A fault that would wait for a handler is never
 * made here: nothing in a scenario reads the descriptor.
 */
static void do_uffdio(const struct sc_call *c, struct sc_outcome *o)
{
	const int64_t *a = c->args;
	struct sb_uffdio_api api = {
		.api = (uint64_t)a[1],
		.features = (uint64_t)a[2],
	};
	struct sb_uffdio_register reg = {
		.range = { (uint64_t)a[1], (uint64_t)a[2] },
		.mode = (uint64_t)a[3],
	};
	struct sb_uffdio_range range = { (uint64_t)a[1], (uint64_t)a[2] };
	int64_t r;

	switch (c->op) {
	case SC_UFFDIO_API:
		r = SYS3(SYS_ioctl, a[0], SB_UFFDIO_API, &api);
		set_num(o, r < 0 ? r : (int64_t)api.features);
		return;
	case SC_UFFDIO_REGISTER:
		r = SYS3(SYS_ioctl, a[0], SB_UFFDIO_REGISTER, &reg);
		set_num(o, r < 0 ? r : (int64_t)reg.ioctls);
		return;
	default:
		set_num(o, SYS3(SYS_ioctl, a[0], SB_UFFDIO_UNREGISTER, &range));
		return;
	}
}

/* ---- requests ------------------------------------------------------------- */

/*
 * process_vm_readv/writev(addr, len[, byte]) on our own pid: the kernel
 * pins the pages as get_user_pages does for another process.  The local
 * side is io_buf over and over, so one call moves up to 1024 buffers; a
 * longer range takes more calls, which add up as one would, stopping at
 * the first short one.
 */
static int64_t do_process_vm(const struct sc_call *c, bool write)
{
	static struct iovec local[1024];
	const int64_t max = (int64_t)(sizeof(local) / sizeof(local[0])) *
			    (int64_t)sizeof(io_buf);
	uint64_t addr = (uint64_t)c->args[0];
	int64_t len = c->args[1], done = 0, r;
	long nr = write ? SYS_process_vm_writev : SYS_process_vm_readv;
	size_t i;

	if (write)
		memset(io_buf, (int)c->args[2], sizeof(io_buf));
	for (i = 0; i < sizeof(local) / sizeof(local[0]); i++) {
		local[i].iov_base = io_buf;
		local[i].iov_len = sizeof(io_buf);
	}
	if (len > SC_MAX_RW_COUNT)
		len = SC_MAX_RW_COUNT;
	do {
		/* a negative length goes to the kernel as it is: -EINVAL */
		int64_t n = len - done < max ? len - done : max;
		struct iovec remote = {
			.iov_base = (void *)(uintptr_t)(addr + (uint64_t)done),
			.iov_len = (size_t)n,
		};

		r = sys(nr, (long)getpid(), (long)local,
			(long)(n > 0 ? (n + (int64_t)sizeof(io_buf) - 1) /
				       (int64_t)sizeof(io_buf) : 1),
			(long)&remote, 1, 0);
		if (r < 0)
			return done ? done : r;
		done += r;
		if (r < n)
			break;
	} while (done < len);
	return done;
}


static int64_t do_process_madvise(const struct sc_call *c)
{
	static struct iovec iov[SC_MAX_IOV];
	int i, n = c->niov < SC_MAX_IOV ? c->niov : SC_MAX_IOV;

	for (i = 0; i < n; i++) {
		iov[i].iov_base = (void *)(uintptr_t)c->iov[i][0];
		iov[i].iov_len = (size_t)c->iov[i][1];
	}
	/* the pidfd goes through as is: PIDFD_SELF is the kernel's to judge */
	return SYS5(SYS_process_madvise, c->args[0], iov, n, c->args[1],
		    c->args[2]);
}

static void execute(const struct sc_call *c, struct sc_outcome *o)
{
	const int64_t *a = c->args;

	switch (c->op) {
	case SC_MMAP:
		set_num(o, sys(SYS_mmap, a[0], a[1], a[2], a[3], a[4], a[5]));
		o->is_addr = o->v >= 0;
		return;
	case SC_MUNMAP:
		set_num(o, SYS2(SYS_munmap, a[0], a[1]));
		return;
	case SC_MPROTECT:
		set_num(o, SYS3(SYS_mprotect, a[0], a[1], a[2]));
		return;
	case SC_MADVISE:
		set_num(o, SYS3(SYS_madvise, a[0], a[1], a[2]));
		return;
	case SC_MREMAP:
		set_num(o, SYS5(SYS_mremap, a[0], a[1], a[2], a[3],
				c->nargs > 4 ? a[4] : 0));
		o->is_addr = o->v >= 0;
		return;
	case SC_MLOCK:
		set_num(o, SYS2(SYS_mlock, a[0], a[1]));
		return;
	case SC_MLOCK2:
		set_num(o, SYS3(SYS_mlock2, a[0], a[1], a[2]));
		return;
	case SC_MUNLOCK:
		set_num(o, SYS2(SYS_munlock, a[0], a[1]));
		return;
	case SC_MSYNC:
		set_num(o, SYS3(SYS_msync, a[0], a[1], a[2]));
		return;
	case SC_MSEAL:
		set_num(o, SYS3(SYS_mseal, a[0], a[1], a[2]));
		return;
	case SC_PROCESS_MADVISE:
		set_num(o, do_process_madvise(c));
		return;
	case SC_PROCESS_VM_READV:
		set_num(o, do_process_vm(c, /* write = */ false));
		return;
	case SC_PROCESS_VM_WRITEV:
		set_num(o, do_process_vm(c, /* write = */ true));
		return;
	case SC_MEMFD_CREATE:
		set_num(o, SYS2(SYS_memfd_create, c->str, a[0]));
		return;
	case SC_OPEN:
		/* relative paths land in the scratch directory, our cwd */
		set_num(o, SYS4(SYS_openat, AT_FDCWD, c->str, a[0],
				c->nargs > 1 ? a[1] : 0));
		return;
	case SC_CLOSE:
		set_num(o, SYS1(SYS_close, a[0]));
		return;
	case SC_UNLINK:
		set_num(o, SYS3(SYS_unlinkat, AT_FDCWD, c->str, 0));
		return;
	case SC_FTRUNCATE:
		set_num(o, SYS2(SYS_ftruncate, a[0], a[1]));
		return;
	case SC_FALLOCATE:
		set_num(o, SYS4(SYS_fallocate, a[0], a[1], a[2], a[3]));
		return;
	case SC_FCNTL:
		set_num(o, SYS3(SYS_fcntl, a[0], a[1], a[2]));
		return;
	case SC_PWRITE:
		set_num(o, do_pwrite(a[0], (int)a[1], a[2], a[3]));
		return;
	case SC_PREAD:
		do_pread(a[0], a[1], a[2], o);
		return;
	case SC_FSYNC:
		set_num(o, SYS1(SYS_fsync, a[0]));
		return;
	case SC_READ:
		do_read((uint64_t)a[0], c->nargs > 1 ? (uint64_t)a[1] : 1, o);
		return;
	case SC_WRITE:
		do_write((uint64_t)a[0], (uint64_t)a[1], (int)a[2], o);
		return;
	case SC_VMA:
	case SC_VMA_PROT:
		observe_vma(c, o);
		return;
	case SC_VMFLAG:
	case SC_SMAPS:
		observe_smaps(c, o);
		return;
	case SC_PAGEMAP:
	case SC_FRAME:
	case SC_MAPCOUNT:
	case SC_KPAGEFLAGS:
		observe_page(c, o);
		return;
	case SC_MAPS:
		send_maps(o);
		return;
	case SC_PAGEMAP_SCAN:
		do_pagemap_scan(c, o);
		return;
	case SC_SCAN_REGION:
	case SC_SCAN_CATEGORIES:
	case SC_SCAN_WALK_END:
		observe_scan(c, o);
		return;
	case SC_USERFAULTFD:
		set_num(o, SYS1(SYS_userfaultfd, a[0]));
		return;
	case SC_UFFDIO_API:
	case SC_UFFDIO_REGISTER:
	case SC_UFFDIO_UNREGISTER:
		do_uffdio(c, o);
		return;
	case SC_MINCORE:
		do_mincore(c, o);
		return;
	default:
		fail("unknown request %d", (int)c->op);
		return;
	}
}

/*
 * fork(): the child switches to the socket that came with the request and
 * goes on serving; it answers nothing, its parent replies for it.
 */
static bool do_fork(int fd)
{
	pid_t pid;

	if (fd < 0) {
		fail("fork request without a socket");
		return true;
	}
	pid = fork();
	if (pid == 0) {
		/* dup3 replaces the parent's socket in the same slot */
		if (dup3(fd, sock, O_CLOEXEC) < 0)
			die("dup3: %s", strerror(errno));
		close(fd);
		return false;
	}
	close(fd);
	if (pid < 0) {
		set_num(&rep.out, -errno);
	} else {
		rep.out.kind = SC_PROC;
		rep.pid = pid;
	}
	return true;
}

/* Receive one request and the descriptor a fork request carries. */
static int receive(int *passed_fd)
{
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} ctl;
	struct iovec iov = { &req, sizeof(req) };
	struct msghdr msg = {
		.msg_iov = &iov,
		.msg_iovlen = 1,
		.msg_control = ctl.buf,
		.msg_controllen = sizeof(ctl.buf),
	};
	struct cmsghdr *cm;
	ssize_t n;

	*passed_fd = -1;
	do {
		n = recvmsg(sock, &msg, MSG_CMSG_CLOEXEC);
	} while (n < 0 && errno == EINTR);
	for (cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm))
		if (cm->cmsg_level == SOL_SOCKET &&
		    cm->cmsg_type == SCM_RIGHTS &&
		    cm->cmsg_len == CMSG_LEN(sizeof(int)))
			memcpy(passed_fd, CMSG_DATA(cm), sizeof(int));
	if (n != (ssize_t)sizeof(req)) {
		if (*passed_fd >= 0)
			close(*passed_fd);
		return -1;
	}
	return 0;
}

/* Serve requests until exit() or until the CLI goes away. */
static void serve(void)
{
	for (;;) {
		int fd;

		if (receive(&fd))
			_exit(0);	/* the CLI is gone */
		memset(&rep, 0, sizeof(rep));
		rep.type = SB_REPLY;
		if (req.call.op == SC_EXIT)
			_exit(0);
		if (req.call.op == SC_FORK) {
			if (!do_fork(fd))
				continue;	/* the new child: nothing to say */
		} else {
			if (fd >= 0)
				close(fd);
			execute(&req.call, &rep.out);
		}
		send_packet(&rep, sizeof(rep));
	}
}

/* ---- start-up ------------------------------------------------------------- */

/*
 * Move the socket out of the way and close whatever else the CLI left
 * open, so that a scenario's descriptors start at 3 as in a fresh process.
 */
static void setup_fds(void)
{
	struct rlimit rl;
	socklen_t len = sizeof(int);
	int fd, type, target = SB_SOCK_FD;

	if (getsockopt(SB_EXEC_FD, SOL_SOCKET, SO_TYPE, &type, &len) ||
	    type != SOCK_SEQPACKET)
		die("no socket on fd %d: this program is started by mmsim",
		    SB_EXEC_FD);
	/* 0, 1 and 2 are open in any process the scenario imitates */
	for (fd = 0; fd < 3; fd++)
		if (fcntl(fd, F_GETFD) < 0 &&
		    open("/dev/null", O_RDWR) != fd)
			die("cannot open /dev/null: %s", strerror(errno));
	if (!getrlimit(RLIMIT_NOFILE, &rl) && rl.rlim_cur <= (rlim_t)target)
		target = (int)rl.rlim_cur - 1;
	if (target > SB_EXEC_FD) {
		if (dup3(SB_EXEC_FD, target, O_CLOEXEC) < 0)
			die("dup3: %s", strerror(errno));
		sock = target;
		close(SB_EXEC_FD);
		SYS3(SYS_close_range, 3, target - 1, 0);
		SYS3(SYS_close_range, target + 1, ~0U, 0);
	}
}

static void setup_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, NULL) || sigaction(SIGBUS, &sa, NULL))
		die("sigaction: %s", strerror(errno));
	/* children are reaped by the kernel; the CLI watches them by pidfd */
	signal(SIGCHLD, SIG_IGN);
	/*
	 * When a scenario process exits before its children, they come to
	 * main, which ignores SIGCHLD too: nothing is left a zombie under an
	 * init that might not reap.
	 */
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

int main(int argc, char **argv)
{
	struct sb_hello hello = {
		.type = SB_HELLO,
		.version = SB_VERSION,
		.request_size = sizeof(struct sb_request),
		.reply_size = sizeof(struct sb_reply),
	};

	/* `mmsim bench` runs its host half here (host/sandbox_bench.c) */
	if (argc > 1 && !strcmp(argv[1], "--bench"))
		return sandbox_bench_main(SB_EXEC_FD);
	page_size = getauxval(AT_PAGESZ);
	if (!page_size)
		page_size = (uint64_t)sysconf(_SC_PAGESIZE);
	setup_fds();
	setup_signals();
	hello.pid = getpid();
	hello.page_size = (int64_t)page_size;
	send_packet(&hello, sizeof(hello));
	serve();
	return 0;
}
