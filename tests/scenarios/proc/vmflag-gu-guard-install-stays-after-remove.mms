# MADV_GUARD_INSTALL sets VmFlags gu on the VMA without splitting it; gu stays after MADV_GUARD_REMOVE (and after the guards are gone) and is inherited by fork.
require kernel >= 6.18.37
require !soft_dirty
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "gu") == 0
madvise(p + PAGE, PAGE, MADV_GUARD_INSTALL) == 0
vma(p) == [p, p + 4 * PAGE)
vmflag(p, "gu") == 1
vmflag(p + 3 * PAGE, "gu") == 1
vmflag(r, "gu") == 0
madvise(p, 4 * PAGE, MADV_GUARD_REMOVE) == 0
pagemap(p + PAGE) == 0
vmflag(p, "gu") == 1
c = fork()
@c vmflag(p, "gu") == 1
