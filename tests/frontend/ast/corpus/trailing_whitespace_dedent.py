if x:
    pass
    # comment
        # deeper comment
    
  