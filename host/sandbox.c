// SPDX-License-Identifier: MIT
/*
 * mmsim-sandbox: the host's side of the oracle.
 *
 * Each process of a scenario is one of these, executing requests from the
 * CLI with real system calls and its own loads and stores.  It keeps its
 * address space quiet: no malloc after start-up, static buffers only, raw
 * system calls so that no library wrapper adds or changes a mapping.  A
 * fault on a scenario access is caught with sigsetjmp and reported as the
 * signal it was.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/uio.h>
#include <unistd.h>

#include "protocol.h"

#ifndef SYS_mseal
#define SYS_mseal		462
#endif
#ifndef SYS_process_madvise
#define SYS_process_madvise	440
#endif
#ifndef SYS_memfd_create
#define SYS_memfd_create	319
#endif

#define PAGE_SIZE	4096UL

static int sock = SB_SOCK_FD;
static sigjmp_buf fault_jmp;
static volatile sig_atomic_t fault_armed;
static char page_buf[PAGE_SIZE];
static char io_buf[1 << 16];

/* Raw system calls: the kernel's result, -errno on failure. */
static long sys(long nr, long a, long b, long c, long d, long e, long f)
{
	long r = syscall(nr, a, b, c, d, e, f);

	return r == -1 ? -errno : r;
}

static void on_fault(int sig, siginfo_t *si, void *uc)
{
	(void)si;
	(void)uc;
	if (fault_armed) {
		fault_armed = 0;
		siglongjmp(fault_jmp, sig);
	}
	/* a fault outside a scenario access: die of it */
	signal(sig, SIG_DFL);
	raise(sig);
}

static void setup_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = on_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigaction(SIGSEGV, &sa, NULL);
	sigaction(SIGBUS, &sa, NULL);
	/* children are reaped by the kernel; the CLI watches them by pidfd */
	signal(SIGCHLD, SIG_IGN);
}

/* ---- accesses ------------------------------------------------------------ */

/*
 * The state of an access lives in statics: siglongjmp() may clobber
 * automatic variables, and the sandbox is single-threaded.
 */
static volatile uint64_t acc_addr, acc_end;
static volatile int acc_common;

/*
 * Read [addr, addr + len) byte by byte, the first byte of each page first,
 * so that a fault is always the first access to its page.
 */
static void do_read(uint64_t addr, uint64_t len, struct sc_outcome *o)
{
	int sig;

	acc_addr = addr;
	acc_end = addr + (len ? len : 1);
	acc_common = -1;
	sig = sigsetjmp(fault_jmp, 1);
	if (sig) {
		o->kind = SC_SIGNAL;
		o->v = sig;
		return;
	}
	while (acc_addr < acc_end) {
		uint64_t a = acc_addr, end = acc_end;
		uint64_t pend = (a & ~(PAGE_SIZE - 1)) + PAGE_SIZE;
		uint64_t n = (pend < end ? pend : end) - a, i;
		volatile const unsigned char *p = (volatile const unsigned char *)(uintptr_t)a;
		int common = acc_common;

		fault_armed = 1;
		if (common < 0)
			common = p[0];
		for (i = 0; i < n && common != 256; i++)
			if (p[i] != common)
				common = 256;	/* mixed; later pages may still fault */
		if (common == 256)
			(void)p[0];
		fault_armed = 0;
		acc_common = common;
		acc_addr = a + n;
	}
	if (acc_common == 256) {
		o->kind = SC_MIXED;
	} else {
		o->kind = SC_NUM;
		o->v = acc_common;
	}
}

/* Write page by page: pages before a faulting one stay written. */
static void do_write(uint64_t addr, uint64_t len, int byte, struct sc_outcome *o)
{
	int sig;

	acc_addr = addr;
	acc_end = addr + len;
	sig = sigsetjmp(fault_jmp, 1);
	if (sig) {
		o->kind = SC_SIGNAL;
		o->v = sig;
		return;
	}
	while (acc_addr < acc_end) {
		uint64_t a = acc_addr, end = acc_end;
		uint64_t pend = (a & ~(PAGE_SIZE - 1)) + PAGE_SIZE;
		uint64_t n = (pend < end ? pend : end) - a, i;
		volatile unsigned char *p = (volatile unsigned char *)(uintptr_t)a;

		fault_armed = 1;
		p[0] = (unsigned char)byte;	/* the faulting store, if any */
		fault_armed = 0;
		for (i = 1; i < n; i++)
			p[i] = (unsigned char)byte;
		acc_addr = a + n;
	}
	o->kind = SC_NUM;
	o->v = 0;
}

