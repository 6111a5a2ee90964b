// SPDX-License-Identifier: MIT
/*
 * The host backend, CLI side: starts mmsim-sandbox, keeps one socket and one
 * pidfd per scenario process, and never waits on a sandbox without a
 * timeout.  Nothing of the scenario ever runs in the CLI's address space.
 */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "protocol.h"

#ifndef SYS_pidfd_open
#define SYS_pidfd_open		434
#endif
#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal	424
#endif

#define MAX_PROCS	1024

struct host_proc {
	int sock;
	int pidfd;
	pid_t pid;
	bool alive;
};

struct host_backend {
	struct sc_backend base;
	struct host_proc procs[MAX_PROCS];
	int nprocs;
	int timeout_ms;
	char scratch[PATH_MAX];
};

static struct host_backend *to_host(struct sc_backend *b)
{
	return (struct host_backend *)b;
}

static bool host_has_feature(struct sc_backend *b, const char *feature)
{
	(void)b;
	if (!strcmp(feature, "host") || !strcmp(feature, "files"))
		return true;
	if (!strcmp(feature, "root"))
		return geteuid() == 0;
	return false;
}

static int pidfd_open(pid_t pid)
{
	return (int)syscall(SYS_pidfd_open, pid, 0);
}

/* Why a sandbox process stopped answering, in words. */
static void describe_death(struct host_backend *hb, int proc, char *err,
			   size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	int status;

	if (proc == 0 && waitpid(hp->pid, &status, WNOHANG) == hp->pid) {
		if (WIFSIGNALED(status))
			snprintf(err, errlen, "host sandbox process %d died (killed by signal %d, %s)",
				 proc, WTERMSIG(status), strsignal(WTERMSIG(status)));
		else
			snprintf(err, errlen, "host sandbox process %d exited with status %d",
				 proc, WEXITSTATUS(status));
	} else {
		snprintf(err, errlen, "host sandbox process %d died", proc);
	}
	hp->alive = false;
}

/*
 * Wait for a packet from @proc.  Returns its length, or -1 with @err set
 * when the process died or did not answer in time.
 */
static ssize_t recv_packet(struct host_backend *hb, int proc, void *buf,
			   size_t len, char *err, size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	struct pollfd pfd[2] = {
		{ .fd = hp->sock, .events = POLLIN },
		{ .fd = hp->pidfd, .events = POLLIN },
	};
	int r;

	for (;;) {
		r = poll(pfd, 2, hb->timeout_ms);
		if (r < 0 && errno == EINTR)
			continue;
		break;
	}
	if (r == 0) {
		snprintf(err, errlen, "host sandbox process %d did not answer within %d s",
			 proc, hb->timeout_ms / 1000);
		return -1;
	}
	if (pfd[0].revents & POLLIN) {
		ssize_t n = recv(hp->sock, buf, len, 0);

		if (n >= 0 && !(n == 0 && (pfd[0].revents & POLLHUP)))
			return n;
	}
	describe_death(hb, proc, err, errlen);
	return -1;
}

static int send_request(struct host_backend *hb, int proc,
			const struct sc_call *c, int pass_fd,
			char *err, size_t errlen)
{
	struct sb_request req;
	char cbuf[CMSG_SPACE(sizeof(int))];
	struct iovec iov = { &req, sizeof(req) };
	struct msghdr msg = { 0 };

	memset(&req, 0, sizeof(req));
	req.call = *c;
	msg.msg_iov = &iov;
	msg.msg_iovlen = 1;
	if (pass_fd >= 0) {
		struct cmsghdr *cm;

		memset(cbuf, 0, sizeof(cbuf));
		msg.msg_control = cbuf;
		msg.msg_controllen = sizeof(cbuf);
		cm = CMSG_FIRSTHDR(&msg);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_RIGHTS;
		cm->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(cm), &pass_fd, sizeof(int));
	}
	if (sendmsg(hb->procs[proc].sock, &msg, MSG_NOSIGNAL) != (ssize_t)sizeof(req)) {
		describe_death(hb, proc, err, errlen);
		return -1;
	}
	return 0;
}

static int host_fork(struct host_backend *hb, int proc, const struct sc_call *c,
		     struct sc_outcome *out, char *err, size_t errlen)
{
	struct sb_reply rep;
	struct host_proc *child;
	int sv[2];

	if (hb->nprocs >= MAX_PROCS) {
		snprintf(err, errlen, "more than %d processes", MAX_PROCS);
		return -1;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		snprintf(err, errlen, "socketpair: %s", strerror(errno));
		return -1;
	}
	if (send_request(hb, proc, c, sv[1], err, errlen)) {
		close(sv[0]);
		close(sv[1]);
		return -1;
	}
	close(sv[1]);
	if (recv_packet(hb, proc, &rep, sizeof(rep), err, errlen) != sizeof(rep)) {
		close(sv[0]);
		return -1;
	}
	*out = rep.out;
	if (rep.out.kind != SC_PROC) {
		close(sv[0]);
		return 0;
	}
	child = &hb->procs[hb->nprocs];
	child->sock = sv[0];
	child->pid = (pid_t)rep.pid;
	child->pidfd = pidfd_open(child->pid);
	child->alive = true;
	if (child->pidfd < 0) {
		snprintf(err, errlen, "pidfd_open: %s", strerror(errno));
		close(sv[0]);
		kill(child->pid, SIGKILL);
		return -1;
	}
	out->v = hb->nprocs++;
	return 0;
}

