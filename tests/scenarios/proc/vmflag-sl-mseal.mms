# mseal sets VmFlags sl on the sealed range (splitting the VMA); it cannot be taken off, and sealed VMAs refuse mprotect and munmap with EPERM.
require kernel >= 6.10
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "sl") == 0
mseal(p + 2 * PAGE, 2 * PAGE, 0) == 0
vmflag(p + 2 * PAGE, "sl") == 1
vmflag(p, "sl") == 0
vma(p + 2 * PAGE) == [p + 2 * PAGE, p + 4 * PAGE)
mprotect(p + 2 * PAGE, 2 * PAGE, PROT_READ) == -EPERM
munmap(p + 2 * PAGE, PAGE) == -EPERM
vmflag(p + 2 * PAGE, "sl") == 1
vma_prot(p + 2 * PAGE) == "rw-p"
c = fork()
@c vmflag(p + 2 * PAGE, "sl") == 1
