# guard install and remove round the length up to whole pages, like any madvise, private anonymous memory; an unaligned start is -EINVAL and a zero length does nothing
p = mmap(NULL, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
madvise(p, 1, MADV_GUARD_INSTALL) == 0
read(p) == SIGSEGV
read(p + PAGE, PAGE) == 0
madvise(p + PAGE, PAGE + 1, MADV_GUARD_INSTALL) == 0
read(p + 2 * PAGE) == SIGSEGV
read(p + 3 * PAGE, PAGE) == 0
madvise(p + 1, PAGE, MADV_GUARD_INSTALL) == -EINVAL
madvise(p + 3 * PAGE, 0, MADV_GUARD_INSTALL) == 0
read(p + 3 * PAGE) == 0
madvise(p, 2 * PAGE + 1, MADV_GUARD_REMOVE) == 0
read(p, 4 * PAGE) == 0
