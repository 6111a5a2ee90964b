# MADV_WIPEONFORK sets VmFlags "wf" on exactly the advised range, splitting the VMA; the child inherits the flag.
r = mmap(NULL, 10 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 2 * PAGE, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "wf") == 0
madvise(p + 2 * PAGE, 2 * PAGE, MADV_WIPEONFORK) == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
vmflag(p + 2 * PAGE, "wf") == 1
vmflag(p, "wf") == 0
vmflag(p + 4 * PAGE, "wf") == 0
c = fork()
@c vmflag(p + 2 * PAGE, "wf") == 1
@c vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
@c exit()
