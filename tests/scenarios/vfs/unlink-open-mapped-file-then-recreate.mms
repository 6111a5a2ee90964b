# Unlinking an open, mapped file removes only its name: the descriptor and the shared mapping go on reading and writing the old file, open without O_CREAT gives -ENOENT, and a file created under the same name is a new one that neither of them sees.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'o', 2 * PAGE, 0) == 2 * PAGE
r = mmap(NULL, 64 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + 16 * PAGE) & ~(16 * PAGE - 1)
s = mmap(a, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
unlink("data") == 0
open("data", O_RDWR) == -ENOENT
read(s, 2 * PAGE) == 'o'
n = open("data", O_RDWR | O_CREAT | O_EXCL, 0600)
pread(n, 1, 0) == NONE
pwrite(n, 'n', 2 * PAGE, 0) == 2 * PAGE
read(s, 2 * PAGE) == 'o'
write(s, PAGE, 'w') == 0
pread(fd, PAGE, 0) == 'w'
pread(n, PAGE, 0) == 'n'
pwrite(fd, 'x', PAGE, PAGE) == PAGE
read(s + PAGE, PAGE) == 'x'
t = mmap(a + 4 * PAGE, 2 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, n, 0)
read(t, 2 * PAGE) == 'n'
