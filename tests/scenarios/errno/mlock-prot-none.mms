# mlock of a PROT_NONE VMA sets VM_LOCKED but cannot fault the pages in, and reports that as -ENOMEM
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
n = mmap(r + 4 * PAGE, 4 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
mlock(n + PAGE, 2 * PAGE) == -ENOMEM
vma(n + PAGE) == [n + PAGE, n + 3 * PAGE)
vmflag(n + PAGE, "lo") == 1
pagemap(n + PAGE) == 0
# with MLOCK_ONFAULT nothing is faulted in, so there is no error
mlock2(r + 12 * PAGE, 2 * PAGE, MLOCK_ONFAULT) == 0
vmflag(r + 12 * PAGE, "lf") == 1
# munlock of it is fine
munlock(n, 4 * PAGE) == 0
vmflag(n + PAGE, "lo") == 0