/* exit(): returns once the process is gone and its memory torn down. */
static int host_exit(struct host_backend *hb, int proc, const struct sc_call *c,
		     struct sc_outcome *out, char *err, size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	struct pollfd pfd = { .fd = hp->pidfd, .events = POLLIN };
	int r;

	if (send_request(hb, proc, c, -1, err, errlen))
		return -1;
	do {
		r = poll(&pfd, 1, hb->timeout_ms);
	} while (r < 0 && errno == EINTR);
	if (r <= 0) {
		snprintf(err, errlen, "host sandbox process %d did not exit within %d s",
			 proc, hb->timeout_ms / 1000);
		return -1;
	}
	close(hp->sock);
	close(hp->pidfd);
	hp->alive = false;
	out->kind = SC_NUM;
	out->v = 0;
	return 0;
}

static int host_call(struct sc_backend *b, int proc, const struct sc_call *c,
		     struct sc_outcome *out, struct sc_text *text,
		     char *err, size_t errlen)
{
	struct host_backend *hb = to_host(b);
	struct sb_reply rep;
	static char chunk[SB_TEXT_CHUNK];

	memset(out, 0, sizeof(*out));
	if (proc < 0 || proc >= hb->nprocs || !hb->procs[proc].alive) {
		snprintf(err, errlen, "no live process %d", proc);
		return -1;
	}
	if (c->op == SC_FORK)
		return host_fork(hb, proc, c, out, err, errlen);
	if (c->op == SC_EXIT) {
		if (proc == 0) {
			snprintf(err, errlen, "main cannot exit");
			return -1;
		}
		return host_exit(hb, proc, c, out, err, errlen);
	}
	if (send_request(hb, proc, c, -1, err, errlen))
		return -1;
	if (recv_packet(hb, proc, &rep, sizeof(rep), err, errlen) != sizeof(rep))
		return -1;
	if (c->op == SC_MAPS) {
		for (;;) {
			ssize_t n = recv_packet(hb, proc, chunk, sizeof(chunk),
						err, errlen);

			if (n < 0)
				return -1;
			if (n == 0)
				break;
			if (text)
				sc_text_append(text, chunk, (size_t)n);
		}
	}
	if (rep.status) {
		snprintf(err, errlen, "%s", rep.msg);
		return -1;
	}
	*out = rep.out;
	return 0;
}

static int rm_entry(const char *path, const struct stat *sb, int flag,
		    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static void host_destroy(struct sc_backend *b)
{
	struct host_backend *hb = to_host(b);
	int i;

	for (i = 0; i < hb->nprocs; i++) {
		struct host_proc *hp = &hb->procs[i];

		if (!hp->alive)
			continue;
		syscall(SYS_pidfd_send_signal, hp->pidfd, SIGKILL, NULL, 0);
		close(hp->sock);
		close(hp->pidfd);
	}
	if (hb->nprocs)
		waitpid(hb->procs[0].pid, NULL, 0);
	if (hb->scratch[0])
		nftw(hb->scratch, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	free(hb);
}

static const struct sc_backend_ops host_ops = {
	.name = "host",
	.has_feature = host_has_feature,
	.call = host_call,
	.destroy = host_destroy,
};

/* mmsim-sandbox lives next to the running mmsim, or where MMSIM_SANDBOX says. */
static int sandbox_path(char *buf, size_t len)
{
	const char *env = getenv("MMSIM_SANDBOX");
	char *slash;
	ssize_t n;

	if (env && *env) {
		snprintf(buf, len, "%s", env);
		return 0;
	}
	n = readlink("/proc/self/exe", buf, len - 1);
	if (n <= 0)
		return -1;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash || (size_t)(slash - buf) + sizeof("/mmsim-sandbox") > len)
		return -1;
	strcpy(slash, "/mmsim-sandbox");
	return 0;
}

struct sc_backend *sc_host_backend_create(const struct sc_profile *p,
					  char *err, size_t errlen)
{
	struct host_backend *hb = calloc(1, sizeof(*hb));
	char path[PATH_MAX];
	const char *t = getenv("MMSIM_HOST_TIMEOUT");
	int sv[2];
	pid_t pid;

	if (!hb) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	hb->base.ops = &host_ops;
	hb->base.profile = *p;
	hb->timeout_ms = (t && atoi(t) > 0 ? atoi(t) : 10) * 1000;
	if (sandbox_path(path, sizeof(path)) || access(path, X_OK)) {
		snprintf(err, errlen, "cannot find the host sandbox (%s); build it with make",
			 path);
		free(hb);
		return NULL;
	}
	snprintf(hb->scratch, sizeof(hb->scratch), "/var/tmp/mmsim.XXXXXX");
	if (!mkdtemp(hb->scratch)) {
		snprintf(err, errlen, "cannot create a scratch directory: %s",
			 strerror(errno));
		free(hb);
		return NULL;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		snprintf(err, errlen, "socketpair: %s", strerror(errno));
		goto fail;
	}
	fflush(NULL);
	pid = fork();
	if (pid < 0) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(sv[0]);
		close(sv[1]);
		goto fail;
	}
	if (pid == 0) {
		char *argv[] = { (char *)"mmsim-sandbox", NULL };
		char *envp[] = { NULL };

		if (dup2(sv[1], SB_SOCK_FD) < 0 || chdir(hb->scratch))
			_exit(127);
		execve(path, argv, envp);
		_exit(127);
	}
	close(sv[1]);
	hb->procs[0].sock = sv[0];
	hb->procs[0].pid = pid;
	hb->procs[0].pidfd = pidfd_open(pid);
	hb->procs[0].alive = true;
	hb->nprocs = 1;
	if (hb->procs[0].pidfd < 0) {
		snprintf(err, errlen, "pidfd_open: %s", strerror(errno));
		host_destroy(&hb->base);
		return NULL;
	}
	return &hb->base;
fail:
	rmdir(hb->scratch);
	free(hb);
	return NULL;
}
