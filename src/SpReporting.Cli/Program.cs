return await SpReporting.Cli.CommandLine.RunAsync(args, Console.Out, Console.Error);
