# A VMA that mlock2() merges with a guarded neighbour keeps VM_MAYBE_GUARD, so fork() copies its page tables, shared memory as well: the child finds the page mapped (found by mmsim fuzz --seed 10, sequence 11666: the model lost the flag and copied nothing)
require files
require !soft_dirty
require root
c = mmap(NULL, 8 * MiB, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0)
r = c + 2 * MiB - (c & (2 * MiB - 1))
munmap(c, r - c) == 0
munmap(r + 4 * MiB, c + 4 * MiB - r) == 0
c = 0
mmap(r + 55 * PAGE, 46 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_FIXED, -1, 0) == r + 55 * PAGE
mlock(r + 56 * PAGE, 31 * PAGE) == 0
madvise(r + 55 * PAGE, 91 * PAGE - 1808, MADV_GUARD_INSTALL) == -EINVAL
mlock2(r + 54 * PAGE, 252 * PAGE, MLOCK_ONFAULT) == 0
vma(r + 55 * PAGE) == [r + 55 * PAGE, r + 101 * PAGE)
vmflag(r + 74 * PAGE, "gu") == 1
t8 = frame(r + 74 * PAGE)
c5 = fork()
@c5 frame(r + 74 * PAGE) == t8
@c5 pagemap(r + 55 * PAGE) == PM_SWAP | PM_GUARD_REGION
