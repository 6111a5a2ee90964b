for i in 0..4 x = i
