# process_madvise counts the bytes of the vector as given (not rounded), skips empty ranges, and rejects an iovec length above SSIZE_MAX with -EINVAL
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 8 * PAGE, 'p')
# one byte is advised as its whole page, and reported as one byte
process_madvise(PIDFD_SELF, {p, 1}, MADV_DONTNEED, 0) == 1
read(p, PAGE) == 0
read(p + PAGE, PAGE) == 'p'
process_madvise(PIDFD_SELF, {p + PAGE, 0}, {p + 2 * PAGE, PAGE}, MADV_DONTNEED, 0) == PAGE
read(p + PAGE, PAGE) == 'p'
read(p + 2 * PAGE, PAGE) == 0
# an empty range at an unaligned address is not looked at
process_madvise(PIDFD_SELF, {p + 1, 0}, MADV_DONTNEED, 0) == 0
# an iovec length of -1 (above SSIZE_MAX) is refused before anything is advised
process_madvise(PIDFD_SELF, {p + 3 * PAGE, PAGE}, {p, -1}, MADV_DONTNEED, 0) == -EINVAL
read(p + 3 * PAGE, PAGE) == 'p'
# the same range twice is advised twice
process_madvise(PIDFD_SELF, {p + 4 * PAGE, 2 * PAGE}, {p + 4 * PAGE, PAGE}, MADV_DONTNEED, 0) == 3 * PAGE
