# on a sealed anonymous VMA without write permission, discarding advices fail with -EPERM; on a sealed writable VMA they are allowed; non-discarding advices always are
r = mmap(NULL, 32 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
w = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
o = mmap(r + 12 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
write(w, 4 * PAGE, 'w')
write(o, 4 * PAGE, 'o')
mprotect(o, 4 * PAGE, PROT_READ)
mseal(w, 4 * PAGE, 0)
mseal(o, 4 * PAGE, 0)
madvise(o, PAGE, MADV_DONTNEED) == -EPERM
madvise(o, PAGE, MADV_DONTNEED_LOCKED) == -EPERM
madvise(o, PAGE, MADV_FREE) == -EPERM
madvise(o, PAGE, MADV_GUARD_INSTALL) == -EPERM
# MADV_DONTFORK and MADV_WIPEONFORK count as discarding: a child would not see the contents
madvise(o, PAGE, MADV_DONTFORK) == -EPERM
madvise(o, PAGE, MADV_WIPEONFORK) == -EPERM
read(o, 4 * PAGE) == 'o'
vmflag(o, "dc") == 0
madvise(o, PAGE, MADV_COLD) == 0
madvise(o, PAGE, MADV_NOHUGEPAGE) == 0
madvise(o, PAGE, MADV_WILLNEED) == 0
# the writable sealed VMA
madvise(w, PAGE, MADV_DONTNEED) == 0
read(w, PAGE) == 0
madvise(w + PAGE, PAGE, MADV_FREE) == 0
madvise(w + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
read(w + 2 * PAGE) == SIGSEGV
read(w + 3 * PAGE, PAGE) == 'w'