/* ---- files ----------------------------------------------------------------- */

static long do_pwrite(int fd, int byte, uint64_t len, uint64_t off)
{
	uint64_t done = 0;

	memset(page_buf, byte, sizeof(page_buf));
	while (done < len) {
		uint64_t n = len - done < PAGE_SIZE ? len - done : PAGE_SIZE;
		long r = sys(SYS_pwrite64, fd, (long)page_buf, (long)n,
			     (long)(off + done), 0, 0);

		if (r < 0)
			return done ? (long)done : r;
		if (r == 0)
			break;
		done += (uint64_t)r;
	}
	return (long)done;
}

static void do_pread(int fd, uint64_t len, uint64_t off, struct sc_outcome *o)
{
	uint64_t done = 0;
	int common = -1;

	while (done < len) {
		uint64_t n = len - done < sizeof(io_buf) ? len - done : sizeof(io_buf);
		long r = sys(SYS_pread64, fd, (long)io_buf, (long)n,
			     (long)(off + done), 0, 0), i;

		if (r < 0) {
			if (!done) {
				o->kind = SC_NUM;
				o->v = r;
				return;
			}
			break;
		}
		if (r == 0)
			break;
		for (i = 0; i < r; i++) {
			if (common < 0)
				common = (unsigned char)io_buf[i];
			else if (common != (unsigned char)io_buf[i])
				common = 256;
		}
		done += (uint64_t)r;
	}
	if (common < 0)
		o->kind = SC_NONE;
	else if (common == 256)
		o->kind = SC_MIXED;
	else {
		o->kind = SC_NUM;
		o->v = common;
	}
}

/* ---- /proc ----------------------------------------------------------------- */

/* A line reader over a file, with a fixed buffer. */
struct lines {
	int fd;
	char buf[1 << 16];
	size_t start, end;
	bool eof;
};

static struct lines lr;

static int lines_open(struct lines *l, const char *path)
{
	l->fd = (int)sys(SYS_openat, AT_FDCWD, (long)path, O_RDONLY | O_CLOEXEC, 0, 0, 0);
	l->start = l->end = 0;
	l->eof = false;
	return l->fd < 0 ? -1 : 0;
}

static void lines_close(struct lines *l)
{
	sys(SYS_close, l->fd, 0, 0, 0, 0, 0);
}

/* The next line, NUL-terminated in place, or NULL at the end. */
static char *lines_next(struct lines *l)
{
	for (;;) {
		char *nl = memchr(l->buf + l->start, '\n', l->end - l->start);

		if (nl) {
			char *line = l->buf + l->start;

			*nl = '\0';
			l->start = (size_t)(nl - l->buf) + 1;
			return line;
		}
		if (l->eof) {
			if (l->start < l->end) {
				char *line = l->buf + l->start;

				l->buf[l->end < sizeof(l->buf) ? l->end : sizeof(l->buf) - 1] = '\0';
				l->start = l->end;
				return line;
			}
			return NULL;
		}
		memmove(l->buf, l->buf + l->start, l->end - l->start);
		l->end -= l->start;
		l->start = 0;
		if (l->end >= sizeof(l->buf) - 1)
			l->end = 0;	/* a line longer than the buffer: drop it */
		long r = sys(SYS_read, l->fd, (long)(l->buf + l->end),
			     (long)(sizeof(l->buf) - 1 - l->end), 0, 0, 0);
		if (r <= 0)
			l->eof = true;
		else
			l->end += (size_t)r;
	}
}

static bool parse_range(const char *line, uint64_t *start, uint64_t *end)
{
	char *dash;

	*start = strtoull(line, &dash, 16);
	if (*dash != '-')
		return false;
	*end = strtoull(dash + 1, NULL, 16);
	return true;
}

