# on an mlocked VMA the discarding and reclaiming advices (DONTNEED, FREE, COLD, PAGEOUT, GUARD_INSTALL) fail with -EINVAL; MADV_DONTNEED_LOCKED works
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
mlock(p, 8 * PAGE)
madvise(p, PAGE, MADV_DONTNEED) == -EINVAL
madvise(p, PAGE, MADV_FREE) == -EINVAL
madvise(p, PAGE, MADV_COLD) == -EINVAL
madvise(p, PAGE, MADV_PAGEOUT) == -EINVAL
madvise(p, PAGE, MADV_GUARD_INSTALL) == -EINVAL
read(p, 8 * PAGE) == 'p'
madvise(p, PAGE, MADV_DONTNEED_LOCKED) == 0
read(p, PAGE) == 0
vmflag(p, "lo") == 1
# after munlock the same advice works
munlock(p, 8 * PAGE)
madvise(p + PAGE, PAGE, MADV_DONTNEED) == 0
read(p + PAGE, PAGE) == 0
