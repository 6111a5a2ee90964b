# A private read-write anonymous VMA has VmFlags rd wr mr mw me (and ac), but not ex, sh or ms.
r = mmap(NULL, 12 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
p = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(p, "rd") == 1
vmflag(p, "wr") == 1
vmflag(p, "mr") == 1
vmflag(p, "mw") == 1
vmflag(p, "me") == 1
vmflag(p, "ac") == 1
vmflag(p, "ex") == 0
vmflag(p, "sh") == 0
vmflag(p, "ms") == 0
vma_prot(p) == "rw-p"
# where no VMA is, there are no flags at all
munmap(r, PAGE)
vmflag(r, "rd") == NONE