/* Find the maps line of the VMA containing addr; copies it to out. */
static bool find_vma_line(uint64_t addr, uint64_t *start, uint64_t *end,
			  char *perms)
{
	char *line;
	bool found = false;

	if (lines_open(&lr, "/proc/self/maps"))
		return false;
	while ((line = lines_next(&lr))) {
		if (!parse_range(line, start, end))
			continue;
		if (addr >= *start && addr < *end) {
			const char *sp = strchr(line, ' ');

			if (sp && perms) {
				memcpy(perms, sp + 1, 4);
				perms[4] = '\0';
			}
			found = true;
			break;
		}
	}
	lines_close(&lr);
	return found;
}

/*
 * The smaps field (or the VmFlags mnemonic) of the VMA containing addr.
 * Returns 1 found, 0 no VMA, -1 no such field.
 */
static int smaps_lookup(uint64_t addr, const char *field, bool vmflag,
			int64_t *val)
{
	char *line;
	bool in = false;
	int ret = 0;
	size_t flen = strlen(field);

	if (lines_open(&lr, "/proc/self/smaps"))
		return 0;
	while ((line = lines_next(&lr))) {
		uint64_t s, e;

		if (line[0] >= '0' && line[0] <= '9' ? true :
		    (line[0] >= 'a' && line[0] <= 'f')) {
			if (parse_range(line, &s, &e) && strchr(line, ' ') &&
			    strchr(line, '-') < strchr(line, ' ')) {
				if (in)
					break;
				in = addr >= s && addr < e;
				if (in)
					ret = -1;
				continue;
			}
		}
		if (!in)
			continue;
		if (vmflag) {
			char *p;

			if (strncmp(line, "VmFlags:", 8))
				continue;
			*val = 0;
			for (p = line + 8; *p; ) {
				while (*p == ' ')
					p++;
				if (!strncmp(p, field, flen) &&
				    (p[flen] == ' ' || p[flen] == '\0'))
					*val = 1;
				while (*p && *p != ' ')
					p++;
			}
			ret = 1;
			break;
		}
		if (!strncmp(line, field, flen) && line[flen] == ':') {
			char *end;
			int64_t v = strtoll(line + flen + 1, &end, 10);

			while (*end == ' ')
				end++;
			*val = !strncmp(end, "kB", 2) ? v * 1024 : v;
			ret = 1;
			break;
		}
	}
	lines_close(&lr);
	return ret;
}

static uint64_t read_u64_at(const char *path, uint64_t index)
{
	uint64_t v = 0;
	long fd = sys(SYS_openat, AT_FDCWD, (long)path, O_RDONLY | O_CLOEXEC, 0, 0, 0);

	if (fd < 0)
		return 0;
	if (sys(SYS_pread64, fd, (long)&v, sizeof(v), (long)(index * 8), 0, 0) != 8)
		v = 0;
	sys(SYS_close, fd, 0, 0, 0, 0, 0);
	return v;
}

static uint64_t pagemap_of(uint64_t addr)
{
	return read_u64_at("/proc/self/pagemap", addr / PAGE_SIZE);
}

#define PM_PRESENT	(1ULL << 63)
#define PM_PFN_MASK	((1ULL << 55) - 1)

static void send_text_file(const char *path)
{
	long fd = sys(SYS_openat, AT_FDCWD, (long)path, O_RDONLY | O_CLOEXEC, 0, 0, 0);

	if (fd >= 0) {
		for (;;) {
			long r = sys(SYS_read, fd, (long)io_buf, sizeof(io_buf), 0, 0, 0);

			if (r <= 0)
				break;
			send(sock, io_buf, (size_t)r, 0);
		}
		sys(SYS_close, fd, 0, 0, 0, 0, 0);
	}
	send(sock, io_buf, 0, 0);	/* the end of the text */
}

/* ---- requests --------------------------------------------------------------- */

static void observe(const struct sc_call *c, struct sc_outcome *o,
		    struct sb_reply *rep)
{
	uint64_t s, e, pm;
	int64_t v = 0;
	int r;

