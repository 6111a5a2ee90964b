# process_vm_readv and process_vm_writev go through get_user_pages without FOLL_FORCE: no VMA, PROT_NONE, reading a write-only or exec-only page and writing a read-only one are -EFAULT; a failure after some bytes gives the short count; a negative length is -EINVAL
r = mmap(NULL, 16 * PAGE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
w = mmap(r + PAGE, 2 * PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
o = mmap(r + 4 * PAGE, PAGE, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
wo = mmap(r + 6 * PAGE, PAGE, PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
x = mmap(r + 8 * PAGE, PAGE, PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
munmap(r + 12 * PAGE, 4 * PAGE)
process_vm_readv(r, PAGE) == -EFAULT
process_vm_readv(r + 12 * PAGE, PAGE) == -EFAULT
process_vm_readv(o, PAGE) == PAGE
process_vm_writev(o, PAGE, 'o') == -EFAULT
process_vm_readv(wo, PAGE) == -EFAULT
process_vm_writev(wo, PAGE, 'w') == PAGE
read(wo, PAGE) == 'w'
process_vm_readv(x, PAGE) == -EFAULT
# short counts: the bytes before the first page that fails
process_vm_readv(w, 3 * PAGE) == 2 * PAGE
process_vm_writev(w + PAGE + 5, 2 * PAGE, 's') == PAGE - 5
read(w + PAGE + 5, PAGE - 5) == 's'
process_vm_readv(w, 0) == 0
process_vm_readv(w, -1) == -EINVAL
process_vm_writev(w, -PAGE, 'n') == -EINVAL
