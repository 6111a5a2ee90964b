# pwrite goes through the page cache: a MAP_SHARED mapping already faulted in sees the new bytes at once, through the same page frame.
require files
require root
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'a', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, fd, 0)
read(s, 2 * PAGE) == 'a'
f = frame(s)
pwrite(fd, 'b', PAGE, 0) == PAGE
read(s, PAGE) == 'b'
read(s + PAGE, PAGE) == 'a'
frame(s) == f
pwrite(fd, 'c', 10, PAGE + 5) == 10
read(s + PAGE + 5, 10) == 'c'
read(s + PAGE + 15) == 'a'
