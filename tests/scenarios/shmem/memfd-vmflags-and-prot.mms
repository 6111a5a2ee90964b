# VmFlags and prot of memfd mappings: shared writable rd wr sh ms mr mw me, "rw-s", no ac; private writable ac, "rw-p"; a shared PROT_READ one keeps mw and may be mprotect'ed writable.
require files
m = memfd_create("m", 0)
ftruncate(m, PAGE)
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, m, 0)
vma_prot(s) == "rw-s"
vmflag(s, "sh") == 1
vmflag(s, "ms") == 1
vmflag(s, "mw") == 1
vmflag(s, "me") == 1
vmflag(s, "ac") == 0
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, m, 0)
vma_prot(p) == "rw-p"
vmflag(p, "sh") == 0
vmflag(p, "ms") == 0
vmflag(p, "ac") == 1
t = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, m, 0)
vma_prot(t) == "r--s"
vmflag(t, "mw") == 1
mprotect(t, PAGE, PROT_READ | PROT_WRITE) == 0
vma_prot(t) == "rw-s"
