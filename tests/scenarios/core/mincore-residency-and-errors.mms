# mincore() reports a page resident where a PTE maps it, and elsewhere, in a file VMA, where the page cache holds it up to date: an anonymous page only once touched; a shmem page once written, not when fallocate() preallocated it (not up to date until used); a cached disk-file page under PROT_NONE or a guard marker too.  An unaligned start is -EINVAL, a range meeting a hole -ENOMEM, an empty range 0.
require files
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mincore(a, 4 * PAGE) == 0
write(a + PAGE, 1, 'x') == 0
read(a + 2 * PAGE) == 0
# the zero page is mapped: resident too
mincore(a, 4 * PAGE) == 0x6
mincore(a + 1, PAGE) == -EINVAL
mincore(a, 0) == 0
munmap(r + 4 * PAGE, PAGE) == 0
mincore(a, 6 * PAGE) == -ENOMEM
mincore(r + 4 * PAGE, 0) == 0
m = memfd_create("m", 0)
fallocate(m, 0, 0, 2 * PAGE) == 0
pwrite(m, 'm', PAGE, 2 * PAGE) == PAGE
s = mmap(r + 8 * PAGE, 4 * PAGE, PROT_READ, MAP_SHARED | MAP_FIXED, m, 0)
mincore(s, 3 * PAGE) == 0x4
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 2 * PAGE, 0) == 2 * PAGE
f = mmap(r + 12 * PAGE, 2 * PAGE, PROT_NONE, MAP_SHARED | MAP_FIXED, fd, 0)
mincore(f, 2 * PAGE) == 0x3
mprotect(f, 2 * PAGE, PROT_READ) == 0
madvise(f, PAGE, MADV_GUARD_INSTALL) == 0
mincore(f, 2 * PAGE) == 0x3
