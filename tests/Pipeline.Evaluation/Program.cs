// Evaluation commands, one per stage; each lives in its own file. Add yours to the table.
using Pipeline.Evaluation;
using Pipeline.Evaluation.Enrichment;

var commands = new Dictionary<string, Func<string[], int>>(StringComparer.Ordinal)
{
    ["clean-dev"] = CleanEvaluation.Run,
    ["clean-explain"] = CleanExplain.Run,
    ["clean-speed"] = CleanSpeed.Run,
    ["clean-shingle"] = CleanShingle.Run,
    ["ner-train"] = NerTrainCommand.Run,
    ["ner-eval"] = NerEvalCommand.Run,
    ["ner-doc-eval"] = NerDocumentEvalCommand.Run,
    ["enrich-show"] = EnrichShowCommand.Run,
    ["enrich-speed"] = EnrichSpeedCommand.Run,
    ["enrich-time"] = EnrichTimeCommand.Run,
    ["enrich-ab"] = EnrichAbCommand.Run,
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine($"usage: Pipeline.Evaluation <command> [args]; commands: {string.Join(", ", commands.Keys)}");
    return 2;
}
return command(args[1..]);
