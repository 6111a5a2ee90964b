# process_madvise takes no flags: any non-zero flags value fails with -EINVAL and advises nothing
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_COLD, 1) == -EINVAL
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_DONTNEED, 1) == -EINVAL
process_madvise(PIDFD_SELF, {p, PAGE}, {p + 2 * PAGE, PAGE}, MADV_GUARD_INSTALL, 2) == -EINVAL
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_DONTNEED, -1) == -EINVAL
read(p, 8 * PAGE) == 'p'
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_DONTNEED, 0) == PAGE
read(p, PAGE) == 0
