# process_vm_writev into a page shared copy-on-write after fork copies it first, as a store would; the other process keeps the old data
require root
p = mmap(NULL, PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, PAGE, 'a')
f = frame(p)
c = fork()
@c process_vm_writev(p + 100, 10, 'b') == 10
@c frame(p) != f
@c read(p + 100, 10) == 'b'
@c read(p, 100) == 'a'
@c read(p + 110, PAGE - 110) == 'a'
read(p, PAGE) == 'a'
frame(p) == f