	switch (c->op) {
	case SC_VMA:
		if (find_vma_line((uint64_t)c->args[0], &s, &e, NULL)) {
			o->kind = SC_RANGE;
			o->is_addr = true;
			o->v = (int64_t)s;
			o->v2 = (int64_t)e;
		} else {
			o->kind = SC_NONE;
		}
		return;
	case SC_VMA_PROT:
		if (find_vma_line((uint64_t)c->args[0], &s, &e, o->str))
			o->kind = SC_STRING;
		else
			o->kind = SC_NONE;
		return;
	case SC_VMFLAG:
	case SC_SMAPS:
		r = smaps_lookup((uint64_t)c->args[0], c->str, c->op == SC_VMFLAG, &v);
		if (r == 0) {
			o->kind = SC_NONE;
		} else if (r < 0) {
			if (c->op == SC_VMFLAG) {
				o->kind = SC_NUM;
				o->v = 0;
				return;
			}
			rep->status = -1;
			snprintf(rep->msg, sizeof(rep->msg),
				 "smaps has no field '%s'", c->str);
		} else {
			o->kind = SC_NUM;
			o->v = v;
		}
		return;
	case SC_PAGEMAP:
		if (!find_vma_line((uint64_t)c->args[0], &s, &e, NULL)) {
			o->kind = SC_NUM;
			o->v = 0;
			return;
		}
		o->kind = SC_NUM;
		o->v = (int64_t)(pagemap_of((uint64_t)c->args[0]) & ~PM_PFN_MASK);
		return;
	case SC_FRAME:
	case SC_MAPCOUNT:
	case SC_KPAGEFLAGS:
		pm = find_vma_line((uint64_t)c->args[0], &s, &e, NULL) ?
		     pagemap_of((uint64_t)c->args[0]) : 0;
		if (!(pm & PM_PRESENT)) {
			if (c->op == SC_FRAME) {
				o->kind = SC_NONE;
			} else {
				o->kind = SC_NUM;
				o->v = 0;
			}
			return;
		}
		pm &= PM_PFN_MASK;
		if (c->op == SC_FRAME) {
			o->kind = SC_TOKEN;
			o->v = (int64_t)pm;
		} else {
			o->kind = SC_NUM;
			o->v = (int64_t)read_u64_at(c->op == SC_MAPCOUNT ?
						    "/proc/kpagecount" :
						    "/proc/kpageflags", pm);
		}
		return;
	default:
		rep->status = -1;
		snprintf(rep->msg, sizeof(rep->msg), "unknown request %d", c->op);
		return;
	}
}

