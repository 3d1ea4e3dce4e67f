Console.Error.WriteLine("usage: docingest <extract|eval|bench|serve> ...");
return 2;
