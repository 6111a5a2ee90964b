# MAP_SHARED | MAP_ANONYMOUS is a shared mapping of shmem: vma_prot "rw-s", VmFlags rd wr sh ms mr mw me and no ac; mprotect to PROT_READ gives "r--s" and may be undone.
require files
s = mmap(NULL, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0)
vma_prot(s) == "rw-s"
vmflag(s, "rd") == 1
vmflag(s, "wr") == 1
vmflag(s, "sh") == 1
vmflag(s, "ms") == 1
vmflag(s, "mr") == 1
vmflag(s, "mw") == 1
vmflag(s, "me") == 1
vmflag(s, "ac") == 0
mprotect(s, 2 * PAGE, PROT_READ) == 0
vma_prot(s) == "r--s"
write(s, 1, 'x') == SIGSEGV
mprotect(s, 2 * PAGE, PROT_READ | PROT_WRITE) == 0
write(s, 1, 'x')
read(s) == 'x'
