require quantum
