using System.CommandLine;
using Pipeline.Cli;

return await PipelineCli.Create().Parse(args).InvokeAsync();
