# mlock over a guard region, private anonymous memory: VM_LOCKED is set on the whole range first; populating then stops at the guard with -EFAULT, which mlock reports as -ENOMEM; the VMA stays locked and the pages before the guard are populated, those after it are not
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + PAGE, 10 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(p + 4 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
mlock(p, 10 * PAGE) == -ENOMEM
vma(p) == [p, p + 10 * PAGE)
vmflag(p, "lo") == 1
for i in 0..4: pagemap(p + i * PAGE) & PM_PRESENT == PM_PRESENT
pagemap(p + 4 * PAGE) == PM_SWAP | PM_GUARD_REGION
for i in 5..10: pagemap(p + i * PAGE) == 0
smaps(p, "Locked") == 4 * PAGE
read(p + 4 * PAGE) == SIGSEGV
# a locked VMA takes no new guards, but gives up the ones it has
madvise(p + 6 * PAGE, PAGE, MADV_GUARD_INSTALL) == -EINVAL
madvise(p + 4 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
read(p + 4 * PAGE, PAGE) == 0
# with nothing in the way, mlock populates all of it
mlock(p, 10 * PAGE) == 0
smaps(p, "Locked") == 10 * PAGE
