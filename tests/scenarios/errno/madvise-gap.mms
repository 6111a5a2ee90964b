# madvise over a range with a hole applies the advice to every mapped part, before and after the hole, then returns -ENOMEM
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
a = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 8 * PAGE, 4 * PAGE)
b = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(a, 4 * PAGE, 'a')
write(b, 4 * PAGE, 'b')
# a, hole, b: both sides are discarded
madvise(a + 2 * PAGE, 8 * PAGE, MADV_DONTNEED) == -ENOMEM
read(a, 2 * PAGE) == 'a'
read(a + 2 * PAGE, 2 * PAGE) == 0
read(b, 2 * PAGE) == 0
read(b + 2 * PAGE, 2 * PAGE) == 'b'
# a flag-changing advice splits and marks both sides too
madvise(a + 2 * PAGE, 8 * PAGE, MADV_DONTFORK) == -ENOMEM
vma(a + 2 * PAGE) == [a + 2 * PAGE, a + 4 * PAGE)
vmflag(a + 2 * PAGE, "dc") == 1
vmflag(a, "dc") == 0
vma(b) == [b, b + 2 * PAGE)
vmflag(b, "dc") == 1
# a hole at the start does not stop the advice either
madvise(r + 8 * PAGE, 8 * PAGE, MADV_WIPEONFORK) == -ENOMEM
vmflag(b, "wf") == 1
# a range that is all hole
madvise(r + 8 * PAGE, 4 * PAGE, MADV_DONTNEED) == -ENOMEM
