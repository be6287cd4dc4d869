using System.CommandLine;
using Pipeline.Cli.Commands;

var root = new RootCommand("Pipeline: drop documents in, get cleaned and enriched documents out.")
{
    RunCommand.Create(),
    DropCommand.Create(),
    DocsCommand.Create(),
    ErrorsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
