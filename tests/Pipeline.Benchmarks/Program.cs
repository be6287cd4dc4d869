using BenchmarkDotNet.Running;
using Pipeline.Benchmarks.IngestMemory;

// `ingest-memory`: a 100 MB drop through a real ingest service process (see IngestMemoryRun).
if (args.Length > 0 && args[0] == IngestMemoryRun.Command) return await IngestMemoryRun.RunAsync(args[1..]);

// Every suite in this assembly; pick with --filter, e.g. --filter '*Clean*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
