using System.Text;

namespace Pipeline.EndToEnd.Tests;

/// <summary>Team-written documents; each test gives its files unique names so documents never collide.</summary>
internal static class Samples
{
    public static string Unique(string name) => $"{Path.GetFileNameWithoutExtension(name)}-{Guid.NewGuid():N}{Path.GetExtension(name)}";

    public static byte[] Html(string subject) => Encoding.UTF8.GetBytes($$"""
        <html lang="en"><head><title>{{subject}} | Valley Courier</title></head>
        <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
        <article><h1>{{subject}}</h1>
        <p>TRONDHEIM — The city council approved a plan for {{subject}} on Wednesday after a long debate, Mayor Ingrid Dahl said at a press conference in the town hall.</p>
        <p>The project will cost about $48 million and will be financed by the regional development bank, Nordvest Capital, over the next five years.</p>
        </article><footer>© Valley Courier. Subscribe to our newsletter.</footer></body></html>
        """);

    public static byte[] Text(string subject) => Encoding.UTF8.GetBytes($"""
        Skip to main content

        {subject}

        LISBON — Portuguese officials presented a plan for {subject} on Thursday, promising that the first phase would be finished within two years and cost 30 million euros.

        Economy Minister Rui Valente said private investors, including the utility company Atlantica Energia, had already committed part of the money.

        Subscribe to our newsletter. Already a member? Sign in.
        """);

    public static byte[] Markdown(string subject) => Encoding.UTF8.GetBytes($"""
        # {subject}

        **NAIROBI —** Kenyan engineers began work on {subject} on Monday, the transport authority said, after a year of planning and a loan of $75 million from the African Development Bank.

        The authority's director, Wanjiru Kamau, said the work would create about 1,200 jobs in the first year.
        """);
}
