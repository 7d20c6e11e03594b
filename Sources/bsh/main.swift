print("bsh")
