# process_madvise stops at the first range that fails: it returns the bytes advised before it, or the error if that was the first range
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
write(b, 4 * PAGE, 'b')
# a, then the hole, then b: only a is advised
process_madvise(PIDFD_SELF, {a, 2 * PAGE}, {r + 8 * PAGE, PAGE}, {b, PAGE}, MADV_DONTNEED, 0) == 2 * PAGE
read(a, 2 * PAGE) == 0
read(a + 2 * PAGE, 2 * PAGE) == 'a'
read(b, 4 * PAGE) == 'b'
# a range that reaches into the hole is applied up to the hole but counts as failed
process_madvise(PIDFD_SELF, {b, PAGE}, {a + 2 * PAGE, 4 * PAGE}, {b + PAGE, PAGE}, MADV_DONTNEED, 0) == PAGE
read(b, PAGE) == 0
read(a + 2 * PAGE, 2 * PAGE) == 0
read(b + PAGE, 3 * PAGE) == 'b'
# the failing range is the first one: its error
process_madvise(PIDFD_SELF, {r + 8 * PAGE, PAGE}, {b + PAGE, PAGE}, MADV_DONTNEED, 0) == -ENOMEM
read(b + PAGE, 3 * PAGE) == 'b'
# an unaligned range fails the same way
process_madvise(PIDFD_SELF, {b + PAGE, PAGE}, {b + 2 * PAGE + 1, PAGE}, {b + 3 * PAGE, PAGE}, MADV_DONTNEED, 0) == PAGE
read(b + PAGE, PAGE) == 0
read(b + 2 * PAGE, 2 * PAGE) == 'b'
