# madvise at an address that is not page aligned fails with -EINVAL and advises nothing; an unaligned length is rounded up
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
madvise(p + 1, PAGE, MADV_DONTNEED) == -EINVAL
madvise(p + PAGE - 1, 2 * PAGE, MADV_DONTNEED) == -EINVAL
madvise(p + 1, PAGE, MADV_DONTFORK) == -EINVAL
read(p, 8 * PAGE) == 'p'
vma(p) == [p, p + 8 * PAGE)
vmflag(p, "dc") == 0
# one byte of length discards the whole page
madvise(p + 2 * PAGE, 1, MADV_DONTNEED) == 0
read(p + 2 * PAGE, PAGE) == 0
read(p + 3 * PAGE, PAGE) == 'p'
madvise(p + 4 * PAGE, PAGE + 1, MADV_DONTFORK) == 0
vma(p + 4 * PAGE) == [p + 4 * PAGE, p + 6 * PAGE)
vmflag(p + 5 * PAGE, "dc") == 1
