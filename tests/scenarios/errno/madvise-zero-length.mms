# madvise with a length of 0 returns 0 for a known advice, even over a hole; the advice and the address are still checked
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
madvise(p, 0, MADV_DONTNEED) == 0
madvise(p, 0, MADV_DONTFORK) == 0
madvise(p, 0, MADV_GUARD_INSTALL) == 0
read(p, 8 * PAGE) == 'p'
vmflag(p, "dc") == 0
munmap(r + 12 * PAGE, 4 * PAGE)
madvise(r + 12 * PAGE, 0, MADV_WILLNEED) == 0
madvise(r + 12 * PAGE, 0, MADV_DONTNEED) == 0
# an unknown advice, or an unaligned start, is an error even with length 0
madvise(p, 0, 999) == -EINVAL
madvise(r + 12 * PAGE, 0, 999) == -EINVAL
madvise(p + 1, 0, MADV_DONTNEED) == -EINVAL
