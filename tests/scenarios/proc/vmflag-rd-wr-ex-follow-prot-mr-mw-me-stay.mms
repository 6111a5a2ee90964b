# rd, wr and ex follow the current protection (PROT_NONE has none of them); mr, mw and me, the protections mprotect may still grant, stay on every private anonymous VMA.
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
vmflag(r, "rd") == 0
vmflag(r, "wr") == 0
vmflag(r, "ex") == 0
vmflag(r, "mr") == 1
vmflag(r, "mw") == 1
vmflag(r, "me") == 1
x = mmap(r + 4 * PAGE, 4 * PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
vmflag(x, "rd") == 1
vmflag(x, "ex") == 1
vmflag(x, "wr") == 0
vmflag(x, "mw") == 1
vma_prot(x) == "r-xp"
mprotect(x, 4 * PAGE, PROT_WRITE)
vmflag(x, "rd") == 0
vmflag(x, "wr") == 1
vmflag(x, "ex") == 0
vmflag(x, "mr") == 1
vmflag(x, "me") == 1
vma_prot(x) == "-w-p"
