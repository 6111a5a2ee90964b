# access through get_user_pages, private anonymous memory: process_vm_readv and process_vm_writev stop at a guard page with a short count, fail with -EFAULT on it, and work again once it is removed
p = mmap(NULL, 6 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
write(p, 6 * PAGE, 'g')
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_INSTALL) == 0
process_vm_readv(p, 6 * PAGE) == 2 * PAGE
process_vm_readv(p + 2 * PAGE, PAGE) == -EFAULT
process_vm_readv(p + 2 * PAGE - 10, 20) == 10
process_vm_writev(p + PAGE, 3 * PAGE, 'w') == PAGE
read(p + PAGE, PAGE) == 'w'
process_vm_writev(p + 2 * PAGE, 1, 'w') == -EFAULT
process_vm_readv(p + 3 * PAGE, 3 * PAGE) == 3 * PAGE
read(p + 2 * PAGE) == SIGSEGV
madvise(p + 2 * PAGE, PAGE, MADV_GUARD_REMOVE) == 0
process_vm_writev(p + 2 * PAGE, PAGE, 'v') == PAGE
read(p + 2 * PAGE, PAGE) == 'v'
process_vm_readv(p, 6 * PAGE) == 6 * PAGE
