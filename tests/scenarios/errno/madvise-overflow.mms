# madvise of a range whose rounded length wraps, or whose end wraps, fails with -EINVAL
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
madvise(p, -1, MADV_DONTNEED) == -EINVAL
madvise(p, -PAGE, MADV_DONTNEED) == -EINVAL
madvise(-PAGE, 2 * PAGE, MADV_DONTNEED) == -EINVAL
read(p, 8 * PAGE) == 'p'
# an end beyond the address space that does not wrap is only a hole
madvise(-2 * PAGE, PAGE, MADV_DONTNEED) == -ENOMEM
