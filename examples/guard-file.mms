# Guard regions on a file: markers live in one mapping's page tables, never in the file.
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', 4 * PAGE, 0) == 4 * PAGE
# a 2 MiB-aligned carve-out, so that placement and page tables compare across backends
r = mmap(NULL, 2 * PMD_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = (r + PMD_SIZE - 1) & ~(PMD_SIZE - 1)
s = mmap(a, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED, fd, 0)
p = mmap(a + 16 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_FIXED, fd, 0)
# a private copy of page 1, then guard pages 1 and 2 of the private mapping
write(p + PAGE, PAGE, 'c')
madvise(p + PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
read(p + PAGE) == SIGSEGV
write(p + 2 * PAGE, 1, 'x') == SIGSEGV
pagemap(p + PAGE) == PM_SWAP | PM_GUARD_REGION
vmflag(p, "gu") == 1
# the shared mapping and the file do not see the guards
read(s + PAGE, 2 * PAGE) == 'd'
pread(fd, PAGE, PAGE) == 'd'
# markers survive MADV_DONTNEED, truncation of the file, and fork
madvise(p, 4 * PAGE, MADV_DONTNEED) == 0
ftruncate(fd, 3 * PAGE) == 0
c = fork()
@c read(p + 2 * PAGE) == SIGSEGV
@c read(p + 3 * PAGE) == SIGBUS
@c exit()
# a page-table walk finds them: one region of two guarded pages
pagemap_scan(p, 4 * PAGE, 0, 0, 0, PAGE_IS_GUARD, PAGE_IS_GUARD) == 1
scan_region(0) == [p + PAGE, p + 3 * PAGE)
# removal clears only markers: the copy-on-write copy was discarded at install
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
read(p + PAGE, PAGE) == 'd'
vmflag(p, "gu") == 1
