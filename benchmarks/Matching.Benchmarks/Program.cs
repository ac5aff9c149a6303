using BenchmarkDotNet.Running;

// Run one subject alone: dotnet run -c Release --project benchmarks/Matching.Benchmarks -- --filter '*Parser*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
