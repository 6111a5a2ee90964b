# MADV_DONTFORK sets VmFlags dc: the child of a fork has no VMA there at all; MADV_DOFORK clears dc and later children inherit the mapping again.
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(p, 4 * PAGE, 'a')
madvise(p, 4 * PAGE, MADV_DONTFORK) == 0
vmflag(p, "dc") == 1
c = fork()
@c vma(p) == NONE
@c vmflag(p, "dc") == NONE
@c pagemap(p) == 0
@c read(p) == SIGSEGV
# the parent's pages stay its own
pagemap(p) == PM_PRESENT | PM_MMAP_EXCLUSIVE
madvise(p, 4 * PAGE, MADV_DOFORK) == 0
vmflag(p, "dc") == 0
d = fork()
@d read(p, 4 * PAGE) == 'a'
@d vmflag(p, "dc") == 0
