print("smkit")
