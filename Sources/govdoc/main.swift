print("govdoc")