static void execute(const struct sc_call *c, struct sb_reply *rep)
{
	const int64_t *a = c->args;
	struct sc_outcome *o = &rep->out;

	o->kind = SC_NUM;
	switch (c->op) {
	case SC_MMAP:
		o->v = sys(SYS_mmap, a[0], a[1], a[2], a[3], a[4], a[5]);
		o->is_addr = o->v >= 0;
		return;
	case SC_MUNMAP:
		o->v = sys(SYS_munmap, a[0], a[1], 0, 0, 0, 0);
		return;
	case SC_MPROTECT:
		o->v = sys(SYS_mprotect, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_MADVISE:
		o->v = sys(SYS_madvise, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_MREMAP:
		o->v = sys(SYS_mremap, a[0], a[1], a[2], a[3],
			   c->nargs > 4 ? a[4] : 0, 0);
		o->is_addr = o->v >= 0;
		return;
	case SC_MLOCK:
		o->v = sys(SYS_mlock, a[0], a[1], 0, 0, 0, 0);
		return;
	case SC_MLOCK2:
		o->v = sys(SYS_mlock2, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_MUNLOCK:
		o->v = sys(SYS_munlock, a[0], a[1], 0, 0, 0, 0);
		return;
	case SC_MSYNC:
		o->v = sys(SYS_msync, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_MSEAL:
		o->v = sys(SYS_mseal, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_PROCESS_MADVISE: {
		static struct iovec iov[SC_MAX_IOV];
		int i;

		for (i = 0; i < c->niov; i++) {
			iov[i].iov_base = (void *)(uintptr_t)c->iov[i][0];
			iov[i].iov_len = (size_t)c->iov[i][1];
		}
		o->v = sys(SYS_process_madvise, a[0], (long)iov, c->niov,
			   a[1], a[2], 0);
		return;
	}
	case SC_MEMFD_CREATE:
		o->v = sys(SYS_memfd_create, (long)c->str, a[0], 0, 0, 0, 0);
		return;
	case SC_OPEN:
		o->v = sys(SYS_openat, AT_FDCWD, (long)c->str, a[0],
			   c->nargs > 1 ? a[1] : 0, 0, 0);
		return;
	case SC_CLOSE:
		o->v = sys(SYS_close, a[0], 0, 0, 0, 0, 0);
		return;
	case SC_UNLINK:
		o->v = sys(SYS_unlinkat, AT_FDCWD, (long)c->str, 0, 0, 0, 0);
		return;
	case SC_FTRUNCATE:
		o->v = sys(SYS_ftruncate, a[0], a[1], 0, 0, 0, 0);
		return;
	case SC_FALLOCATE:
		o->v = sys(SYS_fallocate, a[0], a[1], a[2], a[3], 0, 0);
		return;
	case SC_FCNTL:
		o->v = sys(SYS_fcntl, a[0], a[1], a[2], 0, 0, 0);
		return;
	case SC_PWRITE:
		o->v = do_pwrite((int)a[0], (int)a[1], (uint64_t)a[2], (uint64_t)a[3]);
		return;
	case SC_PREAD:
		do_pread((int)a[0], (uint64_t)a[1], (uint64_t)a[2], o);
		return;
	case SC_FSYNC:
		o->v = sys(SYS_fsync, a[0], 0, 0, 0, 0, 0);
		return;
	case SC_READ:
		do_read((uint64_t)a[0], c->nargs > 1 ? (uint64_t)a[1] : 1, o);
		return;
	case SC_WRITE:
		do_write((uint64_t)a[0], (uint64_t)a[1], (int)a[2], o);
		return;
	default:
		observe(c, o, rep);
		return;
	}
}

/* Receive one request, and the fd that a fork request carries. */
static int receive(struct sb_request *req, int *passed_fd)
{
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { req, sizeof(*req) };
	struct msghdr msg = { 0 };
	struct cmsghdr *cm;
	ssize_t n;

	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	msg.msg_control = cbuf;
	msg.msg_controllen = sizeof(cbuf);
	*passed_fd = -1;
	n = recvmsg(sock, &msg, 0);
	if (n != (ssize_t)sizeof(*req))
		return -1;
	for (cm = CMSG_FIRSTHDR(&msg); cm; cm = CMSG_NXTHDR(&msg, cm))
		if (cm->cmsg_level == SOL_SOCKET && cm->cmsg_type == SCM_RIGHTS)
			memcpy(passed_fd, CMSG_DATA(cm), sizeof(int));
	return 0;
}

int main(void)
{
	static struct sb_request req;
	static struct sb_reply rep;

	setup_signals();
	for (;;) {
		int fd;

		if (receive(&req, &fd))
			_exit(0);	/* the CLI is gone */
		memset(&rep, 0, sizeof(rep));
		if (req.call.op == SC_EXIT)
			_exit(0);
		if (req.call.op == SC_FORK) {
			pid_t pid;

			if (fd < 0) {
				rep.status = -1;
				snprintf(rep.msg, sizeof(rep.msg), "fork without a socket");
			} else {
				pid = fork();
				if (pid == 0) {
					/* the child talks on its own socket */
					close(sock);
					sock = fd;
					continue;
				}
				close(fd);
				if (pid < 0) {
					rep.out.kind = SC_NUM;
					rep.out.v = -errno;
				} else {
					rep.out.kind = SC_PROC;
					rep.pid = pid;
				}
			}
			send(sock, &rep, sizeof(rep), 0);
			continue;
		}
		if (req.call.op == SC_MAPS) {
			rep.out.kind = SC_NUM;
			send(sock, &rep, sizeof(rep), 0);
			send_text_file("/proc/self/maps");
			continue;
		}
		execute(&req.call, &rep);
		send(sock, &rep, sizeof(rep), 0);
	}
}
