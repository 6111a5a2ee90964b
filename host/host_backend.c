// SPDX-License-Identifier: MIT
/*
 * The host backend, CLI side.
 *
 * Every process of a scenario is a real process: process 0 is an exec'd
 * mmsim-sandbox, and fork() in a scenario forks the sandbox process it runs
 * in.  The CLI keeps one SOCK_SEQPACKET socket and one pidfd per process
 * and never runs a scenario operation in its own address space.  It never
 * waits on a sandbox without a deadline either: a process that dies or
 * hangs is a broken backend, reported in a sentence.
 *
 * The wire format is in protocol.h; the sandbox is host/sandbox.c.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "protocol.h"

#ifndef SYS_pidfd_send_signal
#define SYS_pidfd_send_signal	424
#endif
#ifndef SYS_pidfd_open
#define SYS_pidfd_open		434
#endif
#ifndef SYS_userfaultfd
#define SYS_userfaultfd		323
#endif

/*
 * PIDFD_GET_INFO (Linux 6.13) with PIDFD_INFO_EXIT (6.15) tells how a
 * process ended even when it was not our child and has been reaped, as
 * long as we held a pidfd to it.  Older headers lack it.
 */
struct host_pidfd_info {
	uint64_t mask;
	uint64_t cgroupid;
	uint32_t pid, tgid, ppid, ruid, rgid, euid, egid, suid, sgid;
	uint32_t fsuid, fsgid;
	int32_t exit_code;
};

#define HOST_PIDFD_INFO_EXIT	(1ULL << 3)
#define HOST_PIDFD_GET_INFO	_IOWR(0xFF, 11, struct host_pidfd_info)

#define HOST_MAX_PROCS		1024
#define HOST_TIMEOUT_S		10.0

/* how long a process that closed its socket may take to finish dying */
#define DEATH_GRACE_MS		2000

struct host_proc {
	int sock;
	int pidfd;
	pid_t pid;
	bool alive;
};

/* Whatever a sandbox may send, in one buffer. */
union host_packet {
	uint32_t type;
	struct sb_hello hello;
	struct sb_reply reply;
	struct sb_text text;
};

struct host_backend {
	struct sc_backend base;
	int nprocs;
	int timeout_ms;
	struct host_proc procs[HOST_MAX_PROCS];
	char scratch[PATH_MAX];
	union host_packet pkt;
};

static struct host_backend *to_host(struct sc_backend *b)
{
	return (struct host_backend *)b;
}

/* ---- processes ------------------------------------------------------------ */

