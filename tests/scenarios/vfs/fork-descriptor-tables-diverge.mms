# Descriptor tables part at fork: a number the child frees and reopens names the child's new file only, the parent still has its own file there, and a descriptor the parent opens later does not exist in the child.
require files
a = open("a", O_RDWR | O_CREAT, 0600)
pwrite(a, 'a', PAGE, 0) == PAGE
b = open("b", O_RDWR | O_CREAT, 0600)
pwrite(b, 'b', PAGE, 0) == PAGE
c = fork()
@c close(a) == 0
@c x = memfd_create("x", 0) == a
@c pread(a, 1, 0) == NONE
pread(a, 1, 0) == 'a'
n = open("b", O_RDONLY) == 5
@c fcntl(n, F_GETFD, 0) == -EBADF
@c pread(b, 1, 0) == 'b'
@c exit()
