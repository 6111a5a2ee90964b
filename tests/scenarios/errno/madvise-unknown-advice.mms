# madvise with an advice value the kernel does not know fails with -EINVAL before the range is looked at
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p, PAGE, 999) == -EINVAL
madvise(p, PAGE, -1) == -EINVAL
madvise(p, PAGE, 104) == -EINVAL
madvise(p, PAGE, 27) == -EINVAL
vma(p) == [p, p + 8 * PAGE)
# over a hole the advice is still what is reported, not the hole
munmap(r + 12 * PAGE, 4 * PAGE)
madvise(r + 12 * PAGE, PAGE, 999) == -EINVAL
madvise(r + 12 * PAGE, PAGE, MADV_NORMAL) == -ENOMEM
