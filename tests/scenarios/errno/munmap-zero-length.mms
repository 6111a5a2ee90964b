# munmap with a length of 0 fails with -EINVAL (unlike mprotect, madvise, mlock and msync, which return 0)
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(p, 0) == -EINVAL
munmap(p + 4 * PAGE, 0) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
# also over a hole
munmap(r + 12 * PAGE, 4 * PAGE)
munmap(r + 12 * PAGE, 0) == -EINVAL
# the unaligned address is reported the same way
munmap(p + 1, 0) == -EINVAL