static int pidfd_open_pid(pid_t pid)
{
	int fd = (int)syscall(SYS_pidfd_open, pid, 0);

	return fd < 0 ? -errno : fd;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * poll() until @deadline (CLOCK_MONOTONIC ms), across signals.  Returns
 * the number of ready descriptors, 0 at the deadline, or -errno.
 */
static int poll_until(struct pollfd *fds, nfds_t n, int64_t deadline)
{
	for (;;) {
		int64_t left = deadline - now_ms();
		int r;

		if (left < 0)
			left = 0;
		r = poll(fds, n, (int)left);
		if (r >= 0)
			return r;
		if (errno != EINTR)
			return -errno;
	}
}

/* Has the process ended (or does it end before @deadline)? */
static bool wait_gone(struct host_proc *hp, int64_t deadline)
{
	struct pollfd pfd = { .fd = hp->pidfd, .events = POLLIN };

	return poll_until(&pfd, 1, deadline) > 0;
}

static void kill_proc(struct host_proc *hp)
{
	if (syscall(SYS_pidfd_send_signal, hp->pidfd, SIGKILL, NULL, 0) &&
	    errno == ENOSYS)
		kill(hp->pid, SIGKILL);
}

/*
 * Reap the process if it is our child: process 0 always is, and so is
 * any process orphaned by the death of process 0 (we are a subreaper).
 * The others were reaped by their sandbox parents, which ignore SIGCHLD.
 */
static void reap(struct host_proc *hp)
{
	siginfo_t si;

	waitid(P_PIDFD, (id_t)hp->pidfd, &si, WEXITED | WNOHANG);
}

/* The process is gone (or abandoned): forget it. */
static void drop_proc(struct host_proc *hp)
{
	if (hp->pidfd >= 0)
		reap(hp);
	if (hp->sock >= 0)
		close(hp->sock);
	if (hp->pidfd >= 0)
		close(hp->pidfd);
	hp->sock = hp->pidfd = -1;
	hp->alive = false;
}

/* "killed by signal 9" from a wait status. */
static void format_status(int status, char *buf, size_t len)
{
	if (WIFSIGNALED(status))
		snprintf(buf, len, "killed by signal %d", WTERMSIG(status));
	else if (WIFEXITED(status))
		snprintf(buf, len, "exited with status %d", WEXITSTATUS(status));
	else
		snprintf(buf, len, "wait status 0x%x", status);
}

/*
 * How an ended process ended, if the kernel still knows.  Our children
 * (see reap()) are reaped here; the others were reaped by their sandbox
 * parents, and only PIDFD_INFO_EXIT remembers them, recorded as they are
 * released (a moment after the pidfd turns readable: retry briefly).
 */
static bool exit_status(struct host_proc *hp, char *buf, size_t len)
{
	struct host_pidfd_info info;
	siginfo_t si;
	int i;

	memset(&si, 0, sizeof(si));
	if (!waitid(P_PIDFD, (id_t)hp->pidfd, &si, WEXITED | WNOHANG) &&
	    si.si_pid) {
		if (si.si_code == CLD_EXITED)
			snprintf(buf, len, "exited with status %d", si.si_status);
		else
			snprintf(buf, len, "killed by signal %d", si.si_status);
		return true;
	}
	for (i = 0; i < 50; i++) {
		memset(&info, 0, sizeof(info));
		info.mask = HOST_PIDFD_INFO_EXIT;
		if (ioctl(hp->pidfd, HOST_PIDFD_GET_INFO, &info) &&
		    errno != ESRCH)
			return false;	/* a kernel without it */
		if (info.mask & HOST_PIDFD_INFO_EXIT) {
			format_status(info.exit_code, buf, len);
			return true;
		}
		nanosleep(&(struct timespec){ .tv_nsec = 2000000 }, NULL);
	}
	return false;
}

/*
 * Process @proc stopped talking: say how it died, and forget it.  Its
 * socket may close a moment before its pidfd turns readable, so give it a
 * grace period; one that lingers without its socket is killed.
 */
static void report_death(struct host_backend *hb, int proc, const char *what,
			 char *err, size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	char how[64];

	if (!wait_gone(hp, now_ms() + DEATH_GRACE_MS)) {
		kill_proc(hp);
		wait_gone(hp, now_ms() + DEATH_GRACE_MS);
	}
	if (exit_status(hp, how, sizeof(how)))
		snprintf(err, errlen, "host sandbox process %d %s (%s)", proc,
			 what, how);
	else
		snprintf(err, errlen, "host sandbox process %d %s", proc, what);
	drop_proc(hp);
}

static void format_timeout(const struct host_backend *hb, char *buf,
			   size_t len)
{
	snprintf(buf, len, "%g s", hb->timeout_ms / 1000.0);
}

/* Process @proc hangs: kill it, so nothing runs on behind our back. */
static void report_hang(struct host_backend *hb, int proc, const char *what,
			char *err, size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	char t[32];

	format_timeout(hb, t, sizeof(t));
	snprintf(err, errlen, "host sandbox process %d %s within %s", proc,
		 what, t);
	kill_proc(hp);
	wait_gone(hp, now_ms() + DEATH_GRACE_MS);
	drop_proc(hp);
}

/* ---- packets -------------------------------------------------------------- */

/*
 * Wait for the next packet from @proc into hb->pkt.  Returns its length,
 * or -1 with @err set when the process died or did not answer in time.
 */
static ssize_t recv_packet(struct host_backend *hb, int proc, char *err,
			   size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];
	struct pollfd pfd[2] = {
		{ .fd = hp->sock, .events = POLLIN },
		{ .fd = hp->pidfd, .events = POLLIN },
	};
	ssize_t n;
	int r;

	r = poll_until(pfd, 2, now_ms() + hb->timeout_ms);
	if (r == 0) {
		report_hang(hb, proc, "did not answer", err, errlen);
		return -1;
	}
	/* a packet already sent counts, even from a process now dead */
	if (r > 0 && (pfd[0].revents & POLLIN)) {
		n = recv(hp->sock, &hb->pkt, sizeof(hb->pkt), MSG_DONTWAIT);
		if (n > 0)
			return n;
	}
	report_death(hb, proc, "died", err, errlen);
	return -1;
}

