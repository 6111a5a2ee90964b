# mlock sets VmFlags lo on the locked range only (splitting the VMA); MLOCK_ONFAULT adds lf; munlock clears both.
require !soft_dirty
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "lo") == 0
mlock(p, 2 * PAGE)
vmflag(p, "lo") == 1
vmflag(p, "lf") == 0
vma(p) == [p, p + 2 * PAGE)
vmflag(p + 2 * PAGE, "lo") == 0
mlock2(p + 4 * PAGE, 2 * PAGE, MLOCK_ONFAULT)
vmflag(p + 4 * PAGE, "lo") == 1
vmflag(p + 4 * PAGE, "lf") == 1
# lock-on-fault populates nothing
pagemap(p + 4 * PAGE) == 0
munlock(p, 8 * PAGE)
vmflag(p, "lo") == 0
vmflag(p + 4 * PAGE, "lo") == 0
vmflag(p + 4 * PAGE, "lf") == 0
vma(p) == [p, p + 8 * PAGE)
