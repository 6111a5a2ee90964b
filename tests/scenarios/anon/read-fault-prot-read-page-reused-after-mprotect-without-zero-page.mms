# Where the kernel forbids the zero page, a read fault in a PROT_READ private anonymous mapping allocates an exclusive page mapped read-only; after mprotect to PROT_READ | PROT_WRITE the first write keeps that very page (it is exclusive: reused, never copied) and the zeroes around the written byte stay.
require !zero_page
require root
require !soft_dirty
r = mmap(NULL, 8 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 2 * PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
read(p) == 0
write(p, 1, 'w') == SIGSEGV
f = frame(p)
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
kpageflags(p) & (KPF_ANON | KPF_ZERO_PAGE) == KPF_ANON
vmflag(p, "ac") == 0
mprotect(p, 2 * PAGE, PROT_READ | PROT_WRITE) == 0
vmflag(p, "ac") == 1
write(p, 1, 'w')
frame(p) == f
read(p) == 'w'
read(p + 1, PAGE - 1) == 0
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
mapcount(p) == 1
pagemap(p + PAGE) == 0