static int send_request(struct host_backend *hb, int proc,
			const struct sc_call *c, int pass_fd,
			char *err, size_t errlen)
{
	struct sb_request req;
	union {
		char buf[CMSG_SPACE(sizeof(int))];
		struct cmsghdr align;
	} ctl;
	struct iovec iov = { &req, sizeof(req) };
	struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1 };
	struct cmsghdr *cm;

	memset(&req, 0, sizeof(req));
	req.call = *c;
	if (pass_fd >= 0) {
		memset(&ctl, 0, sizeof(ctl));
		msg.msg_control = ctl.buf;
		msg.msg_controllen = sizeof(ctl.buf);
		cm = CMSG_FIRSTHDR(&msg);
		cm->cmsg_level = SOL_SOCKET;
		cm->cmsg_type = SCM_RIGHTS;
		cm->cmsg_len = CMSG_LEN(sizeof(int));
		memcpy(CMSG_DATA(cm), &pass_fd, sizeof(int));
	}
	/*
	 * One request is outstanding at a time, so the socket always has
	 * room; not to block is only a safeguard.
	 */
	if (sendmsg(hb->procs[proc].sock, &msg,
		    MSG_NOSIGNAL | MSG_DONTWAIT) == (ssize_t)sizeof(req))
		return 0;
	if (errno == EAGAIN) {
		report_hang(hb, proc, "did not take a request", err, errlen);
		return -1;
	}
	report_death(hb, proc, "died", err, errlen);
	return -1;
}

/* A sandbox that breaks the protocol cannot be trusted with more. */
static int protocol_error(struct host_backend *hb, int proc, char *err,
			  size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];

	snprintf(err, errlen, "host sandbox process %d sent a malformed packet",
		 proc);
	kill_proc(hp);
	wait_gone(hp, now_ms() + DEATH_GRACE_MS);
	drop_proc(hp);
	return -1;
}

/*
 * Collect the answer to a request: text packets (appended to @text, if
 * any) and then the reply, left in hb->pkt.reply.
 */
static int recv_reply(struct host_backend *hb, int proc, struct sc_text *text,
		      char *err, size_t errlen)
{
	for (;;) {
		ssize_t n = recv_packet(hb, proc, err, errlen);

		if (n < 0)
			return -1;
		if (n < (ssize_t)sizeof(uint32_t))
			return protocol_error(hb, proc, err, errlen);
		if (hb->pkt.type == SB_REPLY) {
			if (n != (ssize_t)sizeof(struct sb_reply))
				return protocol_error(hb, proc, err, errlen);
			hb->pkt.reply.msg[sizeof(hb->pkt.reply.msg) - 1] = '\0';
			return 0;
		}
		if (hb->pkt.type != SB_TEXT ||
		    n != (ssize_t)(offsetof(struct sb_text, data) +
				   hb->pkt.text.len))
			return protocol_error(hb, proc, err, errlen);
		if (text)
			sc_text_append(text, hb->pkt.text.data,
				       hb->pkt.text.len);
	}
}

/*
 * maps() names files of the scratch directory as the model does, relative
 * to it ("./data"): the directory's own name differs from run to run.
 */
