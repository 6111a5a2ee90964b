# process_madvise on the calling process (PIDFD_SELF) accepts every advice madvise accepts, MADV_DONTNEED included (the COLD/PAGEOUT/WILLNEED/COLLAPSE restriction is for other processes); unknown advice is -EINVAL
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
process_madvise(PIDFD_SELF, {p, PAGE}, 999, 0) == -EINVAL
process_madvise(PIDFD_SELF, {p, PAGE}, -1, 0) == -EINVAL
read(p, 8 * PAGE) == 'p'
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_DONTNEED, 0) == PAGE
read(p, PAGE) == 0
process_madvise(PIDFD_SELF, {p + PAGE, PAGE}, MADV_FREE, 0) == PAGE
process_madvise(PIDFD_SELF, {p + 2 * PAGE, PAGE}, MADV_DONTFORK, 0) == PAGE
vmflag(p + 2 * PAGE, "dc") == 1
process_madvise(PIDFD_SELF, {p + 3 * PAGE, PAGE}, MADV_COLD, 0) == PAGE
read(p + 3 * PAGE, PAGE) == 'p'
# the per-VMA errors of madvise come back the same way
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_REMOVE, 0) == -EINVAL
process_madvise(PIDFD_SELF, {p, PAGE}, MADV_COLLAPSE, 0) == -EINVAL
