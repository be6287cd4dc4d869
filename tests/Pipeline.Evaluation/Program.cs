// Evaluation commands are added per stage: see README, "Measuring quality".
using Pipeline.Evaluation.Enrichment;

return args.FirstOrDefault() switch
{
    "ner-train" => NerTrainCommand.Run(args[1..]),
    "ner-eval" => NerEvalCommand.Run(args[1..]),
    "ner-doc-eval" => NerDocumentEvalCommand.Run(args[1..]),
    "enrich-show" => EnrichShowCommand.Run(args[1..]),
    "enrich-speed" => EnrichSpeedCommand.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Pipeline.Evaluation <command> [args]   commands: ner-train, ner-eval, ner-doc-eval, enrich-show, enrich-speed");
    return 2;
}
