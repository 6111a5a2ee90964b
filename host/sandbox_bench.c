// SPDX-License-Identifier: MIT
/*
 * `mmsim-sandbox --bench`: the kernel's side of `mmsim bench`.
 *
 * The workloads of host/bench_workloads.c run here with real system calls
 * and real loads and stores, in this process's own address space, which is
 * the quiet one of the sandbox: static, no heap.  The CLI sends one
 * struct bench_request per round on fd 3 and reads one struct bench_reply;
 * the timing is taken in here, around the operations alone.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bench.h"
#include "protocol.h"

#ifndef SYS_memfd_create
#define SYS_memfd_create	319
#endif

#define PAGE	4096UL

static long sys_ret(long r)
{
	return r == -1 ? -errno : r;
}

static long h_mmap(void *ctx, unsigned long addr, unsigned long len,
		   int prot, int flags)
{
	(void)ctx;
	return sys_ret(syscall(SYS_mmap, addr, len, prot, flags, -1, 0));
}

static long h_munmap(void *ctx, unsigned long addr, unsigned long len)
{
	(void)ctx;
	return sys_ret(syscall(SYS_munmap, addr, len));
}

static long h_mprotect(void *ctx, unsigned long addr, unsigned long len,
		       int prot)
{
	(void)ctx;
	return sys_ret(syscall(SYS_mprotect, addr, len, prot));
}

static long h_madvise(void *ctx, unsigned long addr, unsigned long len,
		      int advice)
{
	(void)ctx;
	return sys_ret(syscall(SYS_madvise, addr, len, advice));
}

static long h_mremap(void *ctx, unsigned long addr, unsigned long old_len,
		     unsigned long new_len, int flags, unsigned long new_addr)
{
	(void)ctx;
	return sys_ret(syscall(SYS_mremap, addr, old_len, new_len, flags,
			       new_addr));
}

/* The same bytes as the model's write(): every byte of the range. */
static int h_write(void *ctx, unsigned long addr, unsigned long len, int byte)
{
	(void)ctx;
	memset((void *)addr, byte, len);
	return 0;
}

/*
 * One load per page: the fault is the kernel's work; the model's read()
 * does more (it also finds the range's common byte).
 */
static int h_read(void *ctx, unsigned long addr, unsigned long len)
{
	unsigned long a;

	(void)ctx;
	for (a = addr; a < addr + len; a += PAGE)
		(void)*(volatile const unsigned char *)a;
	return 0;
}

/* The parent's time includes the child's exit, as the model's does. */
static long h_fork_write(void *ctx, unsigned long addr, unsigned long len,
			 int byte)
{
	pid_t pid;
	int status;

	(void)ctx;
	pid = fork();
	if (pid < 0)
		return -errno;
	if (pid == 0) {
		memset((void *)addr, byte, len);
		_exit(0);
	}
	if (waitpid(pid, &status, 0) != pid)
		return -errno;
	return WIFEXITED(status) && !WEXITSTATUS(status) ? 0 : -ECHILD;
}

static char fill_buf[1 << 16];

/* Fill @fd with @len bytes; every page lands in the page cache. */
static int fill_file(int fd, unsigned long len)
{
	unsigned long done = 0;

	memset(fill_buf, 'f', sizeof(fill_buf));
	while (done < len) {
		unsigned long n = len - done < sizeof(fill_buf) ?
				  len - done : sizeof(fill_buf);
		ssize_t w = pwrite(fd, fill_buf, n, (off_t)done);

		if (w <= 0)
			return w < 0 ? -errno : -EIO;
		done += (unsigned long)w;
	}
	return 0;
}

/* shmem: a memfd; a file: an unnamed file on /var/tmp, a disk file system. */
static long h_map_cached(void *ctx, unsigned long len, int shmem)
{
	long fd, a;
	int err;

	if (shmem)
		fd = sys_ret(syscall(SYS_memfd_create, "mmsim-bench", 0));
	else
		fd = sys_ret(open("/var/tmp", O_TMPFILE | O_RDWR | O_CLOEXEC, 0600));
	if (fd < 0)
		return fd;
	err = fill_file((int)fd, len);
	a = err ? err : sys_ret(syscall(SYS_mmap, 0, len, PROT_READ, MAP_SHARED,
					fd, 0));
	if (a >= 0)
		h_madvise(ctx, (unsigned long)a, len, MADV_NOHUGEPAGE);
	close((int)fd);
	return a;
}

static void h_unmap_cached(void *ctx, unsigned long addr, unsigned long len)
{
	h_munmap(ctx, addr, len);
}

static const struct bench_ops host_ops = {
	.mmap = h_mmap,
	.munmap = h_munmap,
	.mprotect = h_mprotect,
	.madvise = h_madvise,
	.mremap = h_mremap,
	.write = h_write,
	.read = h_read,
	.fork_write = h_fork_write,
	.map_cached = h_map_cached,
	.unmap_cached = h_unmap_cached,
};

/*
 * Serve rounds until the CLI goes away.  The first packet says who we are,
 * so that a CLI never mistakes a stale sandbox (which would send SB_HELLO)
 * for a bench.
 */
int sandbox_bench_main(int sock)
{
	static struct bench_state state;
	struct bench_request req;
	struct bench_reply rep = { .magic = BENCH_MAGIC, .version = BENCH_VERSION };

	if (send(sock, &rep, sizeof(rep), MSG_NOSIGNAL) < 0)
		return 2;
	for (;;) {
		ssize_t n = recv(sock, &req, sizeof(req), 0);

		if (n < 0 && errno == EINTR)
			continue;
		if (n != (ssize_t)sizeof(req))
			return 0;	/* the CLI is gone */
		memset(&rep.result, 0, sizeof(rep.result));
		if (req.magic != BENCH_MAGIC || req.version != BENCH_VERSION)
			rep.result.err = -EPROTO;
		else
			bench_run(&host_ops, NULL, &state, &req.params, &rep.result);
		if (send(sock, &rep, sizeof(rep), MSG_NOSIGNAL) < 0)
			return 0;
	}
}
