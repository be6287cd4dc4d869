// Evaluation commands, one per stage; each lives in its own file. Add yours to the table.
using Pipeline.Evaluation;
using Pipeline.Evaluation.Enrichment;

var commands = new Dictionary<string, (Func<string[], int> Run, string Usage)>(StringComparer.Ordinal)
{
    ["clean-dev"] = (CleanEvaluation.Run, "clean-dev [--data DIR] [--out DIR] [--pages 0001,0002] [--no-smartreader] [--removed]: ours and SmartReader on ../shared/eval/clean-dev, scored by its score.py"),
    ["clean-explain"] = (CleanExplain.Run, "clean-explain FILE [URL]: what clean keeps of one page (HTML, or plain text for .txt) and why it removed the rest"),
    ["clean-speed"] = (CleanSpeed.Run, "clean-speed [--rounds N] [--warmup N]: median and p99 time per clean-dev page, pages/s and MB/s, ours and SmartReader interleaved"),
    ["clean-shingle"] = (CleanShingle.Run, "clean-shingle [--pages DIR] [--out DIR] [--no-smartreader]: word 4-gram shingle F1 on team-made pages, ours and SmartReader"),
    ["ner-train"] = (NerTrainCommand.Run, "ner-train TRAIN.conll [OUTPUT] [--epochs N] [--seed N] [--prune X] [--no-misc] [--lines FROM-TO] [--also FILE[,FILE...]] [--runs N]: trains the tagger"),
    ["ner-eval"] = (NerEvalCommand.Run, "ner-eval DEV.conll [--model FILE] [--lines FROM-TO] [--errors]: per-type P/R/F1 of the tagger alone and of the entity pipeline"),
    ["ner-doc-eval"] = (NerDocumentEvalCommand.Run, "ner-doc-eval [DIR] [--quiet]: document-level (name, type) set F1 on NAME.txt beside NAME.gold.tsv"),
    ["ner-silver"] = (NerSilverCommand.Run, "ner-silver DIR... --out FILE: token-level training sentences from articles with document-level gold (NAME.txt beside NAME.gold.tsv)"),
    ["enrich-show"] = (EnrichShowCommand.Run, "enrich-show FILE [--published YYYY-MM-DD] [--tags]: what enrich adds to one text file"),
    ["enrich-speed"] = (EnrichSpeedCommand.Run, "enrich-speed FILE... [--only PART] [--seconds N]: single-thread throughput of each enrich part (or of PART alone, e.g. \"whole enrich\", for a profiler), by CPU and wall time"),
    ["enrich-time"] = (EnrichTimeCommand.Run, "enrich-time FILE... [--published YYYY-MM-DD] [--title] [--clean] [--progress]: one run per file, seconds per part and a result hash"),
    ["enrich-alloc"] = (EnrichAllocCommand.Run, "enrich-alloc FILE...: allocated bytes per enrich phase"),
    ["enrich-ab"] = (EnrichAbCommand.Run, "enrich-ab DIR_A DIR_B FOLDER [--seconds 30]: which of two builds of Pipeline.Enrichment enriches faster"),
};

if (args.Length == 0 || !commands.TryGetValue(args[0], out var command))
{
    Console.Error.WriteLine("usage: Pipeline.Evaluation <command> [args]; commands:");
    foreach (var (_, (_, usage)) in commands) Console.Error.WriteLine($"  {usage}");
    return 2;
}
if (args.Skip(1).Any(a => a is "--help" or "-h"))
{
    Console.WriteLine($"usage: {command.Usage}");
    return 0;
}
return command.Run(args[1..]);
