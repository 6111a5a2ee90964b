# process_madvise() imports its ranges before advising anything: one that leaves user space fails the call with -EFAULT, and a valid range before it is left alone (found by mmsim fuzz --seed 100, sequence 72079: the model advised the ranges in turn and failed with -ENOMEM)
require !soft_dirty
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 48 * PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 48 * PAGE
process_madvise(PIDFD_SELF, {r + 48 * PAGE, 2 * PAGE}, {r + 1834289520 * PAGE, 1351786368 * PAGE}, MADV_GUARD_INSTALL, 0) == -EFAULT
pagemap(r + 48 * PAGE) == 0
read(r + 48 * PAGE) == 0
process_madvise(PIDFD_SELF, {r + 48 * PAGE, 2 * PAGE}, {0x7ffffffff000, 2 * PAGE}, MADV_GUARD_INSTALL, 0) == -EFAULT
read(r + 49 * PAGE) == 0
