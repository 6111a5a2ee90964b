for i in 0...3: x = i
