using Enefit.DataClassification.Benchmarks;

return await BenchmarkProgram.RunAsync(args, Console.Out);
