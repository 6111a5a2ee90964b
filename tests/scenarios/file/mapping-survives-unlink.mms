# A shared mapping of an unlinked file goes on reading and writing the file's pages: the name is gone (-ENOENT) but an open descriptor sees the stores.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
unlink("data") == 0
open("data", O_RDONLY) == -ENOENT
read(s, 2 * PAGE) == 'd'
write(s, PAGE, 'u')
pread(fd, PAGE, 0) == 'u'
pwrite(fd, 'v', PAGE, PAGE) == PAGE
read(s + PAGE, PAGE) == 'v'
# closing the last descriptor does not end the mapping either
close(fd) == 0
read(s, PAGE) == 'u'
smaps(s, "Rss") == 2 * PAGE
unlink("data") == -ENOENT
