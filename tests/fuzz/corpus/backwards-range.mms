# a loop whose range ends before it starts is an error, found when it runs
for i in 5..2: x = i
