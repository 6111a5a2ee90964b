fork()
