using System.CommandLine;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli;

/// <summary>The <c>pipeline</c> command line: every command, ready to parse.</summary>
public static class PipelineCli
{
    public static RootCommand Create() => new("Pipeline: drop documents in, get cleaned and enriched documents out.")
    {
        RunCommand.Create(),
        DropCommand.Create(),
        WatchCommand.Create(),
        DocsCommand.Create(),
        ErrorsCommand.Create(),
    };
}
