# MADV_WIPEONFORK on a memfd mapping, shared or private, fails with -EINVAL: only private anonymous memory can be wiped on fork.
require files
m = memfd_create("m", 0)
ftruncate(m, PAGE)
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
madvise(s, PAGE, MADV_WIPEONFORK) == -EINVAL
madvise(p, PAGE, MADV_WIPEONFORK) == -EINVAL
vmflag(p, "wf") == 0
