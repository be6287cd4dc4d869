namespace Pipeline.Enrichment;

internal static class Stopwords
{
    public static readonly HashSet<string> English = new(StringComparer.OrdinalIgnoreCase)
    {
        "a","about","above","after","again","against","all","also","am","an","and","any","are","as","at","be","because","been",
        "before","being","below","between","both","but","by","can","could","did","do","does","doing","down","during","each",
        "even","few","for","from","further","had","has","have","having","he","her","here","hers","herself","him","himself",
        "his","how","however","i","if","in","into","is","it","its","itself","just","last","less","like","made","make","many",
        "may","me","might","more","most","much","must","my","myself","new","no","nor","not","now","of","off","on","once",
        "one","only","or","other","our","ours","ourselves","out","over","own","said","same","say","says","she","should","since",
        "so","some","still","such","than","that","the","their","theirs","them","themselves","then","there","these","they",
        "this","those","through","to","too","two","under","until","up","upon","us","very","was","we","well","were","what",
        "when","where","which","while","who","whom","why","will","with","would","year","years","yet","you","your","yours",
        "yourself","yourselves","according","already","among","another","around","away","back","become","began","being",
        "came","come","days","do","either","else","ever","every","first","get","go","going","got","however","including",
        "instead","least","let","likely","mostly","next","often","part","per","put","rather","really","several","show",
        "shows","take","taken","these","thing","things","three","time","toward","towards","way","whether","within","without",
    };
}
