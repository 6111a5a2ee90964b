# After fork the child has a copy of the descriptor table: closing a descriptor in the child leaves the parent's open, and the parent goes on reading, writing and mapping through it.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'p', PAGE, 0) == PAGE
c = fork()
@c close(fd) == 0
@c close(fd) == -EBADF
@c pread(fd, 1, 0) == -EBADF
pread(fd, PAGE, 0) == 'p'
pwrite(fd, 'q', PAGE, PAGE) == PAGE
s = mmap(NULL, 2 * PAGE, PROT_READ, MAP_SHARED, fd, 0)
read(s + PAGE, PAGE) == 'q'
close(fd) == 0
@c exit()
