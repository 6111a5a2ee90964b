# Where the kernel forbids the zero page, a read fault gives a VMA an anon_vma as a write would: two neighbours made and read-faulted apart (their flags differ, so neither takes the other's anon_vma) each get their own, and when MADV_DODUMP makes their flags equal they stay two VMAs (on a kernel that maps the zero page, reads leave no anon_vma and the two merge).
require !zero_page
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
b = mmap(r + 6 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(a) == [a, a + 4 * PAGE)
madvise(b, 2 * PAGE, MADV_DONTDUMP) == 0
vma(a) == [a, a + 2 * PAGE)
vmflag(b, "dd") == 1
read(a) == 0
read(b) == 0
pagemap(a) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
pagemap(b) & PM_MMAP_EXCLUSIVE == PM_MMAP_EXCLUSIVE
madvise(b, 2 * PAGE, MADV_DODUMP) == 0
vmflag(b, "dd") == 0
vma(a) == [a, a + 2 * PAGE)
vma(b) == [b, b + 2 * PAGE)
# the same with only one side faulted merges: a VMA without an anon_vma joins one with it
c = mmap(r + 10 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
d = mmap(r + 12 * PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
madvise(d, 2 * PAGE, MADV_DONTDUMP) == 0
read(c) == 0
madvise(d, 2 * PAGE, MADV_DODUMP) == 0
vma(c) == [c, c + 4 * PAGE)