static void scratch_relative(struct sc_text *t, const char *scratch)
{
	size_t n = strlen(scratch), r = 0, w = 0;

	if (!t->buf || !n)
		return;
	while (r < t->len) {
		if (r + n < t->len && !memcmp(t->buf + r, scratch, n) &&
		    t->buf[r + n] == '/') {
			t->buf[w++] = '.';
			r += n;
			continue;
		}
		t->buf[w++] = t->buf[r++];
	}
	t->len = w;
	t->buf[w] = '\0';
}

/* ---- operations ----------------------------------------------------------- */

/*
 * May a process make a userfaultfd that handles kernel faults too
 * (userfaultfd(0), as the selftests do)?  Only with CAP_SYS_PTRACE or
 * vm.unprivileged_userfaultfd = 1, and only in a kernel built with it.
 * Asking the kernel is the one sure test; the descriptor touches no memory.
 */
static bool host_has_userfaultfd(void)
{
	int fd = (int)syscall(SYS_userfaultfd, O_CLOEXEC);

	if (fd < 0)
		return false;
	close(fd);
	return true;
}

/*
 * The kernel shows everything its profile has (the engine asks the
 * profile first); userfaultfd is tried as well, since a seccomp filter or
 * a kernel built without it refuses the call whatever the sysctl says.
 */
static bool host_has_feature(struct sc_backend *b, const char *feature)
{
	bool have;

	if (!strcmp(feature, "host") || !strcmp(feature, "files"))
		return true;
	if (!strcmp(feature, "userfaultfd"))
		return host_has_userfaultfd();
	return mmsim_profile_feature(&b->profile, feature, &have);
}

/*
 * fork(): a fresh socket pair, one end to process @proc with the request;
 * its child takes that end over, and @proc replies with the child's pid.
 */
static int host_fork(struct host_backend *hb, int proc, const struct sc_call *c,
		     struct sc_outcome *out, char *err, size_t errlen)
{
	struct host_proc *child;
	struct sb_reply *rep = &hb->pkt.reply;
	int sv[2], pidfd, r;

	if (hb->nprocs >= HOST_MAX_PROCS) {
		snprintf(err, errlen, "more than %d processes", HOST_MAX_PROCS);
		return -1;
	}
	if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, sv)) {
		snprintf(err, errlen, "socketpair: %s", strerror(errno));
		return -1;
	}
	r = send_request(hb, proc, c, sv[1], err, errlen);
	close(sv[1]);
	if (!r)
		r = recv_reply(hb, proc, NULL, err, errlen);
	if (!r && rep->status) {
		snprintf(err, errlen, "%s", rep->msg);
		r = -1;
	}
	if (r || rep->out.kind != SC_PROC) {
		/* a failed fork is an outcome (-EAGAIN, ...), not a failure */
		close(sv[0]);
		if (!r)
			*out = rep->out;
		return r;
	}
	pidfd = pidfd_open_pid((pid_t)rep->pid);
	if (pidfd < 0) {
		snprintf(err, errlen, "host sandbox process %d died at once (pidfd_open: %s)",
			 hb->nprocs, strerror(-pidfd));
		close(sv[0]);
		return -1;
	}
	child = &hb->procs[hb->nprocs];
	child->sock = sv[0];
	child->pidfd = pidfd;
	child->pid = (pid_t)rep->pid;
	child->alive = true;
	out->kind = SC_PROC;
	out->v = hb->nprocs++;
	return 0;
}

/* exit(): returns once the process is gone and its memory torn down. */
static int host_exit(struct host_backend *hb, int proc, const struct sc_call *c,
		     struct sc_outcome *out, char *err, size_t errlen)
{
	struct host_proc *hp = &hb->procs[proc];

	if (proc == 0) {
		snprintf(err, errlen, "main cannot exit");
		return -1;
	}
	if (send_request(hb, proc, c, -1, err, errlen))
		return -1;
	/*
	 * The pidfd turns readable once the process has left exit_mm() and
	 * exit_notify(): its address space is torn down by then.
	 */
	if (!wait_gone(hp, now_ms() + hb->timeout_ms)) {
		report_hang(hb, proc, "did not exit", err, errlen);
		return -1;
	}
	drop_proc(hp);
	out->kind = SC_NUM;
	out->v = 0;
	return 0;
}

