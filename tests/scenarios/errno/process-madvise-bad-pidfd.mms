# process_madvise with a number that is not an open pidfd fails with -EBADF before anything is advised
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
process_madvise(12345, {p, PAGE}, MADV_COLD, 0) == -EBADF
process_madvise(12345, {p, PAGE}, MADV_DONTNEED, 0) == -EBADF
process_madvise(-1, {p, PAGE}, MADV_DONTNEED, 0) == -EBADF
read(p, 8 * PAGE) == 'p'
# the flags are checked before the pidfd
process_madvise(12345, {p, PAGE}, MADV_COLD, 1) == -EINVAL
