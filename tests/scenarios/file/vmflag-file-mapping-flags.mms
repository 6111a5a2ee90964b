# VmFlags of file mappings: shared writable rd wr sh ms mr mw me (no ac); private writable rd wr mr mw me ac (no sh, ms); private PROT_READ|PROT_EXEC rd ex mr mw me (no ac).
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
s = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)
vmflag(s, "rd") == 1
vmflag(s, "wr") == 1
vmflag(s, "sh") == 1
vmflag(s, "ms") == 1
vmflag(s, "mr") == 1
vmflag(s, "mw") == 1
vmflag(s, "me") == 1
vmflag(s, "ac") == 0
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0)
vmflag(p, "sh") == 0
vmflag(p, "ms") == 0
vmflag(p, "mw") == 1
vmflag(p, "ac") == 1
x = mmap(NULL, PAGE, PROT_READ | PROT_EXEC, MAP_PRIVATE, fd, 0)
vma_prot(x) == "r-xp"
vmflag(x, "ex") == 1
vmflag(x, "wr") == 0
vmflag(x, "mw") == 1
vmflag(x, "ac") == 0
read(x) == 'd'
