namespace Pipeline.Enrichment;

public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Organization = "ORG";
    public const string Location = "LOC";
    public const string Nationality = "NORP";
    public const string Date = "DATE";
    public const string Money = "MONEY";
    public const string Percent = "PERCENT";
    public const string Quantity = "QUANTITY";
}
