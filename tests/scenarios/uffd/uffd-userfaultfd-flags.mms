# userfaultfd(flags): O_CLOEXEC, O_NONBLOCK and UFFD_USER_MODE_ONLY, nothing
# else; the descriptor is the lowest free one, O_RDONLY, and O_LARGEFILE is
# not among its status flags (an anonymous inode's file)
require userfaultfd
userfaultfd(2) == -EINVAL
userfaultfd(O_RDWR) == -EINVAL
userfaultfd(O_CLOEXEC | 4) == -EINVAL
u = userfaultfd(0)
u == 3
fcntl(u, F_GETFD, 0) == 0
fcntl(u, F_GETFL, 0) == O_RDONLY
c = userfaultfd(O_CLOEXEC)
c == 4
fcntl(c, F_GETFD, 0) == FD_CLOEXEC
fcntl(c, F_GETFL, 0) == 0
n = userfaultfd(O_NONBLOCK)
fcntl(n, F_GETFL, 0) == O_NONBLOCK
fcntl(n, F_SETFL, 0) == 0
fcntl(n, F_GETFL, 0) == 0
a = userfaultfd(O_CLOEXEC | O_NONBLOCK | UFFD_USER_MODE_ONLY)
a == 6
close(u) == 0
userfaultfd(UFFD_USER_MODE_ONLY) == 3
