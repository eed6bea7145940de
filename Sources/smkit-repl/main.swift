print("smkit-repl")
