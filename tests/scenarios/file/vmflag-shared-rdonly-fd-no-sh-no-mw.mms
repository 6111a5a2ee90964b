# A MAP_SHARED mapping of an O_RDONLY descriptor has VmFlags ms but neither sh nor mw (the kernel drops VM_SHARED and VM_MAYWRITE), though vma_prot still ends in "s"; with an O_RDWR descriptor it has sh, ms, mw.
require files
fd = open("data", O_RDWR | O_CREAT, 0600)
pwrite(fd, 'd', PAGE, 0) == PAGE
ro = open("data", O_RDONLY)
s = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, ro, 0)
vma_prot(s) == "r--s"
vmflag(s, "ms") == 1
vmflag(s, "sh") == 0
vmflag(s, "mw") == 0
vmflag(s, "mr") == 1
vmflag(s, "me") == 1
vmflag(s, "ac") == 0
w = mmap(NULL, PAGE, PROT_READ, MAP_SHARED, fd, 0)
vma_prot(w) == "r--s"
vmflag(w, "ms") == 1
vmflag(w, "sh") == 1
vmflag(w, "mw") == 1
vmflag(w, "wr") == 0
