namespace Pipeline.Enrichment;

/// <summary>Which name lists a phrase is on; a phrase can be on several ("Jordan", "Georgia").</summary>
[Flags]
internal enum GazetteerKind
{
    None = 0,
    Country = 1 << 0,
    City = 1 << 1,
    Region = 1 << 2,
    WorldRegion = 1 << 3,
    Demonym = 1 << 4,
    FirstName = 1 << 5,
    PersonTitle = 1 << 6,
    OrganizationSuffix = 1 << 7,
    OrganizationHead = 1 << 8,
    KnownOrganization = 1 << 9,
    Surname = 1 << 10,

    /// <summary>A family name of a culture that writes it first: "Kim" in "Kim Dong-hyun".</summary>
    FamilyNameFirst = 1 << 11,
}
