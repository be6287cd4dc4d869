namespace Pipeline.Storage.VersionData;

/// <summary>Keys of <see cref="DocumentVersion.Metadata"/> that stages read from one another.</summary>
public static class MetadataKeys
{
    public const string Standfirst = "standfirst";
    public const string Author = "author";
    public const string Published = "published";
    public const string Dateline = "dateline";
    public const string SiteName = "siteName";
    public const string CanonicalUrl = "canonicalUrl";
    public const string DeclaredLanguage = "declaredLanguage";
    public const string Encoding = "encoding";
    public const string ClaimedContentType = "claimedContentType";
    public const string Url = "url";
}
