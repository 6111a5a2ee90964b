# mmsim demo: copy-on-write after fork, then guard regions, on one mapping.
#
# Everything below runs unchanged on the host kernel (real system calls in a
# sandbox process) and on mmsim's model; `mmsim diff` compares the two.  It
# holds on every kernel configuration; the two demo-*zero-page.mms files
# each hold on one kind, and `make demo` runs the one this host is.

# Map 8 pages inside a PROT_NONE carve-out, so no foreign VMA can merge.
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 8 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vma(p) == [p, p + 8 * PAGE)

# Untouched private memory reads as zeroes.  What a read maps depends on the
# kernel: the shared zero page, or (where the kernel forbids it) a page of
# the process's own; demo-zero-page.mms and demo-no-zero-page.mms show each.
read(p) == 0

# A write gives the process a page of its own.
write(p, 8 * PAGE, 'a')
pagemap(p) & (PM_PRESENT | PM_MMAP_EXCLUSIVE) == PM_PRESENT | PM_MMAP_EXCLUSIVE
f = frame(p)

# fork: both processes map the same page until one of them writes.
c = fork()
@c frame(p) == f
mapcount(p) == 2
pagemap(p) & PM_MMAP_EXCLUSIVE == 0
@c write(p, PAGE, 'c')
@c frame(p) != f
read(p, PAGE) == 'a'
@c read(p, 2 * PAGE) == MIXED
@c exit()
mapcount(p) == 1

# Guard regions: a marker in the page table, no VMA split, SIGSEGV on access.
madvise(p + 2 * PAGE, 2 * PAGE, MADV_GUARD_INSTALL) == 0
vma(p) == [p, p + 8 * PAGE)
read(p + 2 * PAGE) == SIGSEGV
write(p + 3 * PAGE, 1, 'x') == SIGSEGV
pagemap(p + 2 * PAGE) == PM_SWAP | PM_GUARD_REGION
vmflag(p, "gu") == 1

# MADV_DONTNEED drops the data but keeps the guards.
madvise(p, 8 * PAGE, MADV_DONTNEED) == 0
read(p, 2 * PAGE) == 0
read(p + 2 * PAGE) == SIGSEGV
madvise(p, 8 * PAGE, MADV_GUARD_REMOVE) == 0
read(p, 8 * PAGE) == 0
maps()
