// Evaluation commands are added per stage: see README, "Measuring quality".
Console.Error.WriteLine("usage: Pipeline.Evaluation <command> [args]");
return 2;