static int host_call(struct sc_backend *b, int proc, const struct sc_call *c,
		     struct sc_outcome *out, struct sc_text *text,
		     char *err, size_t errlen)
{
	struct host_backend *hb = to_host(b);
	struct sb_reply *rep = &hb->pkt.reply;

	memset(out, 0, sizeof(*out));
	if (proc < 0 || proc >= hb->nprocs) {
		snprintf(err, errlen, "no process %d", proc);
		return -1;
	}
	if (!hb->procs[proc].alive) {
		snprintf(err, errlen, "host sandbox process %d is gone", proc);
		return -1;
	}
	if (c->op == SC_FORK)
		return host_fork(hb, proc, c, out, err, errlen);
	if (c->op == SC_EXIT)
		return host_exit(hb, proc, c, out, err, errlen);
	if (send_request(hb, proc, c, -1, err, errlen) ||
	    recv_reply(hb, proc, c->op == SC_MAPS ? text : NULL, err, errlen))
		return -1;
	if (c->op == SC_MAPS && text)
		scratch_relative(text, hb->scratch);
	if (rep->status) {
		snprintf(err, errlen, "%s", rep->msg);
		return -1;
	}
	*out = rep->out;
	return 0;
}

static int rm_entry(const char *path, const struct stat *sb, int flag,
		    struct FTW *ftw)
{
	(void)sb;
	(void)flag;
	(void)ftw;
	remove(path);
	return 0;		/* remove what can be removed */
}

/*
 * Kill every process still there, children before parents (a child's id
 * is always above its parent's), so that each is reaped by its live
 * parent or by us; then remove the scratch directory.
 */
static void host_destroy(struct sc_backend *b)
{
	struct host_backend *hb = to_host(b);
	int i;

	for (i = hb->nprocs - 1; i >= 0; i--) {
		struct host_proc *hp = &hb->procs[i];

		if (!hp->alive)
			continue;
		kill_proc(hp);
		wait_gone(hp, now_ms() + DEATH_GRACE_MS);
		drop_proc(hp);
	}
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

/* ---- start-up ------------------------------------------------------------- */

/* mmsim-sandbox lives next to the running program, or where MMSIM_SANDBOX says. */
int sc_host_sandbox_path(char *buf, size_t len)
{
	const char *env = getenv("MMSIM_SANDBOX");
	char *slash;
	ssize_t n;

	if (env && *env) {
		if (strlen(env) >= len)
			return -ENAMETOOLONG;
		strcpy(buf, env);
		return 0;
	}
	n = readlink("/proc/self/exe", buf, len - 1);
	if (n <= 0)
		return -errno;
	buf[n] = '\0';
	slash = strrchr(buf, '/');
	if (!slash || (size_t)(slash - buf) + sizeof("/mmsim-sandbox") > len)
		return -ENAMETOOLONG;
	strcpy(slash, "/mmsim-sandbox");
	return 0;
}

static int timeout_ms_from_env(void)
{
	const char *env = getenv("MMSIM_HOST_TIMEOUT");
	char *end;
	double s;

	if (!env || !*env)
		return (int)(HOST_TIMEOUT_S * 1000);
	s = strtod(env, &end);
	if (*end || !(s > 0) || s > 86400)
		return (int)(HOST_TIMEOUT_S * 1000);
	return s * 1000 < 1 ? 1 : (int)(s * 1000);
}

/*
 * The child side of start-up, between fork and exec: only async-signal-
 * safe calls.  The sandbox dies with the CLI, gets its socket on
 * SB_EXEC_FD, lives in the scratch directory, and starts with no signal
 * blocked and an empty environment.
 */
/*
 * Keep the sandbox and every process it forks on one CPU, the one it
 * starts on: the kernel's per-CPU batches (LRU additions, mlock) then
 * drain where the scenario runs, before the next statement looks, which
 * is the uncontended path the model takes.  Unpinned, a MADV_PAGEOUT can
 * miss a page still in another CPU's batch, one run in many.
 */
static void pin_to_this_cpu(void)
{
	int cpu = sched_getcpu();
	cpu_set_t set;

	if (cpu < 0)
		return;
	CPU_ZERO(&set);
	CPU_SET(cpu, &set);
	sched_setaffinity(0, sizeof(set), &set);
}

static void exec_sandbox(const char *path, const char *dir, int sock,
			 pid_t parent)
{
	char *argv[] = { (char *)"mmsim-sandbox", NULL };
	char *envp[] = { NULL };
	sigset_t none;

	prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0);
	if (getppid() != parent)
		_exit(127);
	if (sock == SB_EXEC_FD) {
		if (fcntl(sock, F_SETFD, 0))
			_exit(127);
	} else if (dup2(sock, SB_EXEC_FD) < 0) {
		_exit(127);
	}
	if (chdir(dir))
		_exit(127);
	pin_to_this_cpu();
	sigemptyset(&none);
	sigprocmask(SIG_SETMASK, &none, NULL);
	execve(path, argv, envp);
	_exit(127);
}

/* Wait for the sandbox's hello and check that it speaks our protocol. */
static int await_hello(struct host_backend *hb, const char *path, char *err,
		       size_t errlen)
{
	const struct sb_hello *h = &hb->pkt.hello;
	char why[200];
	ssize_t n;

	n = recv_packet(hb, 0, why, sizeof(why));
	if (n < 0) {
		snprintf(err, errlen, "cannot start %s: %s", path, why);
		return -1;
	}
	if (n != (ssize_t)sizeof(*h) || h->type != SB_HELLO ||
	    h->version != SB_VERSION ||
	    h->request_size != sizeof(struct sb_request) ||
	    h->reply_size != sizeof(struct sb_reply)) {
		snprintf(err, errlen, "%s speaks another protocol (a stale build?)",
			 path);
		return -1;
	}
	return 0;
}

struct sc_backend *sc_host_backend_create(const struct mmsim_profile *p,
					  char *err, size_t errlen)
{
	struct host_backend *hb = calloc(1, sizeof(*hb));
	struct host_proc *main_proc;
	char path[PATH_MAX];
	pid_t pid, self = getpid();
	int sv[2], r;

	if (!hb) {
		snprintf(err, errlen, "out of memory");
		return NULL;
	}
	hb->base.ops = &host_ops;
	hb->base.profile = *p;
	hb->timeout_ms = timeout_ms_from_env();
	r = sc_host_sandbox_path(path, sizeof(path));
	if (r || access(path, X_OK)) {
		snprintf(err, errlen, "cannot find the host sandbox %s: %s",
			 r ? "" : path, strerror(r ? -r : errno));
		free(hb);
		return NULL;
	}
	/* a disk file system: file-backed memory must be of a real disk file */
	snprintf(hb->scratch, sizeof(hb->scratch), SC_SCRATCH_PARENT "/mmsim.XXXXXX");
	if (!mkdtemp(hb->scratch)) {
		snprintf(err, errlen, "cannot create a scratch directory in " SC_SCRATCH_PARENT ": %s",
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
	if (pid == 0)
		exec_sandbox(path, hb->scratch, sv[1], self);
	close(sv[1]);
	if (pid < 0) {
		snprintf(err, errlen, "fork: %s", strerror(errno));
		close(sv[0]);
		goto fail;
	}
	/*
	 * Should process 0 die, its orphans come to us rather than to an
	 * init that may never reap them; drop_proc() reaps them.
	 */
	prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
	main_proc = &hb->procs[0];
	main_proc->sock = sv[0];
	main_proc->pid = pid;
	main_proc->pidfd = pidfd_open_pid(pid);
	main_proc->alive = true;
	hb->nprocs = 1;
	if (main_proc->pidfd < 0) {
		snprintf(err, errlen, "pidfd_open: %s", strerror(-main_proc->pidfd));
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
		close(sv[0]);
		goto fail;
	}
	if (await_hello(hb, path, err, errlen)) {
		host_destroy(&hb->base);
		return NULL;
	}
	return &hb->base;
fail:
	rmdir(hb->scratch);
	free(hb);
	return NULL;
}
